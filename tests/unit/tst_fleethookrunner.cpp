#include "FleetHookRunner.h"
#include "SecretRedaction.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>
#include <sys/resource.h>

using namespace groov;

namespace {

constexpr int WaitMs = 20'000; // generous: a busy 2-core CI machine
// Long enough for a hook on a busy machine to have written its child's process id before it is stopped.
constexpr int TimeoutSeconds = 3;
const QString Key = QStringLiteral("k3y-0f-press-1-abcdefghijklmnop");
const QString OtherKey = QStringLiteral("k3y-0f-press-2-qrstuvwxyzabcdef");
const QString OtherSecret = QStringLiteral("another-secret-value-123");

// Gone, or a zombie that only waits for its parent: either way it runs no more.
bool processGone(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype nameEnd = text.lastIndexOf(')');
    const QByteArray state = nameEnd < 0 ? QByteArray() : text.mid(nameEnd + 2, 1);
    return state.isEmpty() || state == "Z" || state == "X";
}

qint64 pidIn(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

FleetHookRunner::Context context(const QString &hookName = QStringLiteral("before"))
{
    FleetHookRunner::Context context;
    context.hookName = hookName;
    context.deviceName = QStringLiteral("press-1");
    context.deviceAddress = QStringLiteral("10.0.0.5");
    context.firmwarePath = QStringLiteral("/srv/firmware/groov-epic-3.5.0.bin");
    if (hookName == QLatin1String("after"))
        context.outcome = QStringLiteral("succeeded");
    return context;
}

FleetHook hookOf(const QStringList &command, int timeoutSeconds = 600, bool keyOnStandardInput = false)
{
    FleetHook hook;
    hook.command = command;
    hook.timeoutSeconds = timeoutSeconds;
    hook.keyOnStandardInput = keyOnStandardInput;
    return hook;
}

FleetHookResult resultAt(const QSignalSpy &spy, qsizetype index)
{
    return spy.at(index).at(0).value<FleetHookResult>();
}

// Runs a hook to its end; nothing when finished() came from within start() or not at all.
std::optional<FleetHookResult> run(FleetHookRunner &runner, const FleetHook &hook,
                                   const FleetHookRunner::Context &hookContext = context(), const QString &key = Key)
{
    QSignalSpy spy(&runner, &FleetHookRunner::finished);
    runner.start(hook, hookContext, key);
    if (!spy.isEmpty() || !spy.wait(WaitMs) || spy.size() != 1)
        return std::nullopt;
    return resultAt(spy, 0);
}

} // namespace

class TestFleetHookRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void succeedsWithItsOutput();
    void failureNamesHookDeviceAndExitCode();
    void crashIsReported();
    void environmentDescribesTheUpdate_data();
    void environmentDescribesTheUpdate();
    void keyOnStandardInput();
    void echoedKeyIsRedacted();
    void withoutKeyOptionInputIsEmptyAndKeyIsNowhere();
    void timeoutStopsTheHookAndWhatItStarted();
    void whatIgnoresTermIsKilledAfterTheGrace_data();
    void whatIgnoresTermIsKilledAfterTheGrace();
    void outputKeepsOnlyTheLastBytes();
    void keyCutByTheOutputBoundIsNotHalfShown_data();
    void keyCutByTheOutputBoundIsNotHalfShown();
    void controlCharactersAreEscaped();
    void programThatCannotStart_data();
    void programThatCannotStart();
    void outOfFileDescriptors();
    void refusals_data();
    void refusals();
    void cancelStopsTheHook();
    void cancelRightAfterStart();
    void startWhileRunningIsRefused();
    void destroyingTheRunnerKillsTheHook();

private:
    QString script(const QByteArray &body);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    int m_scripts = 0;
};

QString TestFleetHookRunner::script(const QByteArray &body)
{
    const QString scriptPath = path(QStringLiteral("hook-%1.sh").arg(++m_scripts));
    QFile file(scriptPath);
    if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\n" + body + "\n") < 0)
        return {};
    file.close();
    if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return {};
    return scriptPath;
}

void TestFleetHookRunner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(FleetHookRunner().killGraceMs(), FleetHookRunner::DefaultKillGraceMs);
}

void TestFleetHookRunner::cleanup()
{
    qunsetenv("GROOV_API_KEY");
    qunsetenv("GROOV_TEST_SECRET");
    qunsetenv("GROOV_TEST_KEY_COPY");
    qunsetenv("GROOV_TEST_KEPT");
}

