#include "RestartTracker.h"

#include <algorithm>
#include <utility>

namespace groov {

RestartTracker::RestartTracker(Settings settings)
    : m_settings(std::move(settings)), m_sawUpdateRunning(!m_settings.follow)
{}

RestartTracker::Next RestartTracker::statusAnswered(const UpdateStatus &status, qint64 nowMs)
{
    m_unclearAnswers = 0;
    if (status.hasStarted(QStringLiteral("install")) || status.hasStarted(QStringLiteral("finishAndRestart")))
        m_sawInstall = true;
    const auto last = status.stage(QStringLiteral("finishAndRestart"));
    const bool allDone = last && last->state == StageState::Done;
    const std::optional<bool> active = status.active();
    const QList<DeviceStage> stages = status.stages();
    const bool anyRunning = std::any_of(stages.cbegin(), stages.cend(),
                                        [](const DeviceStage &stage) { return stage.state == StageState::Running; });
    // Without "active", a running stage is the only sign of progress.
    const bool inProgress = !allDone && (active == true || (!active && anyRunning));
    if (inProgress) {
        // Still processing: any silence before this answer was not a restart.
        m_sawUpdateRunning = true;
        m_silences = 0;
        m_where = Where::Processing;
        return Next::PollStatus;
    }
    // The update is over, or its restart is due. Over after a silence: the silence was the restart.
    if (m_silences > 0 && m_sawUpdateRunning)
        m_restartSeen = true;
    if (allDone && active != false && !m_restartSeen) {
        m_sawUpdateRunning = true;
        m_sawInstall = true;
        return waitForRestart(nowMs);
    }
    m_where = Where::Checking;
    return Next::ReadVersion;
}

RestartTracker::Next RestartTracker::commissionAnswered(CommissionState state, qint64 nowMs)
{
    switch (state) {
    case CommissionState::Commissioned:
        m_uncommissionedSinceMs.reset();
        m_where = Where::Checking;
        return Next::CheckStatus;
    case CommissionState::NotCommissioned:
        // After a factory reset that is the expected end; with settings kept, they may not be restored yet.
        if (!m_settings.preserveSettings)
            return finish(Verdict::NeedsCommissioning);
        return uncommissioned(nowMs);
    case CommissionState::Unknown:
        break;
    }
    // An answer that says neither: the keyed status tells.
    m_where = Where::Checking;
    return Next::CheckStatus;
}

RestartTracker::Next RestartTracker::versionAnswered(const std::optional<QString> &version, qint64 nowMs)
{
    m_versionAfter = version;
    if (m_restartSeen || versionChanged())
        return finish(Verdict::Succeeded);
    // Idle, no restart seen and no new version: the restart may still be due, or it was missed.
    if (m_sawUpdateRunning && !restartWindowPassed(nowMs))
        return waitForRestart(nowMs);
    return finish(Verdict::NotVerified);
}

RestartTracker::Next RestartTracker::noAnswer(qint64 nowMs)
{
    m_unclearAnswers = 0;
    switch (m_where) {
    case Where::Away:
    case Where::AwayAgain:
    case Where::Over:
        break;
    case Where::Processing:
    case Where::AboutToRestart:
    case Where::NotReady:
    case Where::Checking:
        m_where = m_silences > 0 ? Where::AwayAgain : Where::Away;
        ++m_silences;
        m_waitingSinceMs = nowMs;
        m_uncommissionedSinceMs.reset();
        break;
    }
    return Next::PollCommission;
}

RestartTracker::Next RestartTracker::unclearAnswer(qint64 nowMs)
{
    if (m_where == Where::Processing || m_where == Where::AboutToRestart) {
        if (++m_unclearAnswers > m_settings.unclearAnswersTolerated)
            return finish(Verdict::Unfollowable);
        return Next::PollStatus;
    }
    // After a silence the device answers, but is not ready yet.
    if (m_where != Where::NotReady)
        m_waitingSinceMs = nowMs;
    m_where = Where::NotReady;
    return Next::PollCommission;
}

RestartTracker::Next RestartTracker::statusMissing(qint64 nowMs)
{
    // Back from a restart without the status endpoint: the version alone tells.
    if (m_where == Where::Checking)
        return Next::ReadVersion;
    return unclearAnswer(nowMs);
}

RestartTracker::Next RestartTracker::keyRefused(qint64 nowMs)
{
    if (!mayHaveReset())
        return finish(Verdict::KeyRefused);
    // A factory reset erased the key; with settings kept, the accounts may not be restored yet.
    if (!m_settings.preserveSettings)
        return finish(Verdict::NeedsCommissioning);
    return uncommissioned(nowMs);
}

RestartTracker::Next RestartTracker::newCertificate(qint64)
{
    // A factory reset gives the device a new certificate; otherwise a new one is a warning sign.
    if (!m_settings.preserveSettings && mayHaveReset())
        return finish(Verdict::NeedsCommissioning);
    return finish(Verdict::CertificateChanged);
}

std::optional<RestartStep> RestartTracker::restartStep() const
{
    switch (m_where) {
    case Where::Processing:
        break;
    case Where::AboutToRestart:
        return RestartStep::WaitingForRestart;
    case Where::Away:
        return RestartStep::Restarting;
    case Where::NotReady:
        return RestartStep::RestoringSettings;
    case Where::AwayAgain:
        return RestartStep::RestartingAgain;
    case Where::Checking:
        if (m_silences > 0)
            return RestartStep::Ready;
        break;
    case Where::Over:
        // "Back" only when it was seen away, or a new version or factory-fresh state shows it restarted.
        if (m_verdict == Verdict::Succeeded || m_verdict == Verdict::NeedsCommissioning ||
            (m_verdict == Verdict::NotVerified && m_silences > 0))
            return RestartStep::Ready;
        break;
    }
    return std::nullopt;
}

UpdatePhase RestartTracker::phase() const
{
    switch (m_where) {
    case Where::Processing:
        return UpdatePhase::DeviceStages;
    case Where::Checking:
        // Checking whether a restart was missed is still part of waiting for it.
        return m_silences > 0 ? UpdatePhase::Verify : UpdatePhase::Restarts;
    case Where::Over:
        return UpdatePhase::Verify;
    case Where::AboutToRestart:
    case Where::Away:
    case Where::NotReady:
    case Where::AwayAgain:
        break;
    }
    return UpdatePhase::Restarts;
}

bool RestartTracker::versionChanged() const
{
    return !m_settings.versionBefore.isEmpty() && m_versionAfter && !m_versionAfter->isEmpty() &&
           *m_versionAfter != m_settings.versionBefore;
}

bool RestartTracker::isSilent() const
{
    return m_where == Where::Away || m_where == Where::AwayAgain;
}

std::optional<qint64> RestartTracker::stepSinceMs() const
{
    switch (m_where) {
    case Where::AboutToRestart:
        return m_restartWaitSinceMs;
    case Where::Away:
    case Where::NotReady:
    case Where::AwayAgain:
        return m_waitingSinceMs;
    case Where::Processing:
    case Where::Checking:
    case Where::Over:
        break;
    }
    return std::nullopt;
}

RestartTracker::Next RestartTracker::finish(Verdict verdict)
{
    m_verdict = verdict;
    m_where = Where::Over;
    return Next::Finish;
}

RestartTracker::Next RestartTracker::uncommissioned(qint64 nowMs)
{
    if (m_where != Where::NotReady)
        m_waitingSinceMs = nowMs;
    if (!m_uncommissionedSinceMs)
        m_uncommissionedSinceMs = nowMs;
    m_where = Where::NotReady;
    if (nowMs - *m_uncommissionedSinceMs >= m_settings.restoreWindowMs)
        return finish(Verdict::SettingsLost);
    return Next::PollCommission;
}

RestartTracker::Next RestartTracker::waitForRestart(qint64 nowMs)
{
    if (!m_restartWaitSinceMs)
        m_restartWaitSinceMs = nowMs;
    if (restartWindowPassed(nowMs)) {
        // No restart came: the version decides between succeeded and not verified.
        m_where = Where::Checking;
        return Next::ReadVersion;
    }
    m_where = Where::AboutToRestart;
    return Next::PollStatus;
}

bool RestartTracker::restartWindowPassed(qint64 nowMs) const
{
    return m_restartWaitSinceMs && nowMs - *m_restartWaitSinceMs >= m_settings.restartWindowMs;
}

bool RestartTracker::mayHaveReset() const
{
    return m_sawInstall || m_silences > 0 || m_restartSeen;
}

} // namespace groov
