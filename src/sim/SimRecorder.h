#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

namespace groov::sim {

class SimExchange;

// What the device saw, for tests to assert on (the server's view, not the client's). Never holds the API key:
// requests only say whether theirs was valid, invalid or absent.
class SimRecorder : public QObject
{
    Q_OBJECT
public:
    enum class KeyState { Valid, Invalid, Absent };

    explicit SimRecorder(QObject *parent = nullptr);

    void restartClock();
    [[nodiscard]] qint64 elapsedMs() const;

    // Returns the entry's index, so a stalled request can later be told its client gave up. The entry keeps every
    // header but apiKey (and a small body) so tests can prove the key travelled in that header only.
    int recordRequest(const SimExchange &exchange, KeyState key, int status, qint64 ms);
    void recordClientClosed(int requestIndex, qint64 ms);
    // A request the device read and will never answer (a stall fault): recorded with status 0 like any request left
    // unanswered, and given its clientClosedMs if its client hangs up.
    void recordStalled(const SimExchange &exchange, KeyState key, qint64 ms);
    void recordConnectionClosed(quint64 connectionId, qint64 ms);
    void recordPrepare(const QJsonValue &preserveSettings, const QJsonValue &backupNetwork);
    void recordChunk(qint64 number, qint64 total, const QString &fileId, qint64 size, int status, qint64 ms);
    void setUpload(const QJsonObject &upload);
    void recordStage(const QString &stage, const QString &status);
    void recordRestartDown(int number);
    void recordRestartUp(int number);
    void recordConcurrentApplies(int count);
    void recordHandshake();
    void addViolation(const QString &violation);

    [[nodiscard]] QJsonArray violations() const { return m_violations; }
    // The report's recorded parts; the device adds model, firmwareVersion, commissioned and phase.
    [[nodiscard]] QJsonObject toJson() const;

Q_SIGNALS:
    void requestRecorded(const QJsonObject &entry);
    void violationRecorded(const QString &violation);

private:
    QElapsedTimer m_clock;
    QJsonArray m_requests;
    QHash<quint64, int> m_stalled; // by connection: the request entry left hanging on it
    QJsonArray m_prepare;
    QJsonArray m_chunks;
    QJsonObject m_upload;
    QJsonArray m_stageLog;
    QJsonArray m_restarts;
    int m_maxConcurrentApplies = 0;
    int m_handshakes = 0;
    QJsonArray m_violations;
};

} // namespace groov::sim
