#pragma once

#include "CliOptions.h"
#include "ConsoleOutput.h"
#include "UpdateController.h"
#include "UpdateTypes.h"
#include "UploadRate.h"

#include <QElapsedTimer>
#include <QObject>

namespace groov::cli {

// Tells a person on a terminal (standard error) what the update is doing: a line per phase and device stage, a
// live progress bar on a TTY (plain periodic lines otherwise), and a final summary.
class HumanReporter : public QObject
{
    Q_OBJECT
public:
    HumanReporter(UpdateController &controller, CliOptions::Verbosity verbosity, ConsoleOutput &console);

    void warning(const QString &message);
    void error(const QString &message);

private:
    void onPhase(UpdatePhase phase);
    void onPreflight();
    void onCertificateUntrusted(const QSslCertificate &certificate, bool differsFromPin);
    void onUploadProgress(qint64 sent, qint64 total, int chunkIndex, int chunkCount);
    void onStages(const QList<DeviceStage> &stages);
    void onRestartWaiting(RestartStep step, qint64 forMs);
    void onFinished(UpdateOutcome outcome);

    void line(const QString &text, bool always = false);
    void endProgressLine();
    void write(const QString &text);
    QString elapsed() const;

    UpdateController &m_controller;
    CliOptions::Verbosity m_verbosity;
    ConsoleOutput &m_console;
    bool m_tty;
    QElapsedTimer m_clock;
    UploadRate m_rate;
    bool m_progressLineOpen = false;
    qint64 m_lastProgressPrint = -1;
    int m_lastPercentPrinted = -1;
    qint64 m_lastWaitPrint = -1;
    QList<DeviceStage> m_stages;
};

} // namespace groov::cli