void TestFleetHookRunner::succeedsWithItsOutput()
{
    const QString hook = script("echo 'to standard output'\necho 'to standard error' >&2\nexit 0");
    QVERIFY(!hook.isEmpty());
    FleetHookRunner runner;
    const auto result = run(runner, hookOf({hook}));
    QVERIFY(result);
    QVERIFY(result->succeeded);
    QCOMPARE(result->exitCode, 0);
    QVERIFY(!result->timedOut);
    QVERIFY(!result->cancelled);
    QCOMPARE(result->output, QStringLiteral("to standard output\nto standard error\n"));
    QCOMPARE(result->message, QStringLiteral("The before hook for \"press-1\" succeeded."));
    QVERIFY(!runner.isRunning());
}

void TestFleetHookRunner::failureNamesHookDeviceAndExitCode()
{
    const QString failing = script("echo 'no maintenance window'\nexit 3");
    const QString passing = script("exit 0");
    FleetHookRunner runner;
    const auto failed = run(runner, hookOf({failing}));
    QVERIFY(failed);
    QVERIFY(!failed->succeeded);
    QCOMPARE(failed->exitCode, 3);
    QVERIFY(!failed->timedOut);
    QCOMPARE(failed->output, QStringLiteral("no maintenance window\n"));
    QCOMPARE(failed->message, QStringLiteral("The before hook for \"press-1\" failed (exit code 3)."));

    // The same runner runs the next hook, with nothing of the last one.
    const auto passed = run(runner, hookOf({passing}), context(QStringLiteral("after")));
    QVERIFY(passed);
    QVERIFY(passed->succeeded);
    QCOMPARE(passed->output, QString());
    QCOMPARE(passed->message, QStringLiteral("The after hook for \"press-1\" succeeded."));
}

void TestFleetHookRunner::crashIsReported()
{
    FleetHookRunner runner;
    const auto result = run(runner, hookOf({script("kill -KILL $$")}));
    QVERIFY(result);
    QVERIFY(!result->succeeded);
    QCOMPARE(result->exitCode, -1);
    QVERIFY(!result->timedOut);
    QVERIFY(!result->cancelled);
    QCOMPARE(result->message, QStringLiteral("The before hook for \"press-1\" crashed (a signal ended it)."));
}

void TestFleetHookRunner::environmentDescribesTheUpdate_data()
{
    QTest::addColumn<QString>("hookName");
    QTest::newRow("before") << QStringLiteral("before");
    QTest::newRow("after") << QStringLiteral("after");
}

void TestFleetHookRunner::environmentDescribesTheUpdate()
{
    QFETCH(QString, hookName);
    // Each goes for its own reason: GROOV_API_KEY by name (its key may be another device's), the listed variable by
    // name, and the unlisted one because it holds this device's key.
    qputenv("GROOV_API_KEY", OtherKey.toUtf8());
    qputenv("GROOV_TEST_SECRET", OtherSecret.toUtf8());
    qputenv("GROOV_TEST_KEY_COPY", Key.toUtf8());
    qputenv("GROOV_TEST_KEPT", "kept");

    const QString environmentFile = path(QStringLiteral("environment-%1.txt").arg(hookName));
    FleetHookRunner::Context hookContext = context(hookName);
    hookContext.secretVariables = {QStringLiteral("GROOV_TEST_SECRET")};
    FleetHookRunner runner;
    const auto result = run(runner, hookOf({script("env > \"$1\""), environmentFile}), hookContext);
    QVERIFY(result);
    QVERIFY2(result->succeeded, qPrintable(result->message));

    QFile file(environmentFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const QStringList lines = text.split(QLatin1Char('\n'));
    QVERIFY(lines.contains(QStringLiteral("GROOV_HOOK=") + hookName));
    QVERIFY(lines.contains(QStringLiteral("GROOV_DEVICE_NAME=press-1")));
    QVERIFY(lines.contains(QStringLiteral("GROOV_DEVICE_ADDRESS=10.0.0.5")));
    QVERIFY(lines.contains(QStringLiteral("GROOV_FIRMWARE=/srv/firmware/groov-epic-3.5.0.bin")));
    QVERIFY(lines.contains(QStringLiteral("GROOV_TEST_KEPT=kept"))); // the rest of the environment is inherited
    if (hookName == QLatin1String("after"))
        QVERIFY(lines.contains(QStringLiteral("GROOV_UPDATE_OUTCOME=succeeded")));
    else
        QVERIFY(!text.contains(QStringLiteral("GROOV_UPDATE_OUTCOME")));
    QVERIFY(!text.contains(QStringLiteral("GROOV_API_KEY")));
    QVERIFY(!text.contains(QStringLiteral("GROOV_TEST_SECRET")));
    QVERIFY(!text.contains(QStringLiteral("GROOV_TEST_KEY_COPY")));
    QVERIFY(!text.contains(Key));
    QVERIFY(!text.contains(OtherSecret));
    QVERIFY(!text.contains(OtherKey));
}

void TestFleetHookRunner::keyOnStandardInput()
{
    // The expected key comes from a file, since the hook's environment and arguments cannot hold it.
    const QString expected = path(QStringLiteral("expected-key"));
    QFile file(expected);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(Key.toUtf8()) == Key.toUtf8().size());
    file.close();

    const QString hook = script("IFS= read -r line || exit 10\n"
                                "if [ \"$line\" = \"$(cat \"$1\")\" ]; then echo match; else echo mismatch; fi\n"
                                "if IFS= read -r more; then echo 'more input'; else echo 'end of input'; fi");
    FleetHookRunner runner;
    const auto result = run(runner, hookOf({hook, expected}, 600, true));
    QVERIFY(result);
    QVERIFY2(result->succeeded, qPrintable(result->message));
    QCOMPARE(result->output, QStringLiteral("match\nend of input\n"));
}

