// UpdateSummary over hand-built reports: the headline, the advice, the facts in order, and their text and HTML forms.
#include "UpdateSummary.h"

#include "SampleReport.h"

#include "ProgressText.h"

#include <QLocale>
#include <QTest>

using namespace groov;
using groov::test::sampleReport;
using Fact = UpdateSummary::Fact;
using Kind = UpdateSummary::Fact::Kind;

namespace {

const QString Address = test::sampleAddress();

// The same update, failed at the device's decrypt stage: after the upload, so the device had the image.
UpdateReport failedReport()
{
    UpdateReport report = sampleReport();
    report.outcome = UpdateOutcome::Failed;
    report.deviceMayHaveImage = true;
    report.versionAfter.clear();
    report.restartSeen = false;
    report.versionChanged = false;
    report.finalMessage = QStringLiteral("The device could not decrypt the firmware.");
    DeviceStage stage;
    stage.name = QStringLiteral("decrypt");
    stage.state = StageState::Error;
    stage.errorCode = 8;
    stage.errorMessage = QStringLiteral("Failed to decrypt system update.");
    report.failedStage = stage;
    report.hint = QStringLiteral("Check that the firmware file is for this model.");
    report.trust = QStringLiteral("pinned certificate");
    return report;
}

QStringList labelsOf(const QList<Fact> &facts)
{
    QStringList labels;
    for (const Fact &fact : facts)
        labels << fact.label;
    return labels;
}

QString valueOf(const QList<Fact> &facts, const QString &label)
{
    for (const Fact &fact : facts) {
        if (fact.label == label)
            return fact.value;
    }
    return QStringLiteral("<no such fact>");
}

// The lines of the facts part of toText(): everything before "Steps:".
QStringList factLines(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    const qsizetype steps = lines.indexOf(QStringLiteral("Steps:"));
    if (steps >= 0)
        lines = lines.mid(0, steps);
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

Q_DECLARE_METATYPE(groov::UpdateReport)

class TestUpdateSummary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();

    void headlineForEachOutcome_data();
    void headlineForEachOutcome();
    void headlineSaysWhatHappenedToTheDevice();
    void adviceStartsWithTheStageHint_data();
    void adviceStartsWithTheStageHint();
    void factsOfASuccessInOrder();
    void factsOfAFailureInOrder();
    void factsOfAFollowRun();
    void versionFact_data();
    void versionFact();
    void firmwareFact_data();
    void firmwareFact();
    void durationUsesTheOneDurationFormat_data();
    void durationUsesTheOneDurationFormat();
    void connectionProblemsAreCountedInWords();
    void lostContactSaysWhatIsKnown();
    void settingsEvidenceAndTrust();
    void textAlignsTheLabelsInOneColumn_data();
    void textAlignsTheLabelsInOneColumn();
    void textListsOnlyTheStepsThatHappened();
    void textWithoutStepsHasNoStepsSection();
    void htmlEscapesHostileText();
    void htmlLeavesTheResultToTheHeadline();
};

void TestUpdateSummary::initTestCase()
{
    QLocale::setDefault(QLocale::c());
}

void TestUpdateSummary::headlineForEachOutcome_data()
{
    QTest::addColumn<UpdateOutcome>("outcome");
    QTest::addColumn<RunMode>("mode");
    QTest::addColumn<bool>("dryRun");
    QTest::addColumn<QString>("headline");
    const auto update = RunMode::Update;
    const auto follow = RunMode::Follow;
    QTest::newRow("succeeded") << UpdateOutcome::Succeeded << update << false
                               << QStringLiteral("The update succeeded.");
    QTest::newRow("dry run") << UpdateOutcome::Succeeded << update << true
                             << QStringLiteral("The check passed; nothing was sent.");
    QTest::newRow("not verified") << UpdateOutcome::NotVerified << update << false
                                  << QStringLiteral("The device is ready, but the update could not be verified.");
    QTest::newRow("needs commissioning") << UpdateOutcome::NeedsCommissioning << update << false
                                         << QStringLiteral("The update is done: the device needs commissioning.");
    QTest::newRow("still updating") << UpdateOutcome::StillUpdating << update << false
                                    << QStringLiteral("The device has the firmware and is still updating on its own.");
    QTest::newRow("failed") << UpdateOutcome::Failed << update << false << QStringLiteral("The update failed.");
    QTest::newRow("timed out") << UpdateOutcome::TimedOut << update << false << QStringLiteral("The update timed out.");
    QTest::newRow("cancelled") << UpdateOutcome::Cancelled << update << false
                               << QStringLiteral("Stopped before anything changed: the device keeps its firmware.");
    QTest::newRow("none") << UpdateOutcome::None << update << false << QStringLiteral("The update has not finished.");
    // Following has its own words where "the update" would claim too much.
    QTest::newRow("follow failed") << UpdateOutcome::Failed << follow << false
                                   << QStringLiteral("Following the update failed.");
    QTest::newRow("follow cancelled") << UpdateOutcome::Cancelled << follow << false
                                      << QStringLiteral("Stopped watching: the device is still updating on its own.");
    QTest::newRow("follow succeeded") << UpdateOutcome::Succeeded << follow << false
                                      << QStringLiteral("The update succeeded.");
    QTest::newRow("follow timed out") << UpdateOutcome::TimedOut << follow << false
                                      << QStringLiteral("The update timed out.");
    QTest::newRow("follow not verified") << UpdateOutcome::NotVerified << follow << false
                                         << QStringLiteral(
                                                "The device is ready, but the update could not be verified.");
}

void TestUpdateSummary::headlineForEachOutcome()
{
    QFETCH(UpdateOutcome, outcome);
    QFETCH(RunMode, mode);
    QFETCH(bool, dryRun);
    QFETCH(QString, headline);
    UpdateReport report = sampleReport();
    report.outcome = outcome;
    report.mode = mode;
    report.dryRun = dryRun;
    QCOMPARE(UpdateSummary(report).headline(), headline);
}

void TestUpdateSummary::headlineSaysWhatHappenedToTheDevice()
{
    // Stopped once the device had the whole image: it carries on, so the words say so (issue 12, bug 5).
    UpdateReport report = sampleReport();
    report.outcome = UpdateOutcome::Cancelled;
    report.versionAfter.clear();
    report.deviceMayHaveImage = true;
    QCOMPARE(UpdateSummary(report).headline(),
             QStringLiteral("Stopped watching: the device is still updating on its own."));
    QCOMPARE(valueOf(UpdateSummary(report).facts(), QStringLiteral("Version")),
             QStringLiteral("3.6.0 (before the update)"));

    // Stopped during the upload: nothing changed, and the version says so instead of "unknown".
    report.deviceMayHaveImage = false;
    QCOMPARE(UpdateSummary(report).headline(),
             QStringLiteral("Stopped before anything changed: the device keeps its firmware."));
    QCOMPARE(valueOf(UpdateSummary(report).facts(), QStringLiteral("Version")), QStringLiteral("3.6.0 (unchanged)"));

    // A failure names the step the timeline marked failed.
    report.outcome = UpdateOutcome::Failed;
    report.timeline.begin(RunMode::Update, true);
    const QDateTime now = report.startedAt;
    report.timeline.phaseChanged(UpdatePhase::Preflight, now);
    report.timeline.phaseChanged(UpdatePhase::Upload, now);
    report.timeline.phaseChanged(UpdatePhase::DeviceStages, now);
    report.timeline.finished({UpdateOutcome::Failed, true, {}, QStringLiteral("decrypt failed")}, now);
    QCOMPARE(UpdateSummary(report).headline(), QStringLiteral("The update failed at the step \"Reassemble\"."));
}

void TestUpdateSummary::adviceStartsWithTheStageHint_data()
{
    QTest::addColumn<UpdateOutcome>("outcome");
    QTest::addColumn<QString>("hint");
    QTest::addColumn<QStringList>("advice");
    const QString hint = QStringLiteral("Check that the firmware file is for this model.");
    const QString notVerified =
        QStringLiteral("Check the firmware version in groov Manage on epic-01:8443. If it still shows the old version, "
                       "run the update again; if the device may still be busy, check it again first.");
    const QString commission = QStringLiteral(
        "Open groov Manage on epic-01:8443 and commission the device: create an administrator account, then a new "
        "API key, and use that key the next time you check the device. If its network settings were erased too, it "
        "may now have another address.");
    QTest::newRow("succeeded") << UpdateOutcome::Succeeded << QString() << QStringList();
    QTest::newRow("failed, no hint") << UpdateOutcome::Failed << QString() << QStringList();
    QTest::newRow("failed, hint") << UpdateOutcome::Failed << hint << QStringList{hint};
    QTest::newRow("timed out, hint") << UpdateOutcome::TimedOut << hint << QStringList{hint};
    QTest::newRow("not verified") << UpdateOutcome::NotVerified << QString() << QStringList{notVerified};
    QTest::newRow("not verified, hint first") << UpdateOutcome::NotVerified << hint << QStringList{hint, notVerified};
    QTest::newRow("needs commissioning") << UpdateOutcome::NeedsCommissioning << QString() << QStringList{commission};
    QTest::newRow("needs commissioning, hint first")
        << UpdateOutcome::NeedsCommissioning << hint << QStringList{hint, commission};
    QTest::newRow("still updating") << UpdateOutcome::StillUpdating << QString() << QStringList();
    QTest::newRow("cancelled") << UpdateOutcome::Cancelled << QString() << QStringList();
}

void TestUpdateSummary::adviceStartsWithTheStageHint()
{
    QFETCH(UpdateOutcome, outcome);
    QFETCH(QString, hint);
    QFETCH(QStringList, advice);
    UpdateReport report = sampleReport();
    report.outcome = outcome;
    report.hint = hint;
    const UpdateSummary summary(report);
    QCOMPARE(summary.advice(), advice);

    // Each piece of advice is a fact of its own, in the same order, right after the failure's facts.
    QStringList adviceFacts;
    for (const Fact &fact : summary.facts()) {
        if (fact.kind == Kind::Advice) {
            QCOMPARE(fact.label, QStringLiteral("What to do"));
            adviceFacts << fact.value;
        }
    }
    QCOMPARE(adviceFacts, advice);
}

void TestUpdateSummary::factsOfASuccessInOrder()
{
    const QList<Fact> facts = UpdateSummary(sampleReport()).facts();
    QCOMPARE(labelsOf(facts),
             (QStringList{QStringLiteral("Result"), QStringLiteral("Device"), QStringLiteral("Model"),
                          QStringLiteral("Version"), QStringLiteral("Firmware"), QStringLiteral("SHA-256"),
                          QStringLiteral("Evidence"), QStringLiteral("Settings"), QStringLiteral("Duration"),
                          QStringLiteral("Connection")}));
    QCOMPARE(facts.at(0).kind, Kind::Result);
    QCOMPARE(facts.at(0).value, QStringLiteral("SUCCEEDED"));
    for (qsizetype i = 1; i < facts.size(); ++i)
        QCOMPARE(facts.at(i).kind, Kind::Plain);
    QCOMPARE(valueOf(facts, QStringLiteral("Device")), Address);
    QCOMPARE(valueOf(facts, QStringLiteral("Model")), QStringLiteral("GRV-EPIC-PR2"));
    QCOMPARE(valueOf(facts, QStringLiteral("Version")), QStringLiteral("3.6.0 \u2192 4.1.0"));
    QCOMPARE(valueOf(facts, QStringLiteral("Firmware")), QStringLiteral("/tmp/epic.bin (60.0 MB)"));
    QCOMPARE(valueOf(facts, QStringLiteral("SHA-256")), QString(64, QLatin1Char('a')));
    QCOMPARE(valueOf(facts, QStringLiteral("Evidence")), QStringLiteral("restart seen, new version reported"));
    QCOMPARE(valueOf(facts, QStringLiteral("Settings")), QStringLiteral("preserved"));
    QCOMPARE(valueOf(facts, QStringLiteral("Duration")), QStringLiteral("12 min 34 s"));
    QCOMPARE(valueOf(facts, QStringLiteral("Connection")), QStringLiteral("1 part(s) of the upload sent again"));
}

void TestUpdateSummary::factsOfAFailureInOrder()
{
    const QList<Fact> facts = UpdateSummary(failedReport()).facts();
    QCOMPARE(labelsOf(facts),
             (QStringList{QStringLiteral("Result"), QStringLiteral("Message"), QStringLiteral("Failed stage"),
                          QStringLiteral("Device said"), QStringLiteral("What to do"), QStringLiteral("Device"),
                          QStringLiteral("Model"), QStringLiteral("Version"), QStringLiteral("Firmware"),
                          QStringLiteral("SHA-256"), QStringLiteral("Evidence"), QStringLiteral("Settings"),
                          QStringLiteral("Trust"), QStringLiteral("Duration"), QStringLiteral("Connection")}));
    const QList<Kind> kinds{Kind::Result, Kind::Message, Kind::FailedStage, Kind::Plain, Kind::Advice};
    for (qsizetype i = 0; i < kinds.size(); ++i)
        QCOMPARE(facts.at(i).kind, kinds.at(i));
    QCOMPARE(facts.at(0).value, QStringLiteral("FAILED"));
    QCOMPARE(facts.at(1).value, QStringLiteral("The device could not decrypt the firmware."));
    QCOMPARE(facts.at(2).value, QStringLiteral("Decrypt (error code 8)"));
    QCOMPARE(facts.at(3).value, QStringLiteral("Failed to decrypt system update."));
    QCOMPARE(facts.at(4).value, QStringLiteral("Check that the firmware file is for this model."));
    QCOMPARE(valueOf(facts, QStringLiteral("Version")), QStringLiteral("3.6.0 (before the update)"));
    QCOMPARE(valueOf(facts, QStringLiteral("Evidence")), QStringLiteral("no restart seen, no new version reported"));
    QCOMPARE(valueOf(facts, QStringLiteral("Trust")), QStringLiteral("pinned certificate"));

    // A failed stage without a code or words of its own: just its name.
    UpdateReport report = failedReport();
    report.failedStage->errorCode.reset();
    report.failedStage->errorMessage.clear();
    report.failedStage->name = QStringLiteral("backupSettings");
    const QList<Fact> bare = UpdateSummary(report).facts();
    QCOMPARE(valueOf(bare, QStringLiteral("Failed stage")), QStringLiteral("Back up settings"));
    QVERIFY(!labelsOf(bare).contains(QStringLiteral("Device said")));
}

void TestUpdateSummary::factsOfAFollowRun()
{
    UpdateReport report = sampleReport();
    report.mode = RunMode::Follow;
    const QList<Fact> facts = UpdateSummary(report).facts();
    // Nothing was uploaded: no firmware facts, even with a path left in the report; the run says what it was.
    QCOMPARE(labelsOf(facts),
             (QStringList{QStringLiteral("Result"), QStringLiteral("Run"), QStringLiteral("Device"),
                          QStringLiteral("Model"), QStringLiteral("Version"), QStringLiteral("Evidence"),
                          QStringLiteral("Settings"), QStringLiteral("Duration"), QStringLiteral("Connection")}));
    QCOMPARE(valueOf(facts, QStringLiteral("Run")),
             QStringLiteral("followed an update already under way (nothing was uploaded)"));
}

void TestUpdateSummary::versionFact_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("text");
    QTest::newRow("both") << QStringLiteral("3.6.0") << QStringLiteral("4.1.0") << QStringLiteral("3.6.0 \u2192 4.1.0");
    QTest::newRow("before only") << QStringLiteral("3.6.0") << QString() << QStringLiteral("3.6.0 (before the update)");
    QTest::newRow("after only") << QString() << QStringLiteral("4.1.0") << QStringLiteral("unknown \u2192 4.1.0");
    QTest::newRow("neither") << QString() << QString() << QStringLiteral("unknown");
    QTest::newRow("same") << QStringLiteral("4.1.0") << QStringLiteral("4.1.0") << QStringLiteral("4.1.0 \u2192 4.1.0");
}

