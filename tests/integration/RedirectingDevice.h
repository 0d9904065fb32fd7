#pragma once

#include "TestCertificate.h"

#include <QByteArrayList>
#include <QObject>
#include <QSslServer>
#include <QUrl>

class QSslSocket;

namespace groov::test {

// A device that answers with a redirect: every request whose path contains redirectPathPart gets "307 Temporary
// Redirect" to the same path at target (another server, the simulator in the tests); other paths get 200 and "{}".
// Keeps the head of every request it received.
class RedirectingDevice : public QObject
{
    Q_OBJECT
public:
    RedirectingDevice(const TestCertificate &certificate, const QUrl &target, const QString &redirectPathPart,
                      QObject *parent = nullptr);

    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    [[nodiscard]] QByteArrayList requests() const { return m_requests; }
    [[nodiscard]] int redirectsSent() const { return m_redirects; }

private:
    void serve(QSslSocket *socket);
    QByteArray answer(const QByteArray &head);

    QSslServer m_server;
    QUrl m_target;
    QByteArray m_redirectPathPart;
    QByteArrayList m_requests;
    int m_redirects = 0;
};

} // namespace groov::test
