#pragma once

#include "CommissionStatus.h"
#include "UpdateStatus.h"
#include "UpdateTypes.h"

#include <QString>

#include <optional>

namespace groov {

// Follows the device from the moment it holds the image until it is up for good, and decides how the update
// ended. It reads what each request learned (an answer, or silence), keeps the evidence, and says what to ask
// next. Pure logic: no network, no timers; the caller asks the device and passes the time in, so every restart
// model can be tested answer by answer (docs/reliability.md, "Restart models").
//
// The vendor documents that the web server does not run between the two restarts, so the usual picture is one
// silence after finishAndRestart and then answers for good. It also copes with a device that answers in between
// (not commissioned yet), restarts missed between two polls, and stalled requests.
class RestartTracker
{
public:
    struct Settings
    {
        bool preserveSettings = true;
        // Following a device: the update's start was not seen, so a silence alone proves nothing.
        bool follow = false;
        QString versionBefore; // empty: unknown
        // The limits below come from UpdateTimings (statusFailuresTolerated, restoreWindowMs, restartWindowMs).
        int unclearAnswersTolerated = 0;
        // Answering "not commissioned" this long although settings were to be preserved: they were lost.
        qint64 restoreWindowMs = 0;
        // Every stage done, no silence seen and the same version: wait this long for a restart before saying the
        // update could not be verified.
        qint64 restartWindowMs = 0;
    };

    enum class Where {
        Processing,     // answers status: the update is in progress
        AboutToRestart, // every stage done (or the update is over without a restart seen): a restart may follow
        Away,           // silent after answering: restarting
        NotReady,       // answering after a silence, but not ready (not commissioned, or an error status)
        AwayAgain,      // silent again after answering between restarts
        Checking,       // back: the status and the version tell how it ended
        Over
    };

    // What to do next. Polls wait a poll interval first; checks follow at once.
    enum class Next { PollStatus, PollCommission, CheckStatus, ReadVersion, Finish };

    enum class Verdict {
        None,
        Succeeded,          // evidence: a silence followed by answers with the update over, or a new version
        NotVerified,        // over and idle, but neither a restart nor a new version was seen
        NeedsCommissioning, // factory reset: back uncommissioned, with a new certificate or without the old key
        SettingsLost,       // settings to be preserved, yet uncommissioned for the whole restore window
        CertificateChanged, // a different certificate where the same one was expected
        KeyRefused,         // 401 while the device still processed: the key was revoked meanwhile
        Unfollowable,       // too many status answers in a row that say nothing
    };

    explicit RestartTracker(Settings settings);

    // What one request learned. Each returns what to do next.
    Next statusAnswered(const UpdateStatus &status, qint64 nowMs); // a JSON status without a failed stage
    Next commissionAnswered(CommissionState state, qint64 nowMs);
    Next versionAnswered(const std::optional<QString> &version, qint64 nowMs); // nullopt: it does not say
    Next noAnswer(qint64 nowMs);                                               // refused, reset, timed out, unreachable
    Next unclearAnswer(qint64 nowMs); // an answer that tells nothing: garbage, a 5xx, a redirect
    Next statusMissing(qint64 nowMs); // 404 on the status endpoint
    Next keyRefused(qint64 nowMs);    // 401 on a request with the key
    Next newCertificate(qint64 nowMs);

    Where where() const { return m_where; }
    Verdict verdict() const { return m_verdict; }
    // The step views show; nullopt while the device processes the image.
    std::optional<RestartStep> restartStep() const;
    UpdatePhase phase() const;
    bool restartSeen() const { return m_restartSeen; }
    // This run saw the update under way (an update run did from its upload; a follow run once a status said so).
    bool sawUpdateRunning() const { return m_sawUpdateRunning; }
    bool versionChanged() const;
    std::optional<QString> versionAfter() const { return m_versionAfter; }
    // Away or away again: the last request got no answer.
    bool isSilent() const;
    // When the device entered the waiting step it is in (about to restart, away, not ready, away again); nullopt
    // while it processes or is being checked. Waiting for the restart counts from the first time every stage was done.
    std::optional<qint64> stepSinceMs() const;
    int unclearAnswers() const { return m_unclearAnswers; }
    const Settings &settings() const { return m_settings; }

private:
    Next finish(Verdict verdict);
    Next uncommissioned(qint64 nowMs);
    Next waitForRestart(qint64 nowMs);
    bool restartWindowPassed(qint64 nowMs) const;
    bool mayHaveReset() const;

    Settings m_settings;
    Where m_where = Where::Processing;
    Verdict m_verdict = Verdict::None;
    bool m_sawUpdateRunning;   // in progress, seen by this run (an update run saw it from its upload)
    bool m_sawInstall = false; // install or finishAndRestart under way or done
    bool m_restartSeen = false;
    int m_silences = 0; // since the device last said it was processing
    int m_unclearAnswers = 0;
    qint64 m_waitingSinceMs = 0; // when it went away, or began answering without being ready
    std::optional<qint64> m_uncommissionedSinceMs;
    std::optional<qint64> m_restartWaitSinceMs;
    std::optional<QString> m_versionAfter;
};

} // namespace groov
