#pragma once

#include "ApiReply.h"
#include "TlsTrust.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace groov {

class FileSliceDevice;

// Inactivity limits: a request fails when no byte moves for this long (slow but moving uploads never time out).
struct ApiTimeouts
{
    int requestMs = 30'000; // pre-flight and prepare: a first contact may be slow
    // Status, commission and version polls while the device processes and restarts: a stalled poll must not hold
    // the update longer than about one poll, and a device that is up answers these small requests at once.
    int pollMs = 5'000;
    int uploadInactivityMs = 60'000;
};

// One request in flight. Emits finished() exactly once, then deletes itself.
class PendingCall : public QObject
{
    Q_OBJECT
public:
    void abort();

Q_SIGNALS:
    void finished(const groov::ApiReply &reply);
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal);

private:
    friend class ManageApi;
    PendingCall(QNetworkReply *reply, const TlsTrust &trust, QObject *parent);
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onFinished();

    // Qt 6.4's transfer timeout does not restart when upload bytes move, so it would cut a slow but moving chunk
    // upload short: chunks use this inactivity timer instead, restarted whenever bytes move either way.
    void watchInactivity(int ms);

    QNetworkReply *m_reply;
    QTimer *m_inactivity = nullptr;
    int m_inactivityMs = 0;
    QPointer<FileSliceDevice> m_body; // a chunk's bytes: when reading them failed, that is the reason of the failure
    TlsTrust m_trust;
    bool m_aborted = false;
    bool m_untrusted = false;
    bool m_tooLarge = false;
    QSslCertificate m_presented;
    QList<QSslError> m_sslErrors;
};

// groov Manage's REST endpoints for one device. One QNetworkAccessManager per device, because Qt 6.4 reuses an
// accepted TLS connection without checking it again; any change of trust clears that cache.
class ManageApi : public QObject
{
    Q_OBJECT
public:
    ManageApi(const QUrl &baseUrl, const TlsTrust &trust, const QByteArray &apiKey, ApiTimeouts timeouts = {},
              QObject *parent = nullptr);
    ~ManageApi() override;

    PendingCall *getDeviceInfo();
    // The same request with the poll timeout: reading the version after the restarts, or following a device.
    PendingCall *pollDeviceInfo();
    PendingCall *prepare(bool preserveSettings);
    // Takes ownership of the chunk's device, already open; it is streamed from disk, never copied to memory.
    PendingCall *applyChunk(std::unique_ptr<FileSliceDevice> chunk, int chunkIndex, int chunkCount,
                            const QByteArray &fileId);
    PendingCall *getUpdateStatus();
    // The only call without the API key: the device may be factory-fresh and the key gone.
    PendingCall *getCommissionStatus();

    void setTrust(const TlsTrust &trust);
    const TlsTrust &trust() const { return m_trust; }
    QUrl baseUrl() const { return m_baseUrl; }
    // Drops kept-alive connections, so the next request makes (and checks) a new handshake.
    void forgetConnections();

    static QByteArray newFileId();

private:
    enum class Key { Send, Omit };
    QNetworkRequest makeRequest(const QString &path, Key key, int timeoutMs) const;
    PendingCall *track(QNetworkReply *reply);

    QUrl m_baseUrl;
    TlsTrust m_trust;
    QByteArray m_apiKey;
    ApiTimeouts m_timeouts;
    QNetworkAccessManager *m_network;
};

} // namespace groov

Q_DECLARE_METATYPE(groov::ApiReply)
