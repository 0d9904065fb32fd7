#include "UpdateController.h"

#include "CommissionStatus.h"
#include "DeviceCheck.h"
#include "FileSliceDevice.h"
#include "FirmwareHasher.h"
#include "FirmwareVersion.h"
#include "Logging.h"
#include "ManageApi.h"
#include "SentImageDigest.h"
#include "StageErrorHints.h"
#include "UploadGate.h"

#include <QLocale>

#include <algorithm>
#include <functional>
#include <utility>

namespace groov {

namespace {

// Following a device that is silent at the start: each cause in a whole sentence.
QString silenceText(const ApiReply &reply, const QString &minutes)
{
    switch (reply.connectionProblem()) {
    case ApiReply::ConnectionProblem::AnsweredTooSlowly:
        return UpdateController::tr(
                   "The device does not answer (no answer within %1 s: the connection or its TLS handshake never "
                   "completed, or the device answered too slowly): it may be restarting. Waiting for it for up to "
                   "%2 minutes.")
            .arg(reply.timeoutSeconds(), minutes);
    case ApiReply::ConnectionProblem::StoppedAnswering:
        return UpdateController::tr(
                   "The device does not answer (no answer within %1 s: the connection or its TLS handshake never "
                   "completed, or the device stopped answering): it may be restarting. Waiting for it for up to %2 "
                   "minutes.")
            .arg(reply.timeoutSeconds(), minutes);
    case ApiReply::ConnectionProblem::NoAnswer:
        return UpdateController::tr("The device does not answer (timed out): it may be restarting. Waiting for it "
                                    "for up to %1 minutes.")
            .arg(minutes);
    case ApiReply::ConnectionProblem::Refused:
        return UpdateController::tr("The device does not answer (the connection was refused: nothing accepts "
                                    "connections on that port): it may be restarting. Waiting for it for up to %1 "
                                    "minutes.")
            .arg(minutes);
    case ApiReply::ConnectionProblem::Closed:
        return UpdateController::tr("The device does not answer (it closed the connection): it may be restarting. "
                                    "Waiting for it for up to %1 minutes.")
            .arg(minutes);
    case ApiReply::ConnectionProblem::HostNotFound: // not followed: a name that does not resolve is no restart
    case ApiReply::ConnectionProblem::Other:
        break;
    }
    // The system's own words for the cause.
    return UpdateController::tr(
               "The device does not answer (%1): it may be restarting. Waiting for it for up to %2 minutes.")
        .arg(reply.networkErrorText, minutes);
}

// The device's error at a stage, with its code and its own words where it gives them.
QString stageErrorText(const DeviceStage &failed)
{
    const QString stage = stageDisplayName(failed.name);
    const QString code = failed.errorCode ? QString::number(*failed.errorCode) : QString();
    if (failed.errorMessage.isEmpty())
        return code.isEmpty()
                   ? UpdateController::tr("The device reported an error at stage %1").arg(stage)
                   : UpdateController::tr("The device reported an error at stage %1 (error code %2)").arg(stage, code);
    return code.isEmpty()
               ? UpdateController::tr("The device reported an error at stage %1: %2").arg(stage, failed.errorMessage)
               : UpdateController::tr("The device reported an error at stage %1 (error code %2): %3")
                     .arg(stage, code, failed.errorMessage);
}

} // namespace

UpdateController::UpdateController(QObject *parent) : QObject(parent)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_nextStep && !stopped())
            std::invoke(m_nextStep, this);
    });
    keepTimeline();
}

void UpdateController::keepTimeline()
{
    // Connected before any view can connect: a view's slot always sees the timeline already changed.
    connect(this, &UpdateController::phaseChanged, this, [this](UpdatePhase phase) {
        changeTimeline([&](UpdateTimeline &timeline, const QDateTime &now) {
            if (phase == UpdatePhase::Preflight)
                timeline.begin(m_request.mode, m_request.preserveSettings);
            timeline.phaseChanged(phase, now);
        });
    });
    connect(this, &UpdateController::preflightPassed, this, [this](const DeviceInfo &device) {
        changeTimeline([&](UpdateTimeline &timeline, const QDateTime &) { timeline.deviceChecked(device); });
    });
    connect(this, &UpdateController::uploadProgress, this,
            [this](qint64 sent, qint64 total, int chunkIndex, int chunkCount) {
                changeTimeline([&](UpdateTimeline &timeline, const QDateTime &now) {
                    timeline.uploadProgressed(sent, total, chunkIndex, chunkCount, now);
                });
            });
    connect(this, &UpdateController::chunkRetry, this,
            [this](int chunkIndex, int attempt, int maxAttempts, int delayMs, const QString &reason) {
                changeTimeline([&](UpdateTimeline &timeline, const QDateTime &) {
                    timeline.chunkRetrying(chunkIndex, m_image ? m_image->chunkCount() : 0, attempt, maxAttempts,
                                           delayMs, reason);
                });
            });
    connect(this, &UpdateController::deviceStagesChanged, this, [this](const QList<DeviceStage> &stages) {
        changeTimeline([&](UpdateTimeline &timeline, const QDateTime &now) { timeline.stagesChanged(stages, now); });
    });
    connect(this, &UpdateController::restartProgress, this, [this](RestartStep step) {
        changeTimeline([&](UpdateTimeline &timeline, const QDateTime &now) { timeline.restartStepSeen(step, now); });
    });
    connect(this, &UpdateController::restartWaiting, this, [this](RestartStep step, qint64 forMs) {
        changeTimeline(
            [&](UpdateTimeline &timeline, const QDateTime &now) { timeline.restartWaiting(step, forMs, now); });
    });
    connect(this, &UpdateController::heardFromDevice, this, [this](const QDateTime &when) {
        changeTimeline([&](UpdateTimeline &timeline, const QDateTime &) { timeline.heard(when); });
    });
    connect(this, &UpdateController::finished, this, [this](UpdateOutcome outcome) {
        changeTimeline([&](UpdateTimeline &timeline, const QDateTime &now) {
            timeline.finished({outcome, m_deviceHasImage || m_request.mode == RunMode::Follow, m_report.finalMessage,
                               m_report.error ? m_report.error->message : QString()},
                              now);
            m_report.timeline = timeline;
        });
    });
}

