#pragma once

#include "ConsoleOutput.h"
#include "UpdateController.h"
#include "UpdateTimeline.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <optional>

namespace groov::cli {

// Writes the engine's progress as JSON events on standard output, one object per line (docs/cli.md has the schema).
// The figures and words come from the controller's timeline and report; this class only chooses when to write.
class JsonEventWriter : public QObject
{
    Q_OBJECT
public:
    explicit JsonEventWriter(ConsoleOutput &console);

    // Writes an event for everything the controller reports from now on.
    void follow(UpdateController &controller);

    void writeResult(int exitCode, const QString &message, const QJsonValue &report);
    void writeLog(const QString &level, const QString &message);
    // Any event, with its type, time and elapsed time added: the fleet's events take the same form.
    void emitEvent(const QString &type, QJsonObject fields);

private:
    void onPreflight();
    void onCertificateUntrusted(const QSslCertificate &certificate, bool differsFromPin);
    void onUploadProgress(qint64 sent, qint64 total, int chunkIndex, int chunkCount);
    void flushUpload();
    void onStages(const QList<DeviceStage> &stages);
    void onTimeline(const UpdateTimeline &timeline);
    void onRestartWaiting(RestartStep step, qint64 forMs);

    UpdateController *m_controller = nullptr;
    ConsoleOutput &m_console;
    QElapsedTimer m_clock;
    qint64 m_lastUploadEventMs = -1;
    // The newest progress held back by the rate limit; sent when the interval ends, so progress never lags.
    std::optional<QJsonObject> m_pendingUpload;
    QTimer m_uploadFlush;
    bool m_preflightSent = false;
    QByteArray m_fileSha256; // from the engine as soon as it is known
    std::optional<RestartStep> m_waitStep;
    qint64 m_lastWaitEventMs = -1;
    QList<DeviceStage> m_stages;
    UpdateTimeline::StepStates m_told{}; // each step's state as last written
};

} // namespace groov::cli