void TestUpdateSummary::versionFact()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, text);
    UpdateReport report = sampleReport();
    report.versionBefore = before;
    report.versionAfter = after;
    QCOMPARE(valueOf(UpdateSummary(report).facts(), QStringLiteral("Version")), text);
}

void TestUpdateSummary::firmwareFact_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("chunks");
    QTest::addColumn<QString>("text");
    QTest::newRow("three chunks") << qint64(60'000'000) << 3 << QStringLiteral("/tmp/epic.bin (60.0 MB)");
    QTest::newRow("one chunk") << qint64(25'000'000) << 1 << QStringLiteral("/tmp/epic.bin (25.0 MB)");
    QTest::newRow("rounded") << qint64(123'456'789) << 5 << QStringLiteral("/tmp/epic.bin (123.5 MB)");
}

void TestUpdateSummary::firmwareFact()
{
    QFETCH(qint64, size);
    QFETCH(int, chunks);
    QFETCH(QString, text);
    UpdateReport report = sampleReport();
    report.firmwareSize = size;
    report.chunkCount = chunks;
    QCOMPARE(valueOf(UpdateSummary(report).facts(), QStringLiteral("Firmware")), text);

    // No hash computed: said so, not left out.
    report.firmwareSha256.clear();
    QCOMPARE(valueOf(UpdateSummary(report).facts(), QStringLiteral("SHA-256")), QStringLiteral("unknown"));
    // No firmware named (a check only): neither fact.
    report.firmwarePath.clear();
    const QStringList labels = labelsOf(UpdateSummary(report).facts());
    QVERIFY(!labels.contains(QStringLiteral("Firmware")));
    QVERIFY(!labels.contains(QStringLiteral("SHA-256")));
}

