#pragma once

#include "ApiReply.h"
#include "BandwidthBudget.h"
#include "DeviceAddress.h"
#include "DeviceInfo.h"
#include "FirmwareImage.h"
#include "ImageFingerprint.h"
#include "RestartTracker.h"
#include "UpdateReport.h"
#include "UpdateRequest.h"
#include "UpdateStatus.h"
#include "UpdateTimeline.h"
#include "UpdateTypes.h"
#include "UploadGate.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace groov {

class FirmwareHasher;
class SentImageDigest;
class ManageApi;
class PendingCall;

// The one state machine of an update: Preflight -> Prepare -> Upload -> DeviceStages -> Restarts -> Verify. In
// follow mode it skips Prepare and Upload and watches an update already under way. It prints nothing and owns no
// widgets. It keeps the update's story as the user sees it (UpdateTimeline) current from its own events and hands it
// to the views in one signal, timelineChanged(); the fine-grained signals remain for what needs one fact at once.
// RestartTracker decides what the device's answers mean once it holds the image; this class asks the questions.
class UpdateController : public QObject
{
    Q_OBJECT
public:
    explicit UpdateController(QObject *parent = nullptr);
    ~UpdateController() override;

    // Starts asynchronously; finished() follows exactly once. Bad input fails before any request is sent.
    void start(const UpdateRequest &request);
    // Before the device holds the whole image this aborts and the device keeps its firmware; after, it stops
    // watching and the device carries on alone. finished(Cancelled) follows.
    void cancel();

    bool isRunning() const { return m_phase != UpdatePhase::Idle && m_phase != UpdatePhase::Finished; }
    UpdatePhase phase() const { return m_phase; }
    // True once the device has acknowledged the last chunk (or, when following, from the start): from then on it
    // updates itself.
    bool deviceHasImage() const { return m_deviceHasImage; }
    // ... or may have it: every byte of the last chunk went out and no answer came back, so only the device knows.
    bool deviceMayHaveImage() const { return m_deviceHasImage || m_lastChunkUnanswered; }
    const UpdateReport &report() const { return m_report; }
    const UpdateTimeline &timeline() const { return m_timeline; }
    // The clock of the timeline's times; tests that emit the signals by hand move one of their own.
    using Clock = std::function<QDateTime()>;
    void setClock(Clock clock) { m_clock = std::move(clock); }
    QList<DeviceStage> deviceStages() const { return m_stages; }
    QDateTime lastHeardFromDevice() const { return m_lastHeard; }
    // Before start(): the update waits for a turn at this gate before it prepares the device, and gives the turn
    // back once the device holds the whole image (or the update ends). Without one it uploads at once.
    void setUploadGate(UploadGate *gate) { m_uploadGate = gate; }
    bool isWaitingForUploadTurn() const { return m_waitingForUploadTurn; }
    // Before start(): the upload's reads share this budget with every other update given it (a fleet's bandwidth
    // cap). Without one it reads as fast as the network takes the bytes.
    void setBandwidth(BandwidthBudget *budget) { m_bandwidth = budget; }
    // What cancel() would do now, in words for a confirmation prompt.
    QString cancelConsequence() const;

Q_SIGNALS:
    void phaseChanged(groov::UpdatePhase phase);
    void preflightPassed(const groov::DeviceInfo &device, const QSslCertificate &certificate);
    // The key was not sent: the certificate is not trusted yet (first contact), or differs from the pinned one.
    void certificateUntrusted(const QSslCertificate &certificate, bool differsFromPin);
    void firmwareHashed(const QByteArray &sha256Hex);
    void uploadProgress(qint64 bytesSent, qint64 bytesTotal, int chunkIndex, int chunkCount);
    void chunkRetry(int chunkIndex, int attempt, int maxAttempts, int delayMs, const QString &reason);
    void deviceStagesChanged(const QList<groov::DeviceStage> &stages);
    void restartProgress(groov::RestartStep step);
    // After every poll while the device is away, not ready or about to restart: how long it has been in that step.
    void restartWaiting(groov::RestartStep step, qint64 forMs);
    void heardFromDevice(const QDateTime &when);
    // The update waits at its gate for a turn to upload (all the turns are taken, or the gate is paused), or no more.
    void waitingForUploadTurnChanged(bool waiting);
    void logMessage(const QString &message);
    // Something the user should notice, though the update goes on.
    void warning(const QString &message);
    void finished(groov::UpdateOutcome outcome);
    // After every change of the timeline: a step started or ended, upload progress, a restart wait, a sign of life.
    void timelineChanged(const groov::UpdateTimeline &timeline);

private:
    // Feeds the controller's own events into m_timeline, in the order they are emitted and before any view sees them.
    void keepTimeline();
    template<typename Change>
    void changeTimeline(Change change);
    void setPhase(UpdatePhase phase);
    // A slot connected to one of our signals may have cancelled the update: every step checks first.
    bool stopped() const { return m_cancelled || !isRunning(); }
    std::optional<Error> checkInputs();
    void runPreflight();
    void onDeviceInfo(const ApiReply &reply);
    void startHashing();
    void waitForUploadTurn();
    void leaveUploadGate();
    void setWaitingForUploadTurn(bool waiting);
    void runPrepare();
    void uploadChunk();
    void onChunkReply(const ApiReply &reply);
    void scheduleChunkRetry(const ApiReply &reply);
    bool followFromSilence(const ApiReply &reply);
    void startWatching();
    void proceed(RestartTracker::Next next);
    void pollStatus();
    void pollCommission();
    void readVersion();
    void onStatusReply(const ApiReply &reply);
    void onCommissionReply(const ApiReply &reply);
    void onVersionReply(const ApiReply &reply);
    // The tracker's view of an answer that is not a plain success.
    RestartTracker::Next trackFailure(const ApiReply &reply);
    void showWhereTheDeviceIs();
    void finishWatching();
    QString lastSeenText() const;
    qint64 watchMs() const { return m_watchClock.elapsed(); }
    using Step = void (UpdateController::*)();
    void scheduleStep(Step step, int delayMs);
    bool deadlinePassed();
    void noteHeard();
    // A request after the upload that got no usable answer: logged, and kept in the report.
    void noteInterruption(const QString &message, const QString &reason);
    // Routes the call's reply to handler(this, reply) unless the update was cancelled meanwhile.
    template<typename Handler>
    void watch(PendingCall *call, Handler handler);

