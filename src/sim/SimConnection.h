#pragma once

#include "SimHttpResponse.h"
#include "SimRequestBody.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

class QSslSocket;

namespace groov::sim {

class SimExchange;

// One accepted HTTPS connection, spoken HTTP/1.1 on: it reads one request at a time (its head, then its body, into the
// body sink when one was given, otherwise into memory), hands it on whole, and writes its answer. A request sent
// before the last answer went out waits in the socket until it has, so answers go out in the order of the requests.
// What the server cannot take (a head over kMaxHeadBytes or not HTTP, a body whose end is unclear, a body held in
// memory over kMaxBufferedBodyBytes, a request that stalls) gets a 4xx answer and the connection closes; no handler
// hears of it. A connection that says nothing for kIdleTimeoutMs is closed, so no client holds a socket for ever.
class SimConnection : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    // More than a 25 MB chunk, so that a chunk sent where no sink takes it is still answered as the device would.
    static constexpr qint64 kMaxBufferedBodyBytes = 32 * 1024 * 1024;
    // How long a client may take to send a whole request head, or pause inside a body, before the connection closes.
    // Never while a request waits for its answer: a fault may hold that on purpose.
    static constexpr int kIdleTimeoutMs = 30 * 1000;

    // Takes the socket over: it becomes this object's child.
    SimConnection(QSslSocket *socket, quint64 id, QObject *parent = nullptr);

    [[nodiscard]] quint64 id() const { return m_id; }
    [[nodiscard]] bool isConnected() const;
    // The path of the request open here, arriving or waiting for its answer; empty between requests.
    [[nodiscard]] QString openPath() const;
    void setAnswerShape(SimAnswerShape shape) { m_shape = shape; }
    // For tests, which cannot wait kIdleTimeoutMs; a wait under way starts again with it.
    void setIdleTimeout(int ms) { m_idle.setInterval(ms); }
    // Starts reading; connect to the signals first.
    void start();
    // Cuts the connection at once.
    void abort();

Q_SIGNALS:
    // A request's head is in, its body not yet: the place to give the exchange a body sink.
    void headReceived(const std::shared_ptr<SimExchange> &exchange);
    // The whole request is in and waits for its answer.
    void requestReceived(const std::shared_ptr<SimExchange> &exchange);
    // Once, however the connection ended. The object deletes itself later.
    void closed(quint64 id);

private:
    friend class SimExchange;
    // Head: reading the next head. Body: reading its body. Handling: waiting for the answer. Answering: the answer
    // trickles out. Closing: the last answer is out, nothing more is read. Ended: the connection is gone.
    enum class State { Head, Body, Handling, Answering, Closing, Ended };

    void process();
    // Each is true when it got through its part of the request, with the connection still open.
    [[nodiscard]] bool readHead();
    [[nodiscard]] bool readBody();
    void refuse(int status, const char *why);
    void idleTimedOut();
    // What was written still goes out; nothing more is read.
    void closeWhenWritten();
    [[nodiscard]] bool isCurrent(const SimExchange &exchange) const;
    void respond(SimExchange &exchange, int status, const QByteArray &body, const QByteArray &contentType,
                 const QByteArray &reason);
    void reset(SimExchange &exchange);
    void write(const QByteArray &answer, bool close);
    void answered(bool close);
    void end();

    QSslSocket *m_socket;
    quint64 m_id;
    State m_state = State::Head;
    QByteArray m_input;                     // taken off the socket, not yet used
    std::shared_ptr<SimExchange> m_request; // the request arriving
    std::optional<SimRequestBody> m_body;   // and its body
    QString m_path;                         // of the request open here
    quint64 m_serial = 0;                   // of the request waiting for its answer
    SimAnswerShape m_shape;
    QTimer m_idle; // runs while a head or a body is awaited
    bool m_processing = false;
};

} // namespace groov::sim