void TestUpdateSummary::durationUsesTheOneDurationFormat_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("seconds") << qint64(45'300) << QStringLiteral("45 s");
    QTest::newRow("minutes") << qint64(754'000) << QStringLiteral("12 min 34 s");
    QTest::newRow("hours") << qint64(3'840'000) << QStringLiteral("1 h 4 min");
    QTest::newRow("none") << qint64(0) << QStringLiteral("0 s");
}

void TestUpdateSummary::durationUsesTheOneDurationFormat()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    UpdateReport report = sampleReport();
    report.finishedAt = report.startedAt.addMSecs(ms);
    const QString duration = valueOf(UpdateSummary(report).facts(), QStringLiteral("Duration"));
    QCOMPARE(duration, formatDuration(ms));
    QCOMPARE(duration, text);

    // A run that never finished has no duration to speak of.
    report.finishedAt = QDateTime();
    QCOMPARE(valueOf(UpdateSummary(report).facts(), QStringLiteral("Duration")), formatDuration(0));
}

void TestUpdateSummary::connectionProblemsAreCountedInWords()
{
    UpdateReport report = sampleReport();
    report.retries.clear();
    QCOMPARE(valueOf(UpdateSummary(report).facts(), QStringLiteral("Connection")), QStringLiteral("no problems"));
    report.retries = {{0, 2, QStringLiteral("connection reset")},
                      {0, 3, QStringLiteral("connection reset")},
                      {2, 2, QStringLiteral("The device answered HTTP 503")}};
    QCOMPARE(valueOf(UpdateSummary(report).facts(), QStringLiteral("Connection")),
             QStringLiteral("3 part(s) of the upload sent again"));
    // Requests after the upload that were asked again count too, in words: they are not all faults.
    report.interruptions = {{report.startedAt, QStringLiteral("connection refused")},
                            {report.startedAt, QStringLiteral("not JSON")}};
    report.interruptionCount = report.interruptions.size();
    QCOMPARE(valueOf(UpdateSummary(report).facts(), QStringLiteral("Connection")),
             QStringLiteral("3 part(s) of the upload sent again; after the upload, 2 request(s) not answered or not "
                            "understood (a restart included)"));
    report.retries.clear();
    QCOMPARE(valueOf(UpdateSummary(report).facts(), QStringLiteral("Connection")),
             QStringLiteral("after the upload, 2 request(s) not answered or not understood (a restart included)"));
}

