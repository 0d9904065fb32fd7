#include "HumanReporter.h"
#include "DeviceText.h"

#include "ProgressText.h"
#include "TlsTrust.h"
#include "UpdateSummary.h"

#include <QSslCertificate>

namespace groov::cli {

namespace {
constexpr int BarWidth = 24;
// Without a terminal, a line every ten percent is enough for a log file, and one every half minute while the
// device restarts.
constexpr int PlainProgressStepPercent = 10;
constexpr qint64 PlainWaitLineMs = 30'000;
// A terminal line is redrawn at most ten times a second: a terminal is slower than loopback.
constexpr qint64 RedrawMs = 100;
} // namespace

HumanReporter::HumanReporter(UpdateController &controller, CliOptions::Verbosity verbosity, ConsoleOutput &console)
    : m_controller(controller)
    , m_verbosity(verbosity)
    , m_console(console)
    , m_tty(console.isTerminal(ConsoleOutput::Channel::Error))
{
    m_clock.start();
    connect(&controller, &UpdateController::timelineChanged, this, &HumanReporter::onTimeline);
    connect(&controller, &UpdateController::preflightPassed, this, &HumanReporter::onPreflight);
    connect(&controller, &UpdateController::certificateUntrusted, this, &HumanReporter::onCertificateUntrusted);
    connect(&controller, &UpdateController::uploadProgress, this, &HumanReporter::onUploadProgress);
    connect(&controller, &UpdateController::restartWaiting, this, &HumanReporter::onRestartWaiting);
    connect(&controller, &UpdateController::logMessage, this, [this](const QString &message) { line(message); });
    connect(&controller, &UpdateController::warning, this, &HumanReporter::warning);
    connect(&controller, &UpdateController::finished, this, &HumanReporter::onFinished);
}

void HumanReporter::warning(const QString &message)
{
    line(tr("WARNING: %1").arg(message), true);
}

void HumanReporter::error(const QString &message)
{
    endProgressLine();
    write(tr("groov-update: %1").arg(message) + QLatin1Char('\n'));
}

void HumanReporter::onTimeline(const UpdateTimeline &timeline)
{
    // Progress within a step changes no state: the progress line tells it.
    for (const UpdateStep step : timeline.takeStepChanges(m_told)) {
        const StepState state = timeline.state(step);
        const QString name = UpdateTimeline::stepName(step);
        if (state == StepState::Running) {
            line(QStringLiteral("== ") + name);
            continue;
        }
        if (state == StepState::Done)
            continue; // the next step's start says it; the summary lists every step's time
        const QDateTime end = timeline.step(step).finishedAt;
        QString text = QStringLiteral("   %1: %2").arg(name, UpdateTimeline::stateName(state));
        if (const QString detail = timeline.detailText(step, end); !detail.isEmpty())
            text += QStringLiteral(": ") + detail;
        line(text);
    }
}

void HumanReporter::onPreflight()
{
    const UpdateReport &report = m_controller.report();
    if (report.mode == RunMode::Follow)
        return;
    line(tr("Firmware %1: %2 MB in %n chunk(s)", nullptr, report.chunkCount)
             .arg(report.firmwarePath, formatMegabytes(report.firmwareSize)));
}

void HumanReporter::onCertificateUntrusted(const QSslCertificate &certificate, bool differsFromPin)
{
    if (certificate.isNull())
        return;
    const QString fingerprint = TlsTrust::formatFingerprint(TlsTrust::fingerprintOf(certificate));
    QString text;
    text += differsFromPin ? tr("The device presented a DIFFERENT certificate than the pinned one:\n")
                           : tr("The device presented a certificate that is not trusted yet:\n");
    text += tr("  Subject:  %1\n").arg(certificateSubject(certificate));
    text += tr("  Issuer:   %1\n").arg(certificateIssuer(certificate));
    text += tr("  Valid:    %1 to %2\n")
                .arg(certificate.effectiveDate().toString(Qt::ISODate), certificate.expiryDate().toString(Qt::ISODate));
    text += tr("  SHA-256:  %1\n").arg(fingerprint);
    text += tr("Compare this fingerprint with the one groov Manage shows for the device. If they match, re-run with:\n"
               "  --fingerprint %1\n")
                .arg(fingerprint);
    endProgressLine();
    write(text);
}

void HumanReporter::onUploadProgress(qint64 sent, qint64 total, int, int)
{
    if (m_verbosity == CliOptions::Verbosity::Quiet || total <= 0)
        return;
    const int percent = int(sent * 100 / total);
    // Most progress reports are not shown: decide first, word only what is written.
    const qint64 now = m_clock.elapsed();
    if (m_tty && sent < total && m_lastProgressPrint >= 0 && now - m_lastProgressPrint < RedrawMs)
        return; // a terminal is slower than loopback: at most ten redraws a second
    const int step = percent / PlainProgressStepPercent;
    if (!m_tty && step == m_lastPercentPrinted && sent < total)
        return;
    const QString status = QStringLiteral("%1%  ").arg(percent, 3) +
                           m_controller.timeline().detailText(UpdateStep::Upload, QDateTime::currentDateTimeUtc());
    if (m_tty) {
        m_lastProgressPrint = now;
        const int filled = int(sent * BarWidth / total);
        const QString bar = QString(filled, QLatin1Char('#')) + QString(BarWidth - filled, QLatin1Char('.'));
        write(QStringLiteral("\r\033[K  [") + bar + QStringLiteral("] ") + status);
        m_progressLineOpen = true;
        if (sent >= total)
            endProgressLine();
        return;
    }
    m_lastPercentPrinted = step;
    line(tr("Upload %1").arg(status));
}

void HumanReporter::onRestartWaiting(RestartStep step, qint64 forMs)
{
    if (m_verbosity == CliOptions::Verbosity::Quiet)
        return;
    const qint64 now = m_clock.elapsed();
    const QString text = restartWaitText(step, forMs);
    if (m_tty) {
        if (m_lastWaitPrint >= 0 && now - m_lastWaitPrint < RedrawMs)
            return;
        m_lastWaitPrint = now;
        write(QStringLiteral("\r\033[K  ") + text);
        m_progressLineOpen = true;
        return;
    }
    if (m_lastWaitPrint >= 0 && now - m_lastWaitPrint < PlainWaitLineMs)
        return;
    m_lastWaitPrint = now;
    line(text);
}

void HumanReporter::onFinished()
{
    endProgressLine();
    write(QLatin1Char('\n') + UpdateSummary(m_controller.report()).toText());
}

void HumanReporter::line(const QString &text, bool always)
{
    if (!always && m_verbosity == CliOptions::Verbosity::Quiet)
        return;
    endProgressLine();
    write(QStringLiteral("[%1] ").arg(elapsed()) + text + QLatin1Char('\n'));
}

void HumanReporter::endProgressLine()
{
    if (!m_progressLineOpen)
        return;
    m_progressLineOpen = false;
    write(QStringLiteral("\n"));
}

void HumanReporter::write(const QString &text)
{
    m_console.print(ConsoleOutput::Channel::Error, text);
}

QString HumanReporter::elapsed() const
{
    return QStringLiteral("%1s").arg(m_clock.elapsed() / 1000.0, 7, 'f', 1);
}

} // namespace groov::cli
