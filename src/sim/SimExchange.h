#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>

class QHttpServerRequest;
class QTcpSocket;

namespace groov::sim {

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
    [[nodiscard]] QByteArray body() const { return m_body; }
    [[nodiscard]] quint64 connectionId() const { return m_connectionId; }

    // The connection is still open (the client has not given up and the device has not restarted).
    [[nodiscard]] bool isConnected() const;
    [[nodiscard]] bool isFinished() const { return m_finished; }

    void respond(int status, const QByteArray &body, const QByteArray &contentType);
    void respondJson(int status, const QJsonObject &json);
    // Drops the connection without an answer, as a crashed or overloaded device does.
    void reset();
    // Never answers: the connection stays open until the client gives up (or the device restarts).
    void stall();

private:
    friend class SimHttpServer;
    SimExchange() = default;

    QPointer<SimHttpServer> m_server;
    QPointer<QTcpSocket> m_socket;
    const QHttpServerRequest *m_request = nullptr; // valid while m_socket lives and m_serial is current
    quint64 m_serial = 0;
    quint64 m_connectionId = 0;
    QString m_method;
    QString m_path;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    bool m_finished = false;
};

} // namespace groov::sim