// Issue 12, bug 11: a device silent since it took the image is lost from sight, and the words say what is known.
void TestUpdateSummary::lostContactSaysWhatIsKnown()
{
    UpdateReport report = sampleReport();
    report.outcome = UpdateOutcome::TimedOut;
    report.versionAfter.clear();
    report.deviceMayHaveImage = true;
    report.timeline.heard(report.finishedAt.addSecs(-600));

    const UpdateSummary lost(report);
    QVERIFY(lost.lostContact());
    QCOMPARE(lost.headline(), QStringLiteral("Lost contact with the device: it may still be updating."));
    const QString advice = lost.advice().join(QLatin1Char(' '));
    QVERIFY2(advice.contains(QLatin1String("had received the whole firmware image")), qPrintable(advice));
    const QString at = QLocale().toString(report.finishedAt.addSecs(-600).toLocalTime().time(), QLocale::LongFormat);
    QVERIFY2(advice.contains(QStringLiteral("It last answered at %1").arg(at)), qPrintable(advice));
    QVERIFY2(advice.contains(QLatin1String("do not power it off")), qPrintable(advice));
    QVERIFY(report.followCanTellMore());

    // A device that answered to the end was slow, not lost.
    report.timeline.heard(report.finishedAt.addSecs(-5));
    QVERIFY(!UpdateSummary(report).lostContact());
    QCOMPARE(UpdateSummary(report).headline(), QStringLiteral("The update timed out."));

    // Before the device had the image, a silence is an upload failure, told as such.
    report.timeline.heard(report.finishedAt.addSecs(-600));
    report.deviceMayHaveImage = false;
    QVERIFY(!UpdateSummary(report).lostContact());
}

