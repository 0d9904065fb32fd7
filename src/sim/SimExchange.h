#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>

#include <memory>

namespace groov::sim {

class SimBodySink;
class SimConnection;
class SimHttpServer;

// One request received in full, and the ways to deal with it: answer, reset the connection, or leave it hanging.
// Held by shared pointer so an answer can come later (slow uploads); it outlives a restart harmlessly, answering
// nothing once its connection is gone.
class SimExchange
{
public:
    [[nodiscard]] QString method() const { return m_method; }
    [[nodiscard]] QString path() const { return m_path; }
    // Case-insensitive, as HTTP header names are. Empty when absent; see hasHeader().
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] bool hasHeader(const QByteArray &name) const;
    // Every header field as received, in order.
    [[nodiscard]] const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }
    // The body, unless it went to a sink as it arrived (then empty; see bodySink()).
    [[nodiscard]] QByteArray body() const { return m_body; }
    // The sink the server fed the body into, for a request whose handler asked for one
    // (SimHttpServer::BodySinkFactory).
    [[nodiscard]] std::shared_ptr<SimBodySink> bodySink() const { return m_bodySink; }
    // The size of the body, wherever it went.
    [[nodiscard]] qint64 bodySize() const { return m_bodySize; }
    [[nodiscard]] quint64 connectionId() const { return m_connectionId; }

    // The connection is still open (the client has not given up and the device has not restarted).
    [[nodiscard]] bool isConnected() const;
    [[nodiscard]] bool isFinished() const { return m_finished; }

    // reason: a reason phrase of the device's own instead of the usual one.
    void respond(int status, const QByteArray &body, const QByteArray &contentType, const QByteArray &reason = {});
    void respondJson(int status, const QJsonObject &json);
    // Drops the connection without an answer, as a crashed or overloaded device does.
    void reset();
    // Never answers: the connection stays open until the client gives up (or the device restarts).
    void stall();

private:
    friend class SimConnection; // reads the request and writes its answer
    friend class SimHttpServer; // gives it a body sink
    SimExchange() = default;

    // The client said "Connection: close": the connection ends with the answer.
    [[nodiscard]] bool wantsClose() const;
    // A piece of the body as it arrives: into the sink if there is one, otherwise into memory.
    void appendBody(const char *data, qint64 size);

    QPointer<SimConnection> m_connection;
    quint64 m_serial = 0;
    quint64 m_connectionId = 0;
    QString m_method;
    QString m_path;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    std::shared_ptr<SimBodySink> m_bodySink;
    qint64 m_bodySize = 0;
    bool m_finished = false;
};

} // namespace groov::sim
