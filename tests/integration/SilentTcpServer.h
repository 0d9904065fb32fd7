#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

namespace groov::test {

// Accepts connections and never answers: a TLS handshake to it stalls forever. Keeps every byte it receives, so a
// test can show what the client sent (a TLS ClientHello, and never an HTTP request).
class SilentTcpServer : public QObject
{
    Q_OBJECT
public:
    explicit SilentTcpServer(QObject *parent = nullptr);

    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] int connections() const { return m_connections; }
    [[nodiscard]] QByteArray received() const { return m_received; }

private:
    QTcpServer m_server;
    int m_connections = 0;
    QByteArray m_received;
};

} // namespace groov::test