void TestUpdateSummary::settingsEvidenceAndTrust()
{
    UpdateReport report = sampleReport();
    report.preserveSettings = false;
    report.restartSeen = false;
    report.versionChanged = true;
    report.deviceAddress.clear();
    report.model.clear();
    const QList<Fact> facts = UpdateSummary(report).facts();
    QCOMPARE(valueOf(facts, QStringLiteral("Settings")), QStringLiteral("erased (factory reset)"));
    QCOMPARE(valueOf(facts, QStringLiteral("Evidence")), QStringLiteral("no restart seen, new version reported"));
    QCOMPARE(valueOf(facts, QStringLiteral("Device")), QStringLiteral("unknown"));
    QCOMPARE(valueOf(facts, QStringLiteral("Model")), QStringLiteral("unknown"));
    QVERIFY(!labelsOf(facts).contains(QStringLiteral("Trust"))); // not set: not shown
}

void TestUpdateSummary::textAlignsTheLabelsInOneColumn_data()
{
    QTest::addColumn<UpdateReport>("report");
    QTest::newRow("success") << sampleReport();
    QTest::newRow("failure") << failedReport();
    UpdateReport follow = sampleReport();
    follow.mode = RunMode::Follow;
    follow.outcome = UpdateOutcome::NotVerified;
    QTest::newRow("follow, not verified") << follow;
}

