// The whole wizard against the in-process simulator, driven like a person would: page by page to the result.
#include "DevicePage.h"
#include "FirmwarePage.h"
#include "ProgressPage.h"
#include "ResultPage.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"
#include "StepListModel.h"
#include "Translations.h"
#include "TrustDialog.h"
#include "UpdateWizard.h"
#include "WizardContext.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace groov;
using namespace groov::gui;
using namespace groov::test;

namespace {

// Every detail the Progress page's restart row showed while it ran, kept as the model changed: what the user saw,
// whatever the test's own timing.
struct RestartRowRecorder
{
    QStringList details;

    explicit RestartRowRecorder(StepListModel *model)
    {
        QObject::connect(model, &QAbstractItemModel::dataChanged, model, [this, model] {
            if (model->state(StepListModel::Step::Restarts) != StepListModel::State::Running)
                return;
            const QString detail =
                model->indexOf(StepListModel::Step::Restarts).data(StepListModel::DetailRole).toString();
            if (!details.contains(detail))
                details.append(detail);
        });
    }
    bool sawNoAnswer() const
    {
        return std::any_of(details.cbegin(), details.cend(),
                           [](const QString &detail) { return detail.startsWith(QLatin1String("No answer for ")); });
    }
};

} // namespace

class TestUpdateWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // English as the application installs it, with its plural forms: these runs make the README's screenshots.
    void initTestCase() { QVERIFY(m_english.install(QStringLiteral("en"))); }
    void init() { qputenv("GROOV_API_KEY", QByteArray()); }
    void updatesTheDeviceFromStartToResult();
    void checkingAgainFollowsTheDeviceToTheEnd();
    void factoryResetNeedsCommissioningAndExplainsTheNewCertificate();
    void wrongFamilyIsExplainedOnTheResultPage();
    void closingDuringTheUpdateAsksFirst();
    void keyboardAloneReachesTheResult();
    void updateEndingInTheBackgroundIsAnnounced();
    void keysOnCancelAskBeforeTypedInputIsLost();
    void closeButtonAsksBeforeTypedInputIsLost();
    void untouchedWizardClosesAtOnce_data();
    void untouchedWizardClosesAtOnce();
    void closeQuestionDoesNotBlock();

private:
    groov::Translations m_english;
};

