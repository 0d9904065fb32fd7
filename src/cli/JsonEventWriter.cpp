#include "JsonEventWriter.h"

#include "StageErrorHints.h"
#include "TlsTrust.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSslCertificate>

#include <cmath>

namespace groov::cli {

namespace {
// At most four upload events a second: enough for a progress bar, little enough for a log.
constexpr qint64 UploadEventIntervalMs = 250;
// While the device restarts: the first wait of each step at once, then one every ten seconds.
constexpr qint64 RestartWaitEventIntervalMs = 10'000;

// Characters that QJsonDocument leaves raw in a string although some readers take them for the end of a line
// (U+2028 and U+2029 in JavaScript, U+0085 in line-oriented log tools) or for a terminal command (the C1 controls,
// U+0080 to U+009F). Each line must stay one line, to every reader.
bool unsafeInALine(char16_t c)
{
    return (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

// One event as one line of compact JSON, with the characters above written as \u escapes. Outside strings compact
// JSON is plain ASCII, so every such character is inside a string, where the escape means the same character.
QByteArray jsonLine(const QJsonObject &event)
{
    const QString text = QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact));
    QString line;
    line.reserve(text.size() + 1);
    for (const QChar ch : text) {
        if (unsafeInALine(ch.unicode()))
            line += QStringLiteral("\\u%1").arg(uint(ch.unicode()), 4, 16, QLatin1Char('0'));
        else
            line += ch;
    }
    return line.toUtf8() + '\n';
}
} // namespace

JsonEventWriter::JsonEventWriter(ConsoleOutput &console) : m_console(console)
{
    m_clock.start();
    m_uploadFlush.setSingleShot(true);
    connect(&m_uploadFlush, &QTimer::timeout, this, &JsonEventWriter::flushUpload);
}

void JsonEventWriter::follow(UpdateController &controller)
{
    m_controller = &controller;
    connect(&controller, &UpdateController::phaseChanged, this, [this](UpdatePhase phase) {
        if (phase != UpdatePhase::Upload)
            flushUpload(); // the last progress comes before the next phase
        emitEvent(QStringLiteral("phase"),
                  {{QStringLiteral("phase"), phaseId(phase)}, {QStringLiteral("name"), phaseName(phase)}});
    });
    connect(&controller, &UpdateController::preflightPassed, this, &JsonEventWriter::onPreflight);
    connect(&controller, &UpdateController::firmwareHashed, this, [this](const QByteArray &sha256) {
        m_fileSha256 = sha256;
        if (m_preflightSent)
            emitEvent(QStringLiteral("hash"), {{QStringLiteral("sha256"), QString::fromLatin1(sha256)}});
    });
    connect(&controller, &UpdateController::certificateUntrusted, this, &JsonEventWriter::onCertificateUntrusted);
    connect(&controller, &UpdateController::uploadProgress, this, &JsonEventWriter::onUploadProgress);
    connect(&controller, &UpdateController::chunkRetry, this,
            [this](int chunk, int attempt, int maxAttempts, int delayMs, const QString &reason) {
                emitEvent(QStringLiteral("retry"), {{QStringLiteral("chunk"), chunk},
                                                    {QStringLiteral("attempt"), attempt},
                                                    {QStringLiteral("maxAttempts"), maxAttempts},
                                                    {QStringLiteral("delayMs"), delayMs},
                                                    {QStringLiteral("reason"), reason}});
            });
    connect(&controller, &UpdateController::deviceStagesChanged, this, &JsonEventWriter::onStages);
    connect(&controller, &UpdateController::timelineChanged, this, &JsonEventWriter::onTimeline);
    connect(&controller, &UpdateController::restartProgress, this, [this](RestartStep step) {
        emitEvent(QStringLiteral("restart"),
                  {{QStringLiteral("step"), restartStepId(step)}, {QStringLiteral("name"), restartStepName(step)}});
    });
    connect(&controller, &UpdateController::restartWaiting, this, &JsonEventWriter::onRestartWaiting);
    connect(&controller, &UpdateController::logMessage, this,
            [this](const QString &message) { writeLog(QStringLiteral("info"), message); });
    connect(&controller, &UpdateController::warning, this,
            [this](const QString &message) { writeLog(QStringLiteral("warning"), message); });
}

void JsonEventWriter::writeResult(int exitCode, const QString &message, const QJsonValue &report)
{
    const QString outcome = report.isObject() ? report[QLatin1String("result")][QLatin1String("outcome")].toString()
                                              : outcomeId(UpdateOutcome::Failed);
    emitEvent(QStringLiteral("result"), {{QStringLiteral("outcome"), outcome},
                                         {QStringLiteral("exitCode"), exitCode},
                                         {QStringLiteral("message"), message},
                                         {QStringLiteral("report"), report}});
}

void JsonEventWriter::writeLog(const QString &level, const QString &message)
{
    emitEvent(QStringLiteral("log"), {{QStringLiteral("level"), level}, {QStringLiteral("message"), message}});
}

void JsonEventWriter::onPreflight()
{
    const UpdateReport &report = m_controller->report();
    m_preflightSent = true;
    // The report holds the hash of what was sent only at the end; the file's may be known already.
    const QByteArray sha256 = report.firmwareSha256.isEmpty() ? m_fileSha256 : report.firmwareSha256;
    emitEvent(QStringLiteral("preflight"),
              {{QStringLiteral("device"), report.deviceAddress},
               {QStringLiteral("model"), report.model},
               {QStringLiteral("version"), report.versionBefore},
               {QStringLiteral("fingerprint"), QString::fromLatin1(report.certificateFingerprint)},
               {QStringLiteral("firmware"), report.firmwarePath},
               {QStringLiteral("size"), report.firmwareSize},
               {QStringLiteral("chunks"), report.chunkCount},
               {QStringLiteral("sha256"),
                sha256.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromLatin1(sha256))}});
}

