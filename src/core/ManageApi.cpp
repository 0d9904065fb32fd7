#include "ManageApi.h"

#include "DeviceText.h"
#include "FileSliceDevice.h"
#include "HeaderLogGuard.h"
#include "Logging.h"
#include "MultipartFormBody.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace groov {

namespace {
const QString InfoPath = QStringLiteral("/manage/api/v1/io/local/info");
const QString PreparePath = QStringLiteral("/manage/api/v1/maintenance/update/prepare");
const QString ApplyPath = QStringLiteral("/manage/api/v1/maintenance/update/apply");
const QString StatusPath = QStringLiteral("/manage/api/v1/maintenance/update/status");
const QString CommissionPath = QStringLiteral("/auth/access/user/commission/status");

// Enough for any JSON answer groov Manage gives; a larger body is not read into memory.
constexpr qint64 MaxBodyBytes = 1024 * 1024;
} // namespace

PendingCall::PendingCall(QNetworkReply *reply, const TlsTrust &trust, const SecretRedaction &redaction, QObject *parent)
    : QObject(parent), m_reply(reply), m_trust(trust), m_redaction(redaction)
{
    reply->setParent(this);
    // Direct connections: the decision must be taken before Qt continues the handshake or sends the request.
    connect(reply, &QNetworkReply::sslErrors, this, &PendingCall::onSslErrors, Qt::DirectConnection);
    connect(reply, &QNetworkReply::encrypted, this, &PendingCall::onEncrypted, Qt::DirectConnection);
    connect(reply, &QNetworkReply::uploadProgress, this, &PendingCall::uploadProgress);
    // Qt keeps a whole answer in memory: a device (or an impostor) that never stops talking must not exhaust it.
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received) {
        if (received > MaxBodyBytes && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &PendingCall::onFinished);
}

void PendingCall::abort()
{
    m_aborted = true;
    m_reply->abort();
}

void PendingCall::onSslErrors(const QList<QSslError> &errors)
{
    m_presented = m_reply->sslConfiguration().peerCertificate();
    m_sslErrors = errors;
    const QList<QSslError> ignorable = m_trust.errorsToIgnore(m_presented, errors);
    if (ignorable.isEmpty()) {
        m_untrusted = true;
        qCInfo(lcApi) << "certificate rejected:" << TlsTrust::fingerprintOf(m_presented);
        return; // Qt then fails the handshake: no HTTP byte, and so no key, is sent
    }
    m_reply->ignoreSslErrors(ignorable);
}

void PendingCall::onEncrypted()
{
    m_presented = m_reply->sslConfiguration().peerCertificate();
    if (!m_trust.acceptsVerifiedCertificate(m_presented)) {
        // A certificate every CA would accept is still not the one the user pinned.
        m_untrusted = true;
        m_reply->abort();
    }
}

void PendingCall::armTimer(QTimer *&timer, int ms)
{
    m_limitMs = ms;
    timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(ms);
    // m_aborted stays false: onFinished() reports the abort as a timeout.
    connect(timer, &QTimer::timeout, m_reply, &QNetworkReply::abort);
    timer->start();
}

void PendingCall::watchInactivity(int ms)
{
    armTimer(m_inactivity, ms);
    connect(m_reply, &QNetworkReply::uploadProgress, m_inactivity, qOverload<>(&QTimer::start));
    connect(m_reply, &QNetworkReply::downloadProgress, m_inactivity, qOverload<>(&QTimer::start));
}

void PendingCall::setDeadline(int ms)
{
    armTimer(m_deadline, ms);
}

void PendingCall::onFinished()
{
    ApiReply result;
    result.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = m_reply->error();
    // Qt's error text quotes the device's reason phrase: device text like any other.
    result.networkErrorText = printableDeviceText(m_redaction.apply(m_reply->errorString()), 300);
    if (m_reply->isOpen())
        result.body = m_redaction.applyToAnswer(m_reply->read(MaxBodyBytes));
    result.presentedCertificate = m_presented.isNull() ? m_reply->sslConfiguration().peerCertificate() : m_presented;
    result.sslErrors = m_sslErrors;
    result.timeoutMs = m_limitMs;
    result.timeoutIsDeadline = m_deadline != nullptr;
    for (QTimer *timer : {m_inactivity, m_deadline}) {
        if (timer)
            timer->stop();
    }

    using Failure = ApiReply::Failure;
    if (m_untrusted || result.networkError == QNetworkReply::SslHandshakeFailedError) {
        result.failure = Failure::Untrusted;
    } else if (m_body && m_body->hasFailed()) {
        // Qt cut the request short: the device never got this chunk whole, whatever the network said.
        result.failure = Failure::FileRead;
        result.fileProblem = m_body->errorString();
    } else if (m_tooLarge) {
        result.failure = Failure::TooLarge;
        result.body.clear();
    } else if (result.networkError == QNetworkReply::OperationCanceledError) {
        // Qt 6.4 reports a transfer timeout with the same code as abort(): only our flag tells them apart.
        result.failure = m_aborted ? Failure::Cancelled : Failure::TimedOut;
    } else if (result.httpStatus == 401) {
        result.failure = Failure::Unauthorized;
    } else if (result.httpStatus >= 300 && result.httpStatus < 400) {
        result.failure = Failure::Redirect;
    } else if (result.httpStatus >= 400) {
        result.failure = Failure::HttpError;
    } else if (result.networkError != QNetworkReply::NoError) {
        result.failure = result.networkError == QNetworkReply::TimeoutError ? Failure::TimedOut : Failure::Network;
    }
    if (result.httpStatus >= 400)
        result.deviceMessage = ApiReply::deviceMessageFrom(result.body);

    qCDebug(lcApi) << m_reply->operation() << m_reply->url().path() << "->" << result.httpStatus << result.networkError;
    Q_EMIT finished(result);
    deleteLater();
}

