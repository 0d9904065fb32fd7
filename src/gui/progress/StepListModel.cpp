#include "StepListModel.h"

#include "ProgressText.h"

#include "StageErrorHints.h"
#include "UpdateController.h"

#include <QLocale>

#include <algorithm>

namespace groov::gui {

namespace {
using Step = StepListModel::Step;
using State = StepListModel::State;

// The rows that mirror one of the device's stages, by the stage's protocol key.
struct StageRow
{
    const char *key;
    Step step;
};
constexpr StageRow StageRows[] = {
    {"prepare", Step::Prepare},
    {"upload", Step::Upload},
    {"reassemble", Step::Reassemble},
    {"unzip", Step::Unzip},
    {"decrypt", Step::Decrypt},
    {"decompress", Step::Decompress},
    {"backupSettings", Step::BackUpSettings},
    {"install", Step::Install},
    {"finishAndRestart", Step::FinishAndRestart},
};

const char *stageKey(Step step)
{
    for (const StageRow &row : StageRows) {
        if (row.step == step)
            return row.key;
    }
    return nullptr;
}

std::optional<Step> stepForStage(const QString &name)
{
    for (const StageRow &row : StageRows) {
        if (name == QLatin1String(row.key))
            return row.step;
    }
    return std::nullopt;
}

QString separator()
{
    return QStringLiteral(" \u00b7 ");
}
} // namespace

StepListModel::StepListModel(QObject *parent)
    : QAbstractListModel(parent), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

void StepListModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void StepListModel::attach(UpdateController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    if (!controller)
        return;
    connect(controller, &UpdateController::phaseChanged, this, &StepListModel::onPhaseChanged);
    connect(controller, &UpdateController::preflightPassed, this, &StepListModel::onPreflightPassed);
    connect(controller, &UpdateController::uploadProgress, this, &StepListModel::onUploadProgress);
    connect(controller, &UpdateController::chunkRetry, this, &StepListModel::onChunkRetry);
    connect(controller, &UpdateController::deviceStagesChanged, this, &StepListModel::onDeviceStagesChanged);
    connect(controller, &UpdateController::restartProgress, this, &StepListModel::onRestartProgress);
    connect(controller, &UpdateController::restartWaiting, this, &StepListModel::onRestartWaiting);
    connect(controller, &UpdateController::finished, this, &StepListModel::onFinished);
}

int StepListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : StepCount;
}

QVariant StepListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto step = static_cast<Step>(index.row());
    const Row &r = row(step);
    switch (role) {
    case Qt::DisplayRole:
        return stepName(step);
    case Qt::ToolTipRole:
    case DetailRole:
        return detailText(step);
    case Qt::AccessibleTextRole:
        return accessibleText(step);
    case StateRole:
        return QVariant::fromValue(r.state);
    case ElapsedRole:
        return elapsedText(r);
    case ProgressRole:
        // No bar for an upload this run never made (following): there is nothing to measure.
        if (step != Step::Upload || (r.state == State::Skipped && m_upload.total <= 0))
            return -1;
        if (r.state == State::Done)
            return 1000;
        return m_upload.total > 0 ? static_cast<int>(m_upload.sent * 1000 / m_upload.total) : 0;
    case StepRole:
        return QVariant::fromValue(step);
    case StartedRole:
        return r.started;
    case FinishedRole:
        return r.finished;
    default:
        return {};
    }
}

QHash<int, QByteArray> StepListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(StateRole, "state");
    names.insert(ElapsedRole, "elapsed");
    names.insert(ProgressRole, "progress");
    names.insert(DetailRole, "detail");
    names.insert(StepRole, "step");
    names.insert(StartedRole, "started");
    names.insert(FinishedRole, "finished");
    return names;
}

QString StepListModel::stepName(Step step)
{
    if (const char *key = stageKey(step))
        return stageDisplayName(QLatin1String(key));
    switch (step) {
    case Step::CheckDevice:
        return tr("Check device");
    case Step::Restarts:
        return tr("Two restarts and settings restore");
    case Step::Ready:
        return tr("Ready");
    default:
        return {};
    }
}

