// RestartTracker answer by answer: every restart model, with the time passed in by hand.
#include "RestartTracker.h"

#include <QTest>

using namespace groov;

namespace {

using Next = RestartTracker::Next;
using Verdict = RestartTracker::Verdict;
using Where = RestartTracker::Where;

const QString Before = QStringLiteral("3.6.0");
const QString After = QStringLiteral("4.1.0");

// A status body with the first `done` stages done, the next one running (if any), and "active" as given.
UpdateStatus status(int done, const QString &active)
{
    const QStringList names = UpdateStatus::knownStageNames();
    QByteArray body = "{";
    for (int i = 0; i < names.size(); ++i) {
        const char *state = i < done ? "done" : i == done ? "running" : "pending";
        body += '"' + names.at(i).toLatin1() + "\": {\"status\": \"" + state + "\"}, ";
    }
    body += "\"active\": \"" + active.toLatin1() + "\"}";
    return UpdateStatus::parse(body);
}

UpdateStatus processing(int done = 3)
{
    return status(done, QStringLiteral("active"));
}

UpdateStatus installing()
{
    return processing(7);
}

UpdateStatus over()
{
    return status(9, QStringLiteral("inactive"));
}

RestartTracker::Settings settings(bool preserve = true)
{
    RestartTracker::Settings s;
    s.preserveSettings = preserve;
    s.versionBefore = Before;
    s.restoreWindowMs = 60'000;
    s.restartWindowMs = 30'000;
    s.unclearAnswersTolerated = 2;
    return s;
}

} // namespace

class TestRestartTracker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentedOneSilenceThenReady();
    void restoreVisibleBetweenTwoSilences();
    void missedRestartToldByTheNewVersion();
    void missedRestartWithTheSameVersionIsNotVerified();
    void stalledPollIsNotTakenForTheRestart();
    void restartDueAfterEveryStageIsDone();
    void restartSeenWithTheSameVersionSucceeds();
    void factoryResetEndsAtTheFirstAnswer_data();
    void factoryResetEndsAtTheFirstAnswer();
    void newCertificateBeforeAnyRestartIsAWarningSign();
    void settingsLostAfterTheRestoreWindow();
    void uncommissionedTimeStartsAgainAfterASilence();
    void keyRefusedWhileProcessing();
    void keyRefusedAfterTheRestartsWaitsForTheRestore();
    void unclearAnswersWhileProcessingAreBounded();
    void unclearAnswersAfterASilenceMeanNotReady();
    void missingStatusEndpointAfterTheRestartReadsTheVersion();
    void followingAnIdleDeviceIsNotVerifiedAtOnce();
    void followingFromSilenceNeedsTheVersionBefore();
};

void TestRestartTracker::documentedOneSilenceThenReady()
{
    RestartTracker tracker(settings());
    QCOMPARE(tracker.statusAnswered(processing(), 0), Next::PollStatus);
    QCOMPARE(tracker.phase(), UpdatePhase::DeviceStages);
    QCOMPARE(tracker.restartStep(), std::nullopt);
    QCOMPARE(tracker.stepSinceMs(), std::nullopt);
    QVERIFY(!tracker.isSilent());
    QCOMPARE(tracker.statusAnswered(installing(), 100), Next::PollStatus);
    QCOMPARE(tracker.noAnswer(200), Next::PollCommission);
    QCOMPARE(tracker.restartStep(), RestartStep::Restarting);
    QCOMPARE(tracker.phase(), UpdatePhase::Restarts);
    QCOMPARE(tracker.stepSinceMs(), 200);
    QVERIFY(tracker.isSilent());
    QCOMPARE(tracker.noAnswer(300), Next::PollCommission);
    QCOMPARE(tracker.stepSinceMs(), 200); // the silence goes on: its start stays
    QCOMPARE(tracker.commissionAnswered(CommissionState::Commissioned, 400), Next::CheckStatus);
    QCOMPARE(tracker.restartStep(), RestartStep::Ready);
    QCOMPARE(tracker.phase(), UpdatePhase::Verify);
    QCOMPARE(tracker.statusAnswered(over(), 410), Next::ReadVersion);
    QVERIFY(tracker.restartSeen());
    QCOMPARE(tracker.versionAnswered(After, 420), Next::Finish);
    QCOMPARE(tracker.verdict(), Verdict::Succeeded);
    QVERIFY(tracker.versionChanged());
    QCOMPARE(tracker.versionAfter(), After);
}