ManageApi::ManageApi(const QUrl &baseUrl, const TlsTrust &trust, const QByteArray &apiKey, ApiTimeouts timeouts,
                     QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_trust(trust)
    , m_apiKey(apiKey)
    , m_redaction(apiKey)
    , m_timeouts(timeouts)
    , m_network(new QNetworkAccessManager(this))
{
    keepRequestHeadersOutOfLogs(); // Qt's HTTP/2 code would print the apiKey header at debug level
    qRegisterMetaType<groov::ApiReply>();
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
}

ManageApi::~ManageApi() = default;

void ManageApi::setTrust(const TlsTrust &trust)
{
    m_trust = trust;
    forgetConnections();
}

void ManageApi::forgetConnections()
{
    m_network->clearConnectionCache();
}

QByteArray ManageApi::newFileId()
{
    // Unique per upload; the device only uses it to put the chunks of one upload together.
    return QByteArray::number(QRandomGenerator::global()->bounded(100'000'000, 2'000'000'000));
}

QNetworkRequest ManageApi::makeRequest(const QString &path, Key key) const
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setSslConfiguration(m_trust.sslConfiguration());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/1.1 only: groov Manage's upload is specified over it, and one request per connection keeps ordering plain.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (key == Key::Send)
        request.setRawHeader("apiKey", m_apiKey);
    return request;
}

PendingCall *ManageApi::track(QNetworkReply *reply, int deadlineMs)
{
    auto *call = new PendingCall(reply, m_trust, m_redaction, this);
    if (deadlineMs > 0)
        call->setDeadline(deadlineMs);
    connect(call, &PendingCall::finished, this, [this](const ApiReply &result) {
        if (result.failure == ApiReply::Failure::Untrusted)
            forgetConnections();
    });
    return call;
}

PendingCall *ManageApi::getDeviceInfo()
{
    return track(m_network->get(makeRequest(InfoPath, Key::Send)), m_timeouts.requestMs);
}

PendingCall *ManageApi::pollDeviceInfo()
{
    return track(m_network->get(makeRequest(InfoPath, Key::Send)), m_timeouts.pollMs);
}

PendingCall *ManageApi::prepare(bool preserveSettings)
{
    QNetworkRequest request = makeRequest(PreparePath, Key::Send);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // backupNetwork is the same switch under its firmware 4.0 name: send both so old and new firmware agree.
    const QJsonObject body{{QStringLiteral("preserveSettings"), preserveSettings},
                           {QStringLiteral("backupNetwork"), preserveSettings}};
    return track(m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)), m_timeouts.requestMs);
}

PendingCall *ManageApi::applyChunk(std::unique_ptr<FileSliceDevice> chunk, int chunkIndex, int chunkCount,
                                   const QByteArray &fileId)
{
    QNetworkRequest request = makeRequest(ApplyPath, Key::Send);
    request.setRawHeader("uploader-chunk-number", QByteArray::number(chunkIndex));
    request.setRawHeader("uploader-chunks-total", QByteArray::number(chunkCount));
    request.setRawHeader("uploader-file-id", fileId);

    FileSliceDevice *file = chunk.get();
    auto *body = new MultipartFormBody(QByteArrayLiteral("file"), QByteArrayLiteral("file"), std::move(chunk));
    request.setHeader(QNetworkRequest::ContentTypeHeader, body->contentType());
    request.setRawHeader("MIME-Version", "1.0");
    if (!body->open(QIODevice::ReadOnly))
        qCWarning(lcApi) << "Cannot open the request body:" << body->errorString();

    QNetworkReply *reply = m_network->post(request, body);
    body->setParent(reply);
    PendingCall *call = track(reply, 0);
    call->m_body = file;
    call->watchInactivity(m_timeouts.uploadInactivityMs);
    return call;
}

PendingCall *ManageApi::getUpdateStatus()
{
    return track(m_network->get(makeRequest(StatusPath, Key::Send)), m_timeouts.pollMs);
}

PendingCall *ManageApi::getCommissionStatus()
{
    return track(m_network->get(makeRequest(CommissionPath, Key::Omit)), m_timeouts.pollMs);
}

} // namespace groov
