#include "ChunkReceiver.h"

#include "ChunkUpload.h"
#include "SimErrorBody.h"
#include "SimExchange.h"
#include "SimFaultSet.h"
#include "SimLogging.h"
#include "SimRecorder.h"
#include "SimRequestHead.h"

#include <QCoreApplication>

namespace groov::sim {

ChunkReceiver::ChunkReceiver(SimRecorder *recorder, SimFaultSet *faults, qint64 chunkSize, QObject *parent)
    : QObject(parent), m_recorder(recorder), m_faults(faults), m_chunkSize(chunkSize)
{}

QString ChunkReceiver::applyPath()
{
    return QStringLiteral("/manage/api/v1/maintenance/update/apply");
}

bool ChunkReceiver::acceptFinalResend(const std::shared_ptr<SimExchange> &exchange, qint64 ms)
{
    // The client did not hear that the last chunk arrived and sends it again: it is already stored and being
    // processed, so it is acknowledged and not stored twice.
    const Headers headers = readHeaders(*exchange);
    if (!m_completed || !headers.number || !headers.total || headers.fileId != m_completed->fileId ||
        *headers.total != m_completed->total || *headers.number != m_completed->total - 1)
        return false;
    qCInfo(lcSim) << "the last chunk came again after the upload completed: acknowledged, not stored";
    finish(exchange, headers, exchange->bodySize(), ms, 200, QJsonObject());
    return true;
}

void ChunkReceiver::beginSession()
{
    m_completed.reset();
    m_session = true;
    m_assembler.clear();
    m_recorder->setUpload(m_assembler.toJson());
}

void ChunkReceiver::endSession()
{
    m_session = false;
    // The record keeps the upload's summary; the bytes themselves are no longer needed.
    m_assembler.clear();
}

std::shared_ptr<SimBodySink> ChunkReceiver::bodySinkFor(const SimExchange &exchange) const
{
    // The chunk's bytes are kept aside as they come; process() stores them or they go with the request.
    const std::optional<qint64> number = readHeaders(exchange).number;
    const UploadAssembler *assembler = &m_assembler;
    return std::make_shared<ChunkUpload>(exchange.header("content-type"),
                                         [assembler, number] { return assembler->draft(number); });
}

ChunkReceiver::Headers ChunkReceiver::readHeaders(const SimExchange &exchange)
{
    Headers headers;
    headers.number = decimalHeaderValue(exchange.header("uploader-chunk-number"));
    headers.total = decimalHeaderValue(exchange.header("uploader-chunks-total"));
    headers.fileId = QString::fromUtf8(exchange.header("uploader-file-id"));
    return headers;
}

void ChunkReceiver::onApplyStarted(quint64 connectionId, int othersOpen, qint64 ms)
{
    m_startedMs.insert(connectionId, ms);
    m_recorder->recordConcurrentApplies(othersOpen + 1);
    if (othersOpen > 0)
        m_recorder->addViolation(tr("A chunk request started while %1 other chunk request(s) were still open: "
                                    "chunks must be sent one at a time.")
                                     .arg(othersOpen));
}

void ChunkReceiver::onConnectionClosed(quint64 connectionId)
{
    m_startedMs.remove(connectionId);
    endDeferred(connectionId);
}

void ChunkReceiver::recordRefused(const SimExchange &exchange, int status, qint64 ms)
{
    const Headers headers = readHeaders(exchange);
    m_recorder->recordChunk(headers.number.value_or(-1), headers.total.value_or(-1), headers.fileId, -1, status, ms);
}

void ChunkReceiver::handle(const std::shared_ptr<SimExchange> &exchange, qint64 receivedMs)
{
    const Headers headers = readHeaders(*exchange);
    if (headers.number) {
        if (const auto fault = m_faults->takeChunkFault(*headers.number)) {
            // Faulted chunks are not stored: the client must send them again.
            switch (*fault) {
            case SimFault::Kind::ResetChunk:
                qCInfo(lcSim) << "fault: resetting the connection of chunk" << *headers.number;
                m_recorder->recordChunk(*headers.number, headers.total.value_or(-1), headers.fileId, -1, 0, receivedMs);
                m_recorder->recordRequest(*exchange, SimRecorder::KeyState::Valid, 0, receivedMs);
                exchange->reset();
                return;
            case SimFault::Kind::StallChunk:
                qCInfo(lcSim) << "fault: never answering chunk" << *headers.number;
                m_recorder->recordChunk(*headers.number, headers.total.value_or(-1), headers.fileId, -1, 0, receivedMs);
                m_recorder->recordStalled(*exchange, SimRecorder::KeyState::Valid, receivedMs);
                exchange->stall();
                return;
            case SimFault::Kind::LoseAnswer:
                // Stored as usual; only the answer is lost, as when the link drops just after the device wrote it.
                qCInfo(lcSim) << "fault: storing chunk" << *headers.number << "and dropping its answer";
                process(exchange, receivedMs, Answer::Lose);
                return;
            case SimFault::Kind::Status503Chunk:
                qCInfo(lcSim) << "fault: answering 503 to chunk" << *headers.number;
                finish(exchange, headers, -1, receivedMs, 503,
                       simErrorBody(503, tr("Service Unavailable: the device is busy, try again.")));
                return;
            default:
                break;
            }
        }
    }

    // A slow link: the answer waits until the bytes could have arrived at that rate, counted from the first byte.
    // (The reading itself is not throttled: the client's "upload" ends early, its answer does not.)
    const qint64 rate = m_faults->slowUploadRate();
    if (rate > 0) {
        const qint64 started = m_startedMs.value(exchange->connectionId(), receivedMs);
        const qint64 due = started + exchange->bodySize() * 1000 / rate;
        const qint64 delay = qMax<qint64>(0, due - receivedMs);
        defer(exchange, receivedMs, delay);
        return;
    }
    process(exchange, receivedMs);
}

void ChunkReceiver::defer(const std::shared_ptr<SimExchange> &exchange, qint64 receivedMs, qint64 delayMs)
{
    const quint64 id = exchange->connectionId();
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, this, [this, id] { endDeferred(id); });
    m_deferred.insert(id, Deferred{exchange, receivedMs, timer});
    timer->start(int(qMin<qint64>(delayMs, 24 * 3600 * 1000)));
}

