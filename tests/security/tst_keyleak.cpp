// The API key, end to end: whatever way it is given, the command and the desktop application run a whole update with
// every log category switched on, and the key is then searched for in everything they wrote or showed: stdout,
// stderr, log messages, the process list, settings, reports, the clipboard, every text in the window, and the
// simulator's record of every request (all headers but apiKey). It may travel only in the apiKey header of a
// trusted connection, and never in the commission-status poll. The same holds against a device that echoes the key
// it received in every text it sends back (the echo-key fault), on every path its text takes to the user: device
// facts, refusals and their reason phrases, stage errors and their data, and answers that are not JSON.
#include "CliRun.h"
#include "DevicePage.h"
#include "KeyLeaks.h"
#include "ResultPage.h"
#include "SecretRedaction.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextEdit>

using namespace groov;
using namespace groov::test;

namespace {

constexpr double kSpeed = 400.0;

QStringList *g_messages = nullptr;

void collectMessage(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    if (g_messages)
        g_messages->append(QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ") +
                           message);
}

// Every log message of every category and level, for as long as it lives.
class MessageCollector
{
public:
    MessageCollector()
    {
        g_messages = &m_messages;
        m_previous = qInstallMessageHandler(collectMessage);
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    }
    ~MessageCollector()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
        g_messages = nullptr;
    }
    QString text() const { return m_messages.join(QLatin1Char('\n')); }
    qsizetype count() const { return m_messages.size(); }

private:
    QStringList m_messages;
    QtMessageHandler m_previous = nullptr;
};

int requestsWithKeyState(const QJsonObject &report, const QString &state)
{
    int count = 0;
    for (const QJsonValue &request : report.value(QLatin1String("requests")).toArray())
        count += request.toObject().value(QLatin1String("apiKey")).toString() == state ? 1 : 0;
    return count;
}

QByteArray commandLineOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/cmdline").arg(pid));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void addItemTexts(const QAbstractItemModel *model, const QModelIndex &parent, QStringList &texts)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                texts << index.data(role).toString();
            addItemTexts(model, index, texts);
        }
    }
}

// What a screenshot or a screen reader could show of the window: every text of every widget, shown or not,
// except the key field itself (which must be masked).
QString everyText(const QWidget &window, const QLineEdit *keyField)
{
    QStringList texts{window.windowTitle()};
    const QList<QWidget *> widgets = window.findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        texts << widget->windowTitle() << widget->toolTip() << widget->statusTip() << widget->whatsThis()
              << widget->accessibleName() << widget->accessibleDescription();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts << button->text();
        else if (const auto *line = qobject_cast<const QLineEdit *>(widget); line && line != keyField)
            texts << line->text() << line->placeholderText();
        else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
            texts << plain->toPlainText();
        else if (const auto *rich = qobject_cast<const QTextEdit *>(widget))
            texts << rich->toPlainText();
        else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
            addItemTexts(combo->model(), {}, texts);
        else if (const auto *view = qobject_cast<const QAbstractItemView *>(widget); view && view->model())
            addItemTexts(view->model(), {}, texts);
    }
    return texts.join(QLatin1Char('\n'));
}

bool onlyTheOwnerCanRead(const QString &path)
{
    constexpr QFile::Permissions kOthers =
        QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    return QFileInfo::exists(path) && (QFile::permissions(path) & kOthers) == 0;
}

} // namespace

class TestKeyLeak : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { qputenv("GROOV_API_KEY", QByteArray()); }
    void commandLineLeaksNothing_data();
    void commandLineLeaksNothing();
    void commandLineRepeatsNothingAnEchoingDeviceSays_data();
    void commandLineRepeatsNothingAnEchoingDeviceSays();
    void desktopApplicationLeaksNothing_data();
    void desktopApplicationLeaksNothing();

private:
    void runCommandAndSearch(SimHarness &sim, const QStringList &keyArguments, int expectedExit,
                             bool deviceEchoes = false);
};

