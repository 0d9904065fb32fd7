#include "FleetHookRunner.h"

#include "DeviceText.h"
#include "SecretRedaction.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <limits>
#include <unistd.h>

namespace groov {

namespace {

// Redaction looks for the key as sent, percent-encoded and JSON-escaped; the last is the longest, at most 6 bytes
// ("\u00XX") for each byte of the key.
constexpr qsizetype LongestKeyFormPerByte = 6;
constexpr qsizetype MaxShownNameLength = 100;
// A hook stopped by SIGKILL is gone at once unless the kernel holds it; the destructor waits no longer than this.
constexpr int DestructorWaitMs = 1000;

QString shownName(const QString &name)
{
    return printableDeviceText(name, MaxShownNameLength);
}

// The system's reason why the process did not start (QProcess::errorString()).
QString notStarted(const FleetHookRunner::Context &context, QString reason)
{
    if (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    return FleetHookRunner::tr("The %1 hook for \"%2\" could not be started: %3.")
        .arg(context.hookName, shownName(context.deviceName), reason);
}

} // namespace

FleetHookRunner::FleetHookRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<groov::FleetHookResult>();
    m_timeout.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        stop();
    });
    connect(&m_killTimer, &QTimer::timeout, this, [this] { signalHook(SIGKILL); });
}

FleetHookRunner::~FleetHookRunner()
{
    if (!m_process)
        return;
    m_process->disconnect(this);
    signalHook(SIGKILL);
    m_process->waitForFinished(DestructorWaitMs);
}

void FleetHookRunner::refuse(const QString &message)
{
    FleetHookResult result;
    result.message = message;
    // Asynchronous like every other answer, so callers need only one code path.
    QTimer::singleShot(0, this, [this, result] { Q_EMIT finished(result); });
}

void FleetHookRunner::start(const FleetHook &hook, const Context &context, const QString &apiKey)
{
    if (isRunning()) {
        refuse(tr("The %1 hook for \"%2\" could not be started: another hook is still running.")
                   .arg(context.hookName, shownName(context.deviceName)));
        return;
    }
    if (hook.command.isEmpty()) {
        refuse(tr("The %1 hook for \"%2\" could not be started: it has no command.")
                   .arg(context.hookName, shownName(context.deviceName)));
        return;
    }
    // Every user of this computer can read a command line (ps, /proc): the key must never be on one.
    const SecretRedaction redaction(apiKey.toUtf8());
    for (const QString &argument : hook.command) {
        if (redaction.isIn(argument)) {
            refuse(tr("The %1 hook for \"%2\" could not be started: its command holds the device's API key. Give "
                      "the hook the key on its standard input instead (\"key\": \"stdin\").")
                       .arg(context.hookName, shownName(context.deviceName)));
            return;
        }
    }

    m_context = context;
    m_timeoutSeconds = std::max(1, hook.timeoutSeconds);
    m_key = apiKey.toUtf8();
    m_output.clear();
    m_droppedBytes = 0;
    m_stopping = m_timedOut = m_cancelled = false;

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("GROOV_API_KEY"));
    for (const QString &name : context.secretVariables)
        environment.remove(name);
    // The hook gets the key on its standard input or not at all (docs/fleet.md), so a copy of it under any other
    // variable's name goes too.
    const QStringList names = environment.keys();
    for (const QString &name : names) {
        if (redaction.isIn(environment.value(name)))
            environment.remove(name);
    }
    environment.insert(QStringLiteral("GROOV_HOOK"), context.hookName);
    environment.insert(QStringLiteral("GROOV_DEVICE_NAME"), context.deviceName);
    environment.insert(QStringLiteral("GROOV_DEVICE_ADDRESS"), context.deviceAddress);
    environment.insert(QStringLiteral("GROOV_FIRMWARE"), context.firmwarePath);
    if (!context.outcome.isEmpty())
        environment.insert(QStringLiteral("GROOV_UPDATE_OUTCOME"), context.outcome);

    m_process = new QProcess(this);
    m_process->setProgram(hook.command.first());
    m_process->setArguments(hook.command.mid(1));
    m_process->setProcessEnvironment(environment);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    // Without the key, the hook reads end of file at once rather than waiting on an input that never comes.
    if (!hook.keyOnStandardInput)
        m_process->setStandardInputFile(QProcess::nullDevice());
    // Its own process group: stopping a hook stops what it started too (a script's sleep or curl), and a Ctrl+C in
    // the terminal reaches only groov-update, which then stops the hook itself. setpgid is async-signal-safe.
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });

    connect(m_process, &QProcess::readyReadStandardOutput, this, &FleetHookRunner::readOutput);
    connect(m_process, &QProcess::started, this, [this] { m_pid = m_process->processId(); });
    connect(m_process, &QProcess::finished, this,
            [this](int exitCode, QProcess::ExitStatus status) { onFinished(exitCode, status == QProcess::CrashExit); });
    // A program that cannot be started gives errorOccurred() and no finished(). The other errors (a crash, a hook
    // that ends without reading its input) are followed by finished(), which reports them.
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onFailedToStart();
    });

    m_timeout.start(std::chrono::seconds(m_timeoutSeconds));
    m_process->start();
    m_pid = m_process->processId();
    if (hook.keyOnStandardInput && m_process->state() != QProcess::NotRunning) {
        // Buffered and written once the pipe takes it; closing afterwards gives the hook end of file after the key.
        m_process->write(m_key + '\n');
        m_process->closeWriteChannel();
    }
}

