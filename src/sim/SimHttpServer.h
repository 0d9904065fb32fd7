#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QSslConfiguration>

#include <functional>
#include <memory>

class QTcpServer;

namespace groov::sim {

class SimBodySink;
class SimExchange;

// The HTTPS listener of one device life (between restarts). A subclass of QAbstractHttpServer rather than QHttpServer
// because faults need the socket: to reset it, to leave it hanging, and to see when a request starts arriving (for
// the concurrency check) and when its client goes away. Deleting it closes the port and every connection.
//
// It sees each connection's bytes before QAbstractHttpServer does, and reads every request head itself (holding an
// incomplete one back, so QAbstractHttpServer only ever starts on a whole head). A request whose handler wants its
// body as it arrives (a body sink) and that says how long its body is, this server reads itself, straight into the
// sink: QAbstractHttpServer 6.4 would buffer it whole, in time that grows with the square of its size. Other requests
// are left to QAbstractHttpServer. Either way the handler gets the whole request, and answers go out through here.
class SimHttpServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(const std::shared_ptr<SimExchange> &)>;
    // Asked once a request's head is in: a sink for its body, or null to have the body buffered as usual.
    using BodySinkFactory = std::function<std::shared_ptr<SimBodySink>(const SimExchange &)>;

    explicit SimHttpServer(QObject *parent = nullptr);
    ~SimHttpServer() override;

    [[nodiscard]] bool listenOn(const QHostAddress &address, quint16 port, const QSslConfiguration &tls,
                                QString *error);
    [[nodiscard]] quint16 port() const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setBodySinkFactory(BodySinkFactory factory) { m_bodySinks = std::move(factory); }
    // How answers are written, for the faults of a hostile device: the head padded to headBytes, and every byte
    // written on its own, trickleIntervalMs apart.
    struct AnswerShape
    {
        qint64 headBytes = 0;
        int trickleIntervalMs = 0;
    };
    void setAnswerShape(AnswerShape shape) { m_shape = shape; }
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

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    friend class SimExchange;
    // Idle: between requests, reading the next head. Receiving: QAbstractHttpServer reads the request. Streaming:
    // this server reads the body into its sink. Handling: the request is complete and waits for its answer.
    enum class State { Idle, Receiving, Streaming, Handling };
    struct Connection
    {
        quint64 id = 0;
        State state = State::Idle;
        quint64 serial = 0;
        QString path;
        bool holdingHead = false;               // an incomplete head is held back in a transaction of this server's
        std::shared_ptr<SimExchange> streaming; // the request whose body this server is reading
        qint64 bodyRemaining = 0;
    };

    void adopt(QTcpSocket *socket);
    void onReadyRead(QTcpSocket *socket);
    void readHead(QTcpSocket *socket, Connection &connection);
    [[nodiscard]] bool readBody(QTcpSocket *socket, Connection &connection);
    [[nodiscard]] int othersOpenOnPath(quint64 id, const QString &path) const;
    [[nodiscard]] std::shared_ptr<SimExchange> newExchange(QTcpSocket *socket, const Connection &connection,
                                                           const QString &method, const QString &path,
                                                           const QList<QPair<QByteArray, QByteArray>> &headers);
    void dispatch(Connection &connection, const std::shared_ptr<SimExchange> &exchange);
    void forget(QTcpSocket *socket);
    bool isCurrent(const SimExchange &exchange) const;
    void respond(SimExchange &exchange, int status, const QByteArray &body, const QByteArray &contentType,
                 const QByteArray &reason);
    // Writes the answer as m_shape says; closes the connection after it when close.
    void writeAnswer(QTcpSocket *socket, QByteArray answer, bool close);
    void reset(SimExchange &exchange);

    QTcpServer *m_listener = nullptr;
    QHash<QTcpSocket *, Connection> m_connections;
    Handler m_handler;
    BodySinkFactory m_bodySinks;
    AnswerShape m_shape;
    QByteArray m_readBuffer;
    bool m_closed = false;
};

} // namespace groov::sim
