#include "SimHttpServer.h"

#include "SimExchange.h"
#include "SimLogging.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QSslServer>
#include <QTcpSocket>

#include <atomic>

namespace groov::sim {

namespace {

// Ids stay unique across restarts, which replace the server object.
quint64 nextConnectionId()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

// Hands each accepted (and TLS-established) connection to the owner before QAbstractHttpServer connects to it, so
// the owner's readyRead slot runs first and can see a request's first bytes.
class WatchedSslServer : public QSslServer
{
public:
    std::function<void(QTcpSocket *)> onHandOver;

    using QSslServer::QSslServer;
    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = QSslServer::nextPendingConnection();
        if (socket && onHandOver)
            onHandOver(socket);
        return socket;
    }
};

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    default:
        break;
    }
    return QStringLiteral("OTHER");
}

QHttpServerResponder::StatusCode statusCode(int status)
{
    // QHttpServerResponder only knows the standard codes; anything else would throw inside Qt.
    switch (status) {
    case 200:
    case 400:
    case 401:
    case 404:
    case 405:
    case 409:
    case 500:
    case 503:
        return QHttpServerResponder::StatusCode(status);
    default:
        break;
    }
    return QHttpServerResponder::StatusCode::InternalServerError;
}

} // namespace

SimHttpServer::SimHttpServer(QObject *parent) : QAbstractHttpServer(parent) {}

SimHttpServer::~SimHttpServer()
{
    shutDown();
}

void SimHttpServer::shutDown()
{
    m_closed = true;
    const auto sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
    }
    if (m_listener) {
        m_listener->close();
        // Connections still in their TLS handshake have not been handed over yet.
        for (QTcpSocket *socket : m_listener->findChildren<QTcpSocket *>())
            socket->abort();
    }
}

bool SimHttpServer::listenOn(const QHostAddress &address, quint16 port, const QSslConfiguration &tls, QString *error)
{
    auto *listener = new WatchedSslServer(this);
    listener->setSslConfiguration(tls);
    listener->onHandOver = [this](QTcpSocket *socket) {
        adopt(socket);
    };
    if (!listener->listen(address, port)) {
        if (error)
            *error = QCoreApplication::translate("SimHttpServer", "Cannot listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(listener->errorString());
        delete listener;
        return false;
    }
    m_listener = listener;
    bind(listener);
    return true;
}

quint16 SimHttpServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void SimHttpServer::adopt(QTcpSocket *socket)
{
    if (m_closed) {
        socket->abort();
        return;
    }
    // Connections must die with the listener when the device restarts.
    if (!socket->parent())
        socket->setParent(m_listener);
    Connection connection;
    connection.id = nextConnectionId();
    m_connections.insert(socket, connection);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { forget(socket); });
    connect(socket, &QObject::destroyed, this, [this, socket] { forget(socket); });
    if (socket->bytesAvailable() > 0)
        onReadyRead(socket);
}

void SimHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->state != State::Idle)
        return;
    // Runs before QAbstractHttpServer reads, so the buffer still starts with the request line.
    const QByteArray head = socket->peek(8192);
    if (head.isEmpty())
        return;
    // QAbstractHttpServer 6.4 ignores "Expect: 100-continue"; curl then waits a second before each upload.
    const qsizetype headerEnd = head.indexOf("\r\n\r\n");
    if (headerEnd > 0) {
        for (const QByteArray &line : head.left(headerEnd).split('\n')) {
            const QByteArray header = line.trimmed().toLower();
            if (header.startsWith("expect:") && header.mid(7).trimmed() == "100-continue")
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
    }
    const QList<QByteArray> words = head.left(head.indexOf('\n')).trimmed().split(' ');
    const QString method = QString::fromLatin1(words.value(0));
    QString path = QString::fromLatin1(words.value(1));
    path = path.left(path.indexOf(QLatin1Char('?')));
    it->state = State::Receiving;
    it->path = path;
    const quint64 id = it->id;
    int othersOpen = 0;
    for (auto other = m_connections.cbegin(); other != m_connections.cend(); ++other) {
        if (other->id != id && other->state != State::Idle && other->path == path &&
            other.key()->state() == QAbstractSocket::ConnectedState)
            ++othersOpen;
    }
    Q_EMIT requestStarted(id, method, path, othersOpen);
}

void SimHttpServer::forget(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    const quint64 id = it->id;
    m_connections.erase(it);
    Q_EMIT connectionClosed(id);
}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (m_closed) {
        socket->abort();
        return true;
    }
    auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        adopt(socket);
        it = m_connections.find(socket);
    }
    it->state = State::Handling;
    it->path = request.url().path();
    ++it->serial;

    auto exchange = std::shared_ptr<SimExchange>(new SimExchange);
    exchange->m_server = this;
    exchange->m_socket = socket;
    exchange->m_request = &request;
    exchange->m_serial = it->serial;
    exchange->m_connectionId = it->id;
    exchange->m_method = methodName(request.method());
    exchange->m_path = request.url().path();
    exchange->m_headers = request.headers();
    exchange->m_body = request.body();
    if (m_handler)
        m_handler(exchange);
    else
        exchange->reset();
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

bool SimHttpServer::isCurrent(const SimExchange &exchange) const
{
    QTcpSocket *socket = exchange.m_socket.data();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return false;
    const auto it = m_connections.constFind(socket);
    return it != m_connections.cend() && it->state == State::Handling && it->serial == exchange.m_serial;
}

void SimHttpServer::respond(SimExchange &exchange, int status, const QByteArray &body, const QByteArray &contentType)
{
    if (!isCurrent(exchange))
        return;
    QTcpSocket *socket = exchange.m_socket.data();
    m_connections[socket].state = State::Idle;
    makeResponder(*exchange.m_request, socket).write(body, {{"Content-Type", contentType}}, statusCode(status));
}

void SimHttpServer::reset(SimExchange &exchange)
{
    if (!isCurrent(exchange))
        return;
    exchange.m_socket->abort();
}

} // namespace groov::sim
