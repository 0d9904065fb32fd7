#include "RedirectingDevice.h"

#include <QSslConfiguration>
#include <QSslSocket>

#include <memory>

namespace groov::test {

RedirectingDevice::RedirectingDevice(const TestCertificate &certificate, const QUrl &target,
                                     const QString &redirectPathPart, QObject *parent)
    : QObject(parent), m_target(target), m_redirectPathPart(redirectPathPart.toLatin1())
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate.certificate());
    configuration.setPrivateKey(certificate.key());
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(configuration);
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (auto *socket = static_cast<QSslSocket *>(m_server.nextPendingConnection()))
            serve(socket);
    });
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("RedirectingDevice cannot listen: %s", qPrintable(m_server.errorString()));
}

void RedirectingDevice::serve(QSslSocket *socket)
{
    socket->setParent(this);
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
        buffer->append(socket->readAll());
        // Answer each complete request (head and Content-Length body) in turn.
        for (;;) {
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = buffer->left(headEnd);
            qsizetype bodyLength = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    bodyLength = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headEnd + 4 + bodyLength)
                return;
            buffer->remove(0, headEnd + 4 + bodyLength);
            m_requests.append(head);
            socket->write(answer(head));
        }
    });
}

QByteArray RedirectingDevice::answer(const QByteArray &head)
{
    const QByteArray path = head.left(head.indexOf('\r')).split(' ').value(1);
    if (!path.contains(m_redirectPathPart))
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
    ++m_redirects;
    QUrl location = m_target;
    location.setPath(QString::fromLatin1(path));
    return "HTTP/1.1 307 Temporary Redirect\r\nLocation: " + location.toEncoded() + "\r\nContent-Length: 0\r\n\r\n";
}

} // namespace groov::test
