#pragma once

#include "TestCertificate.h"

#include <QObject>
#include <QSslServer>

class QSslSocket;

namespace groov::test {

// Serves a chosen certificate in front of the simulator: a TLS server on this machine that, once a client completed
// the handshake, relays the decrypted bytes to the simulator over a second TLS connection. A client that rejects the
// certificate never gets past the handshake, so the simulator's record shows exactly what reached the device.
class TlsFront : public QObject
{
    Q_OBJECT
public:
    TlsFront(const TestCertificate &certificate, quint16 targetPort, QObject *parent = nullptr);

    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    // Handshakes clients began, and those that completed (after which bytes are relayed).
    [[nodiscard]] int handshakesStarted() const { return m_started; }
    [[nodiscard]] int handshakesCompleted() const { return m_completed; }
    [[nodiscard]] qint64 bytesRelayed() const { return m_relayed; }

Q_SIGNALS:
    // Decrypted bytes from a client, emitted before they are passed on: a slot runs before the simulator sees them.
    void clientSent(const QByteArray &bytes);

private:
    void relay(QSslSocket *client);

    QSslServer m_server;
    quint16 m_targetPort;
    int m_started = 0;
    int m_completed = 0;
    qint64 m_relayed = 0;
};

} // namespace groov::test
