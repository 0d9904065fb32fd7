// The desktop application as a keyboard and screen-reader user meets it (issue 15): every page of an update against
// the in-process simulator, a successful one and a failed one, and every dialog, each audited (AccessibilityAudit:
// accessible names, Tab, reading order, accelerators, buddies, keyboard-selectable text, the API key kept out of
// accessible text, Escape); the stages announced in order; and the states said in words, not only in colour.
#include "AboutDialog.h"
#include "AccessibilityAudit.h"
#include "DevicePage.h"
#include "ErrorMarkup.h"
#include "FactoryResetConfirmation.h"
#include "FleetProfilesDialog.h"
#include "FleetWindow.h"
#include "ProfilesDialog.h"
#include "ProgressPage.h"
#include "SettingsDialog.h"
#include "SimulatedDevice.h"
#include "StepAnnouncer.h"
#include "StepListModel.h"
#include "UpdateSummary.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTimer>

using namespace groov;
using namespace groov::gui;
using namespace groov::test;

namespace {

// What the Progress page's announcer says, in order, each with what a screen reader reads from the label then (its
// accessible name). Qt 6.4 sends no accessible event while no assistive technology is active, and the offscreen
// platform has none (QAccessible::installUpdateHandler sees nothing there): the announcer's own signal is observed.
struct Announcements
{
    QStringList texts;
    QStringList heard;

