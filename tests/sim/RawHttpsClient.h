#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>

#include <optional>

class QSslSocket;

namespace groov::sim::test {

// One HTTP answer as it came over the wire.
struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    [[nodiscard]] QByteArray header(const QByteArray &name) const;
};

// An HTTPS connection driven byte by byte, for what QNetworkAccessManager will not do: send a request in pieces of
// any size, stop in the middle of a body, keep one connection for several requests on purpose, or wait for
// "100 Continue". Trusts the server's certificate by its SHA-256 fingerprint only.
class RawHttpsClient : public QObject
{
    Q_OBJECT
public:
    explicit RawHttpsClient(const QByteArray &fingerprint, QObject *parent = nullptr);
    ~RawHttpsClient() override;

    [[nodiscard]] bool connectTo(quint16 port, int timeoutMs = 10000);
    // Hands the bytes to the network now (each call makes its own TLS record).
    void send(const QByteArray &bytes);
    // The next answer, interim ones ("100 Continue") included; nullopt on timeout or a closed connection.
    [[nodiscard]] std::optional<RawResponse> readResponse(int timeoutMs = 60000);
    [[nodiscard]] bool isConnected() const;
    // Waits for the server to close the connection.
    [[nodiscard]] bool waitForClosed(int timeoutMs = 10000);
    // Drops the connection at once, as a crashed client does.
    void abort();

private:
    std::optional<RawResponse> takeResponse();

    QSslSocket *m_socket;
    QByteArray m_fingerprint;
    QByteArray m_received;
};

// A POST of one chunk as the protocol wants it (multipart/form-data, one part "file"): the head and the body apart, so
// a test can send them as it likes.
struct ChunkRequest
{
    QByteArray head;
    QByteArray body;

    static ChunkRequest make(const QByteArray &data, int number, int total, const QByteArray &apiKey,
                             const QByteArray &extraHeaders = QByteArray());
};

} // namespace groov::sim::test
