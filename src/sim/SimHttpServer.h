#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>
#include <QSslConfiguration>

#include <functional>
#include <memory>

class QTcpServer;

namespace groov::sim {

class SimExchange;

// The HTTPS listener of one device life (between restarts). A subclass of QAbstractHttpServer rather than QHttpServer
// because faults need the socket: to reset it, to leave it hanging, and to see when a request starts arriving (for
// the concurrency check) and when its client goes away. Deleting it closes the port and every connection.
class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const std::shared_ptr<SimExchange> &)>;

    explicit SimHttpServer(QObject *parent = nullptr);
    ~SimHttpServer() override;

    [[nodiscard]] bool listenOn(const QHostAddress &address, quint16 port, const QSslConfiguration &tls,
                                QString *error);
    [[nodiscard]] quint16 port() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    // Closes the port and cuts every connection at once, quietly (no connectionClosed). Safe to call from inside a
    // request's handling; delete the object later.
    void shutDown();

Q_SIGNALS:
    // The first bytes of a request arrived (it may take a while to arrive in full). othersOpenOnPath counts the
    // requests to the same path still open on other live connections: received or arriving, not yet answered.
    void requestStarted(quint64 connectionId, const QString &method, const QString &path, int othersOpenOnPath);
    void connectionClosed(quint64 connectionId);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    friend class SimExchange;
    enum class State { Idle, Receiving, Handling };
    struct Connection
    {
        quint64 id = 0;
        State state = State::Idle;
        quint64 serial = 0;
        QString path;
    };

    void adopt(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket);
    void forget(QTcpSocket *socket);
    bool isCurrent(const SimExchange &exchange) const;
    void respond(SimExchange &exchange, int status, const QByteArray &body, const QByteArray &contentType);
    void reset(SimExchange &exchange);

    QTcpServer *m_listener = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;
    Handler m_handler;
    bool m_closed = false;
};

} // namespace groov::sim
