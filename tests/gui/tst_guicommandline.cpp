// groov-update-gui's command line, run as a program: what needs no window must need no display.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class TestGuiCommandLine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helpNeedsNoDisplay_data();
    void helpNeedsNoDisplay();
    void benchmarkProbeEndsOnceShown();

private:
    QProcessEnvironment bareEnvironment() const;

    QTemporaryDir m_home;
};

void TestGuiCommandLine::helpNeedsNoDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("Usage: ");
    QTest::newRow("-h") << QStringLiteral("-h") << QStringLiteral("--firmware <FILE>");
    QTest::newRow("--version") << QStringLiteral("--version") << QStringLiteral("groov-update-gui ");
}

void TestGuiCommandLine::helpNeedsNoDisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QVERIFY(m_home.isValid());
    QProcess process;
    process.setProcessEnvironment(bareEnvironment());
    process.start(QStringLiteral(GROOV_UPDATE_GUI_BINARY), {option});
    QVERIFY2(process.waitForFinished(30'000), qPrintable(process.errorString()));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(QStringLiteral("exit %1\n%2").arg(process.exitCode()).arg(err)));
    QVERIFY2(out.contains(expected), qPrintable(out + err));
}

// bench/gui.sh times the start-up from outside: with the probe asked for, the program ends once its window is shown.
void TestGuiCommandLine::benchmarkProbeEndsOnceShown()
{
    QVERIFY(m_home.isValid());
    QProcessEnvironment environment = bareEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("GROOV_BENCH_PROBE"), QStringLiteral("exit-when-shown"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GROOV_UPDATE_GUI_BINARY), QStringList());
    QVERIFY2(process.waitForFinished(60'000), qPrintable(process.errorString()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

// A technician's terminal over SSH: no X11, no Wayland, no platform chosen.
QProcessEnvironment TestGuiCommandLine::bareEnvironment() const
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    // A sanitizer build's settings (scripts/test --sanitize) reach the program, its leak suppressions included.
    const QProcessEnvironment ours = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {QStringLiteral("ASAN_OPTIONS"), QStringLiteral("LSAN_OPTIONS"), QStringLiteral("UBSAN_OPTIONS")}) {
        if (ours.contains(name))
            environment.insert(name, ours.value(name));
    }
    return environment;
}

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_guicommandline.moc"