namespace {

// Each row sends the device's echo of the key down another path to the user.
void addEchoRows()
{
    QTest::addColumn<QStringList>("faults");
    QTest::addColumn<UpdateOutcome>("outcome");
    const QString echo = QStringLiteral("echo-key");
    QTest::newRow("echoed in the device's facts and a whole update") << QStringList{echo} << UpdateOutcome::Succeeded;
    QTest::newRow("echoed in a refused prepare and its reason phrase")
        << QStringList{echo, QStringLiteral("status=500@prepare")} << UpdateOutcome::Failed;
    QTest::newRow("echoed in a refused chunk")
        << QStringList{echo, QStringLiteral("status=400@chunk0")} << UpdateOutcome::Failed;
    QTest::newRow("echoed in a stage's error and its data")
        << QStringList{echo, QStringLiteral("stage-error=7@install")} << UpdateOutcome::Failed;
    QTest::newRow("echoed in a status that is not JSON")
        << QStringList{echo, QStringLiteral("garbage-status=2")} << UpdateOutcome::Succeeded;
}

} // namespace

void TestKeyLeak::commandLineLeaksNothing_data()
{
    QTest::addColumn<QString>("source");
    QTest::newRow("GROOV_API_KEY") << QStringLiteral("env");
    QTest::newRow("--api-key-file") << QStringLiteral("file");
    QTest::newRow("--api-key") << QStringLiteral("argument");
}

void TestKeyLeak::commandLineLeaksNothing()
{
    QFETCH(QString, source);
    QLoggingCategory::setFilterRules(QStringLiteral("groov.sim.info=false\ngroov.sim.debug=false"));
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    const QString key = sim.device().apiKey();
    QStringList keyArguments;
    if (source == QLatin1String("file"))
        keyArguments << QStringLiteral("--api-key-file") << sim.makeFile(key.toLatin1(), QStringLiteral("api-key.txt"));
    else if (source == QLatin1String("argument"))
        keyArguments << QStringLiteral("--api-key") << key;
    runCommandAndSearch(sim, keyArguments, 0);
}

void TestKeyLeak::commandLineRepeatsNothingAnEchoingDeviceSays_data()
{
    addEchoRows();
}

void TestKeyLeak::commandLineRepeatsNothingAnEchoingDeviceSays()
{
    QFETCH(QStringList, faults);
    QFETCH(UpdateOutcome, outcome);
    QLoggingCategory::setFilterRules(QStringLiteral("groov.sim.info=false\ngroov.sim.debug=false"));
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), kSpeed);
    for (const QString &fault : faults)
        sim.addFault(fault);
    const int expectedExit = outcome == UpdateOutcome::Succeeded ? 0 : -1;
    runCommandAndSearch(sim, {}, expectedExit, true);
}

// An update through the command, with the key from the environment unless keyArguments give it; expectedExit -1 is
// any failure. Everything the command wrote or showed is then searched for the key.
void TestKeyLeak::runCommandAndSearch(SimHarness &sim, const QStringList &keyArguments, int expectedExit,
                                      bool deviceEchoes)
{
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 300'000);
    const QString key = sim.device().apiKey();

    CliRun cli;
    cli.environment().insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    QStringList extra{QStringLiteral("--json"), QStringLiteral("--verbose")};
    if (keyArguments.isEmpty())
        cli.setApiKeyInEnvironment(key);
    extra << keyArguments;

    // What `ps` shows other users, read while the command is at work.
    QByteArray processList;
    connect(&cli, &CliRun::eventReceived, this, [&] {
        if (processList.isEmpty())
            processList = commandLineOf(cli.processId());
    });
    QVERIFY2(cli.run(cliArguments(sim, firmware, extra)), qPrintable(cli.describe()));
    if (expectedExit >= 0) {
        GROOV_CLI_EXPECT_EXIT(cli, expectedExit);
    } else {
        QVERIFY2(cli.exitCode() > 0, qPrintable(cli.describe()));
    }
    QVERIFY2(processList.contains("--device"), processList.constData());

    const QJsonObject record = sim.report();
    QVERIFY(requestsWithKeyState(record, QStringLiteral("valid")) >= 2);
    QCOMPARE(requestsWithKeyState(record, QStringLiteral("invalid")), 0);
    if (expectedExit == 0) // a whole update: the keyless poll was made, and searched
        QVERIFY(sim.requestCount(QStringLiteral("commission")) >= 1);

    KeyLeaks leaks(key);
    leaks.search(QStringLiteral("stdout"), cli.standardOutput());
    leaks.search(QStringLiteral("stderr"), cli.standardError());
    leaks.search(QStringLiteral("the process list"), processList);
    leaks.searchFolder(QStringLiteral("the command's home folder"), cli.homePath());
    leaks.searchSimulatorRecord(record);
    QVERIFY2(leaks.found().isEmpty(), qPrintable(leaks.found().join(QLatin1Char('\n'))));
    // Against an echoing device the search is not empty-handed: what the device said arrived, without the key.
    if (deviceEchoes) {
        QVERIFY2(cli.standardOutput().contains(SecretRedaction::placeholder().toUtf8()), qPrintable(cli.describe()));
    }
}

