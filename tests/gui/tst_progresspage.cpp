// The Progress page: against the in-process simulator for whole updates, failures and Cancel; with signals
// emitted by hand for the heartbeat, the log pane, the title and painting.
#include "FirmwareImage.h"
#include "ProgressPage.h"
#include "PromptScript.h"
#include "StepDelegate.h"
#include "StepSpinner.h"

#include "SimHarness.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QImageReader>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QToolButton>

using namespace groov;
using namespace groov::gui;
using namespace groov::test;
using Step = StepListModel::Step;
using State = StepListModel::State;

namespace {

constexpr int Timeout = 60'000;

// Records what the page's model went through during one run.
struct StepRecorder
{
    QList<Step> doneOrder;
    int maxUploadProgress = -1;
    QStringList restartDetails; // every detail the restart row showed while it ran

    explicit StepRecorder(StepListModel *model)
    {
        QObject::connect(model, &StepListModel::stateChanged, model, [this](Step step, State state) {
            if (state == State::Done)
                doneOrder.append(step);
        });
        QObject::connect(model, &QAbstractItemModel::dataChanged, model, [this, model] {
            maxUploadProgress =
                std::max(maxUploadProgress, model->indexOf(Step::Upload).data(StepListModel::ProgressRole).toInt());
            const QModelIndex restarts = model->indexOf(Step::Restarts);
            const QString detail = restarts.data(StepListModel::DetailRole).toString();
            if (model->state(Step::Restarts) == State::Running && !restartDetails.contains(detail))
                restartDetails.append(detail);
        });
    }
};

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x7f, 0xd8));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    const QColor disabledText(0x6e, 0x71, 0x76);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabledText);
    return palette;
}

QList<DeviceStage> stagesUpTo(int done, StageState next)
{
    QList<DeviceStage> stages;
    const QStringList &names = UpdateStatus::knownStageNames();
    for (int i = 0; i < names.size(); ++i) {
        DeviceStage stage;
        stage.name = names.at(i);
        stage.state = i < done ? StageState::Done : i == done ? next : StageState::Pending;
        if (stage.state == StageState::Error) {
            stage.errorCode = 8;
            stage.errorMessage = QStringLiteral("Failed to decrypt system update. Confirm that the firmware is correct "
                                                "for this device type.");
        }
        stages.append(stage);
    }
    return stages;
}

bool isUniform(const QImage &image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7) {
            if (image.pixel(x, y) != first)
                return false;
        }
    }
    return true;
}

} // namespace

class TestProgressPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void fullUpdateMarksEveryStepDone();
    void uploadShowsThePartBeingSent();
    void rioFirmwareOnEpicFailsAtDecrypt();
    void factoryResetSaysSoOnTheRestartRow();
    void restartRowShowsHowLongTheDeviceIsAway();
    void followingAnIdleDeviceIsNotVerified();
    void cancelMidUploadAfterConfirmation();
    void answeringNoKeepsUpdating();
    void cancelDialogStatesTheConsequence();

    void heartbeatCountsFromTheLastAnswer();
    void logPaneCollapsesAndMarksWarnings();
    void windowTitleCarriesTheProgress();
    void everyInteractiveWidgetIsNamedAndInTabOrder();
    void iconsRenderFromSvg();
    void paintsWithLightAndDarkPalettes();

private:
    QPalette m_lightPalette;
};

void TestProgressPage::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    m_lightPalette = QApplication::style()->standardPalette();
}

void TestProgressPage::fullUpdateMarksEveryStepDone()
{
    SimHarness sim;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 600'000);
    UpdateRun run;
    ProgressPage page;
    page.attach(&run.controller);
    page.show();
    StepRecorder recorder(page.model());
    QSignalSpy complete(&page, &QWizardPage::completeChanged);

    QVERIFY(!page.isComplete());
    QCOMPARE(run.run(sim.request(firmware), Timeout), UpdateOutcome::Succeeded);

    QList<Step> everyStep;
    for (int row = 0; row < StepListModel::StepCount; ++row)
        everyStep << static_cast<Step>(row);
    QCOMPARE(recorder.doneOrder, everyStep);
    QCOMPARE(recorder.maxUploadProgress, 1000);
    QCOMPARE(page.model()->overallFraction(), 1.0);
    QVERIFY(page.isComplete());
    QVERIFY(!complete.isEmpty());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("cancelButton"))->isEnabled());
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("heartbeatLabel"))->text(), run.controller.report().finalMessage);
    QCOMPARE(page.windowTitleText(), QStringLiteral("Updated – groov update"));
    QCOMPARE(page.windowTitle(), page.windowTitleText());
    QVERIFY(!page.findChild<QPlainTextEdit *>(QStringLiteral("logView"))->toPlainText().isEmpty());
}