void TestRestartTracker::restoreVisibleBetweenTwoSilences()
{
    RestartTracker tracker(settings());
    QCOMPARE(tracker.statusAnswered(installing(), 0), Next::PollStatus);
    QCOMPARE(tracker.noAnswer(100), Next::PollCommission);
    // Answering between the restarts, not commissioned: never "ready" here.
    QCOMPARE(tracker.commissionAnswered(CommissionState::NotCommissioned, 200), Next::PollCommission);
    QCOMPARE(tracker.restartStep(), RestartStep::RestoringSettings);
    QCOMPARE(tracker.stepSinceMs(), 200);
    QCOMPARE(tracker.commissionAnswered(CommissionState::NotCommissioned, 300), Next::PollCommission);
    QCOMPARE(tracker.noAnswer(400), Next::PollCommission);
    QCOMPARE(tracker.restartStep(), RestartStep::RestartingAgain);
    QCOMPARE(tracker.stepSinceMs(), 400);
    QCOMPARE(tracker.commissionAnswered(CommissionState::Commissioned, 500), Next::CheckStatus);
    QCOMPARE(tracker.statusAnswered(over(), 510), Next::ReadVersion);
    QCOMPARE(tracker.versionAnswered(After, 520), Next::Finish);
    QCOMPARE(tracker.verdict(), Verdict::Succeeded);
    QVERIFY(tracker.restartSeen());
}

void TestRestartTracker::missedRestartToldByTheNewVersion()
{
    RestartTracker tracker(settings());
    QCOMPARE(tracker.statusAnswered(installing(), 0), Next::PollStatus);
    // Both restarts fell between two polls: no silence, the update is simply over.
    QCOMPARE(tracker.statusAnswered(over(), 100), Next::ReadVersion);
    QCOMPARE(tracker.restartStep(), std::nullopt);
    QCOMPARE(tracker.phase(), UpdatePhase::Restarts);
    QCOMPARE(tracker.versionAnswered(After, 110), Next::Finish);
    QCOMPARE(tracker.verdict(), Verdict::Succeeded);
    QVERIFY(!tracker.restartSeen());
    QVERIFY(tracker.versionChanged());
    QCOMPARE(tracker.restartStep(), RestartStep::Ready);
}