void JsonEventWriter::onCertificateUntrusted(const QSslCertificate &certificate, bool differsFromPin)
{
    if (certificate.isNull())
        return;
    emitEvent(QStringLiteral("certificate"),
              {{QStringLiteral("subject"), certificate.subjectDisplayName()},
               {QStringLiteral("issuer"), certificate.issuerDisplayName()},
               {QStringLiteral("notBefore"), certificate.effectiveDate().toUTC().toString(Qt::ISODate)},
               {QStringLiteral("notAfter"), certificate.expiryDate().toUTC().toString(Qt::ISODate)},
               {QStringLiteral("fingerprint"), QString::fromLatin1(TlsTrust::fingerprintOf(certificate))},
               {QStringLiteral("trusted"), false},
               {QStringLiteral("differsFromPin"), differsFromPin}});
}

void JsonEventWriter::onUploadProgress(qint64 sent, qint64 total, int chunkIndex, int chunkCount)
{
    const UpdateTimeline &timeline = m_controller->timeline();
    const auto left = timeline.msecsLeft();
    m_pendingUpload = QJsonObject{
        {QStringLiteral("sent"), sent},
        {QStringLiteral("total"), total},
        {QStringLiteral("chunk"), chunkIndex},
        {QStringLiteral("chunks"), chunkCount},
        {QStringLiteral("bytesPerSecond"), std::round(timeline.bytesPerSecond().value_or(0))},
        {QStringLiteral("etaSeconds"), left ? QJsonValue(std::round(*left / 1000.0)) : QJsonValue(QJsonValue::Null)}};
    const qint64 sinceLast = m_lastUploadEventMs < 0 ? UploadEventIntervalMs : m_clock.elapsed() - m_lastUploadEventMs;
    if (sent >= total || sinceLast >= UploadEventIntervalMs)
        flushUpload();
    else if (!m_uploadFlush.isActive())
        m_uploadFlush.start(int(UploadEventIntervalMs - sinceLast));
}

void JsonEventWriter::flushUpload()
{
    m_uploadFlush.stop();
    if (!m_pendingUpload)
        return;
    m_lastUploadEventMs = m_clock.elapsed();
    emitEvent(QStringLiteral("upload"), *m_pendingUpload);
    m_pendingUpload.reset();
}

void JsonEventWriter::onStages(const QList<DeviceStage> &stages)
{
    for (const DeviceStage &stage : changedStages(m_stages, stages)) {
        QJsonObject fields{{QStringLiteral("stage"), stage.name},
                           {QStringLiteral("name"), stageDisplayName(stage.name)},
                           {QStringLiteral("status"), stageStateName(stage.state)}};
        if (stage.state == StageState::Error) {
            fields.insert(QStringLiteral("errorCode"),
                          stage.errorCode ? QJsonValue(*stage.errorCode) : QJsonValue(QJsonValue::Null));
            fields.insert(QStringLiteral("errorMessage"), stage.errorMessage);
            fields.insert(QStringLiteral("errorData"),
                          stage.errorData.isUndefined() ? QJsonValue(QJsonValue::Null) : stage.errorData);
        }
        emitEvent(QStringLiteral("stage"), fields);
    }
    m_stages = stages;
}

void JsonEventWriter::onTimeline(const UpdateTimeline &timeline)
{
    const QList<UpdateStep> changed = timeline.takeStepChanges(m_told);
    if (changed.isEmpty())
        return;
    flushUpload(); // progress first, then the step that ends it
    for (const UpdateStep step : changed) {
        const UpdateTimeline::Step &now = timeline.step(step);
        const QDateTime at = now.finishedAt.isValid() ? now.finishedAt : now.startedAt;
        emitEvent(QStringLiteral("step"), {{QStringLiteral("step"), updateStepId(step)},
                                           {QStringLiteral("name"), UpdateTimeline::stepName(step)},
                                           {QStringLiteral("state"), stepStateId(now.state)},
                                           {QStringLiteral("detail"), timeline.detailText(step, at)}});
    }
}

void JsonEventWriter::onRestartWaiting(RestartStep step, qint64 forMs)
{
    const qint64 now = m_clock.elapsed();
    if (step == m_waitStep && now - m_lastWaitEventMs < RestartWaitEventIntervalMs)
        return;
    m_waitStep = step;
    m_lastWaitEventMs = now;
    emitEvent(QStringLiteral("restartWait"), {{QStringLiteral("step"), restartStepId(step)},
                                              {QStringLiteral("forMs"), forMs},
                                              {QStringLiteral("message"), restartWaitText(step, forMs)}});
}

void JsonEventWriter::emitEvent(const QString &type, QJsonObject fields)
{
    fields.insert(QStringLiteral("type"), type);
    fields.insert(QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    fields.insert(QStringLiteral("elapsedMs"), m_clock.elapsed());
    m_console.writeJson(jsonLine(fields));
}

} // namespace groov::cli