void TestFleetHookRunner::echoedKeyIsRedacted()
{
    const QString hook = script("IFS= read -r line\necho \"the key is $line\"\necho \"$line\" | tr a-z A-Z");
    FleetHookRunner runner;
    const auto result = run(runner, hookOf({hook}, 600, true));
    QVERIFY(result);
    QVERIFY2(result->succeeded, qPrintable(result->message));
    QVERIFY(!result->output.contains(Key, Qt::CaseInsensitive));
    QCOMPARE(result->output, QStringLiteral("the key is %1\n%1\n").arg(SecretRedaction::placeholder()));
}

void TestFleetHookRunner::withoutKeyOptionInputIsEmptyAndKeyIsNowhere()
{
    qputenv("GROOV_API_KEY", Key.toUtf8());
    const QString procFile = path(QStringLiteral("proc.txt"));
    // A hook whose input stayed open would wait here until its 600 s timeout, far past the test's wait.
    const QString hook = script("if IFS= read -r line; then echo \"read: $line\"; else echo 'end of input'; fi\n"
                                "cat /proc/$$/cmdline /proc/$$/environ > \"$1\"");
    FleetHookRunner runner;
    const auto result = run(runner, hookOf({hook, procFile}));
    QVERIFY(result);
    QVERIFY2(result->succeeded, qPrintable(result->message));
    QCOMPARE(result->output, QStringLiteral("end of input\n"));

    QFile file(procFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray proc = file.readAll();
    // Both were read: the check below is not of an empty file.
    QVERIFY(proc.contains(hook.toUtf8()));
    QVERIFY(proc.contains("GROOV_DEVICE_NAME=press-1"));
    QVERIFY(!proc.contains(Key.toUtf8()));
}

void TestFleetHookRunner::timeoutStopsTheHookAndWhatItStarted()
{
    const QString childPidFile = path(QStringLiteral("timeout-child.pid"));
    const QString hook = script("sleep 60 &\necho $! > \"$1\"\nwait");
    FleetHookRunner runner;
    const auto result = run(runner, hookOf({hook, childPidFile}, TimeoutSeconds));
    QVERIFY(result);
    QVERIFY(result->timedOut);
    QVERIFY(!result->succeeded);
    QVERIFY(!result->cancelled);
    QCOMPARE(result->message, QStringLiteral("The before hook for \"press-1\" was stopped after 3 s (its timeout)."));

    // The hook's own child, a sleep of 60 s, went with it.
    const qint64 child = pidIn(childPidFile);
    QVERIFY(child > 0);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(child), WaitMs);
}

