#include "ThrottledRelay.h"

#include <QDir>
#include <QTcpServer>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace groov::test {

namespace {
constexpr int kTickMs = 20;
// Small, so the client's bytes wait in its own socket rather than in ours.
constexpr qint64 kClientReadBuffer = 4 * 1024;

#ifdef Q_OS_UNIX
// On loopback the kernel would otherwise buffer a megabyte or more per connection (a 64 KB segment size sizes the
// sender's buffer), and the client would see its whole upload "sent" at once. A plant network's segments are about
// 1.4 KB and a small receive window keeps the bytes queued in the client, where its progress can see them move.
// Both must be set on the listening socket, before any connection is accepted.
bool listenLikeASlowLink(QTcpServer *server)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const int one = 1;
    const int segment = 1400;
    const int receiveBuffer = 8 * 1024;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    if (::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0 ||
        ::setsockopt(fd, IPPROTO_TCP, TCP_MAXSEG, &segment, sizeof segment) != 0 ||
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &receiveBuffer, sizeof receiveBuffer) != 0 ||
        ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0 || ::listen(fd, 16) != 0 ||
        !server->setSocketDescriptor(fd)) {
        ::close(fd);
        return false;
    }
    return true;
}

// The client's end of a connection lives in this process too. On loopback the kernel sizes its send buffer for a
// microsecond round trip and grows it to a megabyte or more: 20 s of a 50 KB/s link that would drain with no
// progress the client can see. A real slow link keeps a few round trips' worth there; so does this, by setting the
// buffer of the socket whose local port is the client's.
void limitClientSendBuffer(quint16 clientPort)
{
    const QStringList fds = QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    for (const QString &name : fds) {
        bool ok = false;
        const int fd = name.toInt(&ok);
        sockaddr_in local{};
        socklen_t length = sizeof local;
        if (!ok || ::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &length) != 0 ||
            local.sin_family != AF_INET || ntohs(local.sin_port) != clientPort)
            continue;
        const int sendBuffer = 16 * 1024;
        ::setsockopt(fd, SOL_SOCKET, SO_SNDBUF, &sendBuffer, sizeof sendBuffer);
    }
}
#else
bool listenLikeASlowLink(QTcpServer *server)
{
    return server->listen(QHostAddress::LocalHost, 0);
}

void limitClientSendBuffer(quint16) {}
#endif
} // namespace

ThrottledRelay::ThrottledRelay(quint16 targetPort, qint64 bytesPerSecond, QObject *parent)
    : QObject(parent), m_targetPort(targetPort), m_rate(bytesPerSecond), m_listener(new QTcpServer(this))
{
    if (!listenLikeASlowLink(m_listener))
        qFatal("relay cannot listen: %s", qPrintable(m_listener->errorString()));
    connect(m_listener, &QTcpServer::newConnection, this, &ThrottledRelay::onNewConnection);
    m_tick.setInterval(kTickMs);
    m_tick.setTimerType(Qt::PreciseTimer);
    connect(&m_tick, &QTimer::timeout, this, &ThrottledRelay::pump);
    m_clock.start();
    m_tick.start();
}

ThrottledRelay::~ThrottledRelay()
{
    for (Link &link : m_links)
        closeLink(link);
}

quint16 ThrottledRelay::port() const
{
    return m_listener->serverPort();
}

void ThrottledRelay::onNewConnection()
{
    while (QTcpSocket *client = m_listener->nextPendingConnection()) {
        limitClientSendBuffer(client->peerPort());
        client->setReadBufferSize(kClientReadBuffer);
        client->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, int(kClientReadBuffer));
        auto *server = new QTcpSocket(this);
        // Answers go straight back.
        connect(server, &QTcpSocket::readyRead, client, [client, server] { client->write(server->readAll()); });
        // Either side gone: the whole link goes, as a cut cable would take it.
        connect(server, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        connect(server, &QTcpSocket::errorOccurred, client, [client] { client->abort(); });
        connect(client, &QTcpSocket::disconnected, server, [server] { server->disconnectFromHost(); });
        server->connectToHost(QHostAddress::LocalHost, m_targetPort);
        m_links.append(Link{client, server});
    }
}

void ThrottledRelay::pump()
{
    const qint64 now = m_clock.elapsed();
    // Unused allowance does not pile up beyond one tick: a pause must not turn into a burst.
    m_allowance = qMin(m_allowance + (now - m_lastTickMs) * m_rate / 1000, m_rate * kTickMs / 1000 + 1);
    m_lastTickMs = now;
    qint64 thisTick = 0;
    for (auto it = m_links.begin(); it != m_links.end();) {
        if (!it->client || !it->server) {
            closeLink(*it);
            it = m_links.erase(it);
            continue;
        }
        if (it->server->state() == QAbstractSocket::ConnectedState && m_allowance > 0 &&
            it->client->bytesAvailable() > 0) {
            const QByteArray bytes = it->client->read(m_allowance);
            it->server->write(bytes);
            m_allowance -= bytes.size();
            thisTick += bytes.size();
        }
        ++it;
    }
    m_forwarded += thisTick;
    m_largestTick = qMax(m_largestTick, thisTick);
}

void ThrottledRelay::closeLink(Link &link)
{
    if (link.client)
        link.client->deleteLater();
    if (link.server)
        link.server->deleteLater();
}

} // namespace groov::test