    void succeed(const QString &message);
    void fail(const Error &error);
    void fail(const ApiReply &reply, const QString &context);
    void finish(UpdateOutcome outcome, const QString &message, const std::optional<Error> &error);
    void finishWhenHashed(UpdateOutcome outcome, const QString &message);
    void finishPending();
    // The hash of the bytes sent (empty when not all were sent) against the file's own.
    bool sentBytesDifferFromFile() const;
    Error mixedImageError() const;
    void log(const QString &message);
    void warn(const QString &message);

    UpdateRequest m_request;
    std::optional<DeviceAddress> m_address;
    std::optional<FirmwareImage> m_image;
    ManageApi *m_api = nullptr;
    FirmwareHasher *m_hasher = nullptr;
    QPointer<UploadGate> m_uploadGate;
    bool m_waitingForUploadTurn = false;
    QPointer<BandwidthBudget> m_bandwidth;
    QPointer<PendingCall> m_call;
    QTimer m_pollTimer; // the one pending wait: a poll interval or a retry backoff
    Step m_nextStep = nullptr;
    QDeadlineTimer m_deadline;
    UpdateReport m_report;
    UpdateTimeline m_timeline;
    Clock m_clock = [] {
        return QDateTime::currentDateTimeUtc();
    };

    UpdatePhase m_phase = UpdatePhase::Idle;
    bool m_cancelled = false;
    bool m_deviceHasImage = false;
    bool m_lastChunkUnanswered = false; // the current attempt at the last chunk sent every byte; no answer yet

    QByteArray m_fileId;
    int m_chunkIndex = 0;
    int m_chunkAttempt = 1;

    QList<DeviceStage> m_stages;
    std::optional<RestartTracker> m_tracker;
    QElapsedTimer m_watchClock;
    std::optional<RestartStep> m_restartStep; // the last one told, so that each is told once
    QSslCertificate m_newCertificate;         // presented after a factory reset
    QDateTime m_lastHeard;

    std::optional<std::pair<UpdateOutcome, QString>> m_pendingFinish; // waiting for the firmware hash
    QByteArray m_fileSha256;                                          // the file as the hasher read it
    ImageFingerprint::Key m_fingerprintKey;                           // drawn anew for every update
    QByteArray m_fileFingerprint;                                     // of the bytes m_fileSha256 is of
    std::shared_ptr<SentImageDigest> m_sentBytes;                     // the bytes as they were read for sending
};

} // namespace groov