void TestKeyLeak::desktopApplicationLeaksNothing_data()
{
    addEchoRows();
    QTest::newRow("a device that echoes nothing") << QStringList() << UpdateOutcome::Succeeded;
}

void TestKeyLeak::desktopApplicationLeaksNothing()
{
    QFETCH(QStringList, faults);
    QFETCH(UpdateOutcome, outcome);
    MessageCollector messages;
    WizardFixture fixture;
    for (const QString &fault : faults)
        fixture.sim.addFault(fault);
    const QString key = fixture.sim.device().apiKey();
    WizardDriver::walkToProgress(fixture, fixture.sim.makeFirmware(QStringLiteral("epic"), 300'000));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(fixture.wizard.currentId(), int(gui::UpdateWizard::ResultPageId), 60'000);
    QCOMPARE(fixture.wizard.controller().report().outcome, outcome);

    // Everything the application can write: a profile (its key goes to the keychain), both report formats, and the
    // summary on the clipboard.
    fixture.prompts.answerText(QStringLiteral("plant-epic"));
    fixture.wizard.devicePage()->findChild<QAbstractButton *>(QStringLiteral("saveProfileButton"))->click();
    QTRY_VERIFY(fixture.secrets.contains(QStringLiteral("plant-epic")));
    const QString jsonReport = fixture.dir.filePath(QStringLiteral("report.json"));
    const QString textReport = fixture.dir.filePath(QStringLiteral("report.txt"));
    QVERIFY(fixture.wizard.resultPage()->saveReport(jsonReport));
    QVERIFY(fixture.wizard.resultPage()->saveReport(textReport));
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(fixture.wizard.resultPage()->findChild<QAbstractButton *>(QStringLiteral("copySummaryButton")),
                      Qt::LeftButton);
    QVERIFY(!QGuiApplication::clipboard()->text().isEmpty());

    const auto *keyField = fixture.wizard.devicePage()->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
    QCOMPARE(keyField->echoMode(), QLineEdit::Password); // so a screenshot shows dots
    for (const QString &path : {fixture.profilesPath(), jsonReport, textReport})
        QVERIFY2(onlyTheOwnerCanRead(path), qPrintable(path + QStringLiteral(" is readable by other users")));

    const QJsonObject record = fixture.sim.report();
    QVERIFY(requestsWithKeyState(record, QStringLiteral("valid")) >= 2);
    QVERIFY(messages.count() > 20); // the collector really heard the chatter it searches

    KeyLeaks leaks(key);
    leaks.search(QStringLiteral("the log messages"), messages.text());
    leaks.searchFolder(QStringLiteral("the settings and reports folder"), fixture.dir.path());
    leaks.search(QStringLiteral("the window's texts"), everyText(fixture.wizard, keyField));
    leaks.search(QStringLiteral("the clipboard"), QGuiApplication::clipboard()->text());
    leaks.searchSimulatorRecord(record);
    QVERIFY2(leaks.found().isEmpty(), qPrintable(leaks.found().join(QLatin1Char('\n'))));
    if (!faults.isEmpty()) {
        QVERIFY2(messages.text().contains(SecretRedaction::placeholder()) ||
                     everyText(fixture.wizard, keyField).contains(SecretRedaction::placeholder()),
                 "nothing the device echoed reached the application");
    }
}

QTEST_MAIN(TestKeyLeak)
#include "tst_keyleak.moc"