QString StepListModel::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return tr("waiting");
    case State::Running:
        return tr("running");
    case State::Done:
        return tr("done");
    case State::Failed:
        return tr("failed");
    case State::Skipped:
        return tr("skipped");
    case State::Unverified:
        return tr("not verified");
    }
    return {};
}

double StepListModel::overallFraction() const
{
    double steps = 0.0;
    for (const Row &r : m_rows) {
        if (r.state == State::Done || r.state == State::Skipped || r.state == State::Unverified)
            steps += 1.0;
    }
    if (state(Step::Upload) == State::Running && m_upload.total > 0)
        steps += static_cast<double>(m_upload.sent) / static_cast<double>(m_upload.total);
    return steps / StepCount;
}

bool StepListModel::isRunning() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.state == State::Running; });
}

void StepListModel::onPhaseChanged(UpdatePhase phase)
{
    switch (phase) {
    case UpdatePhase::Preflight:
        reset();
        start(Step::CheckDevice);
        break;
    case UpdatePhase::Prepare:
        start(Step::Prepare);
        break;
    case UpdatePhase::Upload:
        m_rate.reset();
        start(Step::Upload);
        break;
    case UpdatePhase::DeviceStages:
        if (facts().mode == RunMode::Follow) {
            // The device may be at any stage: its first status answer tells which.
            finish(Step::CheckDevice, State::Done);
            break;
        }
        // The device starts on the image as soon as it has the last chunk.
        start(Step::Reassemble);
        break;
    case UpdatePhase::Verify:
        deviceIsBack();
        break;
    case UpdatePhase::Restarts: // the restart row starts with the first restart step the engine reports
    case UpdatePhase::Idle:
    case UpdatePhase::Finished:
        break;
    }
    notifyProgress();
}

void StepListModel::onPreflightPassed(const DeviceInfo &device)
{
    if (device.model.isEmpty())
        return;
    QString detail = device.model;
    if (!device.firmwareVersion.isEmpty())
        detail += separator() + tr("reported version %1").arg(device.firmwareVersion);
    setDetail(Step::CheckDevice, detail);
}

