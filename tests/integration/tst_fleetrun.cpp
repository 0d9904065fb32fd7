// FleetRun against eight simulated devices: waves, turns to upload, the failure limit, the canary, skips, the
// model check and hooks, each asserted on what the simulators received.
#include "FleetRun.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <limits>
#include <memory>
#include <vector>

using namespace groov;
using namespace groov::test;

Q_DECLARE_METATYPE(groov::DeviceShare)

namespace {

constexpr int kDevices = 8;
const QString kTarget = QStringLiteral("4.1.0-b.42");

// Eight devices, each with its plan entry, and a run over them.
class Fleet
{
public:
    explicit Fleet(int count = kDevices)
    {
        for (int i = 0; i < count; ++i)
            m_sims.push_back(std::make_unique<SimHarness>());
    }

    SimHarness &sim(int index) { return *m_sims.at(std::size_t(index)); }
    // Replaces a device by one of another model or version.
    void replace(int index, const QString &model, const QString &version = {})
    {
        m_sims.at(std::size_t(index)) = std::make_unique<SimHarness>(model, 200.0, version);
    }
    int size() const { return int(m_sims.size()); }

    FleetPlan plan()
    {
        FleetPlan plan;
        plan.firmwarePath = sim(0).makeFirmware(QStringLiteral("epic"), 300'000);
        for (int i = 0; i < size(); ++i) {
            FleetDevice device;
            device.name = QStringLiteral("d%1").arg(i);
            device.address = sim(i).device().baseUrl().toString();
            plan.devices.append(device);
        }
        return plan;
    }

    QList<FleetTarget> targets(const FleetPlan &plan)
    {
        QList<FleetTarget> targets;
        for (int i = 0; i < size(); ++i) {
            const UpdateRequest request = sim(i).request(QString());
            targets.append(FleetTarget{plan.devices.at(i), request.address, request.trust, request.apiKey});
        }
        return targets;
    }

    // A run over the plan, not started yet.
    std::unique_ptr<FleetRun> prepared(const FleetPlan &plan, FleetRunOptions options = {})
    {
        options.timings = SimHarness::fastTimings();
        return std::make_unique<FleetRun>(plan, targets(plan), options);
    }

    // Runs the plan to its end.
    std::unique_ptr<FleetRun> run(const FleetPlan &plan, FleetRunOptions options = {})
    {
        auto run = prepared(plan, options);
        QSignalSpy finished(run.get(), &FleetRun::finished);
        run->start();
        if (!finished.wait(240'000))
            qFatal("the fleet run did not finish");
        return run;
    }

    int prepares(int index) { return sim(index).requestCount(QStringLiteral("/prepare")); }
    int requests(int index) { return sim(index).requestCount(); }

private:
    std::vector<std::unique_ptr<SimHarness>> m_sims;
};

QString describe(const FleetRun &run)
{
    QString text = fleetOutcomeId(run.outcome()) + QStringLiteral(": ") + run.finalMessage();
    for (int i = 0; i < run.deviceCount(); ++i)
        text += QStringLiteral("\n  %1 %2 wave %3: %4")
                    .arg(run.target(i).device.name, fleetDeviceStateId(run.status(i).state))
                    .arg(run.status(i).wave)
                    .arg(run.status(i).message);
    return text;
}

QList<FleetDeviceState> states(const FleetRun &run)
{
    QList<FleetDeviceState> list;
    for (int i = 0; i < run.deviceCount(); ++i)
        list.append(run.status(i).state);
    return list;
}

// Calls act() once, at the moment the first device of the run begins to prepare its device (it holds a turn to upload
// then): the devices' checks end in any order, and so do their turns. Returns where that device's index will be.
std::shared_ptr<int> atFirstPrepare(FleetRun &run, std::function<void()> act)
{
    auto first = std::make_shared<int>(-1);
    QObject::connect(&run, &FleetRun::deviceChanged, &run, [&run, first, act](int index) {
        if (*first < 0 && run.status(index).timeline.state(UpdateStep::Prepare) != StepState::Pending) {
            *first = index;
            act();
        }
    });
    return first;
}

QList<FleetDeviceState> repeated(FleetDeviceState state, int count)
{
    return QList<FleetDeviceState>(count, state);
}

} // namespace

class TestFleetRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Eight devices' polls would bury a failure's own words.
        QLoggingCategory::setFilterRules(QStringLiteral("groov.*.debug=false\ngroov.*.info=false"));
    }
    void uploadsTakeTurnsAtThePlansConcurrency();
    void aFailingCanaryHaltsTheRest();
    void continueOnErrorGoesOnAfterAFailedCanary();
    void reachingMaxFailuresHaltsTheNextWaves_data();
    void reachingMaxFailuresHaltsTheNextWaves();
    void aDeviceAtTheTargetIsSkippedUnlessForced();
    void theFirstUpdatedDeviceNamesTheTarget();
    void aModelMismatchIsRefused();
    void aFileOtherThanThePlansIsRefusedBeforeAnyRequest();
    void aFactoryResetPlanNeedsConfirmation();
    void theBandwidthCapHoldsForTheWholeRun();
    void aDryRunChecksEveryDeviceAndUpdatesNone();
    void hooksRunInOrderAndAFailingBeforeSkipsItsDevice();
    void pausingHoldsTheNextUploadsUntilResumed();
    void pausingDuringTheChecksHoldsTheFirstWave();
    void interruptingWhilePausedWithdrawsTheWaitingDevices();
};

void TestFleetRun::uploadsTakeTurnsAtThePlansConcurrency()
{
    Fleet fleet;
    FleetPlan plan = fleet.plan();
    plan.waveSizes = {DeviceShare{1, false}};
    plan.concurrency = 2;
    const auto run = fleet.run(plan);
    QVERIFY2(run->outcome() == FleetOutcome::Succeeded, qPrintable(describe(*run)));
    QCOMPARE(states(*run), repeated(FleetDeviceState::Succeeded, kDevices));

    // Each device's upload, as the simulators saw it: from its prepare to its last chunk.
    struct Span
    {
        qint64 from;
        qint64 to;
    };
    std::vector<Span> uploads;
    for (int i = 0; i < kDevices; ++i) {
        qint64 from = -1;
        qint64 to = -1;
        for (const QJsonValue &value : fleet.sim(i).report().value(QLatin1String("requests")).toArray()) {
            const QJsonObject request = value.toObject();
            const qint64 at = qint64(request.value(QLatin1String("answeredAtMs")).toDouble());
            const QString path = request.value(QLatin1String("path")).toString();
            if (path.contains(QLatin1String("/prepare")))
                from = at;
            if (path.contains(QLatin1String("/update/apply")))
                to = std::max(to, at);
        }
        QVERIFY2(from >= 0 && to >= from, qPrintable(QStringLiteral("device %1: no upload recorded").arg(i)));
        uploads.push_back({from, to});
        QCOMPARE(fleet.sim(i).device().firmwareVersion(), kTarget);
        QCOMPARE(fleet.sim(i).violations(), QStringList());
    }
    // The canary uploads alone: every other upload began after its device was back.
    for (int i = 1; i < kDevices; ++i)
        QVERIFY2(uploads[std::size_t(i)].from >= uploads[0].to, "an upload overlapped the canary's");
    int mostAtOnce = 0;
    for (const Span &span : uploads) {
        const auto overlapping = std::count_if(uploads.cbegin(), uploads.cend(), [&span](const Span &other) {
            return other.from <= span.from && span.from < other.to;
        });
        mostAtOnce = std::max(mostAtOnce, int(overlapping));
    }
    QVERIFY2(mostAtOnce <= 2, qPrintable(QStringLiteral("%1 uploads at once").arg(mostAtOnce)));
    QVERIFY(run->mostUploadsAtOnce() <= 2);
}

void TestFleetRun::aFailingCanaryHaltsTheRest()
{
    Fleet fleet;
    fleet.sim(0).addFault(QStringLiteral("stage-error=8@decrypt"));
    FleetPlan plan = fleet.plan();
    plan.maxFailures = DeviceShare{50, true};
    const auto run = fleet.run(plan);
    QCOMPARE(run->outcome(), FleetOutcome::Failed);
    QCOMPARE(run->status(0).state, FleetDeviceState::Failed);
    QVERIFY2(run->haltReason().contains(QLatin1String("canary")), qPrintable(describe(*run)));
    for (int i = 1; i < kDevices; ++i) {
        QCOMPARE(run->status(i).state, FleetDeviceState::NotStarted);
        QCOMPARE(fleet.prepares(i), 0);
    }
}

void TestFleetRun::continueOnErrorGoesOnAfterAFailedCanary()
{
    Fleet fleet;
    fleet.sim(0).addFault(QStringLiteral("stage-error=8@decrypt"));
    FleetPlan plan = fleet.plan();
    plan.continueOnError = true;
    plan.maxFailures = DeviceShare{2, false};
    plan.concurrency = 4;
    const auto run = fleet.run(plan);
    QCOMPARE(run->outcome(), FleetOutcome::Failed); // one device failed: the run says so
    QCOMPARE(run->status(0).state, FleetDeviceState::Failed);
    QVERIFY2(run->haltReason().isEmpty(), qPrintable(describe(*run)));
    for (int i = 1; i < kDevices; ++i) {
        QCOMPARE(run->status(i).state, FleetDeviceState::Succeeded);
        QCOMPARE(fleet.sim(i).device().firmwareVersion(), kTarget);
    }
}

void TestFleetRun::reachingMaxFailuresHaltsTheNextWaves_data()
{
    QTest::addColumn<DeviceShare>("maxFailures");
    QTest::addColumn<bool>("halts");
    QTest::newRow("a count reached") << DeviceShare{2, false} << true;
    QTest::newRow("a percentage reached") << DeviceShare{25, true} << true; // 25% of 8 is 2
    QTest::newRow("a count not reached") << DeviceShare{3, false} << false;
    QTest::newRow("a percentage not reached") << DeviceShare{30, true} << false; // 30% of 8 is 3 (rounded up)
}

void TestFleetRun::reachingMaxFailuresHaltsTheNextWaves()
{
    QFETCH(DeviceShare, maxFailures);
    QFETCH(bool, halts);
    Fleet fleet;
    fleet.sim(1).addFault(QStringLiteral("stage-error=8@decrypt"));
    fleet.sim(2).addFault(QStringLiteral("stage-error=8@decrypt"));
    FleetPlan plan = fleet.plan();
    plan.waveSizes = {DeviceShare{1, false}, DeviceShare{2, false}};
    plan.concurrency = 2;
    plan.maxFailures = maxFailures;
    const auto run = fleet.run(plan);
    QCOMPARE(run->outcome(), FleetOutcome::Failed);
    QCOMPARE(run->status(0).state, FleetDeviceState::Succeeded);
    QCOMPARE(run->status(1).state, FleetDeviceState::Failed);
    QCOMPARE(run->status(2).state, FleetDeviceState::Failed);
    for (int i = 3; i < kDevices; ++i) {
        QCOMPARE(run->status(i).state, halts ? FleetDeviceState::NotStarted : FleetDeviceState::Succeeded);
        QCOMPARE(fleet.prepares(i), halts ? 0 : 1);
    }
    QCOMPARE(run->haltReason().isEmpty(), !halts);
}

void TestFleetRun::aDeviceAtTheTargetIsSkippedUnlessForced()
{
    for (const bool force : {false, true}) {
        Fleet fleet;
        fleet.replace(3, QStringLiteral("GRV-EPIC-PR2"), kTarget);
        fleet.replace(5, QStringLiteral("GRV-EPIC-PR2"), QStringLiteral("4.2.0"));
        FleetPlan plan = fleet.plan();
        plan.targetVersion = kTarget;
        plan.concurrency = 3;
        FleetRunOptions options;
        options.force = force;
        const auto run = fleet.run(plan, options);
        QVERIFY2(run->outcome() == FleetOutcome::Succeeded, qPrintable(describe(*run)));
        QCOMPARE(run->status(3).state, force ? FleetDeviceState::Succeeded : FleetDeviceState::Skipped);
        QCOMPARE(fleet.prepares(3), force ? 1 : 0);
        // Newer than the target: --force does not go back; only --allow-downgrade would.
        QCOMPARE(run->status(5).state, FleetDeviceState::Skipped);
        QVERIFY2(run->status(5).message.contains(QLatin1String("--allow-downgrade")), qPrintable(describe(*run)));
        QCOMPARE(fleet.prepares(5), 0);
        QCOMPARE(fleet.sim(5).device().firmwareVersion(), QStringLiteral("4.2.0"));
    }
}

void TestFleetRun::theFirstUpdatedDeviceNamesTheTarget()
{
    Fleet fleet;
    fleet.replace(4, QStringLiteral("GRV-EPIC-PR2"), kTarget);
    FleetPlan plan = fleet.plan(); // no targetVersion
    plan.concurrency = 4;
    const auto run = fleet.run(plan);
    QVERIFY2(run->outcome() == FleetOutcome::Succeeded, qPrintable(describe(*run)));
    QCOMPARE(run->targetVersion(), kTarget);
    QCOMPARE(run->status(4).state, FleetDeviceState::Skipped);
    QCOMPARE(fleet.prepares(4), 0);
}

void TestFleetRun::aModelMismatchIsRefused()
{
    Fleet fleet;
    fleet.replace(2, QStringLiteral("GRV-R7-MM1001-10"));
    FleetPlan plan = fleet.plan();
    for (FleetDevice &device : plan.devices)
        device.expectedModel = QStringLiteral("GRV-EPIC-PR2");
    plan.maxFailures = DeviceShare{2, false};
    const auto run = fleet.run(plan);
    QCOMPARE(run->status(2).state, FleetDeviceState::Failed);
    QVERIFY2(run->status(2).message.contains(QLatin1String("GRV-R7-MM1001-10")), qPrintable(describe(*run)));
    QCOMPARE(fleet.prepares(2), 0);
    QCOMPARE(fleet.sim(2).requestsWithKey(), 1); // its pre-flight, and nothing after it
    for (int i = 0; i < kDevices; ++i) {
        if (i != 2)
            QCOMPARE(run->status(i).state, FleetDeviceState::Succeeded);
    }
}

void TestFleetRun::aFileOtherThanThePlansIsRefusedBeforeAnyRequest()
{
    Fleet fleet;
    FleetPlan plan = fleet.plan();
    plan.sha256 = QByteArray(64, 'a');
    const auto run = fleet.run(plan);
    QCOMPARE(run->outcome(), FleetOutcome::Refused);
    QVERIFY2(run->finalMessage().contains(QLatin1String("SHA-256")), qPrintable(describe(*run)));
    for (int i = 0; i < kDevices; ++i) {
        QCOMPARE(fleet.requests(i), 0);
        QCOMPARE(run->status(i).state, FleetDeviceState::NotStarted);
    }
}

void TestFleetRun::aFactoryResetPlanNeedsConfirmation()
{
    Fleet fleet(2);
    FleetPlan plan = fleet.plan();
    plan.preserveSettings = false;
    const auto run = fleet.run(plan);
    QCOMPARE(run->outcome(), FleetOutcome::Refused);
    QVERIFY2(run->finalMessage().contains(QLatin1String("factory")), qPrintable(describe(*run)));
    QCOMPARE(fleet.requests(0) + fleet.requests(1), 0);
}

void TestFleetRun::theBandwidthCapHoldsForTheWholeRun()
{
    // Three uploads at once under a cap of 1 MB/s: on loopback they would take a few milliseconds without it.
    Fleet fleet(3);
    FleetPlan plan = fleet.plan();
    plan.waveSizes = {DeviceShare{100, true}};
    plan.concurrency = 3;
    plan.maxUploadMBps = 1.0;
    const auto run = fleet.run(plan);
    QVERIFY2(run->outcome() == FleetOutcome::Succeeded, qPrintable(describe(*run)));

    // From the first prepare answered (no upload reads a byte before its own) to the last chunk answered (every
    // byte was read before it), as the simulators' clocks saw it.
    qint64 firstPrepare = std::numeric_limits<qint64>::max();
    qint64 lastChunk = 0;
    qint64 bytes = 0;
    for (int i = 0; i < fleet.size(); ++i) {
        for (const QJsonValue &value : fleet.sim(i).report().value(QLatin1String("requests")).toArray()) {
            const QJsonObject request = value.toObject();
            const qint64 at = qint64(request.value(QLatin1String("answeredAtMs")).toDouble());
            const QString path = request.value(QLatin1String("path")).toString();
            if (path.contains(QLatin1String("/prepare")))
                firstPrepare = std::min(firstPrepare, at);
            if (path.contains(QLatin1String("/update/apply")))
                lastChunk = std::max(lastChunk, at);
        }
        bytes += QFileInfo(plan.firmwarePath).size();
        QCOMPARE(fleet.sim(i).device().firmwareVersion(), kTarget);
        QCOMPARE(fleet.sim(i).violations(), QStringList());
    }
    QVERIFY(lastChunk >= firstPrepare);
    // A token bucket lets through at most its burst plus the rate times the time (1 ms for the clocks' rounding).
    const qint64 burst = 100'000;
    const qint64 allowed = burst + (lastChunk - firstPrepare + 1) * 1'000'000 / 1000;
    QVERIFY2(bytes <= allowed,
             qPrintable(QStringLiteral("%1 bytes in %2 ms: over 1 MB/s").arg(bytes).arg(lastChunk - firstPrepare)));
}

void TestFleetRun::aDryRunChecksEveryDeviceAndUpdatesNone()
{
    Fleet fleet;
    fleet.replace(6, QStringLiteral("GRV-EPIC-PR2"), kTarget);
    FleetPlan plan = fleet.plan();
    plan.targetVersion = kTarget;
    FleetRunOptions options;
    options.dryRun = true;
    const auto run = fleet.run(plan, options);
    QVERIFY2(run->outcome() == FleetOutcome::Succeeded, qPrintable(describe(*run)));
    for (int i = 0; i < kDevices; ++i) {
        QCOMPARE(run->status(i).state, FleetDeviceState::Skipped);
        QCOMPARE(fleet.prepares(i), 0);
        QCOMPARE(fleet.sim(i).requestsWithKey(), 1);
    }
    QVERIFY2(run->status(6).message.contains(QLatin1String("would be skipped")), qPrintable(describe(*run)));
    QVERIFY2(run->status(0).message.contains(QLatin1String("would be updated")), qPrintable(describe(*run)));
}

void TestFleetRun::hooksRunInOrderAndAFailingBeforeSkipsItsDevice()
{
    Fleet fleet(4);
    QTemporaryDir folder;
    const QString log = folder.filePath(QStringLiteral("hooks.log"));
    const QString script = folder.filePath(QStringLiteral("hook.sh"));
    {
        QFile file(script);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("#!/bin/sh\n"
                   "echo \"$GROOV_HOOK $GROOV_DEVICE_NAME $GROOV_UPDATE_OUTCOME\" >> \"$1\"\n"
                   "[ \"$GROOV_HOOK $GROOV_DEVICE_NAME\" = \"before d2\" ] && exit 4\n"
                   "exit 0\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
    FleetPlan plan = fleet.plan();
    plan.beforeHook = FleetHook{{script, log}, 60, false};
    plan.afterHook = FleetHook{{script, log}, 60, false};
    plan.maxFailures = DeviceShare{2, false};
    plan.concurrency = 3;
    const auto run = fleet.run(plan);
    QCOMPARE(run->status(2).state, FleetDeviceState::Failed);
    QVERIFY2(run->status(2).message.contains(QLatin1String("exit code 4")), qPrintable(describe(*run)));
    QCOMPARE(fleet.prepares(2), 0);

    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const int i : {0, 1, 3}) {
        QCOMPARE(run->status(i).state, FleetDeviceState::Succeeded);
        const qsizetype before = lines.indexOf(QStringLiteral("before d%1 ").arg(i));
        const qsizetype after = lines.indexOf(QStringLiteral("after d%1 succeeded").arg(i));
        QVERIFY2(before >= 0 && after > before, qPrintable(lines.join(QLatin1Char('\n'))));
    }
    QVERIFY(lines.contains(QStringLiteral("before d2 ")));
    QVERIFY2(!lines.join(QLatin1Char('\n')).contains(QLatin1String("after d2")), "an after hook ran for d2");
}

void TestFleetRun::pausingHoldsTheNextUploadsUntilResumed()
{
    Fleet fleet(3);
    FleetPlan plan = fleet.plan();
    plan.waveSizes = {DeviceShare{100, true}}; // one wave of three
    plan.concurrency = 1;
    const auto run = fleet.prepared(plan);
    QSignalSpy paused(run.get(), &FleetRun::pausedChanged);
    QSignalSpy finished(run.get(), &FleetRun::finished);
    QSignalSpy deviceFinished(run.get(), &FleetRun::deviceFinished);
    // Paused once the first device holds the one turn: it goes on, the other two wait.
    const auto first = atFirstPrepare(*run, [&run] { run->setPaused(true); });
    run->start();
    QVERIFY(deviceFinished.wait(120'000));
    QVERIFY(run->isPaused());
    QCOMPARE(paused.count(), 1);
    QCOMPARE(deviceFinished.first().first().toInt(), *first);
    QVERIFY2(run->status(*first).state == FleetDeviceState::Succeeded, qPrintable(describe(*run)));
    // The first device gave its turn back when it held its image, long before it was back: unpaused, the next one
    // would have prepared its device by now.
    for (int i = 0; i < 3; ++i) {
        if (i == *first)
            continue;
        QCOMPARE(fleet.prepares(i), 0);
        QCOMPARE(run->status(i).state, FleetDeviceState::Updating);
        // Told as waiting for its turn, whether it asked before the pause (the turn taken) or after it.
        QVERIFY(run->status(i).waitingForUploadTurn);
    }
    QCOMPARE(finished.count(), 0);

    run->setPaused(false);
    QCOMPARE(paused.count(), 2);
    QVERIFY(finished.count() > 0 || finished.wait(240'000));
    QVERIFY2(run->outcome() == FleetOutcome::Succeeded, qPrintable(describe(*run)));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(fleet.prepares(i), 1);
        QCOMPARE(fleet.sim(i).device().firmwareVersion(), kTarget);
    }
}

void TestFleetRun::pausingDuringTheChecksHoldsTheFirstWave()
{
    Fleet fleet(2);
    const auto run = fleet.prepared(fleet.plan());
    QSignalSpy waves(run.get(), &FleetRun::waveStarted);
    QSignalSpy finished(run.get(), &FleetRun::finished);
    run->setPaused(true);
    run->start();
    // Every device checked: the run stands at its first wave without starting it.
    QTRY_VERIFY_WITH_TIMEOUT(run->stage() == FleetRun::Stage::Waves, 120'000);
    QCOMPARE(waves.count(), 0);
    QCOMPARE(run->status(0).state, FleetDeviceState::Waiting);
    QCOMPARE(fleet.prepares(0), 0);

    run->setPaused(false);
    QCOMPARE(waves.count(), 1);
    QVERIFY(finished.wait(240'000));
    QVERIFY2(run->outcome() == FleetOutcome::Succeeded, qPrintable(describe(*run)));
    QCOMPARE(states(*run), repeated(FleetDeviceState::Succeeded, 2));
}

void TestFleetRun::interruptingWhilePausedWithdrawsTheWaitingDevices()
{
    Fleet fleet(3);
    FleetPlan plan = fleet.plan();
    plan.waveSizes = {DeviceShare{100, true}};
    plan.concurrency = 1;
    const auto run = fleet.prepared(plan);
    QSignalSpy finished(run.get(), &FleetRun::finished);
    const auto first = atFirstPrepare(*run, [&run] {
        run->setPaused(true);
        run->interrupt();
    });
    run->start();
    // Still paused, the interrupted run ends: nothing would start anyway.
    QVERIFY(finished.wait(240'000));
    QVERIFY(run->isPaused());
    QVERIFY2(run->outcome() == FleetOutcome::Cancelled, qPrintable(describe(*run)));
    for (int i = 0; i < 3; ++i) {
        if (i == *first)
            continue;
        QCOMPARE(run->status(i).state, FleetDeviceState::NotStarted);
        QCOMPARE(fleet.prepares(i), 0);
    }
    // It was preparing: stopped, keeping its firmware.
    QCOMPARE(run->status(*first).state, FleetDeviceState::Cancelled);
}

QTEST_GUILESS_MAIN(TestFleetRun)
#include "tst_fleetrun.moc"
