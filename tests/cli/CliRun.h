#pragma once

#include "CliJsonSchema.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace groov::test {

class SimHarness;

// One run of the real groov-update binary. The simulator lives in the test process, so the test's event loop keeps
// running while the command runs: never QProcess::waitForFinished here, only waits that spin the event loop.
class CliRun : public QObject
{
    Q_OBJECT
public:
    explicit CliRun(QObject *parent = nullptr);
    ~CliRun() override;

    static QString binary();
    static constexpr char PollFloorVariable[] = "GROOV_UPDATE_TEST_POLL_FLOOR_MS";

    // The environment starts as the test's own, without GROOV_API_KEY, with a private home and config folder, and
    // with the poll-interval floor lowered (PollFloorVariable) so that --poll-interval 0.05 keeps up with the
    // simulator's compressed restarts.
    QProcessEnvironment &environment() { return m_environment; }
    void setApiKeyInEnvironment(const QString &key);
    // The private home folder (HOME, XDG_CONFIG_HOME and XDG_CACHE_HOME point into it): whatever the command wrote.
    QString homePath() const { return m_home.path(); }

    // Before start(): standard output goes to this file (such as /dev/full) or into the reader's standard input
    // (such as head -n 1), not to this object; events() then stays empty.
    void redirectStandardOutput(const QString &file);
    void pipeStandardOutputTo(QProcess &reader);

    void start(const QStringList &arguments);
    // Spins the event loop until the command ends; kills it (and returns false) after timeoutMs.
    [[nodiscard]] bool waitFinished(int timeoutMs = 60'000);
    [[nodiscard]] bool run(const QStringList &arguments, int timeoutMs = 60'000);

    bool isFinished() const { return m_finished; }
    int exitCode() const { return m_exitCode; }
    QProcess::ExitStatus exitStatus() const { return m_exitStatus; }
    qint64 processId() const { return m_process.processId(); }

    QByteArray standardOutput() const { return m_stdout; }
    QByteArray standardError() const { return m_stderr; }
    QString errorText() const { return QString::fromUtf8(m_stderr); }
    QStringList errorLines() const;

    // stdout, line by line, as JSON objects; lines that are not a JSON object are kept apart.
    QList<QJsonObject> events() const { return m_events; }
    QList<QJsonObject> eventsOfType(const QString &type) const;
    QStringList badLines() const { return m_badLines; }
    bool stdoutEndsWithNewline() const { return m_stdout.isEmpty() || m_stdout.endsWith('\n'); }

    // For failure messages: how the run ended and what it said.
    QString describe() const;

Q_SIGNALS:
    void eventReceived(const QJsonObject &event);

private:
    // Every thread's stack of a running process, by gdb when it is installed: for the log of a command that hung.
    static QString threadStacks(qint64 processId);
    void readOutput();
    void takeLine(const QByteArray &line);

    QProcess m_process;
    QProcessEnvironment m_environment;
    QTemporaryDir m_home;
    QStringList m_arguments;
    QByteArray m_stdout;
    QByteArray m_stderr;
    QByteArray m_pending;
    QList<QJsonObject> m_events;
    QStringList m_badLines;
    bool m_finished = false;
    int m_exitCode = -1;
    QProcess::ExitStatus m_exitStatus = QProcess::NormalExit;
    QString m_startError;
};

// --device, --firmware, --fingerprint (the simulator's) and --poll-interval 0.05, then extra.
QStringList cliArguments(SimHarness &sim, const QString &firmware, const QStringList &extra = {});
QString fingerprintOf(SimHarness &sim);

} // namespace groov::test

// The run ended normally with this exit code; otherwise the failure shows the command, its stderr and stdout.
#define GROOV_CLI_EXPECT_EXIT(cliRun, expectedCode)                                                                    \
    QVERIFY2((cliRun).isFinished() && (cliRun).exitStatus() == QProcess::NormalExit &&                                 \
                 (cliRun).exitCode() == (expectedCode),                                                                \
             qPrintable(QStringLiteral("expected exit code %1 from ").arg(expectedCode) + (cliRun).describe()))

// Every stdout line of a --json run follows docs/cli.md.
#define GROOV_CLI_EXPECT_JSON_STREAM(cliRun)                                                                           \
    do {                                                                                                               \
        const QStringList streamProblems_ =                                                                            \
            groov::test::CliJsonSchema::checkStream((cliRun).events(), (cliRun).badLines(), (cliRun).exitCode());      \
        QVERIFY2(streamProblems_.isEmpty(), qPrintable(streamProblems_.join(QLatin1Char('\n'))));                      \
        QVERIFY2((cliRun).stdoutEndsWithNewline(), "stdout does not end with a newline");                              \
    } while (false)