    explicit Announcements(UpdateWizard &wizard)
    {
        auto *announcer = wizard.findChild<StepAnnouncer *>();
        auto *label = wizard.findChild<QLabel *>(QStringLiteral("stageLabel"));
        if (!announcer || !label)
            return;
        QObject::connect(announcer, &StepAnnouncer::announced, announcer, [this, label](const QString &text) {
            texts << text;
            heard << QAccessible::queryAccessibleInterface(label)->text(QAccessible::Name);
        });
    }
};

// QtTest cuts a failure's message at 1 KB: each problem is printed whole on a line of its own first.
bool reportedNone(const QStringList &problems)
{
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
    return problems.isEmpty();
}

QStringList lines(const QString &screen, const QStringList &problems)
{
    QStringList prefixed;
    for (const QString &problem : problems)
        prefixed << screen + QStringLiteral(": ") + problem;
    return prefixed;
}

// Runs an update of the simulated EPIC from the Device page until the Result page shows; the caller checks
// QTest::currentTestFailed() after it.
void updateToTheResult(WizardFixture &fixture)
{
    const QString firmware =
        fixture.sim.makeFirmware(QStringLiteral("epic"), 3'000'000, QStringLiteral("GRV-EPIC-firmware-4.1.0-b.42.bin"));
    WizardDriver::walkToProgress(fixture, firmware);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(fixture.wizard.currentId(), int(UpdateWizard::ResultPageId), 60'000);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init() { qputenv("GROOV_API_KEY", QByteArray()); }
    void everyScreenOfASuccessfulUpdate();
    void everyScreenOfAFailedFactoryResetUpdate();
    void theDialogs();
    void theApiKeyIsReadOnlyWhenShown();
    void stagesAreAnnouncedInOrder();
    void aFailureIsAnnounced();
    void stepStatesAreWordsBesideTheIcons();
    void errorsCarryAWordNotOnlyRed();

private:
    // The wizard's current page, and the certificate dialog, audited as the walk meets them.
    void walkAndAudit(WizardFixture &fixture, const WizardDriver::Walk &base, QStringList &problems);
    QStringList auditWizard(UpdateWizard &wizard, const QString &screen, const QString &key);
    static QStringList auditDialog(QDialog &dialog, const QString &screen, const QString &key = {});
};

QStringList TestAccessibility::auditWizard(UpdateWizard &wizard, const QString &screen, const QString &key)
{
    AccessibilityAudit audit(wizard);
    audit.setSecret(key);
    audit.setReadingOrderScope(wizard.currentPage());
    return lines(screen, audit.problems());
}

QStringList TestAccessibility::auditDialog(QDialog &dialog, const QString &screen, const QString &key)
{
    AccessibilityAudit audit(dialog);
    audit.setSecret(key);
    QStringList problems = lines(screen, audit.problems());
    return problems + lines(screen, AccessibilityAudit::escapeProblems(dialog));
}

void TestAccessibility::walkAndAudit(WizardFixture &fixture, const WizardDriver::Walk &base, QStringList &problems)
{
    const QString key = fixture.sim.device().apiKey();
    WizardDriver::Walk walk = base;
    walk.visit = [this, &problems, &key, &fixture](QWidget &window, const QString &screen) {
        if (auto *trust = qobject_cast<TrustDialog *>(&window))
            problems << auditDialog(*trust, screen, key);
        else
            problems << auditWizard(fixture.wizard, screen, key);
    };
    const QString firmware =
        fixture.sim.makeFirmware(QStringLiteral("epic"), 3'000'000, QStringLiteral("GRV-EPIC-firmware-4.1.0-b.42.bin"));
    WizardDriver::walkToProgress(fixture, firmware, walk);
}

void TestAccessibility::everyScreenOfASuccessfulUpdate()
{
    WizardFixture fixture;
    QStringList problems;
    walkAndAudit(fixture, {}, problems);
    if (QTest::currentTestFailed())
        return;
    const QString key = fixture.sim.device().apiKey();
    QTRY_VERIFY_WITH_TIMEOUT(fixture.wizard.controller().phase() >= UpdatePhase::Upload, 30'000);
    problems << auditWizard(fixture.wizard, QStringLiteral("progress"), key);
    QTRY_COMPARE_WITH_TIMEOUT(fixture.wizard.currentId(), int(UpdateWizard::ResultPageId), 60'000);
    QCOMPARE(fixture.wizard.controller().report().outcome, UpdateOutcome::Succeeded);
    problems << auditWizard(fixture.wizard, QStringLiteral("result (succeeded)"), key);
    QVERIFY2(reportedNone(problems), "accessibility problems, listed above");
}

void TestAccessibility::everyScreenOfAFailedFactoryResetUpdate()
{
    WizardFixture fixture;
    fixture.sim.addFault(QStringLiteral("stage-error=8@decrypt"));
    WizardDriver::Walk walk;
    walk.preserveSettings = false; // the Review page's typed confirmation is on screen
    QStringList problems;
    walkAndAudit(fixture, walk, problems);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(fixture.wizard.currentId(), int(UpdateWizard::ResultPageId), 60'000);
    QCOMPARE(fixture.wizard.controller().report().outcome, UpdateOutcome::Failed);
    problems << auditWizard(fixture.wizard, QStringLiteral("result (failed)"), fixture.sim.device().apiKey());
    QVERIFY2(reportedNone(problems), "accessibility problems, listed above");
}

void TestAccessibility::theDialogs()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));
    DeviceProfile profile;
    profile.name = QStringLiteral("press line");
    profile.address = QStringLiteral("10.0.0.5");
    QVERIFY(profiles.save(profile).ok());
    QStringList problems;

    SettingsDialog settings;
    problems << auditDialog(settings, QStringLiteral("Settings"));
    AboutDialog about;
    problems << auditDialog(about, QStringLiteral("About"));
    ProfilesDialog profilesDialog(profiles, secrets);
    problems << auditDialog(profilesDialog, QStringLiteral("Profiles"));
    FleetProfilesDialog fleetProfiles(profiles);
    problems << auditDialog(fleetProfiles, QStringLiteral("Fleet profiles"));

    FleetWindow fleet(profiles, &secrets);
    AccessibilityAudit fleetAudit(fleet);
    problems << lines(QStringLiteral("Fleet"), fleetAudit.problems());

    // The factory reset of a fleet is confirmed by typing, in Qt's own text dialog: audited while it is open.
    QTimer::singleShot(0, this, [&problems] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            problems << QStringLiteral("Factory reset confirmation: not shown");
            return;
        }
        problems << auditDialog(*dialog, QStringLiteral("Factory reset confirmation"));
    });
    QVERIFY(!FactoryResetConfirmation::askForFleet(&fleet, 3)); // Escape answered it: nothing confirmed
    QVERIFY2(reportedNone(problems), "accessibility problems, listed above");
}

void TestAccessibility::theApiKeyIsReadOnlyWhenShown()
{
    // Typed into the hidden field, no accessible text of the window holds the key. "Show" puts it on screen, and only
    // then may a screen reader read it too (the field's value): a choice the user makes for both at once.
    WizardFixture fixture;
    const QString key = fixture.sim.device().apiKey();
    fixture.wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fixture.wizard));
    auto *keyEdit = fixture.wizard.devicePage()->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
    auto *show = fixture.wizard.devicePage()->findChild<QCheckBox *>(QStringLiteral("showKeyCheck"));
    QVERIFY(keyEdit && show);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QTest::keyClicks(keyEdit, key);
    QCOMPARE(keyEdit->text(), key);
    AccessibilityAudit hidden(fixture.wizard);
    hidden.setSecret(key);
    const QStringList problems = hidden.problems();
    QVERIFY2(reportedNone(problems), "accessibility problems, listed above");

    show->setChecked(true);
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Normal);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(keyEdit);
    QCOMPARE(accessible->text(QAccessible::Value), key); // on screen, and so to a screen reader
    QVERIFY(!accessible->text(QAccessible::Name).contains(key));
    QVERIFY(!accessible->text(QAccessible::Description).contains(key));
    show->setChecked(false);
    QVERIFY(!accessible->text(QAccessible::Value).contains(key));
}

