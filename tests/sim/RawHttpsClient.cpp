#include "RawHttpsClient.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <QSignalSpy>
#include <QSslSocket>

namespace groov::sim::test {

QByteArray RawResponse::header(const QByteArray &name) const
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

RawHttpsClient::RawHttpsClient(const QByteArray &fingerprint, QObject *parent)
    : QObject(parent), m_socket(new QSslSocket(this)), m_fingerprint(fingerprint)
{
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Ignore exactly these errors, and only for the certificate we were told about.
        if (m_socket->peerCertificate().digest(QCryptographicHash::Sha256).toHex() == m_fingerprint)
            m_socket->ignoreSslErrors(errors);
    });
    connect(m_socket, &QSslSocket::readyRead, this, [this] { m_received += m_socket->readAll(); });
}

RawHttpsClient::~RawHttpsClient() = default;

bool RawHttpsClient::connectTo(quint16 port, int timeoutMs)
{
    QSignalSpy encrypted(m_socket, &QSslSocket::encrypted);
    m_socket->connectToHostEncrypted(QHostAddress(QHostAddress::LocalHost).toString(), port);
    return encrypted.wait(timeoutMs);
}

void RawHttpsClient::send(const QByteArray &bytes)
{
    m_socket->write(bytes);
    m_socket->flush();
}

bool RawHttpsClient::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

std::optional<RawResponse> RawHttpsClient::readResponse(int timeoutMs)
{
    QSignalSpy arrived(m_socket, &QSslSocket::readyRead);
    for (;;) {
        if (std::optional<RawResponse> response = takeResponse())
            return response;
        if (!isConnected() || !arrived.wait(timeoutMs))
            return std::nullopt;
    }
}

std::optional<RawResponse> RawHttpsClient::takeResponse()
{
    const qsizetype headEnd = m_received.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    QList<QByteArray> lines = m_received.left(headEnd).split('\n');
    RawResponse response;
    response.status = lines.takeFirst().split(' ').value(1).toInt();
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const qsizetype length = response.status < 200 ? 0 : response.header("content-length").toLongLong();
    if (m_received.size() < headEnd + 4 + length)
        return std::nullopt;
    response.body = m_received.mid(headEnd + 4, length);
    m_received.remove(0, headEnd + 4 + length);
    return response;
}

bool RawHttpsClient::waitForClosed(int timeoutMs)
{
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        return true;
    QSignalSpy closed(m_socket, &QSslSocket::disconnected);
    return closed.wait(timeoutMs);
}

void RawHttpsClient::abort()
{
    m_socket->abort();
}

ChunkRequest ChunkRequest::make(const QByteArray &data, int number, int total, const QByteArray &apiKey,
                                const QByteArray &extraHeaders)
{
    const QByteArray boundary = QByteArrayLiteral("boundary_.oOo._raw") + QByteArray::number(number);
    ChunkRequest request;
    request.body += "--";
    request.body += boundary;
    request.body += "\r\nContent-Type: application/octet-stream\r\n"
                    "Content-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n\r\n";
    request.body += data;
    request.body += "\r\n--";
    request.body += boundary;
    request.body += "--\r\n";

    request.head += "POST /manage/api/v1/maintenance/update/apply HTTP/1.1\r\nHost: 127.0.0.1\r\napiKey: ";
    request.head += apiKey;
    request.head += "\r\nuploader-chunk-number: ";
    request.head += QByteArray::number(number);
    request.head += "\r\nuploader-chunks-total: ";
    request.head += QByteArray::number(total);
    request.head += "\r\nuploader-file-id: 4711\r\nContent-Type: multipart/form-data; boundary=\"";
    request.head += boundary;
    request.head += "\"\r\nContent-Length: ";
    request.head += QByteArray::number(request.body.size());
    request.head += "\r\n";
    request.head += extraHeaders;
    request.head += "\r\n";
    return request;
}

} // namespace groov::sim::test
