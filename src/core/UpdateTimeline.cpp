#include "UpdateTimeline.h"

#include "ProgressText.h"

#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace groov {

namespace {
// The device's nine stages are the steps from Prepare on, in the protocol's order.
constexpr int FirstStageStep = static_cast<int>(UpdateStep::Prepare);

std::optional<UpdateStep> stepForStage(const QString &name)
{
    const qsizetype position = UpdateStatus::knownStageNames().indexOf(name);
    if (position < 0)
        return std::nullopt;
    return static_cast<UpdateStep>(FirstStageStep + position);
}

std::optional<QString> stageForStep(UpdateStep id)
{
    const int position = static_cast<int>(id) - FirstStageStep;
    const QStringList &names = UpdateStatus::knownStageNames();
    if (position < 0 || position >= names.size())
        return std::nullopt;
    return names.at(position);
}

QString separator()
{
    return QStringLiteral(" \u00b7 ");
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
} // namespace

bool UpdateTimeline::Step::operator==(const Step &other) const
{
    return state == other.state && startedAt == other.startedAt && finishedAt == other.finishedAt &&
           detail == other.detail && note == other.note;
}

void UpdateTimeline::begin(RunMode mode, bool preserveSettings)
{
    *this = UpdateTimeline();
    m_mode = mode;
    // Without preserved settings the device still restarts twice; the step stays and says what differs.
    if (!preserveSettings)
        at(UpdateStep::Restarts).note = tr("Settings are not preserved: the device comes back factory-fresh.");
    if (mode == RunMode::Follow) {
        // Another run sent the image: these steps are not this run's to do.
        for (UpdateStep id : {UpdateStep::Prepare, UpdateStep::Upload}) {
            at(id).state = StepState::Skipped;
            at(id).detail = tr("Not part of following: the device already has the image.");
        }
    }
}

void UpdateTimeline::phaseChanged(UpdatePhase phase, const QDateTime &now)
{
    switch (phase) {
    case UpdatePhase::Preflight:
        start(UpdateStep::CheckDevice, now);
        break;
    case UpdatePhase::Prepare:
        start(UpdateStep::Prepare, now);
        break;
    case UpdatePhase::Upload:
        m_rate.reset();
        start(UpdateStep::Upload, now);
        break;
    case UpdatePhase::DeviceStages:
        if (m_mode == RunMode::Follow) {
            // The device may be at any stage: its first status answer tells which.
            finish(UpdateStep::CheckDevice, StepState::Done, now);
            break;
        }
        // The device starts on the image as soon as it has the last chunk.
        start(UpdateStep::Reassemble, now);
        break;
    case UpdatePhase::Verify:
        deviceIsBack(now);
        break;
    case UpdatePhase::Restarts: // the restart step starts with the first restart step the engine reports
    case UpdatePhase::Idle:
    case UpdatePhase::Finished:
        break;
    }
}

void UpdateTimeline::deviceChecked(const DeviceInfo &device)
{
    if (device.model.isEmpty())
        return;
    QString detail = device.model;
    if (!device.firmwareVersion.isEmpty())
        detail += separator() + tr("reported version %1").arg(device.firmwareVersion);
    at(UpdateStep::CheckDevice).detail = detail;
}

void UpdateTimeline::uploadProgressed(qint64 sent, qint64 total, int chunkIndex, int chunkCount, const QDateTime &now)
{
    m_upload.sent = sent;
    m_upload.total = total;
    m_upload.chunkIndex = chunkIndex;
    m_upload.chunkCount = chunkCount;
    m_upload.retryNote.clear();
    m_rate.add(now.toMSecsSinceEpoch(), sent);
    start(UpdateStep::Upload, now);
}

void UpdateTimeline::chunkRetrying(int chunkIndex, int chunkCount, int attempt, int maxAttempts, int delayMs,
                                   const QString &reason)
{
    m_upload.chunkCount = chunkCount;
    m_upload.chunkIndex = chunkIndex;
    // Which chunk is the log's business; the page says what happened and what comes next.
    m_upload.retryNote = tr("%1; trying again in %2 s (attempt %3 of %4)")
                             .arg(reason, QLocale().toString(delayMs / 1000.0, 'f', 1))
                             .arg(attempt)
                             .arg(maxAttempts);
}

void UpdateTimeline::stagesChanged(const QList<DeviceStage> &stages, const QDateTime &now)
{
    for (const DeviceStage &stage : stages) {
        const auto id = stepForStage(stage.name);
        if (!id)
            continue; // an extra stage this version does not know: the log shows it
        // The device's own prepare and upload only confirm what the client already saw done.
        const bool confirmsOnly = *id == UpdateStep::Prepare || *id == UpdateStep::Upload;
        switch (stage.state) {
        case StageState::Running:
            if (!confirmsOnly)
                start(*id, now);
            break;
        case StageState::Done:
            closeBefore(*id, now);
            finish(*id, StepState::Done, now);
            break;
        case StageState::Error: {
            closeBefore(*id, now);
            finish(*id, StepState::Failed, now);
            QString detail = stage.errorMessage;
            if (detail.isEmpty() && stage.errorCode)
                detail = tr("The device reported error code %1.").arg(*stage.errorCode);
            at(*id).detail = detail;
            break;
        }
        case StageState::Pending:
        case StageState::Unknown:
            break;
        }
    }
}

void UpdateTimeline::restartStepSeen(RestartStep step, const QDateTime &now)
{
    if (step == RestartStep::Ready)
        deviceIsBack(now);
    else
        noteRestartStep(step, std::nullopt, now); // its name, until the first wait says for how long
}

void UpdateTimeline::restartWaiting(RestartStep step, qint64 forMs, const QDateTime &now)
{
    if (step != RestartStep::Ready)
        noteRestartStep(step, forMs, now);
}

void UpdateTimeline::finished(const Ending &ending, const QDateTime &now)
{
    m_outcome = ending.outcome;
    switch (ending.outcome) {
    case UpdateOutcome::Succeeded:
        if (!m_sawSilence && state(UpdateStep::Restarts) == StepState::Skipped &&
            state(UpdateStep::Ready) == StepState::Running)
            at(UpdateStep::Restarts).detail = tr("Not seen while this run watched the device, but it reports a new "
                                                 "version, so it restarted.");
        // A dry run leaves steps it never meant to run.
        closeAll(StepState::Done, now);
        break;
    case UpdateOutcome::NotVerified:
        deviceIsBack(now);
        finish(UpdateStep::Ready, StepState::Unverified, now);
        at(UpdateStep::Ready).detail = tr("Not verified: %1").arg(ending.finalMessage);
        break;
    case UpdateOutcome::NeedsCommissioning:
        deviceIsBack(now);
        finish(UpdateStep::Ready, StepState::Done, now);
        at(UpdateStep::Ready).detail = tr("Back factory-fresh: it needs commissioning (a new administrator account "
                                          "and API key) before it can be used.");
        break;
    case UpdateOutcome::StillUpdating:
        // The upload is done and the device goes on with the rest without anyone watching.
        closeAll(StepState::Done, now, tr("Not watched: the device continues the update on its own."));
        break;
    case UpdateOutcome::Failed:
    case UpdateOutcome::TimedOut: {
        if (firstStepIn(StepState::Failed))
            break; // the device named the stage that failed
        // The running step failed; between steps, the one that never came.
        const auto id = stepStoppedNow();
        if (!id)
            break;
        finish(*id, StepState::Failed, now);
        at(*id).detail = ending.outcome == UpdateOutcome::TimedOut
                             ? tr("Not finished within the time limit; the device may still be working.")
                             : ending.errorMessage;
        break;
    }
    case UpdateOutcome::Cancelled: {
        // Skipped, not failed: nothing went wrong, and once it has the image the device carries on by itself.
        const QString detail = ending.deviceHasImage
                                   ? tr("No longer watched: the device continues the update on its own.")
                                   : tr("Stopped: the device keeps its current firmware.");
        // Between two steps (the device done with its stages, its restart not seen yet) the next one stops.
        if (const auto id = stepStoppedNow()) {
            finish(*id, StepState::Skipped, now);
            at(*id).detail = detail;
        }
        break;
    }
    case UpdateOutcome::None:
        break;
    }
}

bool UpdateTimeline::isRunning() const
{
    return currentStep().has_value();
}

QList<UpdateStep> UpdateTimeline::takeStepChanges(StepStates &told) const
{
    QList<UpdateStep> changed;
    for (int i = 0; i < StepCount; ++i) {
        const auto id = static_cast<UpdateStep>(i);
        if (std::exchange(told[static_cast<std::size_t>(i)], state(id)) != state(id))
            changed << id;
    }
    return changed;
}

std::optional<UpdateStep> UpdateTimeline::firstStepIn(StepState state) const
{
    for (int i = 0; i < StepCount; ++i) {
        if (m_steps[static_cast<std::size_t>(i)].state == state)
            return static_cast<UpdateStep>(i);
    }
    return std::nullopt;
}

std::optional<UpdateStep> UpdateTimeline::stepStoppedNow() const
{
    if (const auto running = currentStep())
        return running;
    return firstStepIn(StepState::Pending);
}

std::optional<UpdateStep> UpdateTimeline::currentStep() const
{
    for (int i = StepCount - 1; i >= 0; --i) {
        if (m_steps[static_cast<std::size_t>(i)].state == StepState::Running)
            return static_cast<UpdateStep>(i);
    }
    return std::nullopt;
}

double UpdateTimeline::overallFraction() const
{
    double steps = 0.0;
    for (const Step &s : m_steps) {
        if (s.state == StepState::Done || s.state == StepState::Skipped || s.state == StepState::Unverified)
            steps += 1.0;
    }
    if (state(UpdateStep::Upload) == StepState::Running && m_upload.total > 0)
        steps += static_cast<double>(m_upload.sent) / static_cast<double>(m_upload.total);
    return steps / StepCount;
}

std::optional<std::pair<qint64, qint64>> UpdateTimeline::timeLeft(const QDateTime &now) const
{
    // The vendor's span for the device's part of an update: unpacking, installing and both restarts.
    constexpr qint64 DeviceMinMs = 10 * 60'000;
    constexpr qint64 DeviceMaxMs = 20 * 60'000;
    if (!isRunning() || m_mode == RunMode::Follow)
        return std::nullopt;
    const Step &upload = step(UpdateStep::Upload);
    if (upload.state != StepState::Done) {
        const auto left = upload.state == StepState::Running ? msecsLeft() : std::nullopt;
        if (!left)
            return std::nullopt;
        return std::make_pair(*left + DeviceMinMs, *left + DeviceMaxMs);
    }
    const qint64 since = std::max<qint64>(0, upload.finishedAt.msecsTo(now));
    if (since >= DeviceMaxMs)
        return std::nullopt;
    return std::make_pair(std::max<qint64>(0, DeviceMinMs - since), DeviceMaxMs - since);
}

QString UpdateTimeline::timeLeftText(const QDateTime &now) const
{
    if (!isRunning())
        return {};
    const auto range = timeLeft(now);
    if (!range) {
        const Step &upload = step(UpdateStep::Upload);
        const bool overdue = m_mode == RunMode::Update && upload.state == StepState::Done;
        return overdue ? tr("Taking longer than usual; the device may still be working.") : QString();
    }
    // Whole minutes, rounded outwards: a range that promises too little is worse than a wide one.
    const qint64 low = range->first / 60'000;
    const qint64 high = (range->second + 59'999) / 60'000;
    if (low == 0)
        return tr("Less than %1 min left").arg(high);
    return tr("About %1 to %2 min left").arg(low).arg(high);
}

std::optional<int> UpdateTimeline::progressPerMille(UpdateStep id) const
{
    const StepState upload = state(UpdateStep::Upload);
    // No bar for an upload this run never made (following): there is nothing to measure.
    if (id != UpdateStep::Upload || (upload == StepState::Skipped && m_upload.total <= 0))
        return std::nullopt;
    if (upload == StepState::Done)
        return 1000;
    return m_upload.total > 0 ? static_cast<int>(m_upload.sent * 1000 / m_upload.total) : 0;
}

QString UpdateTimeline::stepName(UpdateStep id)
{
    if (const auto stage = stageForStep(id))
        return stageDisplayName(*stage);
    switch (id) {
    case UpdateStep::CheckDevice:
        return tr("Check device");
    case UpdateStep::Restarts:
        return tr("Two restarts and settings restore");
    case UpdateStep::Ready:
        return tr("Ready");
    default:
        return {};
    }
}

QString UpdateTimeline::stateName(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return tr("waiting");
    case StepState::Running:
        return tr("running");
    case StepState::Done:
        return tr("done");
    case StepState::Failed:
        return tr("failed");
    case StepState::Skipped:
        return tr("skipped");
    case StepState::Unverified:
        return tr("not verified");
    }
    return {};
}

QString UpdateTimeline::detailText(UpdateStep id, const QDateTime &now) const
{
    const Step &s = step(id);
    const bool running = s.state == StepState::Running;
    QString detail = s.detail;
    if (id == UpdateStep::Upload && (running || s.detail.isEmpty()))
        detail = uploadDetail();
    else if (running && (id == UpdateStep::Restarts || (id == UpdateStep::Ready && m_restart.step)))
        detail = restartDetail(now);
    else if (running && detail.isEmpty() && (id == UpdateStep::Install || id == UpdateStep::FinishAndRestart))
        detail = tr("Do not power the device off.");
    else if (running && detail.isEmpty() && id == UpdateStep::Ready)
        detail = tr("The device answers again; checking how the update ended.");
    if (s.note.isEmpty())
        return detail;
    return detail.isEmpty() ? s.note : detail + QLatin1Char(' ') + s.note;
}

QString UpdateTimeline::elapsedText(UpdateStep id, const QDateTime &now) const
{
    const Step &s = step(id);
    if (!s.startedAt.isValid())
        return {};
    const QDateTime end = s.state == StepState::Running ? now : s.finishedAt;
    return end.isValid() ? formatClock(s.startedAt.msecsTo(end)) : QString();
}

QString UpdateTimeline::accessibleText(UpdateStep id, const QDateTime &now) const
{
    QStringList parts{stepName(id), stateName(state(id))};
    for (const QString &part : {elapsedText(id, now), detailText(id, now)}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

QJsonArray UpdateTimeline::toJson() const
{
    QJsonArray steps;
    for (int i = 0; i < StepCount; ++i) {
        const auto id = static_cast<UpdateStep>(i);
        const Step &s = step(id);
        if (s.state == StepState::Pending)
            continue;
        QJsonObject object{{QStringLiteral("step"), updateStepId(id)},
                           {QStringLiteral("state"), stepStateId(s.state)},
                           {QStringLiteral("startedAt"), timeValue(s.startedAt)},
                           {QStringLiteral("finishedAt"), timeValue(s.finishedAt)}};
        const QString detail = detailText(id, s.finishedAt);
        if (!detail.isEmpty())
            object.insert(QStringLiteral("detail"), detail);
        steps.append(object);
    }
    return steps;
}

void UpdateTimeline::start(UpdateStep id, const QDateTime &now)
{
    closeBefore(id, now);
    Step &s = at(id);
    if (s.state != StepState::Pending)
        return; // a step runs once; a late or repeated report does not move it back
    s.state = StepState::Running;
    s.startedAt = now;
}

void UpdateTimeline::finish(UpdateStep id, StepState state, const QDateTime &now)
{
    Step &s = at(id);
    if (!isOpen(s.state))
        return;
    // Steps follow one another: one first seen finished began when the one before it ended.
    if (!s.startedAt.isValid() && state != StepState::Skipped) {
        const int position = static_cast<int>(id);
        const QDateTime previousEnd =
            position > 0 ? m_steps[static_cast<std::size_t>(position - 1)].finishedAt : QDateTime();
        s.startedAt = previousEnd.isValid() ? previousEnd : now;
    }
    s.finishedAt = now;
    s.state = state;
}

void UpdateTimeline::closeBefore(UpdateStep id, const QDateTime &now)
{
    for (int i = 0; i < static_cast<int>(id); ++i) {
        if (isOpen(m_steps[static_cast<std::size_t>(i)].state))
            finish(static_cast<UpdateStep>(i), StepState::Done, now);
    }
}

void UpdateTimeline::noteRestartStep(RestartStep step, std::optional<qint64> forMs, const QDateTime &now)
{
    if (step == RestartStep::Restarting || step == RestartStep::RestartingAgain)
        m_sawSilence = true;
    m_restart = {step, forMs, now};
    // A device that goes away again after it was back is told on the Ready step: steps never move back.
    if (isOpen(state(UpdateStep::Restarts)))
        start(UpdateStep::Restarts, now);
}

void UpdateTimeline::deviceIsBack(const QDateTime &now)
{
    m_restart = {};
    if (isOpen(state(UpdateStep::Restarts))) {
        closeBefore(UpdateStep::Restarts, now);
        // Done only if the device was seen away; a restart between two polls leaves no trace but the version.
        if (m_sawSilence) {
            finish(UpdateStep::Restarts, StepState::Done, now);
        } else {
            finish(UpdateStep::Restarts, StepState::Skipped, now);
            at(UpdateStep::Restarts).detail = tr("No restart was seen while this run watched the device.");
        }
    }
    start(UpdateStep::Ready, now);
}

void UpdateTimeline::closeAll(StepState running, const QDateTime &now, const QString &firstSkipped)
{
    bool first = true;
    for (int i = 0; i < StepCount; ++i) {
        const auto id = static_cast<UpdateStep>(i);
        if (!isOpen(state(id)))
            continue;
        if (state(id) == StepState::Running) {
            finish(id, running, now);
            continue;
        }
        finish(id, StepState::Skipped, now);
        if (first && !firstSkipped.isEmpty())
            at(id).detail = firstSkipped;
        first = false;
    }
}

QString UpdateTimeline::uploadDetail() const
{
    const Step &s = step(UpdateStep::Upload);
    if (s.state == StepState::Pending)
        return {};
    if (m_upload.total <= 0)
        return m_upload.retryNote; // the first chunk failed before any of it went out
    QStringList parts;
    if (s.state == StepState::Done) {
        parts << tr("%1 MB").arg(formatMegabytes(m_upload.total));
        const qint64 ms = s.startedAt.msecsTo(s.finishedAt);
        if (ms > 0)
            parts << tr("%1 MB/s on average").arg(formatMegabytes(m_upload.total * 1000 / ms));
        return parts.join(separator());
    }
    parts << tr("%1 of %2 MB").arg(formatMegabytes(m_upload.sent), formatMegabytes(m_upload.total));
    if (const auto rate = bytesPerSecond())
        parts << tr("%1 MB/s").arg(formatMegabytes(static_cast<qint64>(*rate)));
    if (const auto left = msecsLeft())
        parts << tr("ETA %1").arg(formatClock(*left));
    if (!m_upload.retryNote.isEmpty())
        parts << m_upload.retryNote;
    return parts.join(separator());
}

QString UpdateTimeline::restartDetail(const QDateTime &now) const
{
    if (!m_restart.step)
        return {};
    if (!m_restart.forMs)
        return restartStepName(*m_restart.step);
    // Counted on from the last report: until the next answer, the device is where it was.
    const qint64 since = std::max<qint64>(0, m_restart.at.msecsTo(now));
    return restartWaitText(*m_restart.step, *m_restart.forMs + since);
}

} // namespace groov
