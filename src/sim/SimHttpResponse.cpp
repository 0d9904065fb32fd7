#include "SimHttpResponse.h"

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
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        break;
    }
    return QByteArray(); // the reason phrase may be empty (RFC 9112)
}

QByteArray SimHttpResponse::format(int status, const QByteArray &contentType, const QByteArray &body, bool close)
{
    QByteArray bytes = QByteArrayLiteral("HTTP/1.1 ");
    bytes += QByteArray::number(status);
    bytes += ' ';
    bytes += reasonPhrase(status);
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

} // namespace groov::sim