// Issue 12, bug 8: progress follows the bytes of the chunk being sent, never the one just acknowledged, and the
// page speaks in megabytes only ("chunk" is the log's word).
void TestProgressPage::uploadShowsThePartBeingSent()
{
    SimHarness sim;
    const qint64 size = FirmwareImage::ChunkSize + 1'000'000; // two chunks: one boundary to cross
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), size);
    UpdateRun run;
    ProgressPage page;
    page.attach(&run.controller);
    QStringList misnamed;
    QList<qint64> sentSeen;
    QObject::connect(&run.controller, &UpdateController::uploadProgress, &page,
                     [&](qint64 sent, qint64, int chunkIndex, int chunkCount) {
                         sentSeen.append(sent);
                         const int sending = int(std::min<qint64>(sent / FirmwareImage::ChunkSize, chunkCount - 1));
                         if (chunkIndex != sending)
                             misnamed << QStringLiteral("%1 bytes sent, chunk %2 named").arg(sent).arg(chunkIndex);
                     });
    QStringList details;
    QObject::connect(page.model(), &QAbstractItemModel::dataChanged, &page, [&] {
        const QString detail = page.model()->indexOf(Step::Upload).data(StepListModel::DetailRole).toString();
        if (!details.contains(detail))
            details << detail;
    });
    QCOMPARE(run.run(sim.request(firmware), Timeout), UpdateOutcome::Succeeded);

    QVERIFY2(misnamed.isEmpty(), qPrintable(misnamed.join(QLatin1Char('\n'))));
    // Never backwards without a retry, and the boundary itself is announced before the second chunk's bytes.
    QVERIFY(std::is_sorted(sentSeen.cbegin(), sentSeen.cend()));
    QVERIFY(sentSeen.contains(FirmwareImage::ChunkSize));
    QCOMPARE(sentSeen.last(), size);
    QVERIFY(!details.isEmpty());
    for (const QString &detail : std::as_const(details))
        QVERIFY2(!detail.contains(QLatin1String("chunk"), Qt::CaseInsensitive), qPrintable(detail));
}

