#include "UpdateController.h"

#include "CommissionStatus.h"
#include "DeviceCheck.h"
#include "FileSliceDevice.h"
#include "FirmwareHasher.h"
#include "Logging.h"
#include "ManageApi.h"
#include "StageErrorHints.h"

#include <algorithm>
#include <functional>
#include <utility>

namespace groov {

UpdateController::UpdateController(QObject *parent) : QObject(parent)
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        if (m_nextStep && !stopped())
            std::invoke(m_nextStep, this);
    });
}

UpdateController::~UpdateController()
{
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
    m_cancelled = false;
    m_deviceHasImage = false;
    m_installStarted = false;
    m_unansweredPolls = 0;
    m_stages.clear();
    m_pendingFinish.reset();
    m_restartStep = RestartStep::WaitingForRestart;
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
    startHashing();
    log(tr("Checking %1 (%2)").arg(m_address->displayName(), m_request.trust.describe()));
    if (m_request.trust.mode() == TlsTrust::Mode::Insecure)
        warn(tr("Certificate checks are off; anyone on the network path could read the API key."));
    watch(m_api->getDeviceInfo(), &UpdateController::onDeviceInfo);
}

void UpdateController::startHashing()
{
    m_hasher = new FirmwareHasher(m_api);
    connect(m_hasher, &FirmwareHasher::finished, this, [this](const QByteArray &sha256) {
        m_report.firmwareSha256 = sha256;
        Q_EMIT firmwareHashed(sha256);
        finishPending();
    });
    connect(m_hasher, &FirmwareHasher::failed, this, [this](const QString &message) {
        log(tr("Could not compute the firmware's SHA-256: %1").arg(message));
        finishPending();
    });
    m_hasher->start(m_image->path());
}

void UpdateController::onDeviceInfo(const ApiReply &reply)
{
    m_report.certificateFingerprint = TlsTrust::fingerprintOf(reply.presentedCertificate);
    const DeviceCheck check = DeviceCheck::fromReply(reply, *m_address, m_request.trust);
    if (check.certificateUntrusted) {
        Q_EMIT certificateUntrusted(check.certificate, check.differsFromPin);
        if (stopped())
            return;
    }
    if (!check.passed()) {
        fail(*check.error);
        return;
    }
    for (const QString &note : check.notes)
        log(note);
    for (const QString &warning : check.warnings)
        warn(warning);
    m_deviceBefore = check.device;
    m_report.model = m_deviceBefore.model;
    m_report.versionBefore = m_deviceBefore.firmwareVersion;
    noteHeard();
    Q_EMIT preflightPassed(m_deviceBefore, reply.presentedCertificate);
    if (stopped())
        return;

    const DeviceFamily fileFamily = familyFromFileName(m_image->fileName());
    const DeviceFamily deviceFamily = m_deviceBefore.family();
    if (fileFamily != DeviceFamily::Unknown && deviceFamily != DeviceFamily::Unknown && fileFamily != deviceFamily)
        warn(tr("The file name %1 suggests %2 firmware, but the device is a %3. The device will reject "
                "firmware for another family at the decrypt stage.")
                 .arg(m_image->fileName(), familyName(fileFamily), familyName(deviceFamily)));

    if (m_request.dryRun) {
        finishWhenHashed(UpdateOutcome::Succeeded,
                         tr("Pre-flight passed: the device answers, the key is accepted and the file is readable. "
                            "Nothing was uploaded."));
        return;
    }
    runPrepare();
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
    if (!device->open(QIODevice::ReadOnly)) {
        fail(Error{ErrorCode::FileChanged, tr("Cannot read chunk %1 of %2 from %3: %4")
                                               .arg(m_chunkIndex + 1)
                                               .arg(count)
                                               .arg(m_image->path(), device->errorString())});
        return;
    }
    const qint64 offset = m_image->chunkOffset(m_chunkIndex);
    const qint64 length = m_image->chunkLength(m_chunkIndex);
    PendingCall *call = m_api->applyChunk(std::move(device), m_chunkIndex, count, m_fileId);
    const int index = m_chunkIndex;
    connect(call, &PendingCall::uploadProgress, this, [this, offset, length, index, count](qint64 sent, qint64 total) {
        // Qt ends with (0, 0); and the multipart envelope adds a few hundred bytes: the chunk counts as sent only
        // once the device acknowledges it.
        if (total > 0)
            Q_EMIT uploadProgress(offset + std::min(sent, length - 1), m_image->size(), index, count);
    });
    watch(call, &UpdateController::onChunkReply);
}

