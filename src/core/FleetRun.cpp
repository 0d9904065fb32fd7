#include "FleetRun.h"

#include "BandwidthBudget.h"
#include "FirmwareHasher.h"
#include "FirmwareVersion.h"
#include "UploadGate.h"

#include <QTimer>

#include <algorithm>

namespace groov {

QString fleetOutcomeId(FleetOutcome outcome)
{
    switch (outcome) {
    case FleetOutcome::None:
        return QStringLiteral("none");
    case FleetOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case FleetOutcome::Failed:
        return QStringLiteral("failed");
    case FleetOutcome::Refused:
        return QStringLiteral("refused");
    case FleetOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

FleetRun::FleetRun(const FleetPlan &plan, const QList<FleetTarget> &targets, const FleetRunOptions &options,
                   QObject *parent)
    : QObject(parent), m_plan(plan), m_options(options), m_waves(plan.waves())
{
    m_gate = new UploadGate(plan.concurrency, this);
    UpdateRequest &request = m_shared.request;
    request.firmwarePath = plan.firmwarePath;
    request.preserveSettings = plan.preserveSettings;
    request.factoryResetConfirmed = options.factoryResetConfirmed;
    request.timings = options.timings;
    if (plan.pollIntervalSeconds)
        request.timings.pollIntervalMs = *plan.pollIntervalSeconds * 1000;
    if (plan.deadlineMinutes)
        request.timings.deadlineMs = *plan.deadlineMinutes * 60'000;
    m_shared.beforeHook = plan.beforeHook;
    m_shared.afterHook = plan.afterHook;
    m_shared.uploadGate = m_gate;
    if (plan.maxUploadMBps)
        m_shared.bandwidth = new BandwidthBudget(qint64(*plan.maxUploadMBps * 1'000'000), this);
    // A hook inherits the environment: never a variable that holds a key.
    m_shared.secretVariables = {QStringLiteral("GROOV_API_KEY")};
    for (const FleetDevice &device : plan.devices) {
        if (device.key.kind == FleetKeySource::Kind::Environment && !m_shared.secretVariables.contains(device.key.name))
            m_shared.secretVariables.append(device.key.name);
    }
    m_targetVersion = plan.targetVersion;

    for (int index = 0; index < targets.size(); ++index) {
        auto *device = new FleetDeviceRun(targets.at(index), &m_shared, this);
        connect(device, &FleetDeviceRun::changed, this, [this, index] { Q_EMIT deviceChanged(index); });
        connect(device, &FleetDeviceRun::checked, this, &FleetRun::onChecked);
        connect(device, &FleetDeviceRun::finished, this, [this, index] { onDeviceFinished(index); });
        connect(device, &FleetDeviceRun::logMessage, this,
                [this, index](const QString &message) { Q_EMIT deviceLog(index, message); });
        connect(device, &FleetDeviceRun::warned, this,
                [this, index](const QString &warning) { Q_EMIT deviceWarning(index, warning); });
        m_devices.append(device);
    }
}

FleetRun::~FleetRun() = default;

int FleetRun::failures() const
{
    return int(std::count_if(m_devices.cbegin(), m_devices.cend(), [](const FleetDeviceRun *device) {
        return device->status().state == FleetDeviceState::Failed;
    }));
}

int FleetRun::mostUploadsAtOnce() const
{
    return m_gate->mostAtOnce();
}

int FleetRun::runningCount() const
{
    return int(std::count_if(m_devices.cbegin(), m_devices.cend(),
                             [](const FleetDeviceRun *device) { return device->isRunning(); }));
}

QString FleetRun::skipReason(const QString &versionBefore, const QString &target, bool force, bool allowDowngrade)
{
    if (target.isEmpty())
        return {};
    switch (FirmwareVersion::compareVersions(versionBefore, target)) {
    case FirmwareVersion::Change::Reinstall:
        if (force)
            return {};
        return tr("It already runs %1, the target version; to update it anyway, force it (--force, or Force in "
                  "the Fleet window).")
            .arg(versionBefore);
    case FirmwareVersion::Change::Downgrade:
        if (allowDowngrade)
            return {};
        return tr("It runs %1, newer than the target %2; to install the older version, allow the downgrade "
                  "(--allow-downgrade, or Allow downgrade in the Fleet window).")
            .arg(versionBefore, target);
    case FirmwareVersion::Change::Upgrade:
    case FirmwareVersion::Change::Unknown:
        break;
    }
    return {};
}

void FleetRun::setStage(Stage stage)
{
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void FleetRun::start()
{
    Q_ASSERT(m_stage == Stage::Idle);
    QString refusal;
    if (!m_plan.preserveSettings && !m_options.factoryResetConfirmed)
        // As for one device: the plan alone never erases a device.
        refusal = tr("The plan turns \"preserveSettings\" off: every device would be reset to its factory settings. "
                     "Confirm it explicitly to go on, as for one device. Nothing was sent to any device.");
    if (refusal.isEmpty()) {
        hashFirmware();
        return;
    }
    QTimer::singleShot(0, this, [this, refusal] { finish(FleetOutcome::Refused, refusal); });
}

void FleetRun::hashFirmware()
{
    setStage(Stage::Hashing);
    const ImageFingerprint::Key key = ImageFingerprint::Key::random();
    m_hasher = new FirmwareHasher(this);
    connect(m_hasher, &FirmwareHasher::finished, this, [this, key](const QByteArray &sha256) {
        m_shared.request.checkedImage = CheckedImage{sha256, key, m_hasher->fingerprint()};
        onHashed(sha256);
    });
    connect(m_hasher, &FirmwareHasher::failed, this, [this](const QString &message) {
        finish(FleetOutcome::Refused, tr("%1 Nothing was sent to any device.").arg(message));
    });
    // Once for the whole fleet: every device's upload is checked against this one read of the file.
    m_hasher->start(m_plan.firmwarePath, key);
}

void FleetRun::onHashed(const QByteArray &sha256)
{
    m_sha256 = sha256;
    if (!m_plan.sha256.isEmpty() && m_plan.sha256 != sha256) {
        finish(FleetOutcome::Refused,
               tr("The firmware file's SHA-256 is %1, not %2 as the plan says: it is not the file the plan was "
                  "written for. Nothing was sent to any device. Download the firmware again, or correct the plan.")
                   .arg(QString::fromLatin1(sha256), QString::fromLatin1(m_plan.sha256)));
        return;
    }
    Q_EMIT logMessage(m_plan.sha256.isEmpty()
                          ? tr("Firmware SHA-256: %1").arg(QString::fromLatin1(sha256))
                          : tr("Firmware SHA-256: %1, as the plan says").arg(QString::fromLatin1(sha256)));
    if (m_interruptions > 0) {
        leaveOutTheRest(FleetDeviceState::NotStarted, tr("The run was interrupted before its checks."));
        finishIfDone();
        return;
    }
    setStage(Stage::Checking);
    checkNext();
}

void FleetRun::checkNext()
{
    const int checking = int(std::count_if(m_devices.cbegin(), m_devices.cend(), [](const FleetDeviceRun *device) {
        return device->status().state == FleetDeviceState::Checking;
    }));
    for (int free = std::max(1, m_options.checksAtOnce) - checking; free > 0 && m_nextCheck < m_devices.size(); --free)
        m_devices.at(m_nextCheck++)->check();
}

void FleetRun::onChecked()
{
    ++m_checksDone;
    if (m_interruptions == 0)
        checkNext();
    if (m_checksDone < m_nextCheck || (m_nextCheck < m_devices.size() && m_interruptions == 0))
        return;
    if (m_interruptions > 0) {
        leaveOutTheRest(FleetDeviceState::NotStarted, tr("The run was interrupted during the checks."));
        finishIfDone();
        return;
    }
    if (failures() >= m_plan.failureLimit())
        halt(tr("%n device(s) failed their checks, and the plan's limit is %1: no device was updated.", nullptr,
                failures())
                 .arg(m_plan.failureLimit()));
    if (m_options.dryRun) {
        for (FleetDeviceRun *device : std::as_const(m_devices)) {
            const QString reason =
                skipReason(device->status().versionBefore, m_targetVersion, m_options.force, m_options.allowDowngrade);
            if (!fleetDeviceStateIsOver(device->status().state))
                device->skip(reason.isEmpty() ? tr("A dry run: it passed its checks and would be updated.")
                                              : tr("A dry run; it would be skipped: %1").arg(reason));
        }
        finishIfDone();
        return;
    }
    setStage(Stage::Waves);
    if (m_paused && m_haltReason.isEmpty())
        return; // resuming starts it
    startWave(0);
}

void FleetRun::startWave(int wave)
{
    m_wave = wave;
    const QList<int> &devices = m_waves.at(wave);
    Q_EMIT waveStarted(wave, devices);
    // A device skipped here ends at once: the next wave must not start from within this loop.
    m_startingWave = true;
    for (const int index : devices) {
        FleetDeviceRun *device = m_devices.at(index);
        if (fleetDeviceStateIsOver(device->status().state))
            continue;
        if (!m_haltReason.isEmpty()) {
            device->leaveOut(FleetDeviceState::NotStarted, m_haltReason);
            continue;
        }
        const QString reason =
            skipReason(device->status().versionBefore, m_targetVersion, m_options.force, m_options.allowDowngrade);
        if (!reason.isEmpty()) {
            device->skip(reason);
            continue;
        }
        startDevice(index, wave);
    }
    m_startingWave = false;
    finishIfDone();
}

void FleetRun::startDevice(int index, int wave)
{
    FleetDeviceRun *device = m_devices.at(index);
    if (!m_targetVersion.isEmpty() && !FirmwareVersion::parse(device->status().versionBefore))
        Q_EMIT deviceLog(index, tr("Its version cannot be read, so it cannot be compared with the target %1: it is "
                                   "updated.")
                                    .arg(m_targetVersion));
    device->run(wave, m_targetVersion);
}

void FleetRun::onDeviceFinished(int index)
{
    const FleetDeviceStatus &status = m_devices.at(index)->status();
    Q_EMIT deviceFinished(index);
    if (m_stage != Stage::Waves)
        return; // the checks count their failures once they are all done
    learnTarget(status);
    if (status.state == FleetDeviceState::Failed) {
        if (m_wave == 0 && !m_plan.continueOnError)
            halt(tr("The canary %1 failed (the first wave): no other device starts. Set \"continueOnError\" in the "
                    "plan to go on after a failed canary.")
                     .arg(m_devices.at(index)->target().device.name));
        else if (failures() >= m_plan.failureLimit())
            halt(tr("%n device(s) failed, and the plan's limit is %1: no other device starts.", nullptr, failures())
                     .arg(m_plan.failureLimit()));
    }
    finishIfDone();
}

void FleetRun::learnTarget(const FleetDeviceStatus &status)
{
    if (!m_targetVersion.isEmpty() || status.state != FleetDeviceState::Succeeded || status.versionAfter.isEmpty() ||
        !status.report || status.report->outcome != UpdateOutcome::Succeeded)
        return;
    // Only a verified update names the target: its device restarted, or reports a new version.
    m_targetVersion = status.versionAfter;
    Q_EMIT logMessage(tr("Target version: %1, as the first updated device reports.").arg(m_targetVersion));
}

void FleetRun::halt(const QString &reason)
{
    if (!m_haltReason.isEmpty())
        return;
    m_haltReason = reason;
    Q_EMIT logMessage(tr("Halted: %1 Running devices finish.").arg(reason));
    for (FleetDeviceRun *device : std::as_const(m_devices))
        device->withdrawBeforeUpload(reason);
}

void FleetRun::setPaused(bool paused)
{
    if (paused == m_paused || (paused && m_stage == Stage::Finished))
        return;
    m_paused = paused;
    m_gate->setPaused(paused);
    Q_EMIT logMessage(paused ? tr("Paused: devices under way go on; no other device starts its upload.")
                             : tr("Resumed."));
    Q_EMIT pausedChanged(paused);
    if (paused)
        return;
    if (m_stage == Stage::Waves && m_wave < 0)
        startWave(0); // the checks ended while paused
    else
        finishIfDone();
}

QString FleetRun::interruptConsequence() const
{
    if (m_stage == Stage::Finished)
        return {};
    if (m_interruptions == 0)
        return tr("No other device starts, and uploads under way stop (those devices keep their firmware). Devices "
                  "that have their image already are followed to the end of their update.");
    return tr("The devices still updating are no longer followed: they carry on with their update on their own and "
              "restart twice. Do not power them off. Their result will not be known here.");
}

void FleetRun::interrupt()
{
    ++m_interruptions;
    if (m_stage == Stage::Finished)
        return;
    if (m_stage == Stage::Hashing) {
        m_hasher->cancel();
        leaveOutTheRest(FleetDeviceState::NotStarted, tr("The run was interrupted before its checks."));
        finish(FleetOutcome::Cancelled, tr("Interrupted while hashing the firmware: nothing was sent."));
        return;
    }
    const QString reason = tr("The run was interrupted.");
    if (m_haltReason.isEmpty())
        m_haltReason = reason;
    Q_EMIT logMessage(m_interruptions == 1
                          ? tr("Interrupted: no other device starts, and uploads stop. Devices that have their image "
                               "are followed to the end; interrupt again to stop following them.")
                          : tr("Interrupted again: the devices still updating carry on on their own; do not power "
                               "them off."));
    for (FleetDeviceRun *device : std::as_const(m_devices)) {
        if (!device->isRunning())
            continue;
        // One that has not begun to prepare its device did not start its update.
        if (m_interruptions == 1) {
            if (!device->withdrawBeforeUpload(reason))
                device->cancelUnlessInstalling();
        } else
            device->cancel();
    }
    leaveOutTheRest(FleetDeviceState::NotStarted, reason);
    finishIfDone();
}

void FleetRun::leaveOutTheRest(FleetDeviceState state, const QString &reason)
{
    for (FleetDeviceRun *device : std::as_const(m_devices)) {
        if (device->status().state == FleetDeviceState::Waiting)
            device->leaveOut(state, reason);
    }
}

void FleetRun::finishIfDone()
{
    if (m_stage == Stage::Finished || m_stage == Stage::Idle || m_stage == Stage::Hashing || m_startingWave ||
        runningCount() > 0)
        return;
    // Paused: neither the next wave nor the end, unless a halt means nothing would start anyway.
    if (m_paused && m_stage == Stage::Waves && m_haltReason.isEmpty())
        return;
    if (m_stage == Stage::Waves && m_haltReason.isEmpty() && m_wave + 1 < m_waves.size()) {
        startWave(m_wave + 1);
        return;
    }
    leaveOutTheRest(FleetDeviceState::NotStarted, m_haltReason);

    int updated = 0;
    int skipped = 0;
    int failed = 0;
    int left = 0;
    for (const FleetDeviceRun *device : std::as_const(m_devices)) {
        switch (device->status().state) {
        case FleetDeviceState::Succeeded:
            ++updated;
            break;
        case FleetDeviceState::Skipped:
            ++skipped;
            break;
        case FleetDeviceState::Failed:
            ++failed;
            break;
        default:
            ++left;
            break;
        }
    }
    const QString counts = m_options.dryRun ? tr("Dry run: %1 of %2 devices passed their checks; nothing was updated.")
                                                  .arg(skipped)
                                                  .arg(m_devices.size())
                                            : tr("%1 updated, %2 skipped, %3 failed, %4 not updated of %5 devices.")
                                                  .arg(updated)
                                                  .arg(skipped)
                                                  .arg(failed)
                                                  .arg(left)
                                                  .arg(m_devices.size());
    const FleetOutcome outcome = failed > 0 ? FleetOutcome::Failed
                                 : left > 0 ? FleetOutcome::Cancelled
                                            : FleetOutcome::Succeeded;
    finish(outcome, m_haltReason.isEmpty() ? counts : counts + QLatin1Char(' ') + m_haltReason);
}

void FleetRun::finish(FleetOutcome outcome, const QString &message)
{
    if (m_stage == Stage::Finished)
        return;
    if (outcome == FleetOutcome::Refused)
        leaveOutTheRest(FleetDeviceState::NotStarted, message);
    for (FleetDeviceRun *device : std::as_const(m_devices))
        device->forgetKey();
    m_outcome = outcome;
    m_finalMessage = message;
    setStage(Stage::Finished);
    Q_EMIT finished(outcome);
}

} // namespace groov