void TestProgressPage::rioFirmwareOnEpicFailsAtDecrypt()
{
    SimHarness sim(QStringLiteral("GRV-EPIC-PR2"));
    const QString firmware = sim.makeFirmware(QStringLiteral("rio"), 400'000, QStringLiteral("update.bin"));
    UpdateRun run;
    ProgressPage page;
    page.attach(&run.controller);
    QCOMPARE(run.run(sim.request(firmware), Timeout), UpdateOutcome::Failed);

    const StepListModel *model = page.model();
    for (Step step : {Step::CheckDevice, Step::Prepare, Step::Upload, Step::Reassemble, Step::Unzip})
        QCOMPARE(model->state(step), State::Done);
    QCOMPARE(model->state(Step::Decrypt), State::Failed);
    QVERIFY(model->indexOf(Step::Decrypt)
                .data(StepListModel::DetailRole)
                .toString()
                .contains(QLatin1String("Failed to decrypt")));
    for (int row = static_cast<int>(Step::Decompress); row < StepListModel::StepCount; ++row)
        QCOMPARE(model->state(static_cast<Step>(row)), State::Pending);
    QVERIFY(page.isComplete());
    QCOMPARE(page.windowTitleText(), QStringLiteral("Update failed – groov update"));
}

void TestProgressPage::factoryResetSaysSoOnTheRestartRow()
{
    SimHarness sim;
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 300'000);
    UpdateRequest request = sim.request(firmware);
    request.preserveSettings = false;
    request.factoryResetConfirmed = true;
    UpdateRun run;
    ProgressPage page;
    page.attach(&run.controller);
    StepRecorder recorder(page.model());
    QCOMPARE(run.run(request, Timeout), UpdateOutcome::NeedsCommissioning);

    // The device restarts twice anyway: the row says why nothing is restored, and Ready what comes next.
    QCOMPARE(recorder.doneOrder.size(), StepListModel::StepCount);
    QCOMPARE(page.model()->state(Step::Restarts), State::Done);
    QVERIFY(page.model()
                ->indexOf(Step::Restarts)
                .data(StepListModel::DetailRole)
                .toString()
                .contains(QLatin1String("factory-fresh")));
    QVERIFY(page.model()
                ->indexOf(Step::Ready)
                .data(StepListModel::DetailRole)
                .toString()
                .contains(QLatin1String("needs commissioning")));
    QCOMPARE(page.windowTitleText(), QStringLiteral("Needs commissioning – groov update"));
}

void TestProgressPage::restartRowShowsHowLongTheDeviceIsAway()
{
    SimHarness sim;
    sim.addFault(QStringLiteral("restart-down=1000")); // an outage the engine polls many times
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 300'000);
    UpdateRun run;
    ProgressPage page;
    page.attach(&run.controller);
    StepRecorder recorder(page.model());
    QCOMPARE(run.run(sim.request(firmware), Timeout), UpdateOutcome::Succeeded);

    QVERIFY2(std::any_of(recorder.restartDetails.cbegin(), recorder.restartDetails.cend(),
                         [](const QString &detail) { return detail.startsWith(QLatin1String("No answer for ")); }),
             qPrintable(recorder.restartDetails.join(QLatin1Char('\n'))));
    QCOMPARE(page.model()->state(Step::Restarts), State::Done);
    QCOMPARE(page.model()->state(Step::Ready), State::Done);
}

void TestProgressPage::followingAnIdleDeviceIsNotVerified()
{
    // Nothing under way and no update seen: following can tell nothing about the firmware, and says so.
    SimHarness sim;
    UpdateRun run;
    ProgressPage page;
    page.attach(&run.controller);
    StepRecorder recorder(page.model());
    QCOMPARE(run.run(sim.followRequest(), Timeout), UpdateOutcome::NotVerified);

    QCOMPARE(page.title(), QStringLiteral("Following the update"));
    QCOMPARE(page.model()->state(Step::Prepare), State::Skipped);
    QCOMPARE(page.model()->state(Step::Upload), State::Skipped);
    QCOMPARE(page.model()->state(Step::Ready), State::Unverified);
    QVERIFY(page.model()
                ->indexOf(Step::Ready)
                .data(StepListModel::DetailRole)
                .toString()
                .startsWith(QLatin1String("Not verified: ")));
    QVERIFY(!recorder.doneOrder.contains(Step::Ready));
    QCOMPARE(page.windowTitleText(), QStringLiteral("Not verified – groov update"));
}

void TestProgressPage::cancelMidUploadAfterConfirmation()
{
    SimHarness sim;
    sim.addFault(QStringLiteral("slow-upload=200000")); // the device answers the 1 MB chunk after 5 s
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 1'000'000);
    UpdateRun run;
    ProgressPage page;
    page.attach(&run.controller);
    PromptScript prompts;
    prompts.answerConfirmation(true);

    run.startOnly(sim.request(firmware));
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->indexOf(Step::Upload).data(StepListModel::ProgressRole).toInt() > 0,
                             Timeout);
    QCOMPARE(page.model()->state(Step::Upload), State::Running);
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("cancelButton")), Qt::LeftButton);
    QVERIFY(run.waitFinished(Timeout));

    QCOMPARE(*run.outcome, UpdateOutcome::Cancelled);
    QCOMPARE(prompts.confirmations().size(), 1);
    const QString consequence = prompts.confirmations().first().consequence;
    QVERIFY2(consequence.contains(QLatin1String("keeps its current firmware")), qPrintable(consequence));
    QCOMPARE(consequence, run.controller.report().finalMessage); // exactly the engine's words
    QCOMPARE(prompts.confirmations().first().acceptText, QStringLiteral("Stop the upload"));
    QCOMPARE(prompts.confirmations().first().rejectText, QStringLiteral("Keep updating"));
    QCOMPARE(page.model()->state(Step::Upload), State::Skipped);
    QCOMPARE(page.model()->state(Step::Prepare), State::Done);
    QCOMPARE(page.model()->state(Step::Reassemble), State::Pending);
    QCOMPARE(page.windowTitleText(), QStringLiteral("Cancelled – groov update"));
    QVERIFY(page.isComplete());
}

