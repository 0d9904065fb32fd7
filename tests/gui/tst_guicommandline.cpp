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

private:
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
    // A technician's terminal over SSH: no X11, no Wayland, no platform chosen.
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    environment.insert(QStringLiteral("HOME"), m_home.path());
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_home.path());
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GROOV_UPDATE_GUI_BINARY), {option});
    QVERIFY2(process.waitForFinished(30'000), qPrintable(process.errorString()));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(QStringLiteral("exit %1\n%2").arg(process.exitCode()).arg(err)));
    QVERIFY2(out.contains(expected), qPrintable(out + err));
}

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_guicommandline.moc"
