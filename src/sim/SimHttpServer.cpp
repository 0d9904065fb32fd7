#include "SimHttpServer.h"

#include "SimConnection.h"
#include "SimExchange.h"

#include <QCoreApplication>
#include <QSslServer>
#include <QSslSocket>

#include <atomic>
#include <utility>

namespace groov::sim {

namespace {

// Ids stay unique across restarts, which replace the server object.
quint64 nextConnectionId()
{
    static std::atomic<quint64> counter{0};
    return ++counter;
}

} // namespace

SimHttpServer::SimHttpServer(QObject *parent) : QObject(parent) {}

SimHttpServer::~SimHttpServer()
{
    shutDown();
}

void SimHttpServer::shutDown()
{
    m_closed = true;
    const QHash<quint64, SimConnection *> connections = std::exchange(m_connections, {});
    for (SimConnection *connection : connections) {
        disconnect(connection, nullptr, this, nullptr);
        connection->abort();
    }
    if (m_listener) {
        m_listener->close();
        // Connections still in their TLS handshake, or not taken yet, are the listener's.
        for (QSslSocket *socket : m_listener->findChildren<QSslSocket *>())
            socket->abort();
    }
}

bool SimHttpServer::listenOn(const QHostAddress &address, quint16 port, const QSslConfiguration &tls, QString *error)
{
    auto *listener = new QSslServer(this);
    listener->setSslConfiguration(tls);
    if (!listener->listen(address, port)) {
        if (error)
            *error = QCoreApplication::translate("groov::sim::SimHttpServer", "Cannot listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(listener->errorString());
        delete listener;
        return false;
    }
    m_listener = listener;
    connect(listener, &QSslServer::startedEncryptionHandshake, this, &SimHttpServer::handshakeStarted);
    // Raised once the handshake is over (QTcpServer::newConnection comes before it).
    connect(listener, &QSslServer::pendingConnectionAvailable, this, &SimHttpServer::accept);
    return true;
}

quint16 SimHttpServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

void SimHttpServer::setAnswerShape(AnswerShape shape)
{
    m_shape = shape;
    for (SimConnection *connection : std::as_const(m_connections))
        connection->setAnswerShape(shape);
}

void SimHttpServer::accept()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        auto *tlsSocket = qobject_cast<QSslSocket *>(socket);
        if (m_closed || !tlsSocket) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *connection = new SimConnection(tlsSocket, nextConnectionId(), this);
        connection->setAnswerShape(m_shape);
        connect(connection, &SimConnection::headReceived, this, &SimHttpServer::onHeadReceived);
        connect(connection, &SimConnection::requestReceived, this, &SimHttpServer::dispatch);
        connect(connection, &SimConnection::closed, this, &SimHttpServer::forget);
        m_connections.insert(connection->id(), connection);
        connection->start();
    }
}

void SimHttpServer::onHeadReceived(const std::shared_ptr<SimExchange> &exchange)
{
    if (m_bodySinks)
        exchange->m_bodySink = m_bodySinks(*exchange);
    const quint64 id = exchange->connectionId();
    Q_EMIT requestStarted(id, exchange->method(), exchange->path(), othersOpenOnPath(id, exchange->path()));
}

void SimHttpServer::dispatch(const std::shared_ptr<SimExchange> &exchange)
{
    if (m_handler)
        m_handler(exchange);
    else
        exchange->reset();
}

void SimHttpServer::forget(quint64 connectionId)
{
    if (m_connections.remove(connectionId))
        Q_EMIT connectionClosed(connectionId);
}

int SimHttpServer::othersOpenOnPath(quint64 connectionId, const QString &path) const
{
    int open = 0;
    for (const SimConnection *other : m_connections) {
        if (other->id() != connectionId && !path.isEmpty() && other->openPath() == path)
            ++open;
    }
    return open;
}

} // namespace groov::sim
