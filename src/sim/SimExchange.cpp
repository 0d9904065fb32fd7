#include "SimExchange.h"

#include "SimBodySink.h"
#include "SimConnection.h"

#include <QJsonDocument>

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

void SimExchange::appendBody(const char *data, qint64 size)
{
    m_bodySize += size;
    if (m_bodySink)
        m_bodySink->write(data, size);
    else
        m_body.append(data, qsizetype(size));
}

bool SimExchange::isConnected() const
{
    return m_connection && m_connection->isConnected();
}

void SimExchange::respond(int status, const QByteArray &body, const QByteArray &contentType, const QByteArray &reason)
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_connection)
        m_connection->respond(*this, status, body, contentType, reason);
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
    if (m_connection)
        m_connection->reset(*this);
}

void SimExchange::stall()
{
    m_finished = true;
}

} // namespace groov::sim
