// The Fleet window against simulated devices in-process: a mixed plan (an update that fails, a device already at the
// target, another model) ends in the right state and result on every row, the selected device's whole result in its
// details; pausing and cancelling show in the buttons and reach the run; the exported report lists every device; a
// device list in CSV becomes a plan (and a bad one changes nothing); Force and Allow downgrade reach the run; a plan
// that erases settings starts only with the typed words; the Device page opens the window.
#include "FleetProfilesDialog.h"
#include "FleetSession.h"
#include "FleetTableModel.h"
#include "FleetWindow.h"
#include "PromptScript.h"
#include "SecretStore.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"
#include "Translations.h"
#include "WizardDriver.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>
#include <vector>

using namespace groov;
using namespace groov::gui;
using namespace groov::test;

namespace {

constexpr int RunTimeout = 240'000; // a slow, shared machine: generous, never a measure
const QString kTarget = QStringLiteral("4.1.0-b.42");
const QString kModel = QStringLiteral("GRV-EPIC-PR2");

// Simulated devices and a plan file (0600, in a folder of its own) for them; each key in its own variable.
class FleetSetup
{
public:
    explicit FleetSetup(int count)
    {
        for (int i = 0; i < count; ++i)
            m_sims.push_back(std::make_unique<SimHarness>());
    }
    ~FleetSetup()
    {
        for (int i = 0; i < size(); ++i)
            qunsetenv(keyVariable(i).toLatin1());
    }

    SimHarness &sim(int index) { return *m_sims.at(std::size_t(index)); }
    void replace(int index, const QString &model, const QString &version = {})
    {
        m_sims.at(std::size_t(index)) = std::make_unique<SimHarness>(model, 200.0, version);
    }
    int size() const { return int(m_sims.size()); }
    QString folder() const { return m_folder.path(); }
    static QString name(int index) { return QStringLiteral("press-%1").arg(index); }