void TestFleetHookRunner::whatIgnoresTermIsKilledAfterTheGrace_data()
{
    QTest::addColumn<QByteArray>("body");
    // Ignored SIGTERM is inherited: here the hook and each of its sleeps ignore it, and only SIGKILL ends them.
    QTest::newRow("the hook") << QByteArray("trap '' TERM\nsleep 60 &\necho $! > \"$1\"\nwhile :; do sleep 1; done");
    // Here SIGTERM ends the hook, but not the child it started: that child is killed when the hook has ended.
    QTest::newRow("only its child") << QByteArray(
        "sh -c 'trap \"\" TERM; echo $$ > \"$0\"; while :; do sleep 1; done' \"$1\" &\nwait");
}

void TestFleetHookRunner::whatIgnoresTermIsKilledAfterTheGrace()
{
    QFETCH(QByteArray, body);
    const QString childPidFile =
        path(QStringLiteral("ignoring-child-%1.pid").arg(QString::fromLatin1(QTest::currentDataTag())));
    const QString hook = script(body);
    FleetHookRunner runner;
    runner.setKillGraceMs(500);
    const auto result = run(runner, hookOf({hook, childPidFile}, TimeoutSeconds));
    QVERIFY(result);
    QVERIFY(result->timedOut);
    QVERIFY(!result->succeeded);
    QCOMPARE(result->exitCode, -1);

    const qint64 child = pidIn(childPidFile);
    QVERIFY(child > 0);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(child), WaitMs);
}

void TestFleetHookRunner::outputKeepsOnlyTheLastBytes()
{
    const int lineCount = 20'000;
    const QString hook = script("i=0\nwhile [ $i -lt 20000 ]; do\n"
                                "  echo \"line $i: abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz\"\n"
                                "  i=$((i+1))\ndone");
    qint64 printed = 0;
    for (int i = 0; i < lineCount; ++i)
        printed += QStringLiteral("line %1: abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz\n").arg(i).size();
    QVERIFY(printed > 1'000'000);

    FleetHookRunner runner;
    const auto result = run(runner, hookOf({hook}));
    QVERIFY(result);
    QVERIFY2(result->succeeded, qPrintable(result->message));

    const QString &output = result->output;
    const qsizetype noteEnd = output.indexOf(QLatin1Char('\n'));
    QVERIFY(noteEnd > 0);
    const QRegularExpression note(QStringLiteral("^\\((\\d+) earlier bytes of output left out\\)$"));
    const QRegularExpressionMatch match = note.match(output.left(noteEnd));
    QVERIFY2(match.hasMatch(), qPrintable(output.left(noteEnd)));
    const QString kept = output.mid(noteEnd + 1);
    QVERIFY(kept.size() <= FleetHookRunner::MaxOutputBytes);
    QVERIFY(kept.size() > FleetHookRunner::MaxOutputBytes / 2);
    // What was left out and what was kept are all that was printed.
    QCOMPARE(match.captured(1).toLongLong() + kept.size(), printed);
    QVERIFY(kept.endsWith(QStringLiteral("line 19999: abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz\n")));
    // Whole lines only.
    QVERIFY(kept.startsWith(QStringLiteral("line ")));
    QVERIFY(!kept.contains(QStringLiteral("line 0:")));
}

void TestFleetHookRunner::keyCutByTheOutputBoundIsNotHalfShown_data()
{
    QTest::addColumn<bool>("lineBreakAfterKey");
    QTest::newRow("one long line") << false;
    QTest::newRow("line break after the key") << true;
}

void TestFleetHookRunner::keyCutByTheOutputBoundIsNotHalfShown()
{
    QFETCH(bool, lineBreakAfterKey);
    // The kept bytes are the key without its first character, then the filler.
    const qsizetype filler = FleetHookRunner::MaxOutputBytes - (Key.size() - 1);
    const QByteArray afterKey = lineBreakAfterKey ? QByteArray("printf '\\n'\nhead -c %1 /dev/zero | tr '\\0' y")
                                                  : QByteArray("head -c %1 /dev/zero | tr '\\0' y");
    const QString hook = script("IFS= read -r key\nhead -c 100000 /dev/zero | tr '\\0' x\nprintf '%s' \"$key\"\n" +
                                QString::fromLatin1(afterKey).arg(filler - (lineBreakAfterKey ? 1 : 0)).toUtf8());
    FleetHookRunner runner;
    const auto result = run(runner, hookOf({hook}, 600, true));
    QVERIFY(result);
    QVERIFY2(result->succeeded, qPrintable(result->message));

    QVERIFY(!result->output.contains(Key.right(8)));
    const qsizetype noteEnd = result->output.indexOf(QLatin1Char('\n'));
    QVERIFY(noteEnd > 0);
    QVERIFY(QRegularExpression(QStringLiteral("^y+$")).match(result->output.mid(noteEnd + 1)).hasMatch());
}

