#include "FleetReporters.h"

#include <QJsonObject>

#include <algorithm>

namespace groov::cli {

namespace {

constexpr int RedrawMs = 250;

// A device's state and step, as far as a change is worth telling.
QString tellable(const FleetRun &run, int index)
{
    const FleetDeviceStatus &status = run.status(index);
    const std::optional<UpdateStep> step =
        status.state == FleetDeviceState::Updating ? status.timeline.currentStep() : std::nullopt;
    const QString where = status.waitingForUploadTurn ? QStringLiteral("turn") : step ? updateStepId(*step) : QString();
    return fleetDeviceStateId(status.state) + QLatin1Char('/') + where;
}

} // namespace

FleetHumanReporter::FleetHumanReporter(FleetRun &run, CliOptions::Verbosity verbosity, ConsoleOutput &console)
    : m_run(run)
    , m_verbosity(verbosity)
    , m_console(console)
    , m_live(console.isTerminal(ConsoleOutput::Channel::Error) && verbosity != CliOptions::Verbosity::Quiet)
{
    m_clock.start();
    for (int i = 0; i < run.deviceCount(); ++i) {
        m_nameWidth = std::max<int>(m_nameWidth, int(run.target(i).device.name.size()));
        m_told.append(QString());
    }
    connect(&run, &FleetRun::deviceChanged, this, &FleetHumanReporter::onDeviceChanged);
    connect(&run, &FleetRun::deviceLog, this, &FleetHumanReporter::onDeviceLog);
    connect(&run, &FleetRun::deviceWarning, this, [this](int index, const QString &warning) {
        line(m_run.target(index).device.name + QStringLiteral(": ") + tr("WARNING: %1").arg(warning), true);
    });
    connect(&run, &FleetRun::logMessage, this, [this](const QString &message) { line(message, true); });
    connect(&run, &FleetRun::waveStarted, this, [this](int wave, const QList<int> &devices) {
        line(
            tr("== Wave %1 of %2: %n device(s)", nullptr, int(devices.size())).arg(wave + 1).arg(m_run.waves().size()));
    });
    connect(&run, &FleetRun::stageChanged, this, [this](FleetRun::Stage stage) {
        if (stage == FleetRun::Stage::Checking)
            line(tr("== Checking %n device(s)", nullptr, m_run.deviceCount()));
        if (stage == FleetRun::Stage::Finished) {
            m_redraw.stop();
            clearBlock();
        }
    });
    // A terminal gets its lines redrawn a few times a second at most, however many devices report.
    m_redraw.setInterval(RedrawMs);
    connect(&m_redraw, &QTimer::timeout, this, &FleetHumanReporter::redrawBlock);
    if (m_live)
        m_redraw.start();
}

QString FleetHumanReporter::stamp() const
{
    return QStringLiteral("[%1s] ").arg(m_clock.elapsed() / 1000.0, 7, 'f', 1);
}

void FleetHumanReporter::line(const QString &text, bool always)
{
    if (m_verbosity == CliOptions::Verbosity::Quiet && !always)
        return;
    clearBlock();
    m_console.print(ConsoleOutput::Channel::Error, stamp() + text + QLatin1Char('\n'));
    if (m_live)
        redrawBlock();
}

void FleetHumanReporter::warning(const QString &message)
{
    line(tr("WARNING: %1").arg(message), true);
}

void FleetHumanReporter::onDeviceChanged(int index)
{
    if (m_live)
        return; // the next redraw shows it
    const QString now = tellable(m_run, index);
    if (now == m_told.at(index))
        return;
    m_told[index] = now;
    const FleetDeviceStatus &status = m_run.status(index);
    if (status.state == FleetDeviceState::Updating && fleetDeviceStepText(status).isEmpty())
        return; // between its steps: the next one is told
    const bool over = fleetDeviceStateIsOver(status.state);
    line(deviceLine(index).trimmed(), over && status.state != FleetDeviceState::Skipped);
}

void FleetHumanReporter::onDeviceLog(int index, const QString &message)
{
    if (m_verbosity == CliOptions::Verbosity::Verbose)
        line(m_run.target(index).device.name + QStringLiteral(": ") + message, false);
}

QString FleetHumanReporter::deviceLine(int index) const
{
    return fleetDeviceLine(m_run.target(index).device.name, m_run.status(index), m_nameWidth);
}

void FleetHumanReporter::clearBlock()
{
    if (m_blockLines == 0)
        return;
    // Up to the block's first line, then clear to the end of the screen.
    m_console.print(ConsoleOutput::Channel::Error, QStringLiteral("\x1b[%1A\r\x1b[J").arg(m_blockLines));
    m_blockLines = 0;
}

void FleetHumanReporter::redrawBlock()
{
    if (!m_live || m_run.stage() == FleetRun::Stage::Finished)
        return;
    clearBlock();
    QStringList names;
    QList<FleetDeviceStatus> statuses;
    for (int i = 0; i < m_run.deviceCount(); ++i) {
        names.append(m_run.target(i).device.name);
        statuses.append(m_run.status(i));
    }
    const QSize terminal = m_console.terminalSize(ConsoleOutput::Channel::Error);
    const QStringList lines = fleetLiveBlock(names, statuses, terminal.height(), terminal.width());
    m_console.print(ConsoleOutput::Channel::Error, lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    m_blockLines = int(lines.size());
}

void FleetHumanReporter::summary(const QStringList &reportFiles)
{
    clearBlock();
    QString text = QLatin1Char('\n') + tr("Result:  %1").arg(m_run.finalMessage()) + QLatin1Char('\n');
    if (!m_run.firmwareSha256().isEmpty())
        text += tr("SHA-256: %1").arg(QString::fromLatin1(m_run.firmwareSha256())) + QLatin1Char('\n');
    if (!m_run.targetVersion().isEmpty())
        text += tr("Target:  %1").arg(m_run.targetVersion()) + QLatin1Char('\n');
    text += QLatin1Char('\n');
    for (int i = 0; i < m_run.deviceCount(); ++i)
        text += QStringLiteral("  ") + deviceLine(i) + QLatin1Char('\n');
    for (const QString &file : reportFiles)
        text += tr("Report:  %1").arg(file) + QLatin1Char('\n');
    m_console.print(ConsoleOutput::Channel::Error, text);
}

FleetJsonWriter::FleetJsonWriter(FleetRun &run, ConsoleOutput &console) : m_run(run), m_events(console)
{
    for (int i = 0; i < run.deviceCount(); ++i)
        m_told.append(QString());
    connect(&run, &FleetRun::deviceChanged, this, &FleetJsonWriter::onDeviceChanged);
    connect(&run, &FleetRun::deviceLog, this,
            [this](int index, const QString &message) { writeDeviceLog(index, QStringLiteral("info"), message); });
    connect(&run, &FleetRun::deviceWarning, this,
            [this](int index, const QString &warning) { writeDeviceLog(index, QStringLiteral("warning"), warning); });
    connect(&run, &FleetRun::logMessage, this,
            [this](const QString &message) { writeLog(QStringLiteral("info"), message); });
    connect(&run, &FleetRun::waveStarted, this, [this](int wave, const QList<int> &devices) {
        QJsonArray names;
        for (const int index : devices)
            names.append(m_run.target(index).device.name);
        m_events.emitEvent(QStringLiteral("wave"),
                           {{QStringLiteral("wave"), wave + 1}, {QStringLiteral("devices"), names}});
    });
}

void FleetJsonWriter::onDeviceChanged(int index)
{
    const QString now = tellable(m_run, index);
    if (now == m_told.at(index))
        return;
    m_told[index] = now;
    const FleetDeviceStatus &status = m_run.status(index);
    QJsonObject event{{QStringLiteral("device"), m_run.target(index).device.name},
                      {QStringLiteral("state"), fleetDeviceStateId(status.state)}};
    if (const std::optional<UpdateStep> step = status.timeline.currentStep();
        step && status.state == FleetDeviceState::Updating)
        event.insert(QStringLiteral("step"), updateStepId(*step));
    if (status.waitingForUploadTurn && status.state == FleetDeviceState::Updating)
        event.insert(QStringLiteral("waitingForUploadTurn"), true);
    if (fleetDeviceStateIsOver(status.state)) {
        event.insert(QStringLiteral("message"), status.message);
        event.insert(QStringLiteral("versionBefore"), status.versionBefore);
        event.insert(QStringLiteral("versionAfter"), status.versionAfter);
    }
    m_events.emitEvent(QStringLiteral("device"), event);
}

void FleetJsonWriter::writeLog(const QString &level, const QString &message)
{
    m_events.writeLog(level, message);
}

void FleetJsonWriter::writeDeviceLog(int index, const QString &level, const QString &message)
{
    m_events.emitEvent(QStringLiteral("log"), {{QStringLiteral("device"), m_run.target(index).device.name},
                                               {QStringLiteral("level"), level},
                                               {QStringLiteral("message"), message}});
}

void FleetJsonWriter::writeResult(int exitCode, const QString &message, const QJsonObject &report)
{
    m_events.emitEvent(QStringLiteral("result"), {{QStringLiteral("outcome"), report.value(QLatin1String("outcome"))},
                                                  {QStringLiteral("exitCode"), exitCode},
                                                  {QStringLiteral("message"), message},
                                                  {QStringLiteral("report"), report}});
}

} // namespace groov::cli