void StepListModel::onUploadProgress(qint64 bytesSent, qint64 bytesTotal, int chunkIndex, int chunkCount)
{
    m_upload.sent = bytesSent;
    m_upload.total = bytesTotal;
    m_upload.chunkIndex = chunkIndex;
    m_upload.chunkCount = chunkCount;
    m_upload.retryNote.clear();
    m_rate.add(nowMs(), bytesSent);
    start(Step::Upload);
    notifyRow(Step::Upload, {ProgressRole, DetailRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
    notifyProgress();
}

void StepListModel::onChunkRetry(int chunkIndex, int attempt, int maxAttempts, int delayMs, const QString &reason)
{
    m_upload.retryNote = tr("chunk %1 of %2: %3; retrying in %4 s (attempt %5 of %6)")
                             .arg(chunkIndex + 1)
                             .arg(m_upload.chunkCount)
                             .arg(reason, QLocale().toString(delayMs / 1000.0, 'f', 1))
                             .arg(attempt)
                             .arg(maxAttempts);
    notifyRow(Step::Upload, {DetailRole, Qt::ToolTipRole, Qt::AccessibleTextRole});
}

void StepListModel::onDeviceStagesChanged(const QList<DeviceStage> &stages)
{
    for (const DeviceStage &stage : stages) {
        const auto step = stepForStage(stage.name);
        if (!step)
            continue; // an extra stage this version does not know: the log shows it
        // The device's own prepare and upload only confirm what the client already saw done.
        const bool confirmsOnly = *step == Step::Prepare || *step == Step::Upload;
        switch (stage.state) {
        case StageState::Running:
            if (!confirmsOnly)
                start(*step);
            break;
        case StageState::Done:
            closeBefore(*step);
            finish(*step, State::Done);
            break;
        case StageState::Error: {
            closeBefore(*step);
            QString detail = stage.errorMessage;
            if (detail.isEmpty() && stage.errorCode)
                detail = tr("The device reported error code %1.").arg(*stage.errorCode);
            finish(*step, State::Failed);
            setDetail(*step, detail);
            break;
        }
        case StageState::Pending:
        case StageState::Unknown:
            break;
        }
    }
    notifyProgress();
}

void StepListModel::onRestartProgress(RestartStep step)
{
    if (step == RestartStep::Ready)
        deviceIsBack();
    else
        noteRestartStep(step, std::nullopt); // its name, until the first restartWaiting says for how long
    notifyProgress();
}

void StepListModel::onRestartWaiting(RestartStep step, qint64 forMs)
{
    if (step == RestartStep::Ready)
        return;
    noteRestartStep(step, forMs);
    notifyProgress();
}

void StepListModel::onFinished(UpdateOutcome outcome)
{
    switch (outcome) {
    case UpdateOutcome::Succeeded:
        if (!m_sawSilence && state(Step::Restarts) == State::Skipped && state(Step::Ready) == State::Running)
            setDetail(Step::Restarts, tr("Not seen while this run watched the device, but it reports a new version, "
                                         "so it restarted."));
        // A dry run leaves steps it never meant to run.
        closeAll(State::Done);
        break;
    case UpdateOutcome::NotVerified:
        deviceIsBack();
        finish(Step::Ready, State::Unverified);
        setDetail(Step::Ready, tr("Not verified: %1").arg(facts().finalMessage));
        break;
    case UpdateOutcome::NeedsCommissioning:
        deviceIsBack();
        finish(Step::Ready, State::Done);
        setDetail(Step::Ready, tr("Back factory-fresh: it needs commissioning (a new administrator account and API "
                                  "key) before it can be used."));
        break;
    case UpdateOutcome::StillUpdating:
        // The upload is done and the device goes on with the rest without anyone watching.
        closeAll(State::Done, tr("Not watched: the device continues the update on its own."));
        break;
    case UpdateOutcome::Failed:
    case UpdateOutcome::TimedOut: {
        if (std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.state == State::Failed; }))
            break; // the device named the stage that failed
        // The running step failed; between steps, the one that never came.
        const auto open =
            std::find_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.state == State::Running; });
        const auto pending =
            std::find_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.state == State::Pending; });
        const auto failed = open != m_rows.cend() ? open : pending;
        if (failed == m_rows.cend())
            break;
        const auto step = static_cast<Step>(failed - m_rows.cbegin());
        finish(step, State::Failed);
        setDetail(step, failureDetail(outcome));
        break;
    }
    case UpdateOutcome::Cancelled: {
        // Skipped, not failed: nothing went wrong, and once it has the image the device carries on by itself.
        const QString detail = facts().deviceHasImage
                                   ? tr("No longer watched: the device continues the update on its own.")
                                   : tr("Stopped: the device keeps its current firmware.");
        for (int i = 0; i < StepCount; ++i) {
            const auto step = static_cast<Step>(i);
            if (state(step) == State::Running) {
                finish(step, State::Skipped);
                setDetail(step, detail);
            }
        }
        break;
    }
    case UpdateOutcome::None:
        break;
    }
    notifyProgress();
}

void StepListModel::refreshElapsed()
{
    for (int i = 0; i < StepCount; ++i) {
        const auto step = static_cast<Step>(i);
        if (state(step) != State::Running)
            continue;
        // The restart row's "no answer for" grows with the clock, and may wrap onto another line.
        if ((step == Step::Restarts || step == Step::Ready) && m_restart.forMs)
            notifyRow(step, {});
        else
            notifyRow(step, {ElapsedRole, Qt::AccessibleTextRole});
    }
}