void TestUpdateSummary::textAlignsTheLabelsInOneColumn()
{
    QFETCH(UpdateReport, report);
    const UpdateSummary summary(report);
    const QList<Fact> facts = summary.facts();
    const QString text = summary.toText();
    QVERIFY(text.endsWith(QLatin1Char('\n')));
    const QStringList lines = factLines(text);
    QCOMPARE(lines.size(), facts.size());

    qsizetype longest = 0;
    for (const Fact &fact : facts)
        longest = std::max(longest, fact.label.size());
    // Every value starts in the same column: two spaces after the longest label's colon.
    const qsizetype column = longest + 3;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const Fact &fact = facts.at(i);
        const QString head = fact.label + QLatin1Char(':');
        QVERIFY2(line.startsWith(head), qPrintable(line));
        QCOMPARE(line.mid(head.size(), column - head.size()), QString(column - head.size(), QLatin1Char(' ')));
        QCOMPARE(line.mid(column), fact.value);
    }

    // The result is stated once, on the first line, in capitals.
    int resultLines = 0;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("Result:")))
            ++resultLines;
    }
    QCOMPARE(resultLines, 1);
    QVERIFY(lines.first().startsWith(QLatin1String("Result:")));
    QVERIFY(lines.first().endsWith(outcomeName(report.outcome).toUpper()));
}

