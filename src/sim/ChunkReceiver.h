#pragma once

#include "SimImageScanner.h"
#include "UploadAssembler.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

namespace groov::sim {

class SimBodySink;
class SimExchange;
class SimFaultSet;
class SimRecorder;

// POST .../maintenance/update/apply for requests that passed the key check: chunk faults, the protocol's chunk rules
// (order, sizes, headers, one "file" part), storing, and the concurrency check.
class ChunkReceiver : public QObject
{
    Q_OBJECT
public:
    ChunkReceiver(SimRecorder *recorder, SimFaultSet *faults, qint64 chunkSize, QObject *parent = nullptr);

    static QString applyPath();

    // A prepare was accepted: the next upload starts from chunk 0.
    void beginSession();
    // The update finished or failed: chunks are refused until the next prepare, and the temporary file goes.
    void endSession();
    [[nodiscard]] bool hasSession() const { return m_session; }
    [[nodiscard]] QJsonObject uploadJson() const { return m_assembler.toJson(); }

    // Where the body of an apply request goes as it arrives (a ChunkUpload), before handle() judges the request.
    [[nodiscard]] std::shared_ptr<SimBodySink> bodySinkFor(const SimExchange &exchange) const;
    void handle(const std::shared_ptr<SimExchange> &exchange, qint64 receivedMs);
    // For an apply the device refused before looking at it (401, 503, 409): still one of the chunks received.
    void recordRefused(const SimExchange &exchange, int status, qint64 ms);

    // A re-send of the last chunk of the upload that just completed (its answer was lost): answered 200, not stored.
    [[nodiscard]] bool acceptFinalResend(const std::shared_ptr<SimExchange> &exchange, qint64 ms);

    // A request to applyPath() started arriving while `othersOpen` other ones are still open.
    void onApplyStarted(quint64 connectionId, int othersOpen, qint64 ms);
    void onConnectionClosed(quint64 connectionId);

Q_SIGNALS:
    void uploadComplete(const groov::sim::SimImageFacts &facts);

private:
    struct Headers
    {
        std::optional<qint64> number;
        std::optional<qint64> total;
        QString fileId;
    };

    // Lose: the chunk is stored, then the connection dropped instead of answering (lose-answer).
    enum class Answer { Send, Lose };
    struct Completed
    {
        QString fileId;
        qint64 total = 0;
    };

    static Headers readHeaders(const SimExchange &exchange);
    void process(const std::shared_ptr<SimExchange> &exchange, qint64 receivedMs, Answer answer = Answer::Send);
    void refuse(const std::shared_ptr<SimExchange> &exchange, const Headers &headers, qint64 size, qint64 ms,
                const QString &violation);
    void finish(const std::shared_ptr<SimExchange> &exchange, const Headers &headers, qint64 size, qint64 ms,
                int status, const QJsonObject &body);
    void defer(const std::shared_ptr<SimExchange> &exchange, qint64 receivedMs, qint64 delayMs);
    void endDeferred(quint64 connectionId);

    SimRecorder *m_recorder;
    SimFaultSet *m_faults;
    qint64 m_chunkSize;
    bool m_session = false;
    UploadAssembler m_assembler;
    std::optional<Completed> m_completed; // the upload that completed last, until the next prepare
    QHash<quint64, qint64> m_startedMs;   // by connection: when the current apply began to arrive
    struct Deferred
    {
        std::shared_ptr<SimExchange> exchange;
        qint64 receivedMs = 0;
        QTimer *timer = nullptr;
    };
    QHash<quint64, Deferred> m_deferred; // by connection: slow-upload chunks whose answer is not due yet
};

} // namespace groov::sim