void StepListModel::reset()
{
    beginResetModel();
    m_rows = {};
    m_upload = {};
    m_restart = {};
    m_sawSilence = false;
    m_rate.reset();
    const RunFacts run = facts();
    // Without preserved settings the device still restarts twice; the row stays and says what differs.
    if (!run.preserveSettings)
        row(Step::Restarts).note = tr("Settings are not preserved: the device comes back factory-fresh.");
    if (run.mode == RunMode::Follow) {
        // Another run sent the image: these rows are not this run's to do.
        for (Step step : {Step::Prepare, Step::Upload}) {
            row(step).state = State::Skipped;
            row(step).detail = tr("Not part of following: the device already has the image.");
        }
    }
    endResetModel();
}

void StepListModel::start(Step step)
{
    closeBefore(step);
    Row &r = row(step);
    if (r.state != State::Pending)
        return; // a step runs once; a late or repeated report does not move it back
    r.state = State::Running;
    r.started = m_clock();
    notifyRow(step, {});
    Q_EMIT stateChanged(step, r.state);
}

void StepListModel::finish(Step step, State state)
{
    Row &r = row(step);
    if (!isOpen(r.state))
        return;
    const QDateTime now = m_clock();
    // Steps follow one another: one first seen finished began when the one before it ended.
    if (!r.started.isValid() && state != State::Skipped) {
        const int index = static_cast<int>(step);
        const QDateTime previousEnd = index > 0 ? m_rows[static_cast<std::size_t>(index - 1)].finished : QDateTime();
        r.started = previousEnd.isValid() ? previousEnd : now;
    }
    r.finished = now;
    r.state = state;
    notifyRow(step, {});
    Q_EMIT stateChanged(step, state);
}

void StepListModel::closeBefore(Step step)
{
    for (int i = 0; i < static_cast<int>(step); ++i) {
        if (isOpen(m_rows[static_cast<std::size_t>(i)].state))
            finish(static_cast<Step>(i), State::Done);
    }
}

void StepListModel::setDetail(Step step, const QString &detail)
{
    Row &r = row(step);
    if (r.detail == detail)
        return;
    r.detail = detail;
    notifyRow(step, {});
}

void StepListModel::noteRestartStep(RestartStep step, std::optional<qint64> forMs)
{
    if (step == RestartStep::Restarting || step == RestartStep::RestartingAgain)
        m_sawSilence = true;
    m_restart = {step, forMs, m_clock()};
    // A device that goes away again after it was back is told on the Ready row: rows never move back.
    const Step shownOn = isOpen(state(Step::Restarts)) ? Step::Restarts : Step::Ready;
    if (shownOn == Step::Restarts)
        start(Step::Restarts);
    notifyRow(shownOn, {});
}

void StepListModel::deviceIsBack()
{
    m_restart = {};
    if (isOpen(state(Step::Restarts))) {
        closeBefore(Step::Restarts);
        // Done only if the device was seen away; a restart between two polls leaves no trace but the version.
        if (m_sawSilence) {
            finish(Step::Restarts, State::Done);
        } else {
            finish(Step::Restarts, State::Skipped);
            setDetail(Step::Restarts, tr("No restart was seen while this run watched the device."));
        }
    }
    start(Step::Ready);
}

void StepListModel::closeAll(State running, const QString &firstSkipped)
{
    bool first = true;
    for (int i = 0; i < StepCount; ++i) {
        const auto step = static_cast<Step>(i);
        if (!isOpen(state(step)))
            continue;
        if (state(step) == State::Running) {
            finish(step, running);
            continue;
        }
        finish(step, State::Skipped);
        if (first && !firstSkipped.isEmpty())
            setDetail(step, firstSkipped);
        first = false;
    }
}

StepListModel::RunFacts StepListModel::facts() const
{
    if (m_facts)
        return m_facts();
    if (!m_controller)
        return {};
    const UpdateReport &report = m_controller->report();
    return {report.mode, report.preserveSettings, m_controller->deviceHasImage(), report.finalMessage,
            report.error ? report.error->message : QString()};
}

