#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace groov::sim::test {

// What came back from one request: HTTP status (0 when there was no HTTP answer), body and network error.
struct SimReply
{
    int status = 0;
    QByteArray body;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;

    [[nodiscard]] QJsonObject json() const;
};

// The headers of one chunk request; nullopt leaves a header out.
struct ChunkHeaders
{
    std::optional<QByteArray> number;
    std::optional<QByteArray> total;
    std::optional<QByteArray> fileId;

    static ChunkHeaders of(int number, int total, const QByteArray &fileId = "4711");
};

// A deliberately plain client (QNetworkAccessManager + QHttpMultiPart, not groov_core), so the simulator is tested
// against the protocol text rather than against the client it is meant to test. Trusts the device's certificate by
// its SHA-256 fingerprint only.
class SimTestClient : public QObject
{
    Q_OBJECT
public:
    SimTestClient(const QUrl &baseUrl, const QByteArray &fingerprint, QObject *parent = nullptr);

    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    // Milliseconds without progress before a request gives up (0: never).
    void setTransferTimeout(int ms) { m_transferTimeout = ms; }

    QNetworkReply *get(const QString &path, const std::optional<QByteArray> &apiKey);
    QNetworkReply *post(const QString &path, const QByteArray &json, const std::optional<QByteArray> &apiKey);
    QNetworkReply *postChunk(const QByteArray &data, const ChunkHeaders &headers,
                             const std::optional<QByteArray> &apiKey, const QByteArray &partName = "file",
                             int parts = 1);

    // Waits for the reply (generously) and deletes it.
    static SimReply wait(QNetworkReply *reply, int timeoutMs = 60000);

    SimReply getSync(const QString &path, const std::optional<QByteArray> &apiKey) { return wait(get(path, apiKey)); }
    SimReply prepareSync(const QByteArray &apiKey, bool preserveSettings = true);
    // Uploads a whole file in chunks of chunkSize, in order; returns the first failure or the last answer.
    SimReply uploadFile(const QString &path, qint64 chunkSize, const QByteArray &apiKey,
                        const QByteArray &fileId = "4711");
    SimReply chunkSync(const QByteArray &data, const ChunkHeaders &headers, const QByteArray &apiKey)
    {
        return wait(postChunk(data, headers, apiKey));
    }

private:
    QNetworkRequest request(const QString &path, const std::optional<QByteArray> &apiKey) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QByteArray m_fingerprint;
    int m_transferTimeout = 0;
};

// Reads bytes [offset, offset + size) of a file.
QByteArray readSlice(const QString &path, qint64 offset, qint64 size);
// SHA-256 of a file, lowercase hex.
QByteArray fileSha256(const QString &path);
// (number, status) of every chunk request in a simulator report, in the order the device recorded them.
QList<QPair<int, int>> chunkLog(const QJsonObject &report);

} // namespace groov::sim::test
