#include "SimTestClient.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslError>

namespace groov::sim::test {

QJsonObject SimReply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

ChunkHeaders ChunkHeaders::of(int number, int total, const QByteArray &fileId)
{
    return ChunkHeaders{QByteArray::number(number), QByteArray::number(total), fileId};
}

SimTestClient::SimTestClient(const QUrl &baseUrl, const QByteArray &fingerprint, QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_baseUrl(baseUrl), m_fingerprint(fingerprint)
{
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    connect(m_network, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply *reply, const QList<QSslError> &errors) {
                // Ignore exactly these errors, and only for the certificate we were told about.
                const QSslCertificate presented = reply->sslConfiguration().peerCertificate();
                if (presented.digest(QCryptographicHash::Sha256).toHex() == m_fingerprint)
                    reply->ignoreSslErrors(errors);
            });
}

QNetworkRequest SimTestClient::request(const QString &path, const std::optional<QByteArray> &apiKey) const
{
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    if (apiKey)
        request.setRawHeader("apiKey", *apiKey);
    if (m_transferTimeout > 0)
        request.setTransferTimeout(m_transferTimeout);
    return request;
}

QNetworkReply *SimTestClient::get(const QString &path, const std::optional<QByteArray> &apiKey)
{
    return m_network->get(request(path, apiKey));
}

QNetworkReply *SimTestClient::post(const QString &path, const QByteArray &json, const std::optional<QByteArray> &apiKey)
{
    QNetworkRequest r = request(path, apiKey);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return m_network->post(r, json);
}

QNetworkReply *SimTestClient::postChunk(const QByteArray &data, const ChunkHeaders &headers,
                                        const std::optional<QByteArray> &apiKey, const QByteArray &partName, int parts)
{
    QNetworkRequest r = request(QStringLiteral("/manage/api/v1/maintenance/update/apply"), apiKey);
    if (headers.number)
        r.setRawHeader("uploader-chunk-number", *headers.number);
    if (headers.total)
        r.setRawHeader("uploader-chunks-total", *headers.total);
    if (headers.fileId)
        r.setRawHeader("uploader-file-id", *headers.fileId);
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (int i = 0; i < parts; ++i) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArray("form-data; name=\"" + partName + "\"; filename=\"file\""));
        part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        part.setBody(data);
        multiPart->append(part);
    }
    QNetworkReply *reply = m_network->post(r, multiPart);
    multiPart->setParent(reply);
    return reply;
}

SimReply SimTestClient::wait(QNetworkReply *reply, int timeoutMs)
{
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(timeoutMs);
    }
    SimReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.error = reply->error();
    result.errorString = reply->errorString();
    if (!reply->isFinished()) {
        reply->abort();
        result.error = QNetworkReply::TimeoutError;
        result.errorString = QStringLiteral("test timeout");
    }
    reply->deleteLater();
    return result;
}

SimReply SimTestClient::prepareSync(const QByteArray &apiKey, bool preserveSettings)
{
    const QByteArray value = preserveSettings ? "true" : "false";
    return wait(post(QStringLiteral("/manage/api/v1/maintenance/update/prepare"),
                     "{\"preserveSettings\": " + value + ", \"backupNetwork\": " + value + "}", apiKey));
}

SimReply SimTestClient::uploadFile(const QString &path, qint64 chunkSize, const QByteArray &apiKey,
                                   const QByteArray &fileId)
{
    const qint64 size = QFile(path).size();
    const int total = int((size + chunkSize - 1) / chunkSize);
    SimReply last;
    for (int i = 0; i < total; ++i) {
        const QByteArray data = readSlice(path, i * chunkSize, qMin(chunkSize, size - i * chunkSize));
        last = chunkSync(data, ChunkHeaders::of(i, total, fileId), apiKey);
        if (last.status != 200)
            return last;
    }
    return last;
}

QByteArray readSlice(const QString &path, qint64 offset, qint64 size)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return QByteArray();
    return file.read(size);
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QList<QPair<int, int>> chunkLog(const QJsonObject &report)
{
    QList<QPair<int, int>> log;
    for (const QJsonValue &value : report.value(QStringLiteral("chunks")).toArray())
        log << qMakePair(value.toObject().value(QStringLiteral("number")).toInt(),
                         value.toObject().value(QStringLiteral("status")).toInt());
    return log;
}

} // namespace groov::sim::test