template<typename Change>
void UpdateController::changeTimeline(Change change)
{
    change(m_timeline, m_clock());
    Q_EMIT timelineChanged(m_timeline);
}

UpdateController::~UpdateController()
{
    if (m_uploadGate) // not leaveUploadGate(): nobody hears signals from a controller being destroyed
        m_uploadGate->leave(this);
    if (isRunning()) {
        m_cancelled = true;
        if (m_call)
            m_call->abort();
    }
}

void UpdateController::start(const UpdateRequest &request)
{
    Q_ASSERT(!isRunning());
    if (m_api)
        m_api->deleteLater();
    m_api = nullptr;
    m_hasher = nullptr;
    m_request = request;
    m_report = UpdateReport();
    m_report.startedAt = QDateTime::currentDateTimeUtc();
    m_report.firmwarePath = request.firmwarePath;
    m_report.preserveSettings = request.preserveSettings;
    m_report.dryRun = request.dryRun;
    m_report.waitForDevice = request.waitForDevice;
    m_report.trust = request.trust.describe();
    m_report.mode = request.mode;
    m_report.versionBefore = request.mode == RunMode::Follow ? request.versionBefore : QString();
    m_cancelled = false;
    // Following: the device got its image from another run.
    m_deviceHasImage = request.mode == RunMode::Follow;
    m_lastChunkUnanswered = false;
    m_stages.clear();
    m_pendingFinish.reset();
    m_fileSha256.clear();
    m_fileFingerprint.clear();
    m_fingerprintKey = request.checkedImage ? request.checkedImage->key : ImageFingerprint::Key::random();
    if (request.checkedImage) {
        m_fileSha256 = request.checkedImage->sha256;
        m_fileFingerprint = request.checkedImage->fingerprint;
    }
    m_sentBytes.reset();
    m_tracker.reset();
    m_restartStep.reset();
    m_newCertificate = QSslCertificate();
    m_image.reset();
    m_lastHeard = {};
    setPhase(UpdatePhase::Preflight);

    // Let the caller connect to finished() before a failure of the inputs reports it.
    QTimer::singleShot(0, this, [this] {
        if (m_cancelled)
            return;
        if (const auto inputError = checkInputs())
            fail(*inputError);
        else
            runPreflight();
    });
}

std::optional<Error> UpdateController::checkInputs()
{
    if (auto address = DeviceAddress::parse(m_request.address)) {
        m_address = address.value();
        m_report.deviceAddress = m_address->displayName();
    }
    if (const Status valid = m_request.validate(); !valid)
        return valid.error();
    if (m_request.mode == RunMode::Follow)
        return std::nullopt;
    auto image = FirmwareImage::inspect(m_request.firmwarePath); // again: the file may have changed since
    if (!image)
        return image.error();
    m_image = image.value();
    m_report.firmwareSize = m_image->size();
    m_report.chunkCount = m_image->chunkCount();
    return std::nullopt;
}

void UpdateController::runPreflight()
{
    m_api =
        new ManageApi(m_address->baseUrl(), m_request.trust, m_request.apiKey.toLatin1(), m_request.timings.api, this);
    const bool follow = m_request.mode == RunMode::Follow;
    if (!follow && !m_request.checkedImage)
        startHashing();
    log(follow ? tr("Following the update on %1 (%2)").arg(m_address->displayName(), m_request.trust.describe())
               : tr("Checking %1 (%2)").arg(m_address->displayName(), m_request.trust.describe()));
    if (m_request.trust.mode() == TlsTrust::Mode::Insecure)
        warn(tr("Certificate checks are off; anyone on the network path could read the API key."));
    // A device being followed may be restarting: its silence must not cost the long first-contact timeout.
    watch(follow ? m_api->pollDeviceInfo() : m_api->getDeviceInfo(), &UpdateController::onDeviceInfo);
}

