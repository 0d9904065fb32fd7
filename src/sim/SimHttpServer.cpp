#include "SimHttpServer.h"

#include "SimBodySink.h"
#include "SimExchange.h"
#include "SimHttpResponse.h"
#include "SimLogging.h"
#include "SimRequestHead.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#include <atomic>
#include <optional>
#include <utility>

namespace groov::sim {

namespace {

// A head longer than this is left to QAbstractHttpServer (which will likely refuse it).
constexpr qsizetype kMaxHead = 64 * 1024;
// How much of a streamed body is read from the socket at a time.
constexpr qsizetype kReadPiece = 256 * 1024;

// Ids stay unique across restarts, which replace the server object.
quint64 nextConnectionId()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

// Hands each accepted (and TLS-established) connection to the owner before QAbstractHttpServer connects to it, so
// the owner's readyRead slot runs first and sees every byte before QAbstractHttpServer can read it.
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

// The body length a request announces, 0 when it announces none; nullopt when only QAbstractHttpServer can find
// the body's end (a transfer coding) or the length is not a plain decimal.
std::optional<qint64> announcedBodyLength(const SimExchange &exchange)
{
    if (exchange.hasHeader("transfer-encoding"))
        return std::nullopt;
    if (!exchange.hasHeader("content-length"))
        return 0;
    return decimalHeaderValue(exchange.header("content-length").trimmed());
}

} // namespace

SimHttpServer::SimHttpServer(QObject *parent) : QAbstractHttpServer(parent), m_readBuffer(kReadPiece, Qt::Uninitialized)
{}

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
        // Also cuts QAbstractHttpServer's readyRead slot, which has this object as its context.
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
    connect(listener, &QSslServer::startedEncryptionHandshake, this, &SimHttpServer::handshakeStarted);
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
    // Bytes that came with the handshake raised readyRead before anyone listened: raise it again for both readers.
    if (socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(socket, &QIODevice::readyRead, Qt::QueuedConnection);
}

void SimHttpServer::onReadyRead(QTcpSocket *socket)
{
    // Runs before QAbstractHttpServer's slot: what this reads, that one never sees.
    for (;;) {
        auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        if (it->state == State::Idle) {
            readHead(socket, *it);
            // The requestStarted slots may have closed connections.
            it = m_connections.find(socket);
            if (it == m_connections.end())
                return;
        }
        if (it->state != State::Streaming || !readBody(socket, *it))
            return;
        // The whole body is in. The handler may answer, reset the connection or shut the whole server down.
        dispatch(*it, std::exchange(it->streaming, nullptr));
        // Answered at once: what follows on the connection is the next request.
        if (socket->bytesAvailable() == 0)
            return;
    }
}

void SimHttpServer::readHead(QTcpSocket *socket, Connection &connection)
{
    if (socket->isTransactionStarted()) {
        // Bytes held back last time (an incomplete head) come back, to be read with the new ones.
        const qint64 before = socket->bytesAvailable();
        socket->rollbackTransaction();
        const qint64 consumed = socket->bytesAvailable() - before;
        if (consumed > 0 && !connection.holdingHead) {
            // QAbstractHttpServer's own transaction, in the middle of a request sent before the last answer went
            // out: put it back as it was, and leave that request to it.
            socket->startTransaction();
            socket->skip(consumed);
            connection.state = State::Receiving;
            connection.path.clear();
            return;
        }
    }
    connection.holdingHead = false;
    const QByteArray buffered = socket->peek(kMaxHead);
    const qsizetype headEnd = SimRequestHead::endOf(buffered);
    if (headEnd < 0) {
        if (buffered.size() < kMaxHead) {
            // Read it, inside a transaction, so that QAbstractHttpServer does not start on half a head.
            socket->startTransaction();
            socket->skip(socket->bytesAvailable());
            connection.holdingHead = true;
            return;
        }
        connection.state = State::Receiving;
        connection.path.clear();
        return;
    }
    const std::optional<SimRequestHead> head = SimRequestHead::parse(buffered.left(headEnd));
    connection.state = State::Receiving;
    if (!head) {
        connection.path.clear(); // QAbstractHttpServer refuses it
        return;
    }
    connection.path = head->path();
    std::shared_ptr<SimExchange> exchange =
        newExchange(socket, connection, head->method(), head->path(), head->headers());
    // QAbstractHttpServer 6.4 ignores "Expect: 100-continue"; curl then waits a second before each upload.
    if (exchange->header("expect").trimmed().compare("100-continue", Qt::CaseInsensitive) == 0)
        socket->write(SimHttpResponse::continueResponse());

    std::shared_ptr<SimBodySink> sink = m_bodySinks ? m_bodySinks(*exchange) : nullptr;
    const std::optional<qint64> length = announcedBodyLength(*exchange);
    if (sink && length) {
        socket->skip(headEnd);
        exchange->m_bodySink = std::move(sink);
        connection.streaming = exchange;
        connection.bodyRemaining = *length;
        connection.state = State::Streaming;
    }
    // Last: the slots must not change the connection table while `connection` is in use.
    Q_EMIT requestStarted(connection.id, head->method(), head->path(), othersOpenOnPath(connection.id, head->path()));
}

bool SimHttpServer::readBody(QTcpSocket *socket, Connection &connection)
{
    // QAbstractHttpServer's slot opened a transaction after this server's last read. It holds nothing; left open, it
    // would keep every byte read from here on.
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    SimExchange &exchange = *connection.streaming;
    while (connection.bodyRemaining > 0) {
        const qint64 got =
            socket->read(m_readBuffer.data(), qMin<qint64>(connection.bodyRemaining, m_readBuffer.size()));
        if (got <= 0)
            break;
        connection.bodyRemaining -= got;
        exchange.m_bodySize += got;
        exchange.m_bodySink->write(m_readBuffer.constData(), got);
    }
    return connection.bodyRemaining == 0;
}

int SimHttpServer::othersOpenOnPath(quint64 id, const QString &path) const
{
    int open = 0;
    for (auto other = m_connections.cbegin(); other != m_connections.cend(); ++other) {
        if (other->id != id && other->state != State::Idle && other->path == path &&
            other.key()->state() == QAbstractSocket::ConnectedState)
            ++open;
    }
    return open;
}

void SimHttpServer::forget(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    const quint64 id = it->id;
    // A body still streaming goes with its connection, and its sink with it: nothing of it is handled.
    m_connections.erase(it);
    Q_EMIT connectionClosed(id);
}

std::shared_ptr<SimExchange> SimHttpServer::newExchange(QTcpSocket *socket, const Connection &connection,
                                                        const QString &method, const QString &path,
                                                        const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto exchange = std::shared_ptr<SimExchange>(new SimExchange);
    exchange->m_server = this;
    exchange->m_socket = socket;
    exchange->m_connectionId = connection.id;
    exchange->m_method = method;
    exchange->m_path = path;
    exchange->m_headers = headers;
    return exchange;
}

void SimHttpServer::dispatch(Connection &connection, const std::shared_ptr<SimExchange> &exchange)
{
    connection.state = State::Handling;
    connection.path = exchange->path();
    exchange->m_serial = ++connection.serial;
    // From here on `connection` may be gone.
    if (m_handler)
        m_handler(exchange);
    else
        exchange->reset();
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
    std::shared_ptr<SimExchange> exchange =
        newExchange(socket, *it, methodName(request.method()), request.url().path(), request.headers());
    const QByteArray body = request.body();
    exchange->m_bodySize = body.size();
    // A body QAbstractHttpServer had to read (one without a plain length) goes to the sink all at once.
    if (std::shared_ptr<SimBodySink> sink = m_bodySinks ? m_bodySinks(*exchange) : nullptr) {
        sink->write(body.constData(), body.size());
        exchange->m_bodySink = std::move(sink);
    } else {
        exchange->m_body = body;
    }
    dispatch(*it, exchange);
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // handleRequest() takes every request; this only satisfies the interface.
    socket->write(SimHttpResponse::format(404, QByteArray(), QByteArray(), false));
}

bool SimHttpServer::isCurrent(const SimExchange &exchange) const
{
    QTcpSocket *socket = exchange.m_socket.data();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return false;
    const auto it = m_connections.constFind(socket);
    return it != m_connections.cend() && it->state == State::Handling && it->serial == exchange.m_serial;
}

void SimHttpServer::respond(SimExchange &exchange, int status, const QByteArray &body, const QByteArray &contentType,
                            const QByteArray &reason)
{
    if (!isCurrent(exchange))
        return;
    QTcpSocket *socket = exchange.m_socket.data();
    m_connections[socket].state = State::Idle;
    const bool close = exchange.wantsClose();
    QByteArray answer = SimHttpResponse::format(status, contentType, body, close, reason);
    if (m_shape.headBytes > 0)
        SimHttpResponse::padHead(answer, m_shape.headBytes);
    writeAnswer(socket, std::move(answer), close);
}

void SimHttpServer::writeAnswer(QTcpSocket *socket, QByteArray answer, bool close)
{
    if (m_shape.trickleIntervalMs <= 0) {
        socket->write(answer);
        if (close)
            socket->disconnectFromHost();
        return;
    }
    // One byte per tick; the timer dies with the socket, so a client that gives up ends the trickle.
    auto *timer = new QTimer(socket);
    auto written = std::make_shared<qsizetype>(0);
    connect(timer, &QTimer::timeout, socket, [socket, timer, answer, written, close] {
        socket->write(answer.mid(*written, 1));
        if (++*written < answer.size())
            return;
        timer->deleteLater();
        if (close)
            socket->disconnectFromHost();
    });
    timer->start(m_shape.trickleIntervalMs);
}

void SimHttpServer::reset(SimExchange &exchange)
{
    if (!isCurrent(exchange))
        return;
    QTcpSocket *socket = exchange.m_socket.data();
    // Nothing more is read here, by this server or by QAbstractHttpServer (whose slot has this object as context).
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    forget(socket);
}

} // namespace groov::sim
