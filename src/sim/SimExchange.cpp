#include "SimExchange.h"

#include "SimHttpServer.h"

#include <QJsonDocument>
#include <QTcpSocket>

namespace groov::sim {

QByteArray SimExchange::header(const QByteArray &name) const
{
    for (const auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

bool SimExchange::hasHeader(const QByteArray &name) const
{
    for (const auto &header : m_headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool SimExchange::wantsClose() const
{
    for (const QByteArray &option : header("connection").split(',')) {
        if (option.trimmed().compare("close", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool SimExchange::isConnected() const
{
    return m_socket && m_socket->state() == QAbstractSocket::ConnectedState;
}

void SimExchange::respond(int status, const QByteArray &body, const QByteArray &contentType, const QByteArray &reason)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_server)
        m_server->respond(*this, status, body, contentType, reason);
}

void SimExchange::respondJson(int status, const QJsonObject &json)
{
    respond(status, QJsonDocument(json).toJson(QJsonDocument::Compact), "application/json");
}

void SimExchange::reset()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_server)
        m_server->reset(*this);
}

void SimExchange::stall()
{
    m_finished = true;
}

} // namespace groov::sim
