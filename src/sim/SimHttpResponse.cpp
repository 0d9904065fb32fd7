#include "SimHttpResponse.h"

#include <algorithm>

namespace groov::sim {

QByteArray SimHttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        break;
    }
    return QByteArray(); // the reason phrase may be empty (RFC 9112)
}

QByteArray SimHttpResponse::format(int status, const QByteArray &contentType, const QByteArray &body, bool close,
                                   const QByteArray &reason)
{
    QByteArray bytes = QByteArrayLiteral("HTTP/1.1 ");
    bytes += QByteArray::number(status);
    bytes += ' ';
    bytes += reason.isEmpty() ? reasonPhrase(status) : reason;
    bytes += "\r\n";
    if (!contentType.isEmpty()) {
        bytes += "Content-Type: ";
        bytes += contentType;
        bytes += "\r\n";
    }
    bytes += "Content-Length: ";
    bytes += QByteArray::number(body.size());
    bytes += "\r\n";
    if (close)
        bytes += "Connection: close\r\n";
    bytes += "\r\n";
    bytes += body;
    return bytes;
}

void SimHttpResponse::padHead(QByteArray &answer, qint64 headBytes)
{
    const qsizetype headEnd = answer.indexOf("\r\n\r\n") + 2; // after the last field's line end
    qint64 missing = headBytes - headEnd - 2;
    QByteArray filler;
    filler.reserve(qsizetype(std::max<qint64>(missing, 0)));
    for (int field = 0; missing > 0; ++field) {
        QByteArray line = QByteArrayLiteral("X-Filler-");
        line += QByteArray::number(field);
        line += ": ";
        const qint64 value = std::clamp<qint64>(missing - line.size() - 2, 1, 8000);
        line += QByteArray(qsizetype(value), 'f');
        line += "\r\n";
        filler += line;
        missing -= line.size();
    }
    answer.insert(headEnd, filler);
}

} // namespace groov::sim