void TestRestartTracker::missedRestartWithTheSameVersionIsNotVerified()
{
    RestartTracker tracker(settings());
    QCOMPARE(tracker.statusAnswered(installing(), 0), Next::PollStatus);
    QCOMPARE(tracker.statusAnswered(over(), 100), Next::ReadVersion);
    // Neither a restart nor a new version: the restart may still be due, for the restart window.
    QCOMPARE(tracker.versionAnswered(Before, 110), Next::PollStatus);
    QCOMPARE(tracker.restartStep(), RestartStep::WaitingForRestart);
    QCOMPARE(tracker.stepSinceMs(), 110);
    QCOMPARE(tracker.statusAnswered(over(), 20'000), Next::ReadVersion);
    QCOMPARE(tracker.stepSinceMs(), std::nullopt); // checking the version: no waiting step
    QCOMPARE(tracker.versionAnswered(Before, 20'010), Next::PollStatus);
    QCOMPARE(tracker.stepSinceMs(), 110); // waiting for the restart since every stage was first seen done
    QCOMPARE(tracker.statusAnswered(over(), 30'110), Next::ReadVersion);
    QCOMPARE(tracker.versionAnswered(Before, 30'120), Next::Finish);
    QCOMPARE(tracker.verdict(), Verdict::NotVerified);
    QCOMPARE(tracker.restartStep(), std::nullopt); // never seen away: not "back" either
    QVERIFY(!tracker.restartSeen());
    QVERIFY(!tracker.versionChanged());
}

void TestRestartTracker::stalledPollIsNotTakenForTheRestart()
{
    RestartTracker tracker(settings());
    QCOMPARE(tracker.statusAnswered(processing(2), 0), Next::PollStatus);
    // A poll timed out, but the device still processes: that silence was no restart.
    QCOMPARE(tracker.noAnswer(100), Next::PollCommission);
    QCOMPARE(tracker.commissionAnswered(CommissionState::Commissioned, 200), Next::CheckStatus);
    QCOMPARE(tracker.statusAnswered(processing(5), 210), Next::PollStatus);
    QCOMPARE(tracker.where(), Where::Processing);
    QCOMPARE(tracker.restartStep(), std::nullopt);
    QVERIFY(!tracker.restartSeen());
    // The real restart follows; after it the device says the update is over.
    QCOMPARE(tracker.noAnswer(300), Next::PollCommission);
    QCOMPARE(tracker.restartStep(), RestartStep::Restarting); // not "again": the first silence did not count
    QCOMPARE(tracker.commissionAnswered(CommissionState::Commissioned, 400), Next::CheckStatus);
    QCOMPARE(tracker.statusAnswered(over(), 410), Next::ReadVersion);
    QVERIFY(tracker.restartSeen());
    QCOMPARE(tracker.versionAnswered(After, 420), Next::Finish);
    QCOMPARE(tracker.verdict(), Verdict::Succeeded);
}

void TestRestartTracker::restartDueAfterEveryStageIsDone()
{
    RestartTracker tracker(settings());
    QCOMPARE(tracker.statusAnswered(status(9, QStringLiteral("active")), 0), Next::PollStatus);
    QCOMPARE(tracker.restartStep(), RestartStep::WaitingForRestart);
    QCOMPARE(tracker.phase(), UpdatePhase::Restarts);
    QCOMPARE(tracker.noAnswer(100), Next::PollCommission);
    QCOMPARE(tracker.restartStep(), RestartStep::Restarting);
    QCOMPARE(tracker.commissionAnswered(CommissionState::Commissioned, 200), Next::CheckStatus);
    // Some firmware may still say "active" after its restart: every stage done after a silence is the end.
    QCOMPARE(tracker.statusAnswered(status(9, QStringLiteral("active")), 210), Next::ReadVersion);
    QCOMPARE(tracker.versionAnswered(After, 220), Next::Finish);
    QCOMPARE(tracker.verdict(), Verdict::Succeeded);
}

void TestRestartTracker::restartSeenWithTheSameVersionSucceeds()
{
    // The reported version is the I/O server's: it may not change with every build. The restart is the evidence.
    RestartTracker tracker(settings());
    QCOMPARE(tracker.statusAnswered(installing(), 0), Next::PollStatus);
    QCOMPARE(tracker.noAnswer(100), Next::PollCommission);
    QCOMPARE(tracker.commissionAnswered(CommissionState::Commissioned, 200), Next::CheckStatus);
    QCOMPARE(tracker.statusAnswered(over(), 210), Next::ReadVersion);
    QCOMPARE(tracker.versionAnswered(Before, 220), Next::Finish);
    QCOMPARE(tracker.verdict(), Verdict::Succeeded);
    QVERIFY(!tracker.versionChanged());
}

void TestRestartTracker::factoryResetEndsAtTheFirstAnswer_data()
{
    QTest::addColumn<QString>("answer");
    QTest::newRow("new certificate") << "certificate";
    QTest::newRow("not commissioned") << "uncommissioned";
    QTest::newRow("old key refused") << "key";
}

void TestRestartTracker::factoryResetEndsAtTheFirstAnswer()
{
    QFETCH(QString, answer);
    RestartTracker tracker(settings(false));
    QCOMPARE(tracker.statusAnswered(installing(), 0), Next::PollStatus);
    QCOMPARE(tracker.noAnswer(100), Next::PollCommission);
    Next next = Next::PollStatus;
    if (answer == QLatin1String("certificate"))
        next = tracker.newCertificate(200);
    else if (answer == QLatin1String("uncommissioned"))
        next = tracker.commissionAnswered(CommissionState::NotCommissioned, 200);
    else
        next = tracker.keyRefused(200);
    QCOMPARE(next, Next::Finish);
    QCOMPARE(tracker.verdict(), Verdict::NeedsCommissioning);
    QCOMPARE(tracker.restartStep(), RestartStep::Ready);
}

void TestRestartTracker::newCertificateBeforeAnyRestartIsAWarningSign()
{
    RestartTracker reset(settings(false));
    QCOMPARE(reset.statusAnswered(processing(2), 0), Next::PollStatus);
    QCOMPARE(reset.newCertificate(100), Next::Finish);
    QCOMPARE(reset.verdict(), Verdict::CertificateChanged);

    RestartTracker kept(settings(true));
    QCOMPARE(kept.statusAnswered(installing(), 0), Next::PollStatus);
    QCOMPARE(kept.noAnswer(100), Next::PollCommission);
    QCOMPARE(kept.newCertificate(200), Next::Finish);
    QCOMPARE(kept.verdict(), Verdict::CertificateChanged);
}

void TestRestartTracker::settingsLostAfterTheRestoreWindow()
{
    RestartTracker tracker(settings());
    QCOMPARE(tracker.statusAnswered(installing(), 0), Next::PollStatus);
    QCOMPARE(tracker.noAnswer(100), Next::PollCommission);
    QCOMPARE(tracker.commissionAnswered(CommissionState::NotCommissioned, 1'000), Next::PollCommission);
    QCOMPARE(tracker.commissionAnswered(CommissionState::NotCommissioned, 60'999), Next::PollCommission);
    QCOMPARE(tracker.commissionAnswered(CommissionState::NotCommissioned, 61'000), Next::Finish);
    QCOMPARE(tracker.verdict(), Verdict::SettingsLost);
}

void TestRestartTracker::uncommissionedTimeStartsAgainAfterASilence()
{
    RestartTracker tracker(settings());
    QCOMPARE(tracker.noAnswer(0), Next::PollCommission);
    QCOMPARE(tracker.commissionAnswered(CommissionState::NotCommissioned, 1'000), Next::PollCommission);
    QCOMPARE(tracker.noAnswer(50'000), Next::PollCommission);
    QCOMPARE(tracker.commissionAnswered(CommissionState::NotCommissioned, 70'000), Next::PollCommission);
    QCOMPARE(tracker.where(), Where::NotReady);
    QCOMPARE(tracker.commissionAnswered(CommissionState::NotCommissioned, 130'000), Next::Finish);
    QCOMPARE(tracker.verdict(), Verdict::SettingsLost);
}

void TestRestartTracker::keyRefusedWhileProcessing()
{
    RestartTracker tracker(settings());
    QCOMPARE(tracker.statusAnswered(processing(2), 0), Next::PollStatus);
    QCOMPARE(tracker.keyRefused(100), Next::Finish);
    QCOMPARE(tracker.verdict(), Verdict::KeyRefused);
}

void TestRestartTracker::keyRefusedAfterTheRestartsWaitsForTheRestore()
{
    RestartTracker tracker(settings());
    QCOMPARE(tracker.statusAnswered(installing(), 0), Next::PollStatus);
    QCOMPARE(tracker.noAnswer(100), Next::PollCommission);
    QCOMPARE(tracker.commissionAnswered(CommissionState::Unknown, 200), Next::CheckStatus);
    QCOMPARE(tracker.keyRefused(210), Next::PollCommission);
    QCOMPARE(tracker.restartStep(), RestartStep::RestoringSettings);
    QCOMPARE(tracker.commissionAnswered(CommissionState::Commissioned, 300), Next::CheckStatus);
    QCOMPARE(tracker.statusAnswered(over(), 310), Next::ReadVersion);
    QCOMPARE(tracker.versionAnswered(After, 320), Next::Finish);
    QCOMPARE(tracker.verdict(), Verdict::Succeeded);
}

void TestRestartTracker::unclearAnswersWhileProcessingAreBounded()
{
    RestartTracker tracker(settings()); // tolerates 2
    QCOMPARE(tracker.unclearAnswer(0), Next::PollStatus);
    QCOMPARE(tracker.unclearAnswer(100), Next::PollStatus);
    QCOMPARE(tracker.statusAnswered(processing(), 200), Next::PollStatus); // a clear answer starts the count again
    QCOMPARE(tracker.unclearAnswer(300), Next::PollStatus);
    QCOMPARE(tracker.unclearAnswer(400), Next::PollStatus);
    QCOMPARE(tracker.unclearAnswer(500), Next::Finish);
    QCOMPARE(tracker.verdict(), Verdict::Unfollowable);
    QCOMPARE(tracker.unclearAnswers(), 3);
}

void TestRestartTracker::unclearAnswersAfterASilenceMeanNotReady()
{
    RestartTracker tracker(settings());
    QCOMPARE(tracker.statusAnswered(installing(), 0), Next::PollStatus);
    QCOMPARE(tracker.noAnswer(100), Next::PollCommission);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(tracker.unclearAnswer(200 + i), Next::PollCommission);
    QCOMPARE(tracker.where(), Where::NotReady);
    QCOMPARE(tracker.stepSinceMs(), 200);
    QCOMPARE(tracker.verdict(), Verdict::None);
}

void TestRestartTracker::missingStatusEndpointAfterTheRestartReadsTheVersion()
{
    RestartTracker tracker(settings());
    QCOMPARE(tracker.statusAnswered(installing(), 0), Next::PollStatus);
    QCOMPARE(tracker.noAnswer(100), Next::PollCommission);
    QCOMPARE(tracker.commissionAnswered(CommissionState::Commissioned, 200), Next::CheckStatus);
    QCOMPARE(tracker.statusMissing(210), Next::ReadVersion);
    QCOMPARE(tracker.versionAnswered(After, 220), Next::Finish);
    QCOMPARE(tracker.verdict(), Verdict::Succeeded);
}

void TestRestartTracker::followingAnIdleDeviceIsNotVerifiedAtOnce()
{
    RestartTracker::Settings s = settings();
    s.follow = true;
    RestartTracker tracker(s);
    QCOMPARE(tracker.statusAnswered(over(), 0), Next::ReadVersion);
    // No update was seen under way: no restart window to wait out.
    QCOMPARE(tracker.versionAnswered(Before, 10), Next::Finish);
    QCOMPARE(tracker.verdict(), Verdict::NotVerified);
}

void TestRestartTracker::followingFromSilenceNeedsTheVersionBefore()
{
    RestartTracker::Settings unknownBefore = settings();
    unknownBefore.follow = true;
    unknownBefore.versionBefore.clear();
    RestartTracker blind(unknownBefore);
    QCOMPARE(blind.noAnswer(0), Next::PollCommission);
    QCOMPARE(blind.commissionAnswered(CommissionState::Commissioned, 100), Next::CheckStatus);
    QCOMPARE(blind.statusAnswered(over(), 110), Next::ReadVersion);
    QVERIFY(!blind.restartSeen()); // the update was never seen under way before that silence
    QCOMPARE(blind.versionAnswered(After, 120), Next::Finish);
    QCOMPARE(blind.verdict(), Verdict::NotVerified);

    RestartTracker::Settings knownBefore = settings();
    knownBefore.follow = true;
    RestartTracker told(knownBefore);
    QCOMPARE(told.noAnswer(0), Next::PollCommission);
    QCOMPARE(told.commissionAnswered(CommissionState::Commissioned, 100), Next::CheckStatus);
    QCOMPARE(told.statusAnswered(over(), 110), Next::ReadVersion);
    QCOMPARE(told.versionAnswered(After, 120), Next::Finish);
    QCOMPARE(told.verdict(), Verdict::Succeeded);
}

QTEST_GUILESS_MAIN(TestRestartTracker)
#include "tst_restarttracker.moc"