void TestProgressPage::answeringNoKeepsUpdating()
{
    SimHarness sim;
    sim.addFault(QStringLiteral("slow-upload=400000"));
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 1'000'000);
    UpdateRun run;
    ProgressPage page;
    page.attach(&run.controller);
    PromptScript prompts;
    prompts.answerConfirmation(false);

    run.startOnly(sim.request(firmware));
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->indexOf(Step::Upload).data(StepListModel::ProgressRole).toInt() > 0,
                             Timeout);
    page.findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
    QCOMPARE(prompts.confirmations().size(), 1);
    QVERIFY(run.controller.isRunning());
    QVERIFY(run.waitFinished(Timeout));
    QCOMPARE(*run.outcome, UpdateOutcome::Succeeded);
    QCOMPARE(page.model()->state(Step::Ready), State::Done);
}

void TestProgressPage::cancelDialogStatesTheConsequence()
{
    SimHarness sim;
    sim.addFault(QStringLiteral("stall-chunk=0")); // the upload waits until the test is done with it
    const QString firmware = sim.makeFirmware(QStringLiteral("epic"), 300'000);
    UpdateRun run;
    ProgressPage page;
    page.attach(&run.controller);
    page.show();

    run.startOnly(sim.request(firmware));
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->state(Step::Upload), State::Running, Timeout);
    page.findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
    auto *box = page.findChild<QMessageBox *>(QStringLiteral("cancelConfirmation"));
    QVERIFY(box);
    QVERIFY(box->isVisible()); // open(), not exec(): the engine goes on meanwhile
    QCOMPARE(box->informativeText(), run.controller.cancelConsequence());
    auto *keep = box->findChild<QPushButton *>(QStringLiteral("rejectButton"));
    QVERIFY(keep);
    QCOMPARE(keep->text(), QStringLiteral("Keep updating"));
    QCOMPARE(box->defaultButton(), keep);
    QCOMPARE(box->escapeButton(), keep);

    keep->click();
    QTRY_VERIFY(!page.findChild<QMessageBox *>(QStringLiteral("cancelConfirmation")));
    QVERIFY(run.controller.isRunning());

    page.findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();
    box = page.findChild<QMessageBox *>(QStringLiteral("cancelConfirmation"));
    QVERIFY(box);
    auto *stop = box->findChild<QPushButton *>(QStringLiteral("acceptButton"));
    QCOMPARE(stop->text(), QStringLiteral("Stop the upload"));
    stop->click();
    QVERIFY(run.waitFinished(Timeout));
    QCOMPARE(*run.outcome, UpdateOutcome::Cancelled);
}

void TestProgressPage::heartbeatCountsFromTheLastAnswer()
{
    QDateTime now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    UpdateController controller;
    ProgressPage page;
    page.setClock([&now] { return now; });
    page.attach(&controller);
    auto *label = page.findChild<QLabel *>(QStringLiteral("heartbeatLabel"));

    Q_EMIT controller.phaseChanged(UpdatePhase::Preflight);
    QCOMPARE(label->text(), QStringLiteral("Waiting for the device..."));
    Q_EMIT controller.heardFromDevice(now);
    QCOMPARE(label->text(), QStringLiteral("Last heard from the device 0 s ago"));
    now = now.addSecs(3);
    QTRY_COMPARE(label->text(), QStringLiteral("Last heard from the device 3 s ago")); // the page's own second tick
    now = now.addSecs(122);
    QTRY_COMPARE(label->text(), QStringLiteral("Last heard from the device 2 min 5 s ago"));
}