    QString writePlan(const QJsonObject &extra = {})
    {
        QJsonArray devices;
        for (int i = 0; i < size(); ++i) {
            qputenv(keyVariable(i).toLatin1(), sim(i).device().apiKey().toLatin1());
            devices.append(
                QJsonObject{{QStringLiteral("name"), name(i)},
                            {QStringLiteral("address"), sim(i).device().baseUrl().authority()},
                            {QStringLiteral("fingerprint"), QString::fromLatin1(sim(i).device().fingerprintSha256())},
                            {QStringLiteral("key"), QJsonObject{{QStringLiteral("env"), keyVariable(i)}}}});
        }
        QJsonObject plan{{QStringLiteral("firmware"), sim(0).makeFirmware(QStringLiteral("epic"), 300'000)},
                         {QStringLiteral("devices"), devices}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            plan.insert(it.key(), it.value());
        return writePrivate(QStringLiteral("plan.json"), QJsonDocument(plan).toJson());
    }

    // The same devices as a device list (CSV, every cell quoted), its firmware made beside it.
    QString writeDeviceList()
    {
        QByteArray csv = "Name,Address,Fingerprint,ApiKeyEnv\r\n";
        for (int i = 0; i < size(); ++i) {
            qputenv(keyVariable(i).toLatin1(), sim(i).device().apiKey().toLatin1());
            const QStringList cells{name(i), sim(i).device().baseUrl().authority(),
                                    QString::fromLatin1(sim(i).device().fingerprintSha256()), keyVariable(i)};
            csv += "\"" + cells.join(QLatin1String("\",\"")).toUtf8() + "\"\r\n";
        }
        return writePrivate(QStringLiteral("devices.csv"), csv);
    }
    QString writePrivate(const QString &fileName, const QByteArray &contents)
    {
        const QString path = m_folder.filePath(fileName);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(contents) < 0 ||
            !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
            qFatal("cannot write %s", qPrintable(fileName));
        return path;
    }

    int prepares(int index) { return sim(index).requestCount(QStringLiteral("/prepare")); }
    QStringList keys()
    {
        QStringList list;
        for (int i = 0; i < size(); ++i)
            list.append(sim(i).device().apiKey());
        return list;
    }

private:
    static QString keyVariable(int index) { return QStringLiteral("GROOV_FLEETWINDOW_KEY_%1").arg(index); }

    std::vector<std::unique_ptr<SimHarness>> m_sims;
    QTemporaryDir m_folder;
};

// A Fleet window over an empty profile store and an in-memory keychain, the engine's waits compressed.
struct WindowFixture
{
    QTemporaryDir dir;
    MemorySecretStore keychain;
    FleetWindow window{ProfileStore(dir.filePath(QStringLiteral("profiles.ini"))), &keychain};

    WindowFixture()
    {
        window.session().setTimings(SimHarness::fastTimings());
        window.resize(1200, 720);
        window.show();
    }

    QPushButton *button(const char *name) { return window.findChild<QPushButton *>(QLatin1String(name)); }
    QCheckBox *check(const char *name) { return window.findChild<QCheckBox *>(QLatin1String(name)); }
    QString summary() { return window.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(); }
    QTableView *table() { return window.findChild<QTableView *>(QStringLiteral("deviceTable")); }
    QString cell(int row, int column) { return table()->model()->index(row, column).data().toString(); }
    FleetDeviceState state(int row)
    {
        return table()->model()->index(row, 0).data(FleetTableModel::StateRole).value<FleetDeviceState>();
    }
    bool finished()
    {
        const FleetRun *run = window.session().run();
        return run && run->stage() == FleetRun::Stage::Finished;
    }
    // Every text the window shows: the table's cells, the log, the summary.
    QString shownText()
    {
        QString text;
        for (int row = 0; row < table()->model()->rowCount(); ++row)
            for (int column = 0; column < FleetTableModel::ColumnCount; ++column)
                text += cell(row, column) + QLatin1Char('\n');
        for (const QLabel *label : window.findChildren<QLabel *>())
            text += label->text() + QLatin1Char('\n');
        return text + window.findChild<QPlainTextEdit *>(QStringLiteral("logView"))->toPlainText();
    }
};

// Calls act() once, when the first device of the window's run begins to prepare its device (it holds a turn to upload
// then; the checks end in any order, so which device that is, is found, not assumed). Returns where its index goes.
std::shared_ptr<int> atFirstPrepare(FleetWindow &window, std::function<void()> act)
{
    auto first = std::make_shared<int>(-1);
    QObject::connect(&window.session(), &FleetSession::runStarted, &window, [first, act](FleetRun *run) {
        QObject::connect(run, &FleetRun::deviceChanged, run, [run, first, act](int index) {
            if (*first < 0 && run->status(index).timeline.state(UpdateStep::Prepare) != StepState::Pending) {
                *first = index;
                act();
            }
        });
    });
    return first;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFleetWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("groov.*.debug=false\ngroov.*.info=false"));
        // The history is appended where this test can read it, never into the user's own.
        QVERIFY(m_data.isValid());
        qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit());
        // English as the application installs it, with its plural forms: these runs make the screenshots.
        QVERIFY(m_english.install(QStringLiteral("en")));
    }
    void aMixedRunEndsInTheRightStateOnEveryRow();
    void pauseAndResumeShowInTheButtonsAndHoldNewUploads();
    void cancelAsksWithTheRunsWordsAndStopsTheRest();
    void aBadPlanIsRefusedNamingItsField();
    void aDeviceListBecomesAPlanThroughTheDevicesDialog();
    void aBadDeviceListChangesNothing();
    void forceAndAllowDowngradeReachTheNextRun();
    void aPlanThatErasesSettingsStartsOnlyWithTheTypedWords();
    void theDevicePageOpensTheFleetWindow();

private:
    QTemporaryDir m_data;
    groov::Translations m_english;
};

void TestFleetWindow::aMixedRunEndsInTheRightStateOnEveryRow()
{
    PromptScript prompts;
    FleetSetup fleet(6);
    fleet.sim(1).addFault(QStringLiteral("stage-error=8@decrypt"));
    fleet.replace(2, kModel, kTarget);                    // already at the target
    fleet.replace(3, QStringLiteral("GRV-R7-MM1001-10")); // another model than the plan's
    QJsonObject plan{{QStringLiteral("targetVersion"), kTarget},
                     {QStringLiteral("concurrency"), 2},
                     {QStringLiteral("maxFailures"), 3}};
    const QString path = fleet.writePlan(plan);
    // Every device must be the plan's model.
    {
        QJsonObject json = QJsonDocument::fromJson(readAll(path)).object();
        QJsonArray devices = json.value(QLatin1String("devices")).toArray();
        for (int i = 0; i < devices.size(); ++i) {
            QJsonObject device = devices.at(i).toObject();
            device.insert(QStringLiteral("model"), kModel);
            devices.replace(i, device);
        }
        json.insert(QStringLiteral("devices"), devices);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
    }

    WindowFixture f;
    QVERIFY(f.window.importPlan(path));
    QCOMPARE(f.table()->model()->rowCount(), 6);
    QCOMPARE(f.cell(4, FleetTableModel::Name), FleetSetup::name(4));
    QVERIFY(f.button("startButton")->isEnabled());
    QVERIFY(!f.button("exportButton")->isEnabled());

    f.button("startButton")->click();
    // Mid-run: the second wave uploads; its device's row has a bar and its steps are in the details.
    QTRY_VERIFY_WITH_TIMEOUT(f.window.session().run() &&
                                 f.window.session().run()->status(0).state == FleetDeviceState::Succeeded,
                             RunTimeout);
    f.window.selectDevice(4);
    QTRY_VERIFY_WITH_TIMEOUT(
        f.table()->model()->index(4, FleetTableModel::Step).data(FleetTableModel::ProgressRole).toInt() >= 0 ||
            f.finished(),
        RunTimeout);
    WizardDriver::grabIfAsked(f.window, QStringLiteral("fleet-window-running"));

    QTRY_VERIFY_WITH_TIMEOUT(f.finished(), RunTimeout);
    const auto expect = [&f](int row, FleetDeviceState state, const QString &why) {
        QCOMPARE(f.state(row), state);
        QCOMPARE(f.cell(row, FleetTableModel::State), fleetDeviceStateName(state));
        QVERIFY2(f.cell(row, FleetTableModel::Result).contains(why, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("row %1: %2").arg(row).arg(f.cell(row, FleetTableModel::Result))));
    };
    for (const int row : {0, 4, 5}) {
        QCOMPARE(f.state(row), FleetDeviceState::Succeeded);
        QCOMPARE(f.cell(row, FleetTableModel::Version), QStringLiteral("3.6.0-b.105 → %1").arg(kTarget));
        QCOMPARE(fleet.sim(row).device().firmwareVersion(), kTarget);
    }
    expect(1, FleetDeviceState::Failed, QStringLiteral("decrypt"));
    QCOMPARE(f.cell(1, FleetTableModel::Step), UpdateTimeline::stepName(UpdateStep::Decrypt));
    expect(2, FleetDeviceState::Skipped, QStringLiteral("already runs %1").arg(kTarget));
    QCOMPARE(fleet.prepares(2), 0);
    expect(3, FleetDeviceState::Failed, QStringLiteral("GRV-R7-MM1001-10"));
    QCOMPARE(fleet.prepares(3), 0);
    QCOMPARE(f.window.session().run()->outcome(), FleetOutcome::Failed);
    QVERIFY(!f.button("pauseButton")->isEnabled());
    QVERIFY(!f.button("cancelButton")->isEnabled());
    QVERIFY(f.button("startButton")->isEnabled());

    // The failed device's details: its steps up to the failed one, its log, and its whole result, which the table's
    // cell shows cut.
    f.window.selectDevice(1);
    QCOMPARE(f.window.findChild<QGroupBox *>(QStringLiteral("detailsGroup"))->title(),
             QStringLiteral("Details: %1").arg(FleetSetup::name(1)));
    QVERIFY(!f.window.findChild<QPlainTextEdit *>(QStringLiteral("logView"))->toPlainText().isEmpty());
    const auto *result = f.window.findChild<QLabel *>(QStringLiteral("resultLabel"));
    const QString message = f.window.session().run()->status(1).message;
    QVERIFY2(message.size() > 100, qPrintable(message)); // long: more than the Result column shows
    QCOMPARE(result->text(), QStringLiteral("Result: %1").arg(message));
    QVERIFY(result->isVisible());
    QVERIFY(result->wordWrap());
    WizardDriver::grabIfAsked(f.window, QStringLiteral("fleet-window-done"));
    // Another device's, as the selection moves.
    f.window.selectDevice(3);
    QCOMPARE(result->text(), QStringLiteral("Result: %1").arg(f.window.session().run()->status(3).message));

    // No key anywhere the window shows.
    const QString shown = f.shownText();
    for (const QString &key : fleet.keys())
        QVERIFY2(!shown.contains(key), "a key is shown");

    // The history has a line per update that ran (the two checked-out devices had none).
    QTRY_COMPARE_WITH_TIMEOUT(readAll(m_data.filePath(QStringLiteral("groov-update/history.jsonl"))).count('\n'),
                              qsizetype(4), 30'000);

    // Export: a JSON and a CSV, each listing every device.
    const QString reportPath = fleet.folder() + QStringLiteral("/report.json");
    prompts.answerFile(reportPath);
    QVERIFY(f.button("exportButton")->isEnabled());
    f.button("exportButton")->click();
    const QString csvPath = fleet.folder() + QStringLiteral("/report.csv");
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(reportPath) && QFile::exists(csvPath), 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(f.shownText().contains(csvPath), 30'000);
    const QJsonArray devices =
        QJsonDocument::fromJson(readAll(reportPath)).object().value(QLatin1String("devices")).toArray();
    QCOMPARE(devices.size(), 6);
    const QString csv = QString::fromUtf8(readAll(csvPath));
    for (int i = 0; i < 6; ++i) {
        QCOMPARE(devices.at(i).toObject().value(QLatin1String("name")).toString(), FleetSetup::name(i));
        QVERIFY2(csv.contains(FleetSetup::name(i) + QLatin1Char(',')), qPrintable(csv));
    }
    QCOMPARE(QFile::permissions(reportPath) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestFleetWindow::pauseAndResumeShowInTheButtonsAndHoldNewUploads()
{
    FleetSetup fleet(3);
    const QString path = fleet.writePlan({{QStringLiteral("waves"), QJsonArray{QStringLiteral("100%")}}});
    WindowFixture f;
    QVERIFY(f.window.importPlan(path));
    QPushButton *pause = f.button("pauseButton");
    QVERIFY(!pause->isEnabled());
    // Paused by its button as soon as the first device holds the one turn to upload.
    const auto first = atFirstPrepare(f.window, [pause] {
        QVERIFY(pause->isEnabled());
        pause->click();
    });
    f.button("startButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(*first >= 0, RunTimeout);
    QCOMPARE(pause->text(), QStringLiteral("&Resume"));
    QVERIFY(f.window.session().isPaused());

    // That device goes on to its end; the others wait without a word to their devices.
    QTRY_VERIFY_WITH_TIMEOUT(f.state(*first) == FleetDeviceState::Succeeded, RunTimeout);
    for (int row = 0; row < 3; ++row) {
        if (row == *first)
            continue;
        QCOMPARE(fleet.prepares(row), 0);
        QCOMPARE(f.state(row), FleetDeviceState::Updating);
        // Checked, and no further: its prepare waits for the turn, and the table says so.
        QCOMPARE(f.cell(row, FleetTableModel::Step), QStringLiteral("Waiting to upload"));
    }
    QVERIFY(!f.finished());
    WizardDriver::grabIfAsked(f.window, QStringLiteral("fleet-window-paused"));

    pause->click();
    QCOMPARE(pause->text(), QStringLiteral("Pa&use new starts"));
    QTRY_VERIFY_WITH_TIMEOUT(f.finished(), RunTimeout);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(f.state(row), FleetDeviceState::Succeeded);
    QVERIFY(!pause->isEnabled());
}

void TestFleetWindow::cancelAsksWithTheRunsWordsAndStopsTheRest()
{
    PromptScript prompts;
    FleetSetup fleet(3);
    const QString path = fleet.writePlan({{QStringLiteral("waves"), QJsonArray{QStringLiteral("100%")}}});
    WindowFixture f;
    QVERIFY(f.window.importPlan(path));
    QString consequence;
    const auto first = atFirstPrepare(f.window, [&f, &prompts, &consequence] {
        consequence = f.window.session().interruptConsequence();
        prompts.answerConfirmation(true);
        f.button("cancelButton")->click();
    });
    f.button("startButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(*first >= 0, RunTimeout);
    QVERIFY(!consequence.isEmpty());
    QCOMPARE(prompts.confirmations().size(), 1);
    QCOMPARE(prompts.confirmations().first().consequence, consequence);

    QTRY_VERIFY_WITH_TIMEOUT(f.finished(), RunTimeout);
    QCOMPARE(f.window.session().run()->outcome(), FleetOutcome::Cancelled);
    for (int row = 0; row < 3; ++row) {
        if (row == *first)
            continue;
        QCOMPARE(f.state(row), FleetDeviceState::NotStarted);
        QVERIFY(f.cell(row, FleetTableModel::Result).contains(QLatin1String("interrupted")));
        QCOMPARE(fleet.prepares(row), 0);
    }
    QVERIFY(!f.button("cancelButton")->isEnabled());
}

void TestFleetWindow::aBadPlanIsRefusedNamingItsField()
{
    PromptScript prompts;
    FleetSetup fleet(1);
    const QString path = fleet.writePlan({{QStringLiteral("concurency"), 2}});
    WindowFixture f;
    QVERIFY(!f.window.importPlan(path));
    QCOMPARE(prompts.warnings().size(), 1);
    QVERIFY2(prompts.warnings().first().text.contains(QLatin1String("concurency")),
             qPrintable(prompts.warnings().first().text));
    QCOMPARE(f.table()->model()->rowCount(), 0);
    QVERIFY(!f.button("startButton")->isEnabled());
}

void TestFleetWindow::aDeviceListBecomesAPlanThroughTheDevicesDialog()
{
    PromptScript prompts;
    FleetSetup fleet(2);
    const QString list = fleet.writeDeviceList();
    const QString firmware = fleet.sim(0).makeFirmware(QStringLiteral("epic"), 300'000);
    WindowFixture f;
    prompts.answerFile(list);
    f.button("csvButton")->click();
    QCOMPARE(prompts.fileQuestions().size(), 1);
    // The devices go through the dialog where saved profiles go: the firmware and options are chosen there.
    auto *dialog = f.window.findChild<FleetProfilesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *devices = dialog->findChild<QListWidget *>(QStringLiteral("profileList"));
    QCOMPARE(devices->count(), 2);
    QVERIFY(devices->item(1)->text().startsWith(FleetSetup::name(1)));
    dialog->findChild<QLineEdit *>(QStringLiteral("firmwareEdit"))->setText(firmware);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!f.window.findChild<FleetProfilesDialog *>());
    QCOMPARE(f.table()->model()->rowCount(), 2);
    QCOMPARE(f.cell(0, FleetTableModel::Name), FleetSetup::name(0));
    QCOMPARE(f.cell(1, FleetTableModel::Address), fleet.sim(1).device().baseUrl().authority());

    // Each device's key from its variable, its certificate pinned by the list's fingerprint.
    f.button("startButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(f.finished(), RunTimeout);
    QCOMPARE(f.window.session().run()->outcome(), FleetOutcome::Succeeded);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(f.state(row), FleetDeviceState::Succeeded);
        QCOMPARE(fleet.sim(row).device().firmwareVersion(), kTarget);
    }
}

void TestFleetWindow::aBadDeviceListChangesNothing()
{
    PromptScript prompts;
    FleetSetup fleet(1);
    WindowFixture f;
    QVERIFY(f.window.importPlan(fleet.writePlan()));
    const QString list =
        fleet.writePrivate(QStringLiteral("typo.csv"), "name,adress\r\n\"Press, line 2\",10.0.0.1\r\n");
    prompts.answerFile(list);
    f.button("csvButton")->click();
    // The list's own message, in the window's summary in the red of errors; no dialog, and the plan shown stays.
    QVERIFY2(f.summary().contains(QLatin1String("color:#c62828")) &&
                 f.summary().contains(QLatin1String("CSV line 1, column &quot;adress&quot;")),
             qPrintable(f.summary()));
    QCOMPARE(prompts.warnings().size(), 1);
    QVERIFY(!f.window.findChild<FleetProfilesDialog *>());
    QCOMPARE(f.table()->model()->rowCount(), 1);
    QCOMPARE(f.cell(0, FleetTableModel::Name), FleetSetup::name(0));
    QCOMPARE(f.window.session().plan().devices.size(), 1);
    QVERIFY(f.button("startButton")->isEnabled());
}

void TestFleetWindow::forceAndAllowDowngradeReachTheNextRun()
{
    FleetSetup fleet(2);
    fleet.replace(0, kModel, kTarget);                 // already at the target
    fleet.replace(1, kModel, QStringLiteral("5.0.0")); // newer than the target
    WindowFixture f;
    QVERIFY(f.window.importPlan(fleet.writePlan({{QStringLiteral("targetVersion"), kTarget},
                                                 {QStringLiteral("maxFailures"), 2},
                                                 {QStringLiteral("waves"), QJsonArray{QStringLiteral("100%")}}})));
    QCheckBox *force = f.check("forceCheck");
    QCheckBox *downgrade = f.check("downgradeCheck");
    for (QCheckBox *box : {force, downgrade}) {
        QVERIFY(!box->isChecked());
        QVERIFY(box->isEnabled());
        QVERIFY(!box->toolTip().isEmpty());
        QVERIFY(!box->accessibleName().isEmpty());
    }
    // Each run with its choices, and what becomes of each device (already at the target, newer) and how many
    // prepare requests it has had by then.
    struct Case
    {
        bool force;
        bool allowDowngrade;
        FleetDeviceState atTarget;
        int atTargetPrepares;
        FleetDeviceState newer;
        int newerPrepares;
    };
    const Case cases[] = {
        // Neither: both skipped, nothing sent.
        {false, false, FleetDeviceState::Skipped, 0, FleetDeviceState::Skipped, 0},
        // Force: the device at the target is updated again; the newer one still skipped.
        {true, false, FleetDeviceState::Succeeded, 1, FleetDeviceState::Skipped, 0},
        // Allow downgrade alone: the newer device gets the older firmware; the one at the target is skipped again.
        {false, true, FleetDeviceState::Skipped, 1, FleetDeviceState::Succeeded, 1},
    };
    for (const Case &run : cases) {
        force->setChecked(run.force);
        downgrade->setChecked(run.allowDowngrade);
        f.button("startButton")->click();
        QVERIFY(f.window.session().isBusy());
        // The choices belong to the run that started: not changeable while it goes on.
        QVERIFY(!force->isEnabled());
        QVERIFY(!downgrade->isEnabled());
        // Not f.finished(): until the keys are found, the run shown is the one before.
        QTRY_VERIFY_WITH_TIMEOUT(!f.window.session().isBusy(), RunTimeout);
        QVERIFY(f.finished());
        QVERIFY(force->isEnabled() && downgrade->isEnabled());
        QCOMPARE(f.state(0), run.atTarget);
        QCOMPARE(fleet.prepares(0), run.atTargetPrepares);
        QCOMPARE(f.state(1), run.newer);
        QCOMPARE(fleet.prepares(1), run.newerPrepares);
    }
    QCOMPARE(fleet.sim(1).device().firmwareVersion(), kTarget);
}

void TestFleetWindow::aPlanThatErasesSettingsStartsOnlyWithTheTypedWords()
{
    PromptScript prompts;
    FleetSetup fleet(1);
    WindowFixture f;
    QVERIFY(f.window.importPlan(fleet.writePlan({{QStringLiteral("preserveSettings"), false}})));

    // Words other than those asked: not started, and not a single request to the device.
    prompts.answerText(QStringLiteral("erase"));
    f.button("startButton")->click();
    QCOMPARE(prompts.textQuestions().size(), 1);
    const QString label = prompts.textQuestions().first().label;
    const QString words = label.mid(label.lastIndexOf(QLatin1String("type: ")) + 6);
    QVERIFY2(words.startsWith(QLatin1String("erase 1 device")), qPrintable(label));
    QVERIFY(!f.window.session().run());
    QVERIFY(!f.window.session().isBusy());
    QVERIFY2(f.summary().contains(QLatin1String("not confirmed")), qPrintable(f.summary()));
    QCOMPARE(fleet.sim(0).requestCount(), 0);

    // Cancelled: the same.
    prompts.answerText(QString());
    f.button("startButton")->click();
    QVERIFY(!f.window.session().run());
    QCOMPARE(fleet.sim(0).requestCount(), 0);

    // The exact words: it runs, and the device is told not to preserve its settings.
    prompts.answerText(words);
    f.button("startButton")->click();
    QCOMPARE(prompts.textQuestions().size(), 3);
    QTRY_VERIFY_WITH_TIMEOUT(f.finished(), RunTimeout);
    QCOMPARE(fleet.prepares(0), 1);
    const QJsonObject prepare = fleet.sim(0).report().value(QLatin1String("prepare")).toArray().at(0).toObject();
    QCOMPARE(prepare.value(QLatin1String("preserveSettings")).toBool(true), false);
}

void TestFleetWindow::theDevicePageOpensTheFleetWindow()
{
    WizardFixture fixture;
    fixture.wizard.show();
    auto *fleetButton = fixture.wizard.findChild<QPushButton *>(QStringLiteral("fleetButton"));
    QVERIFY(fleetButton);
    QVERIFY(!fleetButton->accessibleName().isEmpty());
    fleetButton->click();
    FleetWindow *window = nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *fleetWindow = qobject_cast<FleetWindow *>(widget); fleetWindow && fleetWindow->isVisible())
            window = fleetWindow;
    }
    QVERIFY(window);
    QVERIFY(!window->isModal());
    // Once open, the same button brings the same window forward.
    fleetButton->click();
    int open = 0;
    for (QWidget *widget : QApplication::topLevelWidgets())
        open += qobject_cast<FleetWindow *>(widget) && widget->isVisible() ? 1 : 0;
    QCOMPARE(open, 1);
    window->close();
}

QTEST_MAIN(TestFleetWindow)
#include "tst_fleetwindow.moc"