void FleetHookRunner::cancel()
{
    // A hook already being stopped by its timeout stays timed out.
    if (!m_process || m_stopping)
        return;
    m_cancelled = true;
    stop();
}

void FleetHookRunner::readOutput()
{
    // Read as it comes, keeping only the newest bytes: a hook may print without end.
    m_output += m_process->readAllStandardOutput();
    const qsizetype excess = m_output.size() - MaxOutputBytes;
    if (excess > 0) {
        m_output.remove(0, excess);
        m_droppedBytes += excess;
    }
}

void FleetHookRunner::stop()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_timeout.stop();
    // SIGTERM first, so a hook can clean up (a lock, a temporary file); SIGKILL if it has not ended after the grace.
    signalHook(SIGTERM);
    m_killTimer.start(m_killGraceMs);
}

void FleetHookRunner::signalHook(int signalNumber)
{
    // Once the hook has ended its process id may belong to another program.
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    const auto pid = pid_t(m_process->processId());
    if (pid <= 0)
        return;
    // A hook stopped before its child process joined its own group is signalled alone.
    if (::kill(-pid, signalNumber) != 0)
        ::kill(pid, signalNumber);
}

void FleetHookRunner::onFinished(int exitCode, bool crashed)
{
    readOutput();
    // What a stopped hook started and left behind, having ignored SIGTERM, goes with it. The group's id cannot
    // belong to anyone else while one of them lives; when none does, this finds nothing.
    if (m_stopping && m_pid > 0)
        ::kill(-pid_t(m_pid), SIGKILL);

    FleetHookResult result;
    result.timedOut = m_timedOut;
    result.cancelled = m_cancelled;
    result.exitCode = crashed ? -1 : exitCode;
    result.succeeded = !crashed && exitCode == 0 && !m_stopping;
    const QString hook = m_context.hookName;
    const QString device = shownName(m_context.deviceName);
    if (m_timedOut)
        result.message =
            tr("The %1 hook for \"%2\" was stopped after %3 s (its timeout).").arg(hook, device).arg(m_timeoutSeconds);
    else if (m_cancelled)
        result.message = tr("The %1 hook for \"%2\" was cancelled.").arg(hook, device);
    else if (crashed)
        result.message = tr("The %1 hook for \"%2\" crashed (a signal ended it).").arg(hook, device);
    else if (exitCode != 0)
        result.message = tr("The %1 hook for \"%2\" failed (exit code %3).").arg(hook, device).arg(exitCode);
    else
        result.message = tr("The %1 hook for \"%2\" succeeded.").arg(hook, device);
    finish(result);
}

void FleetHookRunner::onFailedToStart()
{
    FleetHookResult result;
    result.cancelled = m_cancelled;
    result.message = notStarted(m_context, printableDeviceText(m_process->errorString(), MaxOutputBytes));
    m_process->disconnect(this);
    // QProcess may report this from within start(): finished() waits for the event loop, as it does for a refusal.
    QTimer::singleShot(0, this, [this, result] { finish(result); });
}

void FleetHookRunner::finish(FleetHookResult result)
{
    m_timeout.stop();
    m_killTimer.stop();
    result.output = outputText();
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;
    m_pid = 0;
    // Neither the key nor the output is kept past its run.
    m_key.clear();
    m_output.clear();
    m_droppedBytes = 0;
    Q_EMIT finished(result);
}

QString FleetHookRunner::outputText() const
{
    QByteArray kept = m_output;
    qint64 dropped = m_droppedBytes;
    if (dropped > 0) {
        // The kept bytes may begin inside the key, where redaction cannot recognise it: their first, partial line
        // goes. When they are all one line, as much goes as the longest form of the key could span.
        const qsizetype lineEnd = kept.indexOf('\n');
        qsizetype cut = lineEnd >= 0 ? lineEnd + 1 : std::min(kept.size(), m_key.size() * LongestKeyFormPerByte);
        // Nor may the text begin inside a UTF-8 sequence.
        while (cut < kept.size() && (uchar(kept.at(cut)) & 0xC0) == 0x80)
            ++cut;
        kept.remove(0, cut);
        dropped += cut;
    }

    // Redacted before escaping, so the key is found as the hook printed it.
    QStringList lines = SecretRedaction(m_key).apply(QString::fromUtf8(kept)).split(QLatin1Char('\n'));
    for (QString &line : lines) {
        // CR LF ends a line as LF does. A lone CR stays escaped: it would let a hook overwrite a terminal's line.
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        // Never cut: the output is bounded already.
        line = printableDeviceText(line, std::numeric_limits<qsizetype>::max());
    }
    QString text = lines.join(QLatin1Char('\n'));
    if (dropped > 0)
        text.prepend(tr("(%1 earlier bytes of output left out)\n").arg(dropped));
    return text;
}

} // namespace groov