void TestProgressPage::logPaneCollapsesAndMarksWarnings()
{
    UpdateController controller;
    ProgressPage page;
    page.attach(&controller);
    page.show();
    auto *toggle = page.findChild<QToolButton *>(QStringLiteral("logToggle"));
    auto *log = page.findChild<QPlainTextEdit *>(QStringLiteral("logView"));
    QVERIFY(log->isReadOnly());
    QVERIFY(!log->isVisible());

    Q_EMIT controller.phaseChanged(UpdatePhase::Preflight);
    Q_EMIT controller.logMessage(QStringLiteral("Checking <device>"));
    Q_EMIT controller.warning(QStringLiteral("Certificate checks are off"));
    QCOMPARE(toggle->text(), QStringLiteral("Show log \u00b7 warnings: 1"));

    toggle->click();
    QVERIFY(log->isVisible());
    QCOMPARE(toggle->text(), QStringLiteral("Hide log \u00b7 warnings: 1"));
    const QStringList lines = log->toPlainText().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).endsWith(QLatin1String("Checking <device>")), qPrintable(lines.at(0))); // not HTML
    QVERIFY(!lines.at(0).contains(QLatin1String("Warning")));
    QVERIFY2(lines.at(1).contains(QLatin1String("Warning: Certificate checks are off")), qPrintable(lines.at(1)));

    toggle->click();
    QVERIFY(!log->isVisible());
}

void TestProgressPage::windowTitleCarriesTheProgress()
{
    UpdateController controller;
    ProgressPage page;
    page.attach(&controller);
    page.show();
    QSignalSpy titles(&page, &ProgressPage::windowTitleTextChanged);

    Q_EMIT controller.phaseChanged(UpdatePhase::Preflight);
    QCOMPARE(page.windowTitle(), QStringLiteral("0% – groov update"));
    Q_EMIT controller.phaseChanged(UpdatePhase::Prepare);
    Q_EMIT controller.phaseChanged(UpdatePhase::Upload);
    Q_EMIT controller.uploadProgress(7'000'000, 14'000'000, 0, 1);
    QCOMPARE(page.windowTitle(), QStringLiteral("21% – groov update")); // 2.5 of 12 steps
    Q_EMIT controller.finished(UpdateOutcome::Succeeded);
    QCOMPARE(page.windowTitle(), QStringLiteral("Updated – groov update"));
    QVERIFY(titles.size() >= 3);
}

void TestProgressPage::everyInteractiveWidgetIsNamedAndInTabOrder()
{
    ProgressPage page;
    const QStringList interactive{QStringLiteral("stepList"), QStringLiteral("logToggle"), QStringLiteral("logView"),
                                  QStringLiteral("cancelButton")};
    for (const QString &name : interactive) {
        auto *widget = page.findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
        QVERIFY2(widget->focusPolicy() & Qt::TabFocus, qPrintable(name));
    }
    // The heartbeat is heard with its text (a name of its own would hide it) and says what it is in its description.
    auto *heartbeat = page.findChild<QLabel *>(QStringLiteral("heartbeatLabel"));
    QCOMPARE(QAccessible::queryAccessibleInterface(heartbeat)->text(QAccessible::Name), heartbeat->text());
    QVERIFY(!heartbeat->accessibleDescription().isEmpty());

    // The tab order follows the page from top to bottom.
    QStringList order;
    QWidget *widget = page.findChild<QWidget *>(interactive.first());
    for (int i = 0; i < 16 && order.size() < interactive.size(); ++i, widget = widget->nextInFocusChain()) {
        if (interactive.contains(widget->objectName()) && !order.contains(widget->objectName()))
            order << widget->objectName();
    }
    QCOMPARE(order, interactive);

    // Rows speak for themselves to screen readers.
    const QString spoken = page.model()->indexOf(Step::Upload).data(Qt::AccessibleTextRole).toString();
    QCOMPARE(spoken, QStringLiteral("Upload, waiting"));
}

void TestProgressPage::iconsRenderFromSvg()
{
    if (!QImageReader::supportedImageFormats().contains("svg"))
        QSKIP("Qt's SVG plugins are not installed (Debian: libqt6svg6); the step icons cannot render.");
    const qreal ratio = 2.0;
    for (State state :
         {State::Pending, State::Running, State::Done, State::Failed, State::Skipped, State::Unverified}) {
        const QPixmap pixmap = StepDelegate::stateIcon(state).pixmap(QSize(16, 16), ratio);
        QVERIFY(!pixmap.isNull());
        QCOMPARE(pixmap.deviceIndependentSize().toSize(), QSize(16, 16));
        QCOMPARE(pixmap.size(), QSize(32, 32)); // drawn for the screen's pixels, not scaled up
    }
    const QImage done = StepDelegate::stateIcon(State::Done).pixmap(QSize(16, 16)).toImage();
    const QColor centre = done.pixelColor(5, 8);
    QVERIFY2(centre.green() > centre.red() && centre.green() > centre.blue(), qPrintable(centre.name()));
}