void TestUpdateSummary::textListsOnlyTheStepsThatHappened()
{
    // An update that failed during the upload: three steps happened, nine never came.
    UpdateReport report = failedReport();
    report.failedStage.reset();
    report.hint.clear();
    QDateTime now = report.startedAt;
    UpdateTimeline &timeline = report.timeline;
    timeline.begin(RunMode::Update, true);
    timeline.phaseChanged(UpdatePhase::Preflight, now);
    DeviceInfo device;
    device.model = QStringLiteral("GRV-EPIC-PR2");
    device.firmwareVersion = QStringLiteral("3.6.0");
    timeline.deviceChecked(device);
    now = now.addMSecs(2'000);
    timeline.phaseChanged(UpdatePhase::Prepare, now);
    now = now.addMSecs(1'000);
    timeline.phaseChanged(UpdatePhase::Upload, now);
    timeline.uploadProgressed(0, 60'000'000, 0, 3, now);
    now = now.addMSecs(3'000);
    timeline.uploadProgressed(30'000'000, 60'000'000, 1, 3, now);
    now = now.addMSecs(65'000);
    const QString error = QStringLiteral("The device stopped answering during the upload.");
    timeline.finished({UpdateOutcome::Failed, false, report.finalMessage, error}, now);

    const QString text = UpdateSummary(report).toText();
    const qsizetype stepsAt = text.indexOf(QLatin1String("\nSteps:\n"));
    QVERIFY2(stepsAt > 0, qPrintable(text));
    QCOMPARE(text.count(QLatin1String("Steps:")), 1);
    const QStringList stepLines = text.mid(stepsAt + 8).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(stepLines.size(), 3);

    // Names in one column, then the state, the time taken and the detail.
    qsizetype nameWidth = 0;
    for (int i = 0; i < UpdateTimeline::StepCount; ++i)
        nameWidth = std::max(nameWidth, UpdateTimeline::stepName(static_cast<UpdateStep>(i)).size());
    const auto line = [nameWidth](const QString &name, const QString &state, const QString &elapsed,
                                  const QString &detail) -> QString {
        const QString columns =
            name.leftJustified(nameWidth + 2) + state.leftJustified(14) + elapsed.leftJustified(9) + detail;
        return QStringLiteral("  ") + columns.trimmed();
    };
    QCOMPARE(stepLines.at(0), line(QStringLiteral("Check device"), QStringLiteral("done"), QStringLiteral("0:02"),
                                   QStringLiteral("GRV-EPIC-PR2 \u00b7 reported version 3.6.0")));
    QCOMPARE(stepLines.at(1), line(QStringLiteral("Prepare"), QStringLiteral("done"), QStringLiteral("0:01"), {}));
    QCOMPARE(stepLines.at(2), line(QStringLiteral("Upload"), QStringLiteral("failed"), QStringLiteral("1:08"), error));
    // The states line up too.
    QCOMPARE(stepLines.at(0).indexOf(QLatin1String("done")), stepLines.at(2).indexOf(QLatin1String("failed")));
    QCOMPARE(stepLines.at(0).indexOf(QLatin1String("done")), 2 + nameWidth + 2);
    for (const QString &never : {QStringLiteral("Reassemble"), QStringLiteral("Install"),
                                 QStringLiteral("Two restarts and settings restore"), QStringLiteral("waiting")})
        QVERIFY2(!text.mid(stepsAt).contains(never), qPrintable(never));

    // The steps come after every fact.
    const QStringList facts = factLines(text);
    QCOMPARE(facts.size(), UpdateSummary(report).facts().size());
    QVERIFY(facts.last().startsWith(QLatin1String("Connection:")));
}

void TestUpdateSummary::textWithoutStepsHasNoStepsSection()
{
    UpdateReport report = sampleReport();
    QVERIFY(!UpdateSummary(report).toText().contains(QLatin1String("Steps:")));
    report.timeline.begin(RunMode::Update, false); // begun, nothing happened yet
    QVERIFY(!UpdateSummary(report).toText().contains(QLatin1String("Steps:")));
}

void TestUpdateSummary::htmlEscapesHostileText()
{
    UpdateReport report = failedReport();
    report.finalMessage = QStringLiteral("<script>alert('x')</script> & \"more\"");
    report.failedStage->errorMessage = QStringLiteral("<img src=x onerror=alert(1)>");
    report.hint = QStringLiteral("Use <b>this</b> & that");
    report.model = QStringLiteral("<i>GRV</i>");
    report.deviceAddress = QStringLiteral("a&b:8443");
    report.firmwarePath = QStringLiteral("/tmp/<x>.bin");
    const QString html = UpdateSummary(report).toHtml();

    QVERIFY2(!html.contains(QLatin1String("<script")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<img")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<i>")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<x>")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("<b>this")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("<p>&lt;script&gt;alert('x')&lt;/script&gt; &amp; &quot;more&quot;</p>")),
             qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("&lt;img src=x onerror=alert(1)&gt;")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("<p><b>What to do:</b> Use &lt;b&gt;this&lt;/b&gt; &amp; that</p>")),
             qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("<tr><td>Model:&nbsp;</td><td>&lt;i&gt;GRV&lt;/i&gt;</td></tr>")),
             qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("a&amp;b:8443")), qPrintable(html));
    // Escaped once, not twice.
    QVERIFY2(!html.contains(QLatin1String("&amp;lt;")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("&amp;amp;")), qPrintable(html));

    // The text form shows them as they are: it is not markup.
    const QString text = UpdateSummary(report).toText();
    QVERIFY(text.contains(report.finalMessage));
    QVERIFY(text.contains(report.model));
}

void TestUpdateSummary::htmlLeavesTheResultToTheHeadline()
{
    const UpdateSummary summary(failedReport());
    const QString html = summary.toHtml();
    QVERIFY2(!html.contains(QLatin1String("Result")), qPrintable(html));
    QVERIFY2(!html.contains(QLatin1String("FAILED")), qPrintable(html));
    // The message, the failed stage and the advice are paragraphs, in that order, then the table of the rest.
    const qsizetype message = html.indexOf(QLatin1String("<p>The device could not decrypt the firmware.</p>"));
    const qsizetype stage = html.indexOf(QLatin1String("<p><b>Failed stage:</b> Decrypt (error code 8)</p>"));
    const qsizetype advice =
        html.indexOf(QLatin1String("<p><b>What to do:</b> Check that the firmware file is for this model.</p>"));
    const qsizetype table = html.indexOf(QLatin1String("<table>"));
    QVERIFY2(message == 0, qPrintable(html));
    QVERIFY2(stage > message && advice > stage && table > advice, qPrintable(html));
    QVERIFY(html.endsWith(QLatin1String("</table>")));
    QVERIFY2(html.contains(QLatin1String("<tr><td>Device said:&nbsp;</td><td>Failed to decrypt system "
                                         "update.</td></tr>")),
             qPrintable(html));
    QVERIFY(html.contains(QLatin1String("<tr><td>Duration:&nbsp;</td><td>12 min 34 s</td></tr>")));
    QVERIFY(
        html.contains(QLatin1String("<tr><td>Connection:&nbsp;</td><td>1 part(s) of the upload sent again</td></tr>")));
    // Every plain fact is a row of the table, once.
    for (const Fact &fact : summary.facts()) {
        if (fact.kind != Kind::Plain)
            continue;
        const QString row = QStringLiteral("<tr><td>%1:&nbsp;</td><td>%2</td></tr>")
                                .arg(fact.label.toHtmlEscaped(), fact.value.toHtmlEscaped());
        QCOMPARE(html.count(row), 1);
    }

    // A success has no paragraph at all: the headline says it, the table tells the rest.
    const QString success = UpdateSummary(sampleReport()).toHtml();
    QVERIFY(success.startsWith(QLatin1String("<table>")));
    QVERIFY(!success.contains(QLatin1String("SUCCEEDED")));
}

QTEST_GUILESS_MAIN(TestUpdateSummary)
#include "tst_updatesummary.moc"
