#include "SilentTcpServer.h"

#include <QTcpSocket>

namespace groov::test {

SilentTcpServer::SilentTcpServer(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { m_received += socket->readAll(); });
        }
    });
    if (!m_server.listen(QHostAddress::LocalHost, 0))
        qFatal("SilentTcpServer cannot listen: %s", qPrintable(m_server.errorString()));
}

} // namespace groov::test