void TestFleetHookRunner::controlCharactersAreEscaped()
{
    const QString hook = script("printf 'a\\033[2Jb\\n\\tc\\r\\nd\\re\\n\\342\\200\\256f\\n'");
    FleetHookRunner runner;
    const auto result = run(runner, hookOf({hook}));
    QVERIFY(result);
    QVERIFY2(result->succeeded, qPrintable(result->message));
    QCOMPARE(result->output, QStringLiteral("a\\x1B[2Jb\n\\x09c\nd\\x0De\n\\u202Ef\n"));
}

void TestFleetHookRunner::programThatCannotStart_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("missing") << path(QStringLiteral("no-such-hook"));
    const QString notExecutable = path(QStringLiteral("not-executable.sh"));
    QFile file(notExecutable);
    if (file.open(QIODevice::WriteOnly) && file.write("#!/bin/sh\nexit 0\n") > 0)
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QTest::newRow("not executable") << notExecutable;
    QTest::newRow("a folder") << m_dir.path();
}

void TestFleetHookRunner::programThatCannotStart()
{
    QFETCH(QString, program);
    FleetHookRunner runner;
    QSignalSpy spy(&runner, &FleetHookRunner::finished);
    runner.start(hookOf({program}), context(), Key);
    QCOMPARE(spy.size(), 0); // never from within start()
    QVERIFY(spy.wait(WaitMs));
    QTest::qWait(300);
    QCOMPARE(spy.size(), 1);
    const FleetHookResult result = resultAt(spy, 0);
    QVERIFY(!result.succeeded);
    QCOMPARE(result.exitCode, -1);
    QVERIFY2(result.message.startsWith(QStringLiteral("The before hook for \"press-1\" could not be started: ")),
             qPrintable(result.message));
    QVERIFY(result.message.endsWith(QLatin1Char('.')));
    QVERIFY(!runner.isRunning());
}

void TestFleetHookRunner::outOfFileDescriptors()
{
    // With no file descriptor to spare, QProcess fails within start() itself (it cannot open the hook's input), unlike
    // the failed exec of the other cases, which it reports from the event loop.
    FleetHookRunner runner;
    QSignalSpy spy(&runner, &FleetHookRunner::finished);
    const FleetHook hook = hookOf({script("exit 0")});
    rlimit saved = {};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &saved), 0);
    rlimit none = saved;
    none.rlim_cur = 0;
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &none), 0);
    runner.start(hook, context(), Key);
    const qsizetype emittedWithinStart = spy.size();
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &saved), 0);
    QCOMPARE(emittedWithinStart, 0);
    QVERIFY(spy.wait(WaitMs));
    QTest::qWait(300);
    QCOMPARE(spy.size(), 1);
    QVERIFY(
        resultAt(spy, 0).message.startsWith(QStringLiteral("The before hook for \"press-1\" could not be started: ")));
}

void TestFleetHookRunner::refusals_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("reason");
    // Each would leave this file behind if it ran.
    const QString hook = script("touch \"" + path(QStringLiteral("refused-hook-ran")).toUtf8() + "\"");
    const QString keyInCommand = QStringLiteral("its command holds the device's API key. Give the hook the key on its "
                                                "standard input instead (\"key\": \"stdin\")");
    QTest::newRow("no command") << QStringList{} << QStringLiteral("it has no command");
    QTest::newRow("key as an argument") << QStringList{hook, Key} << keyInCommand;
    QTest::newRow("key in an argument") << QStringList{hook, QStringLiteral("--key=") + Key.toUpper()} << keyInCommand;
}

void TestFleetHookRunner::refusals()
{
    QFETCH(QStringList, command);
    QFETCH(QString, reason);
    FleetHookRunner runner;
    QSignalSpy spy(&runner, &FleetHookRunner::finished);
    runner.start(hookOf(command), context(), Key);
    QCOMPARE(spy.size(), 0);
    QVERIFY(!runner.isRunning());
    QVERIFY(spy.wait(WaitMs));
    QTest::qWait(300);
    QCOMPARE(spy.size(), 1);
    const FleetHookResult result = resultAt(spy, 0);
    QVERIFY(!result.succeeded);
    QCOMPARE(result.message, QStringLiteral("The before hook for \"press-1\" could not be started: %1.").arg(reason));
    QVERIFY(!result.message.contains(Key, Qt::CaseInsensitive));
    QVERIFY(!QFile::exists(path(QStringLiteral("refused-hook-ran"))));
}