void TestAccessibility::stagesAreAnnouncedInOrder()
{
    WizardFixture fixture;
    const Announcements announcements(fixture.wizard);
    updateToTheResult(fixture);
    if (QTest::currentTestFailed())
        return;
    const UpdateReport &report = fixture.wizard.controller().report();
    QCOMPARE(report.outcome, UpdateOutcome::Succeeded);

    const QStringList announced = announcements.texts;
    QCOMPARE(announcements.heard, announced); // the label's accessible name is the sentence when it is announced
    QVERIFY2(announced.size() >= 4, qPrintable(announced.join(QLatin1Char('\n'))));
    // Steps as they started, forward only (a stage the device went through between two polls is never seen
    // running), then how the update ended.
    QCOMPARE(announced.first(), QStringLiteral("Step 1 of 12: Check device — running"));
    int previous = -1;
    for (const QString &sentence : announced.mid(0, announced.size() - 1)) {
        int step = 0;
        while (step < StepListModel::StepCount &&
               sentence != StepAnnouncer::sentence(static_cast<UpdateStep>(step), StepState::Running))
            ++step;
        QVERIFY2(step < StepListModel::StepCount, qPrintable(QStringLiteral("not a step starting: ") + sentence));
        QVERIFY2(step > previous, qPrintable(announced.join(QLatin1Char('\n'))));
        previous = step;
    }
    QCOMPARE(announced.constLast(), UpdateSummary(report).headline());
}

void TestAccessibility::aFailureIsAnnounced()
{
    WizardFixture fixture;
    fixture.sim.addFault(QStringLiteral("stage-error=8@decrypt"));
    const Announcements announcements(fixture.wizard);
    updateToTheResult(fixture);
    if (QTest::currentTestFailed())
        return;
    const UpdateReport &report = fixture.wizard.controller().report();
    QCOMPARE(report.outcome, UpdateOutcome::Failed);
    const auto failed = report.timeline.firstStepIn(StepState::Failed);
    QVERIFY(failed);

    const QStringList announced = announcements.texts;
    QCOMPARE(announcements.heard, announced);
    QVERIFY2(announced.size() >= 2, qPrintable(announced.join(QLatin1Char('\n'))));
    QCOMPARE(announced.at(announced.size() - 2), StepAnnouncer::sentence(*failed, StepState::Failed));
    QVERIFY(announced.at(announced.size() - 2).endsWith(QStringLiteral("— failed")));
    QCOMPARE(announced.constLast(), UpdateSummary(report).headline());
}

void TestAccessibility::stepStatesAreWordsBesideTheIcons()
{
    // The delegate draws the StateTextRole beside each icon; the accessible text says it too.
    StepListModel model;
    UpdateTimeline timeline;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    timeline.begin(RunMode::Update, true);
    timeline.phaseChanged(UpdatePhase::Preflight, now);
    timeline.phaseChanged(UpdatePhase::Prepare, now); // the check is done, the preparation runs
    timeline.finished({UpdateOutcome::Failed, false, {}, QStringLiteral("refused")}, now);
    model.showTimeline(timeline);
    const QList<QPair<UpdateStep, QString>> expected{{UpdateStep::CheckDevice, QStringLiteral("done")},
                                                     {UpdateStep::Prepare, QStringLiteral("failed")},
                                                     {UpdateStep::Upload, QStringLiteral("waiting")}};
    for (const auto &[step, word] : expected) {
        const QModelIndex index = model.indexOf(step);
        QCOMPARE(index.data(StepListModel::StateTextRole).toString(), word);
        QVERIFY2(index.data(Qt::AccessibleTextRole).toString().contains(word),
                 qPrintable(index.data(Qt::AccessibleTextRole).toString()));
    }
}

void TestAccessibility::errorsCarryAWordNotOnlyRed()
{
    const QString html = errorHtml(QStringLiteral("The address is not valid."));
    const QString shown = QTextDocumentFragment::fromHtml(html).toPlainText();
    QCOMPARE(shown, QStringLiteral("⚠ Error: The address is not valid."));
    QVERIFY(errorHtml(QStringLiteral("<b>")).contains(QStringLiteral("&lt;b&gt;"))); // still escaped
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
