#pragma once

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpServer;
class QTcpSocket;

namespace groov::test {

// A slow link between a client and a server on this machine: a TCP relay that passes the client's bytes on at a
// fixed rate (the answers go back at full speed). It reads from the client only as fast as the rate allows, with
// small buffers, so the client's socket really backs up, as behind a slow plant network; TLS passes through untouched.
class ThrottledRelay : public QObject
{
    Q_OBJECT
public:
    ThrottledRelay(quint16 targetPort, qint64 bytesPerSecond, QObject *parent = nullptr);
    ~ThrottledRelay() override;

    [[nodiscard]] quint16 port() const;
    // Bytes passed on to the server so far.
    [[nodiscard]] qint64 bytesForwarded() const { return m_forwarded; }
    // The most bytes passed on within any one tick: never more than the rate allows plus one tick's burst.
    [[nodiscard]] qint64 largestTick() const { return m_largestTick; }

private:
    struct Link
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> server;
    };

    void onNewConnection();
    void pump();
    void closeLink(Link &link);

    quint16 m_targetPort;
    qint64 m_rate;
    QTcpServer *m_listener;
    QList<Link> m_links;
    QTimer m_tick;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
    qint64 m_allowance = 0;
    qint64 m_forwarded = 0;
    qint64 m_largestTick = 0;
};

} // namespace groov::test
