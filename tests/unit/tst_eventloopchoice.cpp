#include "EventLoopChoice.h"

#include <QAbstractEventDispatcher>
#include <QTest>
#include <QThread>

#include <vector>

using namespace groov::cli;

namespace {

// argv as main() gets it: the program's name first.
struct Arguments
{
    explicit Arguments(std::initializer_list<const char *> given) : values{"groov-update"}
    {
        values.insert(values.end(), given);
    }
    int argc() const { return int(values.size()); }
    const char *const *argv() const { return values.data(); }
    std::vector<const char *> values;
};

} // namespace

class TestEventLoopChoice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { qunsetenv("QT_NO_GLIB"); }
    void cleanup() { qunsetenv("QT_NO_GLIB"); }
    void aProfileMayUseTheKeychain_data();
    void aProfileMayUseTheKeychain();
    void thePlainLoopIsChosenWithoutAProfile();
    void aProfileKeepsGlib();
    void theUsersChoiceStands();
    void threadsStartedAfterwardsRunThePlainLoop();
};

void TestEventLoopChoice::aProfileMayUseTheKeychain_data()
{
    QTest::addColumn<QList<QByteArray>>("arguments");
    QTest::addColumn<bool>("keychain");
    QTest::newRow("device and key file") << QList<QByteArray>{"--device", "10.0.0.5", "--api-key-file", "k"} << false;
    QTest::newRow("--profile NAME") << QList<QByteArray>{"--profile", "plant", "--firmware", "f.bin"} << true;
    QTest::newRow("--profile=NAME") << QList<QByteArray>{"--profile=plant"} << true;
    QTest::newRow("a file name that says profile") << QList<QByteArray>{"--firmware", "profile.bin"} << true;
    QTest::newRow("a fleet plan") << QList<QByteArray>{"--plan", "plant.json"} << true;
    QTest::newRow("--plan=FILE") << QList<QByteArray>{"--plan=plant.json", "--json"} << true;
    QTest::newRow("nothing") << QList<QByteArray>{} << false;
}

void TestEventLoopChoice::aProfileMayUseTheKeychain()
{
    QFETCH(QList<QByteArray>, arguments);
    QFETCH(bool, keychain);
    std::vector<const char *> argv{"groov-update"};
    for (const QByteArray &argument : std::as_const(arguments))
        argv.push_back(argument.constData());
    QCOMPARE(mayUseKeychain(int(argv.size()), argv.data()), keychain);
}

void TestEventLoopChoice::thePlainLoopIsChosenWithoutAProfile()
{
    const Arguments arguments{"--device", "10.0.0.5", "--firmware", "epic.bin"};
    QVERIFY(preferPlainEventLoop(arguments.argc(), arguments.argv()));
    QCOMPARE(qgetenv("QT_NO_GLIB"), QByteArray("1"));
}

void TestEventLoopChoice::aProfileKeepsGlib()
{
    const Arguments arguments{"--profile", "plant"};
    QVERIFY(!preferPlainEventLoop(arguments.argc(), arguments.argv()));
    QVERIFY(!qEnvironmentVariableIsSet("QT_NO_GLIB"));
}

void TestEventLoopChoice::theUsersChoiceStands()
{
    // Set and empty: Qt keeps GLib's loop (it tests for an empty value), and so does the command.
    qputenv("QT_NO_GLIB", QByteArray());
    const Arguments arguments{"--device", "10.0.0.5"};
    QVERIFY(!preferPlainEventLoop(arguments.argc(), arguments.argv()));
    QVERIFY(qEnvironmentVariableIsSet("QT_NO_GLIB"));
    QVERIFY(qEnvironmentVariableIsEmpty("QT_NO_GLIB"));
}

void TestEventLoopChoice::threadsStartedAfterwardsRunThePlainLoop()
{
    // Qt reads the variable when it creates a thread's event loop: QNAM's network thread starts after main() chose.
    const Arguments arguments{"--device", "10.0.0.5"};
    QVERIFY(preferPlainEventLoop(arguments.argc(), arguments.argv()));
    QThread thread;
    thread.start();
    QVERIFY(thread.eventDispatcher() || QTest::qWaitFor([&] { return thread.eventDispatcher() != nullptr; }));
    const QByteArray dispatcher = thread.eventDispatcher()->metaObject()->className();
    thread.quit();
    QVERIFY(thread.wait(10'000));
    QCOMPARE(dispatcher, QByteArray("QEventDispatcherUNIX"));
}

QTEST_GUILESS_MAIN(TestEventLoopChoice)
#include "tst_eventloopchoice.moc"
