#include "TlsFront.h"

#include <QSslConfiguration>
#include <QSslSocket>

#include <memory>

namespace groov::test {

TlsFront::TlsFront(const TestCertificate &certificate, quint16 targetPort, QObject *parent)
    : QObject(parent), m_targetPort(targetPort)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(certificate.certificate());
    configuration.setPrivateKey(certificate.key());
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(configuration);
    connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++m_started; });
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (auto *client = static_cast<QSslSocket *>(m_server.nextPendingConnection()))
            relay(client);
    });
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("TlsFront cannot listen: %s", qPrintable(m_server.errorString()));
}

void TlsFront::relay(QSslSocket *client)
{
    ++m_completed;
    client->setParent(this);
    auto *upstream = new QSslSocket(this);
    upstream->setPeerVerifyMode(QSslSocket::VerifyNone); // test plumbing: the simulator's own certificate
    auto pending = std::make_shared<QByteArray>();
    const auto forward = [this, client, upstream, pending] {
        const QByteArray bytes = client->readAll();
        m_relayed += bytes.size();
        if (!bytes.isEmpty())
            Q_EMIT clientSent(bytes);
        if (upstream->isEncrypted())
            upstream->write(bytes);
        else
            pending->append(bytes);
    };
    connect(client, &QSslSocket::readyRead, this, forward);
    connect(upstream, &QSslSocket::encrypted, this, [upstream, pending] {
        upstream->write(*pending);
        pending->clear();
    });
    connect(upstream, &QSslSocket::readyRead, this, [client, upstream] { client->write(upstream->readAll()); });
    connect(client, &QSslSocket::disconnected, upstream, &QSslSocket::disconnectFromHost);
    connect(upstream, &QSslSocket::disconnected, client, &QSslSocket::disconnectFromHost);
    upstream->connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_targetPort);
    forward();
}

} // namespace groov::test
