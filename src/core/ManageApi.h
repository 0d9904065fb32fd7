#pragma once

#include "ApiReply.h"
#include "SecretRedaction.h"
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

// Limits of one request. Pre-flight, prepare and polls must be answered whole within their limit (a device that
// trickles its answer byte by byte cannot hold them); a chunk upload fails only when no byte moves for its limit, so a
// slow but moving upload never times out.
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
    PendingCall(QNetworkReply *reply, const TlsTrust &trust, const SecretRedaction &redaction, QObject *parent);
    void onSslErrors(const QList<QSslError> &errors);
    void onEncrypted();
    void onFinished();

    // Qt 6.4's transfer timeout restarts with every byte received (a trickling answer never ends) and not with bytes
    // sent (a slow but moving upload would be cut short): own timers replace it. Chunks use this inactivity timer,
    // restarted whenever bytes move either way.
    void watchInactivity(int ms);
    // Small requests: the whole answer must be in within ms, however the bytes trickle.
    void setDeadline(int ms);
    // Makes timer a running single-shot of ms whose expiry aborts the request, reported as a timeout.
    void armTimer(QTimer *&timer, int ms);

    QNetworkReply *m_reply;
    QTimer *m_inactivity = nullptr;
    QTimer *m_deadline = nullptr;
    int m_limitMs = 0;                // the inactivity limit or the deadline that applied, for the message of a timeout
    QPointer<FileSliceDevice> m_body; // a chunk's bytes: when reading them failed, that is the reason of the failure
    TlsTrust m_trust;
    SecretRedaction m_redaction;
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
    QNetworkRequest makeRequest(const QString &path, Key key) const;
    PendingCall *track(QNetworkReply *reply, int deadlineMs);

    QUrl m_baseUrl;
    TlsTrust m_trust;
    QByteArray m_apiKey;
    SecretRedaction m_redaction; // of m_apiKey, from every answer: a device may echo the key it was sent
    ApiTimeouts m_timeouts;
    QNetworkAccessManager *m_network;
};

} // namespace groov

Q_DECLARE_METATYPE(groov::ApiReply)
