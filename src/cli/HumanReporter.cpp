#include "HumanReporter.h"
#include "DeviceText.h"

#include "ProgressText.h"
#include "StageErrorHints.h"
#include "TlsTrust.h"

#include <QSslCertificate>

namespace groov::cli {

namespace {
constexpr double MB = 1'000'000.0;
constexpr int BarWidth = 24;
// Without a terminal, a line every ten percent is enough for a log file, and one every half minute while the
// device restarts.
constexpr int PlainProgressStepPercent = 10;
constexpr qint64 PlainWaitLineMs = 30'000;
// A terminal line is redrawn at most ten times a second: a terminal is slower than loopback.
constexpr qint64 RedrawMs = 100;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / MB, 'f', 1);
}
} // namespace

HumanReporter::HumanReporter(UpdateController &controller, CliOptions::Verbosity verbosity, ConsoleOutput &console)
    : m_controller(controller)
    , m_verbosity(verbosity)
    , m_console(console)
    , m_tty(console.isTerminal(ConsoleOutput::Channel::Error))
{
    m_clock.start();
    connect(&controller, &UpdateController::phaseChanged, this, &HumanReporter::onPhase);
    connect(&controller, &UpdateController::preflightPassed, this, &HumanReporter::onPreflight);
    connect(&controller, &UpdateController::certificateUntrusted, this, &HumanReporter::onCertificateUntrusted);
    connect(&controller, &UpdateController::uploadProgress, this, &HumanReporter::onUploadProgress);
    connect(&controller, &UpdateController::deviceStagesChanged, this, &HumanReporter::onStages);
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

void HumanReporter::onPhase(UpdatePhase phase)
{
    if (phase == UpdatePhase::Upload)
        m_rate.reset();
    if (phase != UpdatePhase::Finished)
        line(QStringLiteral("== ") + phaseName(phase));
}

void HumanReporter::onPreflight()
{
    const UpdateReport &report = m_controller.report();
    if (report.mode == RunMode::Follow)
        return;
    line(tr("Firmware %1: %2 MB in %3 chunk(s)")
             .arg(report.firmwarePath, megabytes(report.firmwareSize))
             .arg(report.chunkCount));
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

void HumanReporter::onUploadProgress(qint64 sent, qint64 total, int chunkIndex, int chunkCount)
{
    if (m_verbosity == CliOptions::Verbosity::Quiet || total <= 0)
        return;
    m_rate.add(m_clock.elapsed(), sent);
    const int percent = int(sent * 100 / total);
    const double rate = m_rate.bytesPerSecond().value_or(0);
    const auto left = m_rate.msecsLeft(total - sent);
    const QString status = tr("%1%  %2 / %3 MB  %4 MB/s  ETA %5  chunk %6/%7")
                               .arg(percent, 3)
                               .arg(megabytes(sent), megabytes(total))
                               .arg(rate / MB, 0, 'f', 1)
                               .arg(left ? formatClock(*left) : QStringLiteral("-:--"))
                               .arg(chunkIndex + 1)
                               .arg(chunkCount);
    if (m_tty) {
        // Redraw at most ten times a second: a terminal is slower than loopback.
        const qint64 now = m_clock.elapsed();
        if (sent < total && m_lastProgressPrint >= 0 && now - m_lastProgressPrint < RedrawMs)
            return;
        m_lastProgressPrint = now;
        const int filled = int(sent * BarWidth / total);
        const QString bar = QString(filled, QLatin1Char('#')) + QString(BarWidth - filled, QLatin1Char('.'));
        write(QStringLiteral("\r\033[K  [") + bar + QStringLiteral("] ") + status);
        m_progressLineOpen = true;
        if (sent >= total)
            endProgressLine();
        return;
    }
    const int step = percent / PlainProgressStepPercent;
    if (step == m_lastPercentPrinted && sent < total)
        return;
    m_lastPercentPrinted = step;
    line(tr("Upload %1").arg(status));
}

void HumanReporter::onStages(const QList<DeviceStage> &stages)
{
    for (const DeviceStage &stage : changedStages(m_stages, stages)) {
        if (stage.state == StageState::Pending || stage.state == StageState::Unknown)
            continue;
        line(tr("Device stage %1: %2").arg(stageDisplayName(stage.name), stageStateName(stage.state)));
    }
    m_stages = stages;
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

void HumanReporter::onFinished(UpdateOutcome outcome)
{
    endProgressLine();
    const UpdateReport &report = m_controller.report();
    const QString unknown = tr("unknown");
    QString text = QLatin1Char('\n') + tr("Result:    %1").arg(outcomeName(outcome).toUpper()) + QLatin1Char('\n');
    text += report.finalMessage + QLatin1Char('\n');
    if (report.failedStage) {
        text += tr("Stage:     %1").arg(stageDisplayName(report.failedStage->name));
        if (report.failedStage->errorCode)
            text += tr(" (error code %1)").arg(*report.failedStage->errorCode);
        text += QLatin1Char('\n');
        if (!report.failedStage->errorMessage.isEmpty())
            text += tr("Device:    %1").arg(report.failedStage->errorMessage) + QLatin1Char('\n');
    }
    if (!report.hint.isEmpty())
        text += tr("What to do: %1").arg(report.hint) + QLatin1Char('\n');
    if (!report.deviceAddress.isEmpty())
        text += tr("Device:    %1").arg(report.deviceAddress) + QLatin1Char('\n');
    if (!report.model.isEmpty())
        text += tr("Model:     %1").arg(report.model) + QLatin1Char('\n');
    if (!report.versionAfter.isEmpty())
        text += tr("Version:   %1 -> %2")
                    .arg(report.versionBefore.isEmpty() ? unknown : report.versionBefore, report.versionAfter) +
                QLatin1Char('\n');
    else if (!report.versionBefore.isEmpty())
        text += tr("Version:   %1 (before the update)").arg(report.versionBefore) + QLatin1Char('\n');
    if (!report.firmwareSha256.isEmpty())
        text += tr("SHA-256:   %1").arg(QString::fromLatin1(report.firmwareSha256)) + QLatin1Char('\n');
    text += tr("Duration:  %1").arg(formatClock(report.durationMs())) + QLatin1Char('\n');
    text += tr("Retries:   %1").arg(report.retries.size()) + QLatin1Char('\n');
    write(text);
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