void ChunkReceiver::endDeferred(quint64 connectionId)
{
    const auto it = m_deferred.find(connectionId);
    if (it == m_deferred.end())
        return;
    const Deferred deferred = it.value();
    m_deferred.erase(it);
    deferred.timer->deleteLater();
    if (deferred.exchange->isConnected()) {
        process(deferred.exchange, deferred.receivedMs);
        return;
    }
    // The client gave up before "all the bytes arrived": nothing is stored.
    const Headers headers = readHeaders(*deferred.exchange);
    m_recorder->recordChunk(headers.number.value_or(-1), headers.total.value_or(-1), headers.fileId, -1, 0,
                            deferred.receivedMs);
    const int index =
        m_recorder->recordRequest(*deferred.exchange, SimRecorder::KeyState::Valid, 0, deferred.receivedMs);
    m_recorder->recordClientClosed(index, m_recorder->elapsedMs());
}

void ChunkReceiver::finish(const std::shared_ptr<SimExchange> &exchange, const Headers &headers, qint64 size, qint64 ms,
                           int status, const QJsonObject &body)
{
    m_recorder->recordChunk(headers.number.value_or(-1), headers.total.value_or(-1), headers.fileId, size, status, ms);
    m_recorder->recordRequest(*exchange, SimRecorder::KeyState::Valid, status, ms);
    exchange->respondJson(status, body);
}

void ChunkReceiver::refuse(const std::shared_ptr<SimExchange> &exchange, const Headers &headers, qint64 size, qint64 ms,
                           const QString &violation)
{
    m_recorder->addViolation(violation);
    finish(exchange, headers, size, ms, 400, simErrorBody(400, violation));
}

