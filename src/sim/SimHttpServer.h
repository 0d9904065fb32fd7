#pragma once

#include "SimHttpResponse.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

#include <functional>
#include <memory>

class QSslServer;

namespace groov::sim {

class SimBodySink;
class SimConnection;
class SimExchange;

// The HTTPS listener of one device life (between restarts). It speaks HTTP/1.1 itself, on sockets it owns, because
// faults need them: to reset a connection, to leave it hanging, to see when a request starts arriving (for the
// concurrency check) and when its client goes away. A QSslServer accepts the connections and does the TLS handshake;
// a SimConnection per connection reads the requests and writes the answers; this object keeps the table of
// connections and hands every whole request to the handler. Deleting it closes the port and every connection.
class SimHttpServer : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<void(const std::shared_ptr<SimExchange> &)>;
    // Asked once a request's head is in: a sink for its body, or null to have the body buffered in memory.
    using BodySinkFactory = std::function<std::shared_ptr<SimBodySink>(const SimExchange &)>;
    using AnswerShape = SimAnswerShape;

    explicit SimHttpServer(QObject *parent = nullptr);
    ~SimHttpServer() override;

    [[nodiscard]] bool listenOn(const QHostAddress &address, quint16 port, const QSslConfiguration &tls,
                                QString *error);
    [[nodiscard]] quint16 port() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setBodySinkFactory(BodySinkFactory factory) { m_bodySinks = std::move(factory); }
    // How answers are written from now on, on every connection.
    void setAnswerShape(AnswerShape shape);
    // Closes the port and cuts every connection at once, quietly (no connectionClosed). Safe to call from inside a
    // request's handling; delete the object later.
    void shutDown();

Q_SIGNALS:
    // A request's head arrived (its body may take a while to follow). othersOpenOnPath counts the requests to the same
    // path still open on other live connections: received or arriving, not yet answered.
    void requestStarted(quint64 connectionId, const QString &method, const QString &path, int othersOpenOnPath);
    void connectionClosed(quint64 connectionId);
    // A client began a TLS handshake: counted even when the client then rejects the certificate.
    void handshakeStarted();

private:
    void accept();
    void onHeadReceived(const std::shared_ptr<SimExchange> &exchange);
    void dispatch(const std::shared_ptr<SimExchange> &exchange);
    void forget(quint64 connectionId);
    [[nodiscard]] int othersOpenOnPath(quint64 connectionId, const QString &path) const;

    QSslServer *m_listener = nullptr;
    QHash<quint64, SimConnection *> m_connections;
    Handler m_handler;
    BodySinkFactory m_bodySinks;
    AnswerShape m_shape;
    bool m_closed = false;
};

} // namespace groov::sim