void TestFleetHookRunner::cancelStopsTheHook()
{
    const QString startedFile = path(QStringLiteral("cancel-started"));
    const QString hook = script("echo started > \"$1\"\nsleep 60");
    FleetHookRunner runner;
    QSignalSpy spy(&runner, &FleetHookRunner::finished);
    runner.start(hookOf({hook, startedFile}), context(), Key);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(startedFile), WaitMs);
    QVERIFY(runner.isRunning());
    QCOMPARE(spy.size(), 0);

    runner.cancel();
    QVERIFY(spy.size() == 1 || spy.wait(WaitMs));
    QTest::qWait(300);
    runner.cancel(); // nothing runs: nothing happens
    QTest::qWait(100);
    QCOMPARE(spy.size(), 1);
    const FleetHookResult result = resultAt(spy, 0);
    QVERIFY(result.cancelled);
    QVERIFY(!result.timedOut);
    QVERIFY(!result.succeeded);
    QCOMPARE(result.message, QStringLiteral("The before hook for \"press-1\" was cancelled."));
    QVERIFY(!runner.isRunning());
}

void TestFleetHookRunner::cancelRightAfterStart()
{
    FleetHookRunner runner;
    QSignalSpy spy(&runner, &FleetHookRunner::finished);
    runner.start(hookOf({script("sleep 60")}), context(), Key);
    runner.cancel();
    QVERIFY(spy.size() == 1 || spy.wait(WaitMs));
    QTest::qWait(300);
    QCOMPARE(spy.size(), 1);
    const FleetHookResult result = resultAt(spy, 0);
    QVERIFY(result.cancelled);
    QVERIFY(!result.succeeded);
    QCOMPARE(result.message, QStringLiteral("The before hook for \"press-1\" was cancelled."));
}

void TestFleetHookRunner::startWhileRunningIsRefused()
{
    const QString startedFile = path(QStringLiteral("busy-started"));
    const QString marker = path(QStringLiteral("second-hook-ran"));
    FleetHookRunner runner;
    QSignalSpy spy(&runner, &FleetHookRunner::finished);
    runner.start(hookOf({script("echo started > \"$1\"\nsleep 60"), startedFile}), context(), Key);
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(startedFile), WaitMs);

    runner.start(hookOf({script("touch \"$1\""), marker}), context(QStringLiteral("after")), Key);
    QVERIFY(spy.wait(WaitMs));
    QCOMPARE(spy.size(), 1);
    QCOMPARE(resultAt(spy, 0).message,
             QStringLiteral("The after hook for \"press-1\" could not be started: another hook is still running."));
    QVERIFY(runner.isRunning()); // the first one still runs

    runner.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 2, WaitMs);
    QVERIFY(resultAt(spy, 1).cancelled);
    QCOMPARE(resultAt(spy, 1).message, QStringLiteral("The before hook for \"press-1\" was cancelled."));
    QVERIFY(!QFile::exists(marker));
}

void TestFleetHookRunner::destroyingTheRunnerKillsTheHook()
{
    const QString childPidFile = path(QStringLiteral("destroyed-child.pid"));
    const QString hookPidFile = path(QStringLiteral("destroyed-hook.pid"));
    const QString hook = script("sleep 60 &\necho $! > \"$1\"\necho $$ > \"$2\"\nwait");
    auto runner = std::make_unique<FleetHookRunner>();
    runner->start(hookOf({hook, childPidFile, hookPidFile}), context(), Key);
    QTRY_VERIFY_WITH_TIMEOUT(pidIn(hookPidFile) > 0, WaitMs);
    const qint64 child = pidIn(childPidFile);
    const qint64 hookPid = pidIn(hookPidFile);
    QVERIFY(child > 0);
    QVERIFY(!processGone(child));
    QVERIFY(!processGone(hookPid));

    runner.reset();
    QTRY_VERIFY_WITH_TIMEOUT(processGone(hookPid), WaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(processGone(child), WaitMs);
}

QTEST_GUILESS_MAIN(TestFleetHookRunner)
#include "tst_fleethookrunner.moc"