void TestProgressPage::paintsWithLightAndDarkPalettes()
{
    QDateTime now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    const auto at = [&now](int seconds) {
        now = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC).addSecs(seconds);
    };
    UpdateController controller;
    controller.setClock([&now] { return now; });
    ProgressPage page;
    page.setClock([&now] { return now; });
    page.attach(&controller);
    page.resize(560, 680);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    // Mid-upload: done, running (with bar and detail) and pending rows, a warning in the open log.
    Q_EMIT controller.phaseChanged(UpdatePhase::Preflight);
    at(2);
    DeviceInfo device;
    device.model = QStringLiteral("GRV-EPIC-PR2");
    device.firmwareVersion = QStringLiteral("4.0.2");
    Q_EMIT controller.preflightPassed(device, QSslCertificate());
    Q_EMIT controller.warning(
        QStringLiteral("The file name suggests groov RIO firmware, but the device is a groov EPIC."));
    Q_EMIT controller.phaseChanged(UpdatePhase::Prepare);
    at(3);
    Q_EMIT controller.heardFromDevice(now);
    Q_EMIT controller.phaseChanged(UpdatePhase::Upload);
    Q_EMIT controller.uploadProgress(0, 60'000'000, 0, 3);
    at(5);
    Q_EMIT controller.uploadProgress(12'500'000, 60'000'000, 0, 3);
    page.findChild<QToolButton *>(QStringLiteral("logToggle"))->click();
    at(6);
    QTRY_COMPARE(page.findChild<QLabel *>(QStringLiteral("heartbeatLabel"))->text(),
                 QStringLiteral("Last heard from the device 3 s ago")); // the page's next tick
    QCOMPARE(page.model()->indexOf(Step::Upload).data(StepListModel::ElapsedRole).toString(), QStringLiteral("0:03"));
    // The whole update at a glance (issue 12, bug 7): overall progress and a time-left range beside it.
    const auto *overall = page.findChild<QProgressBar *>(QStringLiteral("overallBar"));
    QVERIFY(overall);
    QCOMPARE(overall->value(), qRound(page.model()->overallFraction() * 1000));
    QVERIFY(overall->value() > 0);
    QTRY_VERIFY2(page.findChild<QLabel *>(QStringLiteral("timeLeftLabel"))->text().contains(QLatin1String("min left")),
                 qPrintable(page.findChild<QLabel *>(QStringLiteral("timeLeftLabel"))->text()));

    const QString dir = qEnvironmentVariable("GROOV_SCREENSHOT_DIR");
    const auto grabBoth = [&](const QString &name) {
        for (const auto &[palette, suffix] :
             {std::pair{m_lightPalette, QStringLiteral("light")}, std::pair{darkPalette(), QStringLiteral("dark")}}) {
            page.setPalette(palette);
            const QImage image = page.grab().toImage();
            QVERIFY(!image.isNull());
            QCOMPARE(image.size(), page.size() * image.devicePixelRatio());
            QVERIFY(!isUniform(image));
            if (!dir.isEmpty())
                QVERIFY(image.save(dir + QStringLiteral("/progress-") + name + QLatin1Char('-') + suffix +
                                   QStringLiteral(".png")));
        }
    };
    grabBoth(QStringLiteral("upload"));
    auto *spinner = page.findChild<StepSpinner *>();
    QVERIFY(spinner);
    QVERIFY(spinner->isSpinning());

    // Then a failure at decrypt.
    at(12);
    Q_EMIT controller.uploadProgress(60'000'000, 60'000'000, 2, 3);
    Q_EMIT controller.phaseChanged(UpdatePhase::DeviceStages);
    at(40);
    Q_EMIT controller.deviceStagesChanged(stagesUpTo(4, StageState::Running));
    at(47);
    Q_EMIT controller.deviceStagesChanged(stagesUpTo(4, StageState::Error));
    Q_EMIT controller.finished(UpdateOutcome::Failed);
    grabBoth(QStringLiteral("failed"));
    QVERIFY(!spinner->isSpinning()); // nothing runs: no animation ticks on an idle page
}

QTEST_MAIN(TestProgressPage)
#include "tst_progresspage.moc"