void UpdateController::startHashing()
{
    m_hasher = new FirmwareHasher(m_api);
    connect(m_hasher, &FirmwareHasher::finished, this, [this](const QByteArray &sha256) {
        m_fileSha256 = sha256;
        m_fileFingerprint = m_hasher->fingerprint();
        Q_EMIT firmwareHashed(sha256);
        finishPending();
    });
    connect(m_hasher, &FirmwareHasher::failed, this, [this](const QString &message) {
        log(tr("Could not compute the firmware's SHA-256: %1").arg(message));
        finishPending();
    });
    // The same read gives the fingerprint the bytes sent are checked against, at a fifth of a second hash's cost.
    m_hasher->start(m_image->path(), m_fingerprintKey);
}

bool UpdateController::followFromSilence(const ApiReply &reply)
{
    const bool silent = reply.failure == ApiReply::Failure::Network || reply.failure == ApiReply::Failure::TimedOut;
    if (m_request.mode != RunMode::Follow || !silent || reply.networkError == QNetworkReply::HostNotFoundError)
        return false;
    log(silenceText(reply, QString::number(m_request.timings.deadlineMs / 60'000.0, 'f', 1)));
    startWatching();
    proceed(m_tracker->noAnswer(watchMs()));
    return true;
}

void UpdateController::onDeviceInfo(const ApiReply &reply)
{
    if (followFromSilence(reply))
        return;
    m_report.certificateFingerprint = TlsTrust::fingerprintOf(reply.presentedCertificate);
    const DeviceCheck check = DeviceCheck::fromReply(reply, *m_address, m_request.trust);
    if (check.certificateUntrusted) {
        Q_EMIT certificateUntrusted(check.certificate, check.differsFromPin);
        if (stopped())
            return;
    }
    if (!check.passed()) {
        Error error = *check.error;
        if (m_request.mode == RunMode::Follow && !m_request.preserveSettings &&
            (check.certificateUntrusted || error.code == ErrorCode::Unauthorized))
            error.message += QLatin1Char(' ') + tr("An update that erases the settings gives the device a new "
                                                   "certificate and removes its API keys: if it is back, it must be "
                                                   "commissioned again before it can be checked.");
        fail(error);
        return;
    }
    for (const QString &note : check.notes)
        log(note);
    for (const QString &warning : check.warnings)
        warn(warning);
    const DeviceInfo &device = check.device;
    m_report.model = device.model;
    if (m_report.versionBefore.isEmpty())
        m_report.versionBefore = device.firmwareVersion;
    noteHeard();
    Q_EMIT preflightPassed(device, reply.presentedCertificate);
    if (stopped())
        return;
    if (m_request.mode == RunMode::Follow) {
        startWatching();
        proceed(RestartTracker::Next::CheckStatus);
        return;
    }

    const DeviceFamily fileFamily = familyFromFileName(m_image->fileName());
    const DeviceFamily deviceFamily = device.family();
    if (fileFamily != DeviceFamily::Unknown && deviceFamily != DeviceFamily::Unknown && fileFamily != deviceFamily)
        warn(tr("The file name %1 suggests %2 firmware, but the device is a %3. The device will reject "
                "firmware for another family at the decrypt stage.")
                 .arg(m_image->fileName(), familyName(fileFamily), familyName(deviceFamily)));
    // Said, not refused: the version in a file name is a hint, and reinstalling or going back can be meant.
    const auto change = FirmwareVersion::compare(device.firmwareVersion, m_image->fileName());
    if (change == FirmwareVersion::Change::Reinstall || change == FirmwareVersion::Change::Downgrade) {
        const QString warning = change == FirmwareVersion::Change::Reinstall
                                    ? tr("The file name %1 says version %2: this is a reinstall of the device's %3.")
                                    : tr("The file name %1 says version %2: this is a downgrade from the device's %3.");
        warn(warning.arg(m_image->fileName(), FirmwareVersion::fromFileName(m_image->fileName())->toString(),
                         device.firmwareVersion));
    }

    if (m_request.dryRun) {
        finishWhenHashed(UpdateOutcome::Succeeded,
                         tr("Pre-flight passed: the device answers, the key is accepted and the file is readable. "
                            "Nothing was uploaded."));
        return;
    }
    waitForUploadTurn();
}

void UpdateController::waitForUploadTurn()
{
    if (!m_uploadGate) {
        runPrepare();
        return;
    }
    if (m_uploadGate->isPaused()) {
        log(tr("Waiting for a turn to upload: the run is paused, and no upload starts until it is resumed."));
        setWaitingForUploadTurn(true);
    } else if (m_uploadGate->holders() >= m_uploadGate->slots()) {
        log(tr("Waiting for a turn to upload: %n device(s) upload at once.", nullptr, m_uploadGate->slots()));
        setWaitingForUploadTurn(true);
    }
    m_uploadGate->enter(this, [this] {
        setWaitingForUploadTurn(false);
        if (!stopped())
            runPrepare();
    });
}

void UpdateController::setWaitingForUploadTurn(bool waiting)
{
    if (waiting == m_waitingForUploadTurn)
        return;
    m_waitingForUploadTurn = waiting;
    Q_EMIT waitingForUploadTurnChanged(waiting);
}

void UpdateController::leaveUploadGate()
{
    if (m_uploadGate)
        m_uploadGate->leave(this);
    setWaitingForUploadTurn(false);
}

void UpdateController::runPrepare()
{
    setPhase(UpdatePhase::Prepare);
    if (stopped())
        return;
    log(m_request.preserveSettings ? tr("Preparing the device (settings will be preserved)")
                                   : tr("Preparing the device (FACTORY RESET: settings will be erased)"));
    watch(m_api->prepare(m_request.preserveSettings), [](UpdateController *self, const ApiReply &reply) {
        if (!reply.ok()) {
            self->fail(reply, tr("The device refused to prepare for the update"));
            return;
        }
        self->noteHeard();
        self->setPhase(UpdatePhase::Upload);
        self->m_fileId = ManageApi::newFileId();
        self->m_sentBytes = std::make_shared<SentImageDigest>(self->m_fingerprintKey);
        self->m_chunkIndex = 0;
        self->m_chunkAttempt = 1;
        self->uploadChunk();
    });
}

void UpdateController::uploadChunk()
{
    if (stopped())
        return;
    const int count = m_image->chunkCount();
    if (const Status unchanged = m_image->checkUnchanged(); !unchanged) {
        fail(unchanged.error());
        return;
    }
    auto device = m_image->chunkDevice(m_chunkIndex);
    device->setDigest(m_sentBytes);
    device->setBandwidth(m_bandwidth);
    if (!device->open(QIODevice::ReadOnly)) {
        fail(Error{ErrorCode::FileChanged, tr("Cannot read chunk %1 of %2 from %3: %4")
                                               .arg(m_chunkIndex + 1)
                                               .arg(count)
                                               .arg(m_image->path(), device->errorString())});
        return;
    }
    const qint64 offset = m_image->chunkOffset(m_chunkIndex);
    const qint64 length = m_image->chunkLength(m_chunkIndex);
    // Said before the first byte goes out, so the progress names the chunk being sent rather than the last one
    // acknowledged; a retry starts the chunk's bytes again, and so does the count.
    Q_EMIT uploadProgress(offset, m_image->size(), m_chunkIndex, count);
    PendingCall *call = m_api->applyChunk(std::move(device), m_chunkIndex, count, m_fileId);
    const int index = m_chunkIndex;
    m_lastChunkUnanswered = false;
    connect(call, &PendingCall::uploadProgress, this, [this, offset, length, index, count](qint64 sent, qint64 total) {
        // Qt ends with (0, 0); and the multipart envelope adds a few hundred bytes: the chunk counts as sent only
        // once the device acknowledges it.
        if (total > 0)
            Q_EMIT uploadProgress(offset + std::min(sent, length - 1), m_image->size(), index, count);
        // Every byte of the image is out: from now on only an answer tells whether the device has it.
        if (index == count - 1 && total > 0 && sent >= total)
            m_lastChunkUnanswered = true;
    });
    watch(call, &UpdateController::onChunkReply);
}

void UpdateController::onChunkReply(const ApiReply &reply)
{
    const int count = m_image->chunkCount();
    if (reply.deviceAnswered())
        m_lastChunkUnanswered = false; // a refusal is an answer: the device did not take the chunk
    if (!reply.ok()) {
        scheduleChunkRetry(reply);
        return;
    }
    noteHeard();
    // No file check here: each chunk's last byte was read only after one passed (FirmwareImage::chunkDevice), so the
    // device holds exactly the checked bytes; uploadChunk() checks again before the next chunk.
    ++m_chunkIndex;
    m_chunkAttempt = 1;
    if (m_chunkIndex < count) {
        uploadChunk();
        return;
    }
    Q_EMIT uploadProgress(m_image->size(), m_image->size(), count - 1, count);
    m_deviceHasImage = true;
    // The device installs on its own from here: the next device may upload meanwhile.
    leaveUploadGate();
    log(tr("The device has received the whole image (%n chunk(s)).", nullptr, count));
    if (!m_request.waitForDevice) {
        finishWhenHashed(UpdateOutcome::StillUpdating,
                         tr("The device accepted the whole image and now installs it on its own: it restarts twice "
                            "and takes 10 to 20 minutes. Do not power it off."));
        return;
    }
    startWatching();
    pollStatus();
}

void UpdateController::scheduleChunkRetry(const ApiReply &reply)
{
    const int count = m_image->chunkCount();
    const int maxAttempts = m_request.timings.maxAttemptsPerChunk;
    if (reply.failure == ApiReply::Failure::Untrusted) {
        fail(Error{ErrorCode::CertificateUntrusted,
                   tr("The device's certificate changed during the upload (chunk %1 of %2); the upload was stopped "
                      "and the key was not sent again. The device keeps its current firmware.")
                       .arg(m_chunkIndex + 1)
                       .arg(count)});
        return;
    }
    if (reply.failure == ApiReply::Failure::Unauthorized) {
        // The key was good for the pre-flight and the chunks before: it was revoked or changed meanwhile.
        fail(Error{ErrorCode::Unauthorized,
                   tr("The device refused the API key at chunk %1 of %2 (HTTP 401): the key was revoked or changed "
                      "during the update, or its user is no longer an administrator. No further chunks were sent.")
                       .arg(m_chunkIndex + 1)
                       .arg(count)});
        return;
    }
    if (!reply.isTransient()) {
        fail(reply, tr("The device refused chunk %1 of %2").arg(m_chunkIndex + 1).arg(count));
        return;
    }
    if (m_chunkAttempt >= maxAttempts) {
        fail(Error{reply.toError().code,
                   (m_lastChunkUnanswered ? tr("Chunk %1 of %2 failed %3 times (last: %4). Check the network.")
                                          : tr("Chunk %1 of %2 failed %3 times (last: %4). Check the network and run "
                                               "the update again."))
                       .arg(m_chunkIndex + 1)
                       .arg(count)
                       .arg(maxAttempts)
                       .arg(reply.describe())});
        return;
    }
    const int delayMs = std::min(m_request.timings.retryMaxDelayMs,
                                 m_request.timings.retryBaseDelayMs * (1 << std::min(m_chunkAttempt - 1, 16)));
    ++m_chunkAttempt;
    m_report.retries.append({m_chunkIndex, m_chunkAttempt, reply.describe()});
    log(tr("Chunk %1 of %2: %3; retrying in %4 s (attempt %5 of %6)")
            .arg(m_chunkIndex + 1)
            .arg(count)
            .arg(reply.describe())
            .arg(delayMs / 1000.0, 0, 'f', 1)
            .arg(m_chunkAttempt)
            .arg(maxAttempts));
    Q_EMIT chunkRetry(m_chunkIndex, m_chunkAttempt, maxAttempts, delayMs, reply.describe());
    scheduleStep(&UpdateController::uploadChunk, delayMs);
}

void UpdateController::startWatching()
{
    RestartTracker::Settings settings;
    settings.preserveSettings = m_request.preserveSettings;
    settings.follow = m_request.mode == RunMode::Follow;
    settings.versionBefore = m_report.versionBefore;
    settings.unclearAnswersTolerated = m_request.timings.statusFailuresTolerated;
    settings.restoreWindowMs = m_request.timings.restoreWindowMs;
    settings.restartWindowMs = m_request.timings.restartWindowMs;
    m_tracker.emplace(settings);
    m_watchClock.start();
    m_deadline = QDeadlineTimer(m_request.timings.deadlineMs);
    m_restartStep.reset();
    setPhase(UpdatePhase::DeviceStages);
}

void UpdateController::scheduleStep(Step step, int delayMs)
{
    m_nextStep = step;
    m_pollTimer.start(delayMs);
}

bool UpdateController::deadlinePassed()
{
    if (!m_deadline.hasExpired())
        return false;
    const QString minutes = QString::number(m_request.timings.deadlineMs / 60'000.0, 'f', 1);
    const QString message =
        m_lastHeard.isValid()
            ? tr("The device did not finish within %1 minutes. Last seen: %2. It last answered at %3. It may still be "
                 "working: check it again, or look at it in groov Manage, before doing anything else.")
                  .arg(minutes, lastSeenText(),
                       QLocale().toString(m_lastHeard.toLocalTime().time(), QLocale::LongFormat))
            : tr("The device did not finish within %1 minutes. Last seen: %2. It did not answer at all during this "
                 "run. It may still be working: check it again, or look at it in groov Manage, before doing anything "
                 "else.")
                  .arg(minutes, lastSeenText());
    finish(UpdateOutcome::TimedOut, message, Error{ErrorCode::TimedOut, message});
    return true;
}

QString UpdateController::lastSeenText() const
{
    if (const std::optional<RestartStep> step = m_tracker ? m_tracker->restartStep() : std::nullopt)
        return restartStepName(*step);
    QString lastSeen;
    for (const DeviceStage &stage : std::as_const(m_stages)) {
        if (stage.state == StageState::Running)
            lastSeen = tr("Stage %1 running").arg(stageDisplayName(stage.name));
    }
    return lastSeen.isEmpty() ? phaseName(m_phase) : lastSeen;
}

void UpdateController::proceed(RestartTracker::Next next)
{
    showWhereTheDeviceIs();
    if (stopped())
        return;
    const int interval = m_request.timings.pollIntervalMs;
    switch (next) {
    case RestartTracker::Next::PollStatus:
        scheduleStep(&UpdateController::pollStatus, interval);
        return;
    case RestartTracker::Next::PollCommission:
        scheduleStep(&UpdateController::pollCommission, interval);
        return;
    case RestartTracker::Next::CheckStatus:
        pollStatus();
        return;
    case RestartTracker::Next::ReadVersion:
        readVersion();
        return;
    case RestartTracker::Next::Finish:
        finishWatching();
        return;
    }
}

void UpdateController::showWhereTheDeviceIs()
{
    if (m_tracker->where() != RestartTracker::Where::Over)
        setPhase(m_tracker->phase());
    if (stopped())
        return;
    // Each step is told once: back to an earlier one after a check (waiting for a restart that is due) is not news.
    const std::optional<RestartStep> step = m_tracker->restartStep();
    if (!step)
        return;
    if (step != m_restartStep) {
        m_restartStep = step;
        m_report.restartSteps.append(*step);
        log(restartStepName(*step));
        Q_EMIT restartProgress(*step);
        if (stopped())
            return;
    }
    if (const std::optional<qint64> since = m_tracker->stepSinceMs())
        Q_EMIT restartWaiting(*step, watchMs() - *since);
}

void UpdateController::pollStatus()
{
    if (stopped() || deadlinePassed())
        return;
    watch(m_api->getUpdateStatus(), &UpdateController::onStatusReply);
}

void UpdateController::pollCommission()
{
    if (stopped() || deadlinePassed())
        return;
    watch(m_api->getCommissionStatus(), &UpdateController::onCommissionReply);
}

void UpdateController::readVersion()
{
    if (stopped() || deadlinePassed())
        return;
    watch(m_api->pollDeviceInfo(), &UpdateController::onVersionReply);
}

void UpdateController::onStatusReply(const ApiReply &reply)
{
    if (!reply.ok()) {
        if (reply.httpStatus == 404) {
            noteHeard();
            proceed(m_tracker->statusMissing(watchMs()));
            return;
        }
        proceed(trackFailure(reply));
        return;
    }
    noteHeard();
    const UpdateStatus status = UpdateStatus::parse(reply.body);
    if (!status.isValid()) {
        noteInterruption(tr("The device's status answer was not understood (%1).").arg(status.problem()),
                         status.problem());
        proceed(m_tracker->unclearAnswer(watchMs()));
        return;
    }
    const QList<DeviceStage> stages = status.stages();
    if (stages != m_stages) {
        m_stages = stages;
        m_report.lastStages = stages;
        Q_EMIT deviceStagesChanged(stages);
        if (stopped())
            return;
    }
    if (const auto failed = status.firstError()) {
        m_report.failedStage = *failed;
        m_report.hint = stageErrorHint(*failed);
        fail(Error{ErrorCode::StageFailed, stageErrorText(*failed)});
        return;
    }
    proceed(m_tracker->statusAnswered(status, watchMs()));
}

void UpdateController::onCommissionReply(const ApiReply &reply)
{
    if (reply.ok() || reply.failure == ApiReply::Failure::HttpError ||
        reply.failure == ApiReply::Failure::Unauthorized) {
        // An error answer (older firmware without this endpoint, a busy server) says the device is there, not how it
        // is: the tracker then asks the keyed status.
        noteHeard();
        const CommissionState state = reply.ok() ? parseCommissionStatus(reply.body) : CommissionState::Unknown;
        proceed(m_tracker->commissionAnswered(state, watchMs()));
        return;
    }
    proceed(trackFailure(reply));
}

void UpdateController::onVersionReply(const ApiReply &reply)
{
    // Firmware without io/local/info answers 404 (the pre-flight saw the same): there is no version to read.
    if (reply.ok() || reply.httpStatus == 404) {
        noteHeard();
        std::optional<QString> version;
        if (reply.ok()) {
            if (auto info = DeviceInfo::parse(reply.body); info && !info->firmwareVersion.isEmpty())
                version = info->firmwareVersion;
        }
        proceed(m_tracker->versionAnswered(version, watchMs()));
        return;
    }
    proceed(trackFailure(reply));
}

RestartTracker::Next UpdateController::trackFailure(const ApiReply &reply)
{
    const qint64 now = watchMs();
    switch (reply.failure) {
    case ApiReply::Failure::Network:
    case ApiReply::Failure::TimedOut:
        if (!m_tracker->isSilent()) {
            noteInterruption(tr("No answer from the device: %1").arg(reply.describe()), reply.describe());
        }
        // Kept-alive connections died with the device's web server; the next request makes (and checks) a new one.
        m_api->forgetConnections();
        return m_tracker->noAnswer(now);
    case ApiReply::Failure::Untrusted:
        noteHeard();
        m_newCertificate = reply.presentedCertificate;
        return m_tracker->newCertificate(now);
    case ApiReply::Failure::Unauthorized:
        noteHeard();
        return m_tracker->keyRefused(now);
    default:
        break;
    }
    noteHeard();
    noteInterruption(tr("The device answered, but not usefully: %1").arg(reply.describe()), reply.describe());
    return m_tracker->unclearAnswer(now);
}

void UpdateController::finishWatching()
{
    using Verdict = RestartTracker::Verdict;
    m_report.restartSeen = m_tracker->restartSeen();
    m_report.versionChanged = m_tracker->versionChanged();
    if (const auto version = m_tracker->versionAfter())
        m_report.versionAfter = *version;
    const QString after = m_report.versionAfter;
    const QString newFingerprint = TlsTrust::shortFingerprintOf(m_newCertificate);

    switch (m_tracker->verdict()) {
    case Verdict::Succeeded:
        if (m_report.versionChanged)
            succeed(tr("Firmware updated: version %1 -> %2.").arg(m_report.versionBefore, after)); // both known
        else if (after.isEmpty())
            succeed(tr("The device restarted and is back and ready. It does not report its version (older "
                       "firmware): check it in groov Manage."));
        else
            succeed(tr("The device restarted and is back and ready. It reports version %1, as before: the reported "
                       "version is the I/O server's and may not change with every firmware build. Check the firmware "
                       "version in groov Manage.")
                        .arg(after));
        return;
    case Verdict::NotVerified: {
        QString message;
        if (!m_tracker->sawUpdateRunning())
            message = after.isEmpty()
                          ? tr("The device is ready and not updating; it reports no version. This run did not see an "
                               "update under way, so it cannot tell whether the last one succeeded: check the firmware "
                               "version in groov Manage.")
                          : tr("The device is ready and not updating; it reports version %1. This run did not see an "
                               "update under way, so it cannot tell whether the last one succeeded: check the firmware "
                               "version in groov Manage.")
                                .arg(after);
        else
            message = after.isEmpty()
                          ? tr("The device is ready and no longer updating, but this run saw neither its restart nor "
                               "a new version (it reports no version). The firmware may not be installed: check the "
                               "firmware version in groov Manage.")
                          : tr("The device is ready and no longer updating, but this run saw neither its restart nor "
                               "a new version (it reports version %1). The firmware may not be installed: check the "
                               "firmware version in groov Manage.")
                                .arg(after);
        warn(tr("The update could not be verified: neither a restart nor a new version was seen."));
        finishWhenHashed(UpdateOutcome::NotVerified, message);
        return;
    }
    case Verdict::NeedsCommissioning: {
        QString message = tr("The device restarted and is back factory-fresh, as asked: it must be commissioned again "
                             "(a new administrator account and API key) before it can be used. Its firmware version "
                             "can be read once it is commissioned.");
        if (!m_newCertificate.isNull())
            message += QLatin1Char(' ') + tr("It now presents a new certificate (SHA-256 %1…): compare it with the "
                                             "one groov Manage shows before you trust it.")
                                              .arg(newFingerprint);
        finishWhenHashed(UpdateOutcome::NeedsCommissioning, message);
        return;
    }
    case Verdict::SettingsLost:
        fail(Error{ErrorCode::SettingsLost,
                   tr("The device came back from its restarts without its settings, although they were to be "
                      "preserved: it has answered as not commissioned for %1 minutes. Commission it again in groov "
                      "Manage (a new administrator account and API key) and check its network settings.")
                       .arg(m_request.timings.restoreWindowMs / 60'000.0, 0, 'f', 1)});
        return;
    case Verdict::CertificateChanged:
        Q_EMIT certificateUntrusted(m_newCertificate, true);
        if (stopped())
            return;
        fail(Error{ErrorCode::CertificateUntrusted,
                   tr("The device now presents a different certificate (SHA-256 %1…) although its settings were to "
                      "be preserved. The key was not sent. Its settings, certificate included, may have been lost, or "
                      "someone may be intercepting the connection: check the device in groov Manage.")
                       .arg(newFingerprint)});
        return;
    case Verdict::KeyRefused:
        fail(Error{ErrorCode::Unauthorized,
                   tr("The device stopped accepting the API key while processing the firmware (HTTP 401): the key was "
                      "revoked or changed meanwhile. The device continues the update on its own: check it in groov "
                      "Manage.")});
        return;
    case Verdict::Unfollowable:
        fail(Error{ErrorCode::Network,
                   tr("The device kept answering, but %1 answers in a row said nothing this program understands, so "
                      "its progress cannot be followed. It has the whole image and continues on its own: check it "
                      "again later, or look at it in groov Manage.")
                       .arg(m_tracker->unclearAnswers())});
        return;
    case Verdict::None:
        break;
    }
}

void UpdateController::noteInterruption(const QString &message, const QString &reason)
{
    log(message);
    // A device that answers garbage now and then for 45 minutes must not grow the report without end.
    constexpr qsizetype MaxInterruptionsKept = 100;
    ++m_report.interruptionCount;
    if (m_report.interruptions.size() < MaxInterruptionsKept)
        m_report.interruptions.append({QDateTime::currentDateTimeUtc(), reason});
}

void UpdateController::noteHeard()
{
    m_lastHeard = QDateTime::currentDateTimeUtc();
    Q_EMIT heardFromDevice(m_lastHeard);
}

template<typename Handler>
void UpdateController::watch(PendingCall *call, Handler handler)
{
    m_call = call;
    connect(call, &PendingCall::finished, this, [this, handler](const ApiReply &reply) {
        m_call = nullptr;
        if (stopped())
            return;
        std::invoke(handler, this, reply);
    });
}

QString UpdateController::cancelConsequence() const
{
    if (!isRunning())
        return {};
    if (m_request.mode == RunMode::Follow)
        return tr("This only stops watching. The device carries on with its update on its own; do not power it off "
                  "while it does.");
    if (m_lastChunkUnanswered && !m_deviceHasImage)
        return tr("The upload stops now. Every byte of the image was sent, but the device has not confirmed the last "
                  "chunk: it may have the whole image and install it on its own. Check it before starting again.");
    if (!m_deviceHasImage)
        return tr("The upload stops now. The device has not received the whole image and keeps its current "
                  "firmware.");
    return tr("This only stops watching. The device already has the whole image and continues the update on its "
              "own: it restarts twice and is back in 10 to 20 minutes. Do not power it off.");
}

void UpdateController::cancel()
{
    if (!isRunning() || m_cancelled)
        return;
    const QString message = cancelConsequence();
    m_cancelled = true;
    m_pollTimer.stop();
    if (m_call)
        m_call->abort();
    if (m_hasher)
        m_hasher->cancel();
    finish(UpdateOutcome::Cancelled, message, Error{ErrorCode::Cancelled, message});
}

void UpdateController::setPhase(UpdatePhase phase)
{
    if (phase == m_phase)
        return;
    m_phase = phase;
    m_report.phases.append({phase, QDateTime::currentDateTimeUtc()});
    qCInfo(lcUpdate) << "phase" << phaseId(phase);
    Q_EMIT phaseChanged(phase);
}

void UpdateController::succeed(const QString &message)
{
    finishWhenHashed(UpdateOutcome::Succeeded, message);
}

void UpdateController::finishWhenHashed(UpdateOutcome outcome, const QString &message)
{
    m_pollTimer.stop();
    if (m_hasher && m_hasher->isRunning()) {
        log(tr("Finishing the firmware's SHA-256..."));
        m_pendingFinish = std::make_pair(outcome, message);
        return;
    }
    finish(outcome, message, std::nullopt);
}

void UpdateController::finishPending()
{
    if (!m_pendingFinish)
        return;
    // A copy: finish() clears m_pendingFinish, and its message must outlive that.
    const auto [outcome, message] = *std::exchange(m_pendingFinish, std::nullopt);
    finish(outcome, message, std::nullopt);
}

void UpdateController::fail(const Error &error)
{
    if (error.code == ErrorCode::Cancelled) {
        finish(UpdateOutcome::Cancelled, error.message, error);
        return;
    }
    QString message = error.message;
    if (!m_deviceHasImage && m_phase >= UpdatePhase::Prepare && error.code != ErrorCode::StageFailed) {
        // The device's own words may end without a full stop.
        if (!message.endsWith(QLatin1Char('.')) && !message.endsWith(QLatin1Char(')')))
            message += QLatin1Char('.');
        message += QLatin1Char(' ') +
                   (m_lastChunkUnanswered
                        ? tr("Every byte of the image was sent, but the device never confirmed the last chunk: it may "
                             "have the whole image and be installing it now. Check it (follow it) before starting "
                             "again.")
                        : tr("The device did not receive the whole image and keeps its current firmware."));
    }
    finish(UpdateOutcome::Failed, message, Error{error.code, message});
}

void UpdateController::fail(const ApiReply &reply, const QString &context)
{
    Error error = reply.toError();
    error.message = context + QStringLiteral(": ") + error.message;
    if (reply.httpStatus == 409)
        error.message += QLatin1Char(' ') + tr("Another update may already be running on the device: wait for it to "
                                               "finish, then try again.");
    fail(error);
}

bool UpdateController::sentBytesDifferFromFile() const
{
    const QByteArray sent = m_sentBytes ? m_sentBytes->fingerprint(m_image->size()) : QByteArray();
    return !sent.isEmpty() && !m_fileFingerprint.isEmpty() && sent != m_fileFingerprint;
}

Error UpdateController::mixedImageError() const
{
    // Size and modification time were the same at every check: the file was rewritten in place and its time set back
    // (or whatever serves the file gave other bytes the second time).
    return Error{ErrorCode::FileChanged,
                 tr("The bytes sent to the device are not those of the firmware file that was checked (SHA-256 %1): "
                    "the file was changed while it was being sent. The device may reject the image or install a "
                    "mixed one. Keep the file from being changed, check the device, and update again.")
                     .arg(QString::fromLatin1(m_fileSha256))};
}

void UpdateController::finish(UpdateOutcome outcome, const QString &message, const std::optional<Error> &error)
{
    m_pollTimer.stop();
    leaveUploadGate();
    m_pendingFinish.reset();
    if (m_hasher && !outcomeIsSuccess(outcome))
        m_hasher->cancel();
    // The file's SHA-256 is what the device was given (or would have been) unless other bytes were sent: the hash of
    // that mix was never taken (it would cost a second SHA-256 of every byte on the upload's path), so none is stated.
    const bool sentOtherBytes = sentBytesDifferFromFile();
    m_report.firmwareSha256 = sentOtherBytes ? QByteArray() : m_fileSha256;
    const std::optional<Error> mixed =
        sentOtherBytes && outcome != UpdateOutcome::Cancelled ? std::make_optional(mixedImageError()) : std::nullopt;
    m_report.outcome = mixed ? UpdateOutcome::Failed : outcome;
    m_report.deviceMayHaveImage = deviceMayHaveImage();
    m_report.finalMessage = mixed ? mixed->message : message;
    m_report.error = mixed ? mixed : error;
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    m_request.apiKey.clear();
    // Views show the final message from the report; it is not repeated as a log line.
    qCInfo(lcUpdate).noquote() << outcomeId(m_report.outcome) << m_report.finalMessage;
    setPhase(UpdatePhase::Finished);
    Q_EMIT finished(m_report.outcome);
}

void UpdateController::log(const QString &message)
{
    qCInfo(lcUpdate).noquote() << message;
    Q_EMIT logMessage(message);
}

void UpdateController::warn(const QString &message)
{
    qCWarning(lcUpdate).noquote() << message;
    Q_EMIT warning(message);
}

} // namespace groov
