#pragma once

#include "CliOptions.h"
#include "ConsoleOutput.h"
#include "UpdateController.h"
#include "UpdateTimeline.h"
#include "UpdateTypes.h"

#include <QElapsedTimer>
#include <QObject>

namespace groov::cli {

// Tells a person on a terminal (standard error) what the update is doing: a line as each step of the timeline starts
// and ends (the steps the desktop application shows, in the same words), a live progress bar on a TTY (plain periodic
// lines otherwise), and the summary at the end. It decides nothing about the update: it renders the controller's
// timeline and report.
class HumanReporter : public QObject
{
    Q_OBJECT
public:
    HumanReporter(UpdateController &controller, CliOptions::Verbosity verbosity, ConsoleOutput &console);

    void warning(const QString &message);
    void error(const QString &message);

private:
    void onTimeline(const UpdateTimeline &timeline);
    void onPreflight();
    void onCertificateUntrusted(const QSslCertificate &certificate, bool differsFromPin);
    void onUploadProgress(qint64 sent, qint64 total, int chunkIndex, int chunkCount);
    void onRestartWaiting(RestartStep step, qint64 forMs);
    void onFinished();

    void line(const QString &text, bool always = false);
    void endProgressLine();
    void write(const QString &text);
    QString elapsed() const;

    UpdateController &m_controller;
    CliOptions::Verbosity m_verbosity;
    ConsoleOutput &m_console;
    bool m_tty;
    QElapsedTimer m_clock;
    UpdateTimeline::StepStates m_told{}; // each step's state as last told
    bool m_progressLineOpen = false;
    qint64 m_lastProgressPrint = -1;
    int m_lastPercentPrinted = -1;
    qint64 m_lastWaitPrint = -1;
};

} // namespace groov::cli