void ChunkReceiver::process(const std::shared_ptr<SimExchange> &exchange, qint64 ms, Answer answer)
{
    const Headers headers = readHeaders(*exchange);
    if (!headers.number || !headers.total || headers.fileId.isEmpty()) {
        QStringList bad;
        if (!headers.number)
            bad << QStringLiteral("uploader-chunk-number");
        if (!headers.total)
            bad << QStringLiteral("uploader-chunks-total");
        if (headers.fileId.isEmpty())
            bad << QStringLiteral("uploader-file-id");
        return refuse(
            exchange, headers, -1, ms,
            tr("Chunk request with a missing or non-decimal header: %1.").arg(bad.join(QStringLiteral(", "))));
    }
    const qint64 number = *headers.number;
    const qint64 total = *headers.total;

    // The server fed the body into the sink bodySinkFor() made, as it arrived.
    const auto upload = std::dynamic_pointer_cast<ChunkUpload>(exchange->bodySink());
    QString parseError;
    if (!upload || !upload->finish(&parseError))
        return refuse(exchange, headers, -1, ms,
                      tr("Chunk %1 is not valid multipart/form-data: %2").arg(number).arg(parseError));
    const QList<QByteArray> parts = upload->partNames();
    if (parts.size() != 1 || parts.first() != "file") {
        QStringList names;
        for (const QByteArray &name : parts)
            names << QString::fromUtf8(name);
        return refuse(exchange, headers, -1, ms,
                      tr("Chunk %1 must carry exactly one part, named \"file\"; it had %2 (%3).")
                          .arg(number)
                          .arg(parts.size())
                          .arg(names.join(QStringLiteral(", "))));
    }
    const qint64 size = upload->fileSize();

    if (!m_session)
        return refuse(exchange, headers, size, ms, tr("Chunk %1 arrived before a successful prepare.").arg(number));
    if (total < 1 || number >= total)
        return refuse(exchange, headers, size, ms,
                      tr("Chunk number %1 is not below the chunks total %2.").arg(number).arg(total));
    if (m_assembler.isStarted()) {
        if (total != m_assembler.chunksTotal())
            return refuse(exchange, headers, size, ms,
                          tr("uploader-chunks-total changed within one upload, from %1 to %2.")
                              .arg(m_assembler.chunksTotal())
                              .arg(total));
        if (headers.fileId != m_assembler.fileId())
            return refuse(exchange, headers, size, ms, tr("uploader-file-id changed within one upload."));
    }
    const int stored = m_assembler.chunksStored();
    const bool resend = stored > 0 && number == stored - 1;
    if (number != stored && !resend)
        return refuse(exchange, headers, size, ms,
                      number > stored ? tr("Chunk %1 skips ahead: chunk %2 was expected.").arg(number).arg(stored)
                                      : tr("Chunk %1 is out of order: chunk %2 was expected.").arg(number).arg(stored));
    const bool last = number == total - 1;
    if (last ? (size < 1 || size > m_chunkSize) : size != m_chunkSize)
        return refuse(
            exchange, headers, size, ms,
            last ? tr("The last chunk, %1, has %2 bytes; it must have 1 to %3.").arg(number).arg(size).arg(m_chunkSize)
                 : tr("Chunk %1 has %2 bytes; every chunk but the last must have exactly %3.")
                       .arg(number)
                       .arg(size)
                       .arg(m_chunkSize));

    QString storeError;
    if (!m_assembler.isStarted())
        m_assembler.begin(headers.fileId, int(total));
    const bool storedOk = resend ? m_assembler.replaceLastChunk(upload->takeDraft(), &storeError)
                                 : m_assembler.appendChunk(upload->takeDraft(), &storeError);
    if (!storedOk) {
        qCWarning(lcSim).noquote() << storeError;
        return finish(exchange, headers, size, ms, 500, simErrorBody(500, storeError));
    }
    m_recorder->setUpload(m_assembler.toJson());
    if (answer == Answer::Lose) {
        m_recorder->recordChunk(number, total, headers.fileId, size, 0, ms);
        m_recorder->recordRequest(*exchange, SimRecorder::KeyState::Valid, 0, ms);
        exchange->reset();
    } else {
        finish(exchange, headers, size, ms, 200, QJsonObject());
    }
    if (m_assembler.isComplete()) {
        qCInfo(lcSim).noquote() << "upload complete:" << m_assembler.bytes() << "bytes, sha256"
                                << m_assembler.sha256Hex();
        m_session = false;
        m_completed = Completed{headers.fileId, total};
        Q_EMIT uploadComplete(m_assembler.facts());
    }
}

} // namespace groov::sim
