#include "CliRun.h"

#include "SimHarness.h"
#include "SimulatedDevice.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

namespace groov::test {

CliRun::CliRun(QObject *parent) : QObject(parent), m_environment(QProcessEnvironment::systemEnvironment())
{
    m_environment.remove(QStringLiteral("GROOV_API_KEY"));
    // Profiles and settings of the machine's user stay out of the tests (and the tests out of them).
    if (m_home.isValid()) {
        m_environment.insert(QStringLiteral("HOME"), m_home.path());
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.filePath(QStringLiteral("cache")));
    }
    m_environment.insert(QString::fromLatin1(PollFloorVariable), QStringLiteral("10"));
    m_process.setProgram(binary());
    // As from a terminal, whatever this test inherited (a run under nohup ignores SIGHUP, and an ignored signal stays
    // ignored across exec): the signal tests need the command's own handling.
    m_process.setChildProcessModifier([] {
        for (const int signalNumber : {SIGHUP, SIGINT, SIGTERM, SIGPIPE})
            ::signal(signalNumber, SIG_DFL);
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &CliRun::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &CliRun::readOutput);
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        readOutput();
        if (!m_pending.isEmpty()) {
            takeLine(m_pending);
            m_pending.clear();
        }
        m_exitCode = code;
        m_exitStatus = status;
        m_finished = true;
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_startError = m_process.errorString();
        m_finished = true;
    });
}

CliRun::~CliRun()
{
    if (m_process.state() != QProcess::NotRunning) {
        // A test that failed early: whatever its slots captured may be gone already.
        blockSignals(true);
        m_process.kill();
        (void)QTest::qWaitFor([this] { return m_finished; }, 5'000);
    }
}

QString CliRun::binary()
{
    return QStringLiteral(GROOV_UPDATE_BINARY);
}

void CliRun::setApiKeyInEnvironment(const QString &key)
{
    m_environment.insert(QStringLiteral("GROOV_API_KEY"), key);
}

void CliRun::redirectStandardOutput(const QString &file)
{
    m_process.setStandardOutputFile(file);
}

void CliRun::pipeStandardOutputTo(QProcess &reader)
{
    m_process.setStandardOutputProcess(&reader);
}

void CliRun::start(const QStringList &arguments)
{
    m_arguments = arguments;
    m_process.setProcessEnvironment(m_environment);
    m_process.setArguments(arguments);
    m_process.start(QIODevice::ReadOnly);
}

bool CliRun::waitFinished(int timeoutMs)
{
    if (QTest::qWaitFor([this] { return m_finished; }, timeoutMs))
        return m_startError.isEmpty();
    qWarning("groov-update did not finish within %d ms; killing it", timeoutMs);
    // QVERIFY2 cuts its message at 1 KB: the whole of what the command said, and where each of its threads waits,
    // go to the log instead, so that a hang seen once on a busy machine can be told apart from a slow one.
    qWarning().noquote() << describe();
    qWarning().noquote() << threadStacks(m_process.processId());
    m_process.kill();
    (void)QTest::qWaitFor([this] { return m_finished; }, 5'000);
    return false;
}

bool CliRun::run(const QStringList &arguments, int timeoutMs)
{
    start(arguments);
    return waitFinished(timeoutMs);
}

QStringList CliRun::errorLines() const
{
    return errorText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QList<QJsonObject> CliRun::eventsOfType(const QString &type) const
{
    QList<QJsonObject> list;
    for (const QJsonObject &event : m_events) {
        if (event.value(QLatin1String("type")).toString() == type)
            list.append(event);
    }
    return list;
}

void CliRun::readOutput()
{
    m_stderr += m_process.readAllStandardError();
    const QByteArray data = m_process.readAllStandardOutput();
    if (data.isEmpty())
        return;
    m_stdout += data;
    m_pending += data;
    qsizetype newline;
    while ((newline = m_pending.indexOf('\n')) >= 0) {
        const QByteArray line = m_pending.left(newline);
        m_pending.remove(0, newline + 1);
        takeLine(line);
    }
}

void CliRun::takeLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        m_badLines.append(QString::fromUtf8(line));
        return;
    }
    m_events.append(document.object());
    Q_EMIT eventReceived(document.object());
}

QString CliRun::describe() const
{
    QString text = QStringLiteral("groov-update ") + m_arguments.join(QLatin1Char(' '));
    if (!m_startError.isEmpty())
        return text + QStringLiteral("\n  did not start: ") + m_startError;
    if (!m_finished)
        text += QStringLiteral("\n  still running");
    else if (m_exitStatus == QProcess::CrashExit)
        text += QStringLiteral("\n  crashed");
    else
        text += QStringLiteral("\n  exit code ") + QString::number(m_exitCode);
    text += QStringLiteral("\n  stderr:\n") + errorText();
    const QByteArray out = m_stdout.size() > 4000 ? QByteArray("...") + m_stdout.right(4000) : m_stdout;
    text += QStringLiteral("\n  stdout:\n") + QString::fromUtf8(out);
    return text;
}

QString CliRun::threadStacks(qint64 processId)
{
    const QString gdb = QStandardPaths::findExecutable(QStringLiteral("gdb"));
    if (gdb.isEmpty() || processId <= 0)
        return QStringLiteral("(no thread stacks: gdb is not installed)");
    QProcess debugger;
    debugger.setProcessChannelMode(QProcess::MergedChannels);
    // Run from the test's own thread: the command is stuck, so nothing it does needs this event loop meanwhile.
    debugger.start(gdb, {QStringLiteral("-p"), QString::number(processId), QStringLiteral("-batch"),
                         QStringLiteral("-ex"), QStringLiteral("thread apply all bt 30")});
    if (!debugger.waitForFinished(60'000)) {
        debugger.kill();
        debugger.waitForFinished(5'000);
    }
    return QStringLiteral("thread stacks of the command:\n") + QString::fromLocal8Bit(debugger.readAll());
}

QString fingerprintOf(SimHarness &sim)
{
    return QString::fromLatin1(sim.device().fingerprintSha256());
}

QStringList cliArguments(SimHarness &sim, const QString &firmware, const QStringList &extra)
{
    QStringList arguments{QStringLiteral("--device"),        sim.device().baseUrl().toString(),
                          QStringLiteral("--firmware"),      firmware,
                          QStringLiteral("--fingerprint"),   fingerprintOf(sim),
                          QStringLiteral("--poll-interval"), QStringLiteral("0.05")};
    return arguments + extra;
}

} // namespace groov::test