void TestUpdateWizard::updatesTheDeviceFromStartToResult()
{
    WizardFixture fixture;
    SimHarness &sim = fixture.sim;
    UpdateWizard &wizard = fixture.wizard;
    // The documented single outage, long enough to be seen (and photographed) while the engine polls through it.
    sim.addFault(QStringLiteral("restart-down=2000"));
    // Named as the vendor names its downloads, so the pages show the version it brings.
    const QString firmware =
        sim.makeFirmware(QStringLiteral("epic"), 3'000'000, QStringLiteral("GRV-EPIC-firmware-4.1.0-b.42.bin"));
    RestartRowRecorder restartRow(wizard.progressPage()->model());
    WizardDriver::Walk walk;
    walk.grabPages = true;
    WizardDriver::walkToProgress(fixture, firmware, walk);
    if (QTest::currentTestFailed())
        return;

    QTRY_VERIFY_WITH_TIMEOUT(wizard.controller().phase() >= UpdatePhase::Upload, 30'000);
    WizardDriver::grabIfAsked(wizard, QStringLiteral("5-progress-upload"));
    // Live on the one restart row: how long the device has been silent, and what is usual.
    const auto restartDetail = [&wizard] {
        const StepListModel *model = wizard.progressPage()->model();
        return model->state(StepListModel::Step::Restarts) == StepListModel::State::Running
                   ? model->indexOf(StepListModel::Step::Restarts).data(StepListModel::DetailRole).toString()
                   : QString();
    };
    // A picture once the silence has lasted a few seconds; on a machine too busy for that, the recorder below still
    // proves what the row showed.
    const auto silentForAWhile = [&restartDetail] {
        const QString detail = restartDetail();
        return detail.startsWith(QLatin1String("No answer for ")) &&
               !detail.startsWith(QLatin1String("No answer for 0:00")) &&
               !detail.startsWith(QLatin1String("No answer for 0:01"));
    };
    QTRY_VERIFY_WITH_TIMEOUT(silentForAWhile() || wizard.currentId() == int(UpdateWizard::ResultPageId), 60'000);
    if (silentForAWhile())
        WizardDriver::grabIfAsked(wizard, QStringLiteral("6-progress-restart"));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(UpdateWizard::ResultPageId), 60'000);
    WizardDriver::grabIfAsked(wizard, QStringLiteral("7-result-success"));
    QCOMPARE(wizard.controller().report().outcome, UpdateOutcome::Succeeded);
    QCOMPARE(sim.violations(), QStringList());
    QVERIFY(sim.report().value(QLatin1String("upload")).toObject().value(QLatin1String("complete")).toBool());
    // Whatever the timing, the row ran with a "no answer for" detail (recorded as it changed), then was done.
    QVERIFY2(restartRow.sawNoAnswer(), qPrintable(restartRow.details.join(QLatin1Char('\n'))));
    QCOMPARE(wizard.progressPage()->model()->state(StepListModel::Step::Restarts), StepListModel::State::Done);
    const auto *headline = wizard.resultPage()->findChild<QLabel *>(QStringLiteral("headlineLabel"));
    QVERIFY2(headline->text().contains(QLatin1String("succeeded")), qPrintable(headline->text()));
    QCOMPARE(headline->property("tone").value<ResultPage::Tone>(), ResultPage::Tone::Success);
    QVERIFY(!wizard.resultPage()->findChild<QPushButton *>(QStringLiteral("followButton"))->isVisible());
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
}

void TestUpdateWizard::checkingAgainFollowsTheDeviceToTheEnd()
{
    WizardFixture fixture;
    SimHarness &sim = fixture.sim;
    UpdateWizard &wizard = fixture.wizard;
    // Stop watching as soon as the device has the image (it carries on alone): pressed from the event loop, not
    // after a poll of the test's, so the update cannot end first however slow the machine.
    auto *cancel = wizard.progressPage()->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    const QMetaObject::Connection cancelOnce =
        connect(&wizard.controller(), &UpdateController::phaseChanged, cancel, [cancel](UpdatePhase phase) {
            if (phase == UpdatePhase::DeviceStages)
                QTimer::singleShot(0, cancel, &QPushButton::click);
        });
    WizardDriver::walkToProgress(fixture, sim.makeFirmware(QStringLiteral("epic"), 2'000'000));
    if (QTest::currentTestFailed())
        return;
    fixture.prompts.answerConfirmation(true);  // Cancel: stop watching
    fixture.prompts.answerConfirmation(false); // closing while following: keep following
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(UpdateWizard::ResultPageId), 30'000);
    disconnect(cancelOnce);
    QVERIFY(wizard.controller().deviceHasImage());
    QCOMPARE(wizard.controller().report().outcome, UpdateOutcome::Cancelled);
    const QString versionBefore = wizard.controller().report().versionBefore;
    QVERIFY(!versionBefore.isEmpty());
    auto *follow = wizard.resultPage()->findChild<QPushButton *>(QStringLiteral("followButton"));
    QVERIFY(follow->isVisible());
    QVERIFY(!follow->accessibleName().isEmpty());

    // "Check the device again": back on the Progress page, following.
    QTest::mouseClick(follow, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(UpdateWizard::ProgressPageId));
    QVERIFY(wizard.controller().isRunning());
    QCOMPARE(wizard.controller().report().mode, RunMode::Follow);
    QCOMPARE(wizard.controller().report().versionBefore, versionBefore);
    const StepListModel *model = wizard.progressPage()->model();
    QCOMPARE(model->state(StepListModel::Step::Upload), StepListModel::State::Skipped);
    QCOMPARE(wizard.progressPage()->title(), QStringLiteral("Following the update"));
    WizardDriver::grabIfAsked(wizard, QStringLiteral("11-progress-follow"));

    // Closing while following still asks, the same question as Cancel.
    QVERIFY(!wizard.close());
    QCOMPARE(fixture.prompts.confirmations().size(), 2);
    const Prompts::Confirmation &cancelled = fixture.prompts.confirmations().first();
    const Prompts::Confirmation &askedToClose = fixture.prompts.confirmations().last();
    QVERIFY2(askedToClose.consequence.contains(QLatin1String("only stops watching")),
             qPrintable(askedToClose.consequence));
    QCOMPARE(askedToClose.acceptText, QStringLiteral("Stop watching"));
    QCOMPARE(askedToClose.rejectText, cancelled.rejectText);
    QCOMPARE(askedToClose.objectName, cancelled.objectName);
    QVERIFY(wizard.controller().isRunning());

    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(UpdateWizard::ResultPageId), 60'000);
    QCOMPARE(wizard.controller().report().outcome, UpdateOutcome::Succeeded);
    QCOMPARE(wizard.controller().report().mode, RunMode::Follow);
    QCOMPARE(model->state(StepListModel::Step::Ready), StepListModel::State::Done);
    const QString headline = wizard.resultPage()->findChild<QLabel *>(QStringLiteral("headlineLabel"))->text();
    QVERIFY2(headline.contains(QLatin1String("succeeded")), qPrintable(headline));
    QVERIFY(!follow->isVisible());
    QCOMPARE(sim.violations(), QStringList());
    QCOMPARE(sim.device().firmwareVersion(), QStringLiteral("4.1.0-b.42"));
}

void TestUpdateWizard::factoryResetNeedsCommissioningAndExplainsTheNewCertificate()
{
    WizardFixture fixture;
    SimHarness &sim = fixture.sim;
    UpdateWizard &wizard = fixture.wizard;
    WizardDriver::Walk walk;
    walk.trust = TrustDialog::Decision::TrustAndRemember; // a profile, so the reset is remembered
    walk.preserveSettings = false;
    WizardDriver::walkToProgress(fixture, sim.makeFirmware(QStringLiteral("epic"), 500'000), walk);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(UpdateWizard::ResultPageId), 60'000);
    QCOMPARE(wizard.controller().report().outcome, UpdateOutcome::NeedsCommissioning);
    WizardDriver::grabIfAsked(wizard, QStringLiteral("9-result-needs-commissioning"));
    const auto *headline = wizard.resultPage()->findChild<QLabel *>(QStringLiteral("headlineLabel"));
    QVERIFY2(headline->text().contains(QLatin1String("needs commissioning")), qPrintable(headline->text()));
    QCOMPARE(headline->property("tone").value<ResultPage::Tone>(), ResultPage::Tone::Warning);
    const QString details = wizard.resultPage()->findChild<QLabel *>(QStringLiteral("detailsLabel"))->text();
    QVERIFY2(details.contains(QLatin1String("commission the device")), qPrintable(details));
    QVERIFY(!wizard.resultPage()->findChild<QPushButton *>(QStringLiteral("followButton"))->isVisible());

    const QString profileName = QStringLiteral("127.0.0.1:%1").arg(sim.device().port());
    const auto profile = fixture.context.profiles().load(profileName);
    QVERIFY(profile.ok());
    QVERIFY(profile->erasedByUpdateAt.isValid());

    // Checking the device again: its new certificate is explained, not warned about...
    const qsizetype asked = fixture.prompts.trustQuestions().size(); // the first contact's
    fixture.prompts.answerTrust(TrustDialog::Decision::TrustOnce);
    wizard.resultPage()->findChild<QPushButton *>(QStringLiteral("anotherDeviceButton"))->click();
    QCOMPARE(wizard.currentId(), int(UpdateWizard::DevicePageId));
    QSignalSpy checked(wizard.devicePage(), &DevicePage::checkFinished);
    wizard.devicePage()->checkDevice();
    QVERIFY(checked.wait(20'000));
    QCOMPARE(fixture.prompts.trustQuestions().size(), asked + 1);
    const TrustDialog::Question &question = fixture.prompts.trustQuestions().last();
    QCOMPARE(question.erasedByUpdateAt, profile->erasedByUpdateAt);
    QCOMPARE(question.address, profileName);
    QVERIFY(!question.pinnedFingerprint.isEmpty());
    QCOMPARE(question.presented.digest(QCryptographicHash::Sha256).toHex(), sim.device().fingerprintSha256());
    TrustDialog dialog(question);
    dialog.show();
    WizardDriver::grabIfAsked(dialog, QStringLiteral("10-trust-after-reset"));
    const QString explanation = dialog.findChild<QLabel *>(QStringLiteral("explanationLabel"))->text();
    QVERIFY2(explanation.contains(QLatin1String("erased this device's settings, which gives it a new certificate")),
             qPrintable(explanation));

    // ...and the old key, erased with the settings, is named as the reason for the 401.
    QCOMPARE(checked.at(0).at(0).toBool(), false);
    const QString status = wizard.devicePage()->findChild<QLabel *>(QStringLiteral("statusLabel"))->text();
    QVERIFY2(status.contains(QLatin1String("and its API keys with them")), qPrintable(status));
}

void TestUpdateWizard::wrongFamilyIsExplainedOnTheResultPage()
{
    WizardFixture fixture;
    SimHarness &sim = fixture.sim;
    UpdateWizard &wizard = fixture.wizard;
    WizardDriver::walkToProgress(fixture,
                                 sim.makeFirmware(QStringLiteral("rio"), 1'000'000, QStringLiteral("update.bin")));
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(UpdateWizard::ResultPageId), 60'000);
    WizardDriver::grabIfAsked(wizard, QStringLiteral("8-result-failure"));
    const QString details = wizard.resultPage()->findChild<QLabel *>(QStringLiteral("detailsLabel"))->text();
    QVERIFY2(details.contains(QLatin1String("Decrypt")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("error code 8")), qPrintable(details));
    QVERIFY2(details.contains(QLatin1String("different device family")), qPrintable(details));
}

void TestUpdateWizard::closingDuringTheUpdateAsksFirst()
{
    WizardFixture fixture;
    SimHarness &sim = fixture.sim;
    UpdateWizard &wizard = fixture.wizard;
    WizardDriver::walkToProgress(fixture, sim.makeFirmware(QStringLiteral("epic"), 3'000'000));
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(wizard.controller().phase() >= UpdatePhase::DeviceStages, 30'000);

    fixture.prompts.answerConfirmation(false); // "keep updating"
    QVERIFY(!wizard.close());
    QCOMPARE(fixture.prompts.confirmations().size(), 1);
    // The Progress page's own question, built from the controller's words.
    const Prompts::Confirmation asked = fixture.prompts.confirmations().first();
    QVERIFY2(asked.consequence.contains(QLatin1String("continues the update on its own")),
             qPrintable(asked.consequence));
    QCOMPARE(asked.objectName, QStringLiteral("cancelConfirmation"));
    QCOMPARE(asked.acceptText, QStringLiteral("Stop watching"));
    QCOMPARE(asked.rejectText, QStringLiteral("Keep updating"));
    QVERIFY(wizard.controller().isRunning());

    fixture.prompts.answerConfirmation(true);
    QVERIFY(wizard.close());
    QCOMPARE(wizard.controller().report().outcome, UpdateOutcome::Cancelled);
}

void TestUpdateWizard::keyboardAloneReachesTheResult()
{
    WizardFixture fixture;
    SimHarness &sim = fixture.sim;
    UpdateWizard &wizard = fixture.wizard;
    fixture.prompts.answerTrust(TrustDialog::Decision::TrustOnce);
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 500'000);
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    const auto typeIntoFocus = [](const QString &text) {
        QTest::keyClicks(QApplication::focusWidget(), text);
    };
    const auto press = [](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
    };

    // Device: the address field has the focus; Tab to the key; Alt+C checks.
    QTRY_VERIFY(QApplication::focusWidget());
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("addressEdit"));
    typeIntoFocus(sim.device().baseUrl().toString());
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("apiKeyEdit"));
    typeIntoFocus(sim.device().apiKey());
    QSignalSpy checked(wizard.devicePage(), &DevicePage::checkFinished);
    press(Qt::Key_C, Qt::AltModifier);
    QVERIFY(checked.wait(20'000));
    QVERIFY(checked.at(0).at(0).toBool());
    QCOMPARE(fixture.prompts.trustQuestions().size(), 1);
    press(Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(UpdateWizard::FirmwarePageId));

    // Firmware: type the path; Enter checks and hashes it; Enter again goes on.
    QTRY_VERIFY(QApplication::focusWidget());
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("fileEdit"));
    QSignalSpy hashed(wizard.firmwarePage(), &FirmwarePage::hashed);
    typeIntoFocus(firmware);
    press(Qt::Key_Return);
    QVERIFY(hashed.wait(20'000));
    press(Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(UpdateWizard::ReviewPageId));

    // Review: Enter presses Update.
    press(Qt::Key_Return);
    QTRY_COMPARE(wizard.currentId(), int(UpdateWizard::ProgressPageId));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(UpdateWizard::ResultPageId), 60'000);
    QCOMPARE(wizard.controller().report().outcome, UpdateOutcome::Succeeded);
}

void TestUpdateWizard::updateEndingInTheBackgroundIsAnnounced()
{
    WizardFixture fixture;
    WizardDriver::walkToProgress(fixture, fixture.sim.makeFirmware(QStringLiteral("epic"), 200'000));
    if (QTest::currentTestFailed())
        return;
    // Another window takes the focus while the device works.
    QWidget other;
    other.show();
    other.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other));
    QTRY_COMPARE_WITH_TIMEOUT(fixture.wizard.currentId(), int(UpdateWizard::ResultPageId), 60'000);
    QStringList announced;
    for (const Prompts::Message &notification : fixture.prompts.notifications())
        announced.append(notification.title + (notification.good ? QStringLiteral(" ok") : QStringLiteral(" not ok")));
    QCOMPARE(announced, QStringList{QStringLiteral("The update succeeded. ok")});
    QCOMPARE(fixture.prompts.notifications().first().text, fixture.wizard.controller().report().finalMessage);
}

namespace {

// The wizard shown and active, with the focus where the Device page puts it: the address field.
// Failures are reported through QtTest; callers check QTest::currentTestFailed().
void showWithFocusOnAddress(UpdateWizard &wizard)
{
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QTRY_VERIFY(QApplication::focusWidget() &&
                QApplication::focusWidget()->objectName() == QLatin1String("addressEdit"));
}

void verifyIsTheCloseQuestion(const Prompts::Confirmation &asked)
{
    QCOMPARE(asked.text, QStringLiteral("Close groov update?"));
    QVERIFY2(asked.consequence.contains(QLatin1String("you entered are not kept")), qPrintable(asked.consequence));
    QCOMPARE(asked.acceptText, QStringLiteral("Close"));
    QCOMPARE(asked.rejectText, QStringLiteral("Keep editing"));
    QCOMPARE(asked.objectName, QStringLiteral("closeConfirmation"));
}

} // namespace

// Enter or Space on a focused Cancel button, and Escape, used to close the whole application at once and lose what
// was typed: now they ask, and only "Close" closes.
void TestUpdateWizard::keysOnCancelAskBeforeTypedInputIsLost()
{
    WizardFixture fixture;
    UpdateWizard &wizard = fixture.wizard;
    showWithFocusOnAddress(wizard);
    if (QTest::currentTestFailed())
        return;
    const QString address = QStringLiteral("127.0.0.1:8443");
    QTest::keyClicks(QApplication::focusWidget(), address);
    auto *addressEdit = wizard.devicePage()->findChild<QLineEdit *>(QStringLiteral("addressEdit"));
    QCOMPARE(addressEdit->text(), address);

    QAbstractButton *cancel = wizard.button(QWizard::CancelButton);
    QVERIFY(cancel->isVisible());
    cancel->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), cancel);

    fixture.prompts.answerConfirmation(false); // Enter: keep editing
    fixture.prompts.answerConfirmation(false); // Space: keep editing
    fixture.prompts.answerConfirmation(false); // Escape: keep editing
    QTest::keyClick(cancel, Qt::Key_Return);
    QVERIFY(wizard.isVisible());
    QCOMPARE(fixture.prompts.confirmations().size(), 1);
    QTest::keyClick(cancel, Qt::Key_Space);
    QVERIFY(wizard.isVisible());
    QCOMPARE(fixture.prompts.confirmations().size(), 2);
    QTest::keyClick(&wizard, Qt::Key_Escape);
    QVERIFY(wizard.isVisible());
    QCOMPARE(fixture.prompts.confirmations().size(), 3);
    for (const Prompts::Confirmation &asked : fixture.prompts.confirmations()) {
        verifyIsTheCloseQuestion(asked);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(addressEdit->text(), address);
    QCOMPARE(wizard.currentId(), int(UpdateWizard::DevicePageId));

    // Escape from the field itself asks too; answering "Close" closes.
    addressEdit->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), addressEdit);
    fixture.prompts.answerConfirmation(true);
    QTest::keyClick(addressEdit, Qt::Key_Escape);
    QCOMPARE(fixture.prompts.confirmations().size(), 4);
    QVERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
    QCOMPARE(fixture.prompts.unusedAnswers(), 0);
}

void TestUpdateWizard::closeButtonAsksBeforeTypedInputIsLost()
{
    WizardFixture fixture;
    UpdateWizard &wizard = fixture.wizard;
    showWithFocusOnAddress(wizard);
    if (QTest::currentTestFailed())
        return;
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("127.0.0.1"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("apiKeyEdit"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("typed-key"));

    fixture.prompts.answerConfirmation(false);
    QVERIFY(!wizard.close());
    QVERIFY(wizard.isVisible());
    QCOMPARE(fixture.prompts.confirmations().size(), 1); // asked once, not once per handler
    verifyIsTheCloseQuestion(fixture.prompts.confirmations().first());
    if (QTest::currentTestFailed())
        return;

    fixture.prompts.answerConfirmation(true);
    QVERIFY(wizard.close());
    QVERIFY(!wizard.isVisible());
    QCOMPARE(fixture.prompts.confirmations().size(), 2);
}

// Nothing typed, nothing to lose: Escape, Enter on Cancel and the close button close without a question.
void TestUpdateWizard::untouchedWizardClosesAtOnce_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("Escape") << QStringLiteral("escape");
    QTest::newRow("Enter on Cancel") << QStringLiteral("cancel");
    QTest::newRow("typed, then erased again") << QStringLiteral("erased");
}

void TestUpdateWizard::untouchedWizardClosesAtOnce()
{
    QFETCH(QString, how);
    WizardFixture fixture;
    showWithFocusOnAddress(fixture.wizard);
    if (QTest::currentTestFailed())
        return;
    if (how == QLatin1String("escape")) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    } else if (how == QLatin1String("cancel")) {
        QAbstractButton *cancel = fixture.wizard.button(QWizard::CancelButton);
        cancel->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), cancel);
        QTest::keyClick(cancel, Qt::Key_Return);
    } else {
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("10"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        QVERIFY(fixture.wizard.close());
    }
    QVERIFY(!fixture.wizard.isVisible());
    QCOMPARE(fixture.prompts.confirmations().size(), 0);
}

// The real question, no script: closing returns at once with the question open over the window (no nested event
// loop), asking again raises the same question, and only its "Close" closes the wizard.
void TestUpdateWizard::closeQuestionDoesNotBlock()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    WizardContext context(ProfileStore(dir.filePath(QStringLiteral("profiles.ini"))), &secrets);
    UpdateWizard wizard(context);
    showWithFocusOnAddress(wizard);
    if (QTest::currentTestFailed())
        return;
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("127.0.0.1"));

    QVERIFY(!wizard.close());
    QVERIFY(wizard.isVisible());
    QTest::keyClick(&wizard, Qt::Key_Escape);
    const auto boxes = wizard.findChildren<QMessageBox *>(QStringLiteral("closeConfirmation"));
    QCOMPARE(boxes.size(), 1);
    QMessageBox *box = boxes.first();
    QVERIFY(box->isVisible());
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("rejectButton"));

    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("acceptButton")), Qt::LeftButton);
    QVERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestUpdateWizard)
#include "tst_updatewizard.moc"