void UpdateController::onChunkReply(const ApiReply &reply)
{
    const int count = m_image->chunkCount();
    if (!reply.ok()) {
        scheduleChunkRetry(reply);
        return;
    }
    noteHeard();
    Q_EMIT uploadProgress(m_image->chunkOffset(m_chunkIndex) + m_image->chunkLength(m_chunkIndex), m_image->size(),
                          m_chunkIndex, count);
    // No file check here: each chunk's last byte was read only after one passed (FirmwareImage::chunkDevice), so the
    // device holds exactly the checked bytes; uploadChunk() checks again before the next chunk.
    ++m_chunkIndex;
    m_chunkAttempt = 1;
    if (m_chunkIndex < count) {
        uploadChunk();
        return;
    }
    m_deviceHasImage = true;
    log(tr("The device has received the whole image (%1 chunks).").arg(count));
    if (!m_request.waitForDevice) {
        finishWhenHashed(UpdateOutcome::Succeeded,
                         tr("The device accepted the whole image and now installs it on its own: it restarts twice "
                            "and takes 10 to 20 minutes. Do not power it off."));
        return;
    }
    startDeviceStages();
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
                   tr("Chunk %1 of %2 failed %3 times (last: %4). Check the network and run the update again.")
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

void UpdateController::startDeviceStages()
{
    setPhase(UpdatePhase::DeviceStages);
    if (stopped())
        return;
    m_deadline = QDeadlineTimer(m_request.timings.deadlineMs);
    m_unansweredPolls = 0;
    pollStatus();
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
    QString lastSeen;
    if (m_phase == UpdatePhase::Restarts) {
        lastSeen = restartStepName(m_restartStep);
    } else {
        for (const DeviceStage &stage : std::as_const(m_stages)) {
            if (stage.state == StageState::Running)
                lastSeen = tr("stage %1 running").arg(stageDisplayName(stage.name));
        }
        if (lastSeen.isEmpty())
            lastSeen = phaseName(m_phase);
    }
    const QString heard = m_lastHeard.isValid() ? m_lastHeard.toLocalTime().toString(Qt::ISODate) : tr("never");
    const QString message = tr("The device did not finish within %1 minutes. Last seen: %2; last heard from it at %3. "
                               "It may still be working: check it in groov Manage before doing anything else.")
                                .arg(m_request.timings.deadlineMs / 60'000.0, 0, 'f', 1)
                                .arg(lastSeen, heard);
    finish(UpdateOutcome::TimedOut, message, Error{ErrorCode::TimedOut, message});
    return true;
}

void UpdateController::pollStatus()
{
    if (stopped())
        return;
    if (deadlinePassed())
        return;
    watch(m_api->getUpdateStatus(), &UpdateController::onStatusReply);
}

void UpdateController::onStatusReply(const ApiReply &reply)
{
    if (reply.ok()) {
        noteHeard();
        const UpdateStatus status = UpdateStatus::parse(reply.body);
        if (!status.isValid()) {
            ++m_unansweredPolls;
            log(tr("The device's status answer was not understood (%1).").arg(status.problem()));
        } else {
            m_unansweredPolls = 0;
            const QList<DeviceStage> stages = status.stages();
            if (stages != m_stages) {
                m_stages = stages;
                m_report.lastStages = stages;
                Q_EMIT deviceStagesChanged(stages);
            }
            if (const auto failed = status.firstError()) {
                m_report.failedStage = *failed;
                m_report.hint = stageErrorHint(*failed);
                QString message = tr("The device reported an error at stage %1").arg(stageDisplayName(failed->name));
                if (failed->errorCode)
                    message += tr(" (error code %1)").arg(*failed->errorCode);
                if (!failed->errorMessage.isEmpty())
                    message += QStringLiteral(": ") + failed->errorMessage;
                fail(Error{ErrorCode::StageFailed, message});
                return;
            }
            if (status.hasStarted(QStringLiteral("install")) || status.hasStarted(QStringLiteral("finishAndRestart")))
                m_installStarted = true;
            // Every stage done: the device restarts now, or already has (a restart quicker than one poll).
            const auto last = status.stage(QStringLiteral("finishAndRestart"));
            if (last && last->state == StageState::Done) {
                startRestarts();
                return;
            }
        }
    } else if (m_installStarted && reply.failure != ApiReply::Failure::Redirect) {
        // Once the device installs, silence means it is restarting, as expected.
        startRestarts();
        return;
    } else if (reply.failure == ApiReply::Failure::Unauthorized) {
        fail(reply, tr("The device stopped accepting the API key while processing the firmware"));
        return;
    } else {
        ++m_unansweredPolls;
        log(tr("No status from the device: %1").arg(reply.describe()));
    }
    if (m_unansweredPolls > m_request.timings.statusFailuresTolerated) {
        fail(Error{ErrorCode::Network,
                   tr("Lost contact with the device while it was processing the firmware, before it began "
                      "installing (%1 status requests in a row failed or were not understood). It may still finish "
                      "on its own: check it in groov Manage.")
                       .arg(m_unansweredPolls)});
        return;
    }
    scheduleStep(&UpdateController::pollStatus, m_request.timings.pollIntervalMs);
}

void UpdateController::startRestarts()
{
    setPhase(UpdatePhase::Restarts);
    m_api->forgetConnections();
    setRestartStep(RestartStep::Restarting1);
    if (stopped())
        return;
    scheduleStep(&UpdateController::pollCommission, m_request.timings.pollIntervalMs);
}

void UpdateController::setRestartStep(RestartStep step)
{
    if (step == m_restartStep)
        return;
    m_restartStep = step;
    m_report.restartSteps.append(step);
    log(restartStepName(step));
    Q_EMIT restartProgress(step);
}

void UpdateController::pollCommission()
{
    if (stopped())
        return;
    if (deadlinePassed())
        return;
    watch(m_api->getCommissionStatus(), &UpdateController::onCommissionReply);
}

void UpdateController::onCommissionReply(const ApiReply &reply)
{
    if (reply.failure == ApiReply::Failure::Untrusted && m_request.preserveSettings) {
        fail(Error{ErrorCode::CertificateUntrusted,
                   tr("The device came back from its restart with a different certificate although its settings "
                      "were to be preserved. The key was not sent. Check the device in groov Manage.")});
        return;
    }
    // After a factory reset the device has a new certificate: it is up, and no key is sent anyway.
    const bool answered = reply.ok() || reply.failure == ApiReply::Failure::Untrusted;
    const CommissionState state = reply.ok() ? parseCommissionStatus(reply.body) : CommissionState::Unknown;
    if (answered)
        noteHeard();

    switch (m_restartStep) {
    case RestartStep::WaitingForRestart:
    case RestartStep::Restarting1:
        if (answered) {
            setRestartStep(RestartStep::RestoringSettings);
            m_readySince = QDeadlineTimer(QDeadlineTimer::Forever);
        }
        break;
    case RestartStep::RestoringSettings:
        if (!answered) {
            setRestartStep(RestartStep::Restarting2);
        } else if (state == CommissionState::Commissioned) {
            // Some devices may need only one restart: up and ready for long enough counts as done.
            if (m_readySince.isForever())
                m_readySince = QDeadlineTimer(m_request.timings.secondRestartGraceMs);
            else if (m_readySince.hasExpired()) {
                log(tr("The device has been ready for a while without a second restart."));
                setRestartStep(RestartStep::Ready);
            }
        } else {
            m_readySince = QDeadlineTimer(QDeadlineTimer::Forever);
        }
        break;
    case RestartStep::Restarting2:
        if (answered && (!m_request.preserveSettings || state == CommissionState::Commissioned))
            setRestartStep(RestartStep::Ready);
        break;
    case RestartStep::Ready:
        break;
    }
    if (m_restartStep == RestartStep::Ready) {
        runVerify();
        return;
    }
    scheduleStep(&UpdateController::pollCommission, m_request.timings.pollIntervalMs);
}

void UpdateController::runVerify()
{
    setPhase(UpdatePhase::Verify);
    if (stopped())
        return;
    if (!m_request.preserveSettings) {
        succeed(tr("The firmware is installed and the device is back, factory-fresh: it must be commissioned again "
                   "(a new administrator account and API key) before it can be used."));
        return;
    }
    m_unansweredPolls = 0;
    requestVersion();
}

void UpdateController::requestVersion()
{
    if (stopped())
        return;
    watch(m_api->getDeviceInfo(), &UpdateController::onVerifyReply);
}

void UpdateController::onVerifyReply(const ApiReply &reply)
{
    if (reply.ok()) {
        noteHeard();
        if (auto info = DeviceInfo::parse(reply.body)) {
            m_report.versionAfter = info->firmwareVersion;
            const QString before = m_report.versionBefore.isEmpty() ? tr("unknown") : m_report.versionBefore;
            if (!m_report.versionBefore.isEmpty() && m_report.versionBefore == m_report.versionAfter)
                log(tr("Note: the reported version is unchanged (%1). The reported version is the I/O server's and "
                       "may not change with every firmware build.")
                        .arg(before));
            succeed(tr("Firmware updated: version %1 -> %2.").arg(before, m_report.versionAfter));
            return;
        }
    }
    if (reply.httpStatus == 404) {
        // Firmware without io/local/info (the pre-flight saw the same): there is no version to read.
        succeed(tr("The firmware is installed and the device is back and ready. It does not report its version "
                   "(older firmware): check it in groov Manage."));
        return;
    }
    if (++m_unansweredPolls <= m_request.timings.statusFailuresTolerated && !m_deadline.hasExpired()) {
        scheduleStep(&UpdateController::requestVersion, m_request.timings.pollIntervalMs);
        return;
    }
    succeed(tr("The device is back and ready, but its version could not be read (%1). Check it in groov Manage.")
                .arg(reply.describe()));
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
        message += QLatin1Char(' ') + tr("The device did not receive the whole image and keeps its current firmware.");
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

void UpdateController::finish(UpdateOutcome outcome, const QString &message, const std::optional<Error> &error)
{
    m_pollTimer.stop();
    m_pendingFinish.reset();
    if (m_hasher && outcome != UpdateOutcome::Succeeded)
        m_hasher->cancel();
    m_report.outcome = outcome;
    m_report.finalMessage = message;
    m_report.error = error;
    m_report.finishedAt = QDateTime::currentDateTimeUtc();
    m_request.apiKey.clear();
    // Views show the final message from the report; it is not repeated as a log line.
    qCInfo(lcUpdate).noquote() << outcomeId(outcome) << message;
    setPhase(UpdatePhase::Finished);
    Q_EMIT finished(outcome);
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