QString StepListModel::detailText(Step step) const
{
    const Row &r = row(step);
    QString detail = r.detail;
    if (step == Step::Upload && (r.state == State::Running || r.detail.isEmpty()))
        detail = uploadDetail();
    else if (r.state == State::Running && (step == Step::Restarts || (step == Step::Ready && m_restart.step)))
        detail = restartDetail();
    else if (r.state == State::Running && detail.isEmpty() && (step == Step::Install || step == Step::FinishAndRestart))
        detail = tr("Do not power the device off.");
    else if (r.state == State::Running && detail.isEmpty() && step == Step::Ready)
        detail = tr("The device answers again; checking how the update ended.");
    if (r.note.isEmpty())
        return detail;
    return detail.isEmpty() ? r.note : detail + QLatin1Char(' ') + r.note;
}

QString StepListModel::restartDetail() const
{
    if (!m_restart.step)
        return {};
    if (!m_restart.forMs)
        return restartStepName(*m_restart.step);
    // Counted on from the last report: until the next answer, the device is where it was.
    const qint64 since = std::max<qint64>(0, m_restart.at.msecsTo(m_clock()));
    return restartWaitText(*m_restart.step, *m_restart.forMs + since);
}

void StepListModel::notifyRow(Step step, const QList<int> &roles)
{
    const QModelIndex changed = indexOf(step);
    // No roles means every role, Qt::SizeHintRole included: the view lays the rows out again.
    Q_EMIT dataChanged(changed, changed, roles);
}

void StepListModel::notifyProgress()
{
    const double fraction = overallFraction();
    if (!qFuzzyCompare(1.0 + fraction, 1.0 + m_notifiedFraction)) {
        m_notifiedFraction = fraction;
        Q_EMIT overallFractionChanged(fraction);
    }
    const bool running = isRunning();
    if (running != m_notifiedRunning) {
        m_notifiedRunning = running;
        Q_EMIT runningChanged(running);
    }
}

QString StepListModel::uploadDetail() const
{
    const Row &r = row(Step::Upload);
    if (m_upload.total <= 0 || r.state == State::Pending)
        return {};
    QStringList parts;
    if (r.state == State::Done) {
        parts << tr("%1 MB").arg(formatMegabytes(m_upload.total));
        const qint64 ms = r.started.msecsTo(r.finished);
        if (ms > 0)
            parts << tr("%1 MB/s on average").arg(formatMegabytes(m_upload.total * 1000 / ms));
        parts << (m_upload.chunkCount == 1 ? tr("1 chunk") : tr("%1 chunks").arg(m_upload.chunkCount));
        return parts.join(separator());
    }
    parts << tr("%1 of %2 MB").arg(formatMegabytes(m_upload.sent), formatMegabytes(m_upload.total));
    if (const auto rate = m_rate.bytesPerSecond())
        parts << tr("%1 MB/s").arg(formatMegabytes(static_cast<qint64>(*rate)));
    if (const auto left = m_rate.msecsLeft(m_upload.total - m_upload.sent))
        parts << tr("ETA %1").arg(formatClock(*left));
    if (!m_upload.retryNote.isEmpty())
        parts << m_upload.retryNote;
    else
        parts << tr("chunk %1 of %2").arg(m_upload.chunkIndex + 1).arg(m_upload.chunkCount);
    return parts.join(separator());
}

QString StepListModel::elapsedText(const Row &r) const
{
    if (!r.started.isValid())
        return {};
    const QDateTime end = r.state == State::Running ? m_clock() : r.finished;
    return end.isValid() ? formatClock(r.started.msecsTo(end)) : QString();
}

QString StepListModel::accessibleText(Step step) const
{
    QStringList parts{stepName(step), stateName(state(step))};
    const QString elapsed = elapsedText(row(step));
    if (!elapsed.isEmpty())
        parts << elapsed;
    const QString detail = data(indexOf(step), DetailRole).toString();
    if (!detail.isEmpty())
        parts << detail;
    return parts.join(QStringLiteral(", "));
}

QString StepListModel::failureDetail(UpdateOutcome outcome) const
{
    if (outcome == UpdateOutcome::TimedOut)
        return tr("Not finished within the time limit; the device may still be working.");
    return facts().errorMessage;
}

} // namespace groov::gui
