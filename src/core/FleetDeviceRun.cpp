#include "FleetDeviceRun.h"

#include "FirmwareVersion.h"
#include "UpdateController.h"

#include <QRegularExpression>

#include <iterator>

namespace groov {

namespace {

// Each state's identifier and its words for people, in the enum's order: one table, so the two never drift apart.
struct StateWords
{
    const char *id;
    const char *name;
};
constexpr StateWords stateWords[] = {
    {"waiting", QT_TRANSLATE_NOOP("groov::FleetDeviceRun", "waiting")},
    {"checking", QT_TRANSLATE_NOOP("groov::FleetDeviceRun", "checking")},
    {"before-hook", QT_TRANSLATE_NOOP("groov::FleetDeviceRun", "before hook")},
    {"updating", QT_TRANSLATE_NOOP("groov::FleetDeviceRun", "updating")},
    {"after-hook", QT_TRANSLATE_NOOP("groov::FleetDeviceRun", "after hook")},
    {"skipped", QT_TRANSLATE_NOOP("groov::FleetDeviceRun", "skipped")},
    {"succeeded", QT_TRANSLATE_NOOP("groov::FleetDeviceRun", "succeeded")},
    {"failed", QT_TRANSLATE_NOOP("groov::FleetDeviceRun", "FAILED")},
    {"not-started", QT_TRANSLATE_NOOP("groov::FleetDeviceRun", "not started")},
    {"cancelled", QT_TRANSLATE_NOOP("groov::FleetDeviceRun", "cancelled")},
};
static_assert(std::size(stateWords) == std::size_t(FleetDeviceState::Cancelled) + 1, "a state without words");

const StateWords &wordsOf(FleetDeviceState state)
{
    return stateWords[std::size_t(state)];
}

} // namespace

QString fleetDeviceStateId(FleetDeviceState state)
{
    return QString::fromLatin1(wordsOf(state).id);
}

QString fleetDeviceStateName(FleetDeviceState state)
{
    return FleetDeviceRun::tr(wordsOf(state).name);
}

bool fleetDeviceStateIsOver(FleetDeviceState state)
{
    return state >= FleetDeviceState::Skipped;
}

QString fleetDeviceStepText(const FleetDeviceStatus &status)
{
    if (status.state != FleetDeviceState::Updating)
        return {};
    if (status.waitingForUploadTurn)
        return FleetDeviceRun::tr("Waiting to upload"); // short: a table cell; the log says why
    const std::optional<UpdateStep> step = status.timeline.currentStep();
    if (!step)
        return {};
    const std::optional<int> perMille = status.timeline.progressPerMille(*step);
    return perMille ? FleetDeviceRun::tr("%1 %2%").arg(UpdateTimeline::stepName(*step)).arg(*perMille / 10)
                    : UpdateTimeline::stepName(*step);
}

FleetDeviceRun::FleetDeviceRun(const FleetTarget &target, const Shared *shared, QObject *parent)
    : QObject(parent), m_target(target), m_shared(shared)
{}

FleetDeviceRun::~FleetDeviceRun() = default;

bool FleetDeviceRun::isRunning() const
{
    return !fleetDeviceStateIsOver(m_status.state) && m_status.state != FleetDeviceState::Waiting;
}

UpdateRequest FleetDeviceRun::requestFor(bool dryRun) const
{
    UpdateRequest request = m_shared->request;
    request.address = m_target.address;
    request.apiKey = m_target.apiKey;
    request.trust = m_target.trust;
    request.dryRun = dryRun;
    return request;
}

UpdateController *FleetDeviceRun::newController(bool dryRun)
{
    auto *controller = new UpdateController(this);
    connect(controller, &UpdateController::warning, this, [this](const QString &warning) {
        if (!m_status.warnings.contains(warning))
            m_status.warnings.append(warning);
        Q_EMIT warned(warning);
    });
    connect(controller, &UpdateController::logMessage, this, &FleetDeviceRun::logMessage);
    if (!dryRun) {
        controller->setUploadGate(m_shared->uploadGate);
        controller->setBandwidth(m_shared->bandwidth);
        connect(controller, &UpdateController::waitingForUploadTurnChanged, this, [this](bool waiting) {
            m_status.waitingForUploadTurn = waiting;
            Q_EMIT changed();
        });
        connect(controller, &UpdateController::timelineChanged, this, [this](const UpdateTimeline &timeline) {
            m_status.timeline = timeline;
            Q_EMIT changed();
        });
    }
    m_controller = controller;
    return controller;
}

void FleetDeviceRun::check()
{
    setState(FleetDeviceState::Checking);
    UpdateController *controller = newController(true);
    connect(controller, &UpdateController::finished, this, &FleetDeviceRun::onChecked);
    controller->start(requestFor(true));
}

void FleetDeviceRun::onChecked()
{
    const UpdateReport report = m_controller->report();
    m_controller->deleteLater();
    m_status.model = report.model;
    m_status.versionBefore = report.versionBefore;
    if (report.outcome == UpdateOutcome::Cancelled) {
        end(FleetDeviceState::Cancelled, report.finalMessage);
    } else if (!outcomeIsSuccess(report.outcome)) {
        m_status.report = report;
        end(FleetDeviceState::Failed, tr("Pre-flight: %1").arg(report.finalMessage));
    } else if (const QString expected = m_target.device.expectedModel;
               !expected.isEmpty() && report.model.compare(expected, Qt::CaseInsensitive) != 0) {
        // The wrong device at a right-looking address: nothing is sent to it.
        end(FleetDeviceState::Failed,
            report.model.isEmpty()
                ? tr("The device at %1 does not say its model, but the plan expects a %2: it was not updated. Check "
                     "the address, or correct the plan's model.")
                      .arg(report.deviceAddress, expected)
                : tr("The device at %1 is a %2, but the plan expects a %3: it was not updated. Check the address, or "
                     "correct the plan's model.")
                      .arg(report.deviceAddress, report.model, expected));
    } else {
        setState(FleetDeviceState::Waiting);
    }
    Q_EMIT checked();
}

void FleetDeviceRun::run(int wave, const QString &targetVersion)
{
    m_status.wave = wave;
    m_targetVersion = targetVersion;
    if (m_shared->beforeHook)
        runBeforeHook();
    else
        startUpdate();
}

void FleetDeviceRun::runBeforeHook()
{
    setState(FleetDeviceState::BeforeHook);
    runHook(*m_shared->beforeHook, QStringLiteral("before"), QString());
}

void FleetDeviceRun::runHook(const FleetHook &hook, const QString &name, const QString &outcome)
{
    auto *runner = new FleetHookRunner(this);
    m_hook = runner;
    connect(runner, &FleetHookRunner::finished, this, [this, runner, name](const FleetHookResult &result) {
        runner->deleteLater();
        if (const QString said = QString(result.output).remove(QRegularExpression(QStringLiteral("\\n+$")));
            !said.isEmpty())
            Q_EMIT logMessage(tr("%1 hook said:\n%2").arg(name, said));
        const bool before = name == QLatin1String("before");
        (before ? m_status.beforeHook : m_status.afterHook) = result;
        if (m_cancelled || result.cancelled) {
            end(FleetDeviceState::Cancelled, result.message);
        } else if (before) {
            if (result.succeeded)
                startUpdate();
            else
                end(FleetDeviceState::Failed, result.message + QLatin1Char(' ') + tr("The device was not updated."));
        } else {
            const bool updated = m_status.report && outcomeIsSuccess(m_status.report->outcome);
            if (!result.succeeded)
                end(FleetDeviceState::Failed,
                    updated ? tr("The device was updated, but: %1").arg(result.message) : result.message);
            else
                end(updated ? FleetDeviceState::Succeeded : FleetDeviceState::Failed, m_status.message);
        }
    });
    FleetHookRunner::Context context;
    context.hookName = name;
    context.deviceName = m_target.device.name;
    context.deviceAddress = m_target.address;
    context.firmwarePath = m_shared->request.firmwarePath;
    context.outcome = outcome;
    context.secretVariables = m_shared->secretVariables;
    runner->start(hook, context, m_target.apiKey);
}

void FleetDeviceRun::startUpdate()
{
    setState(FleetDeviceState::Updating);
    UpdateController *controller = newController(false);
    connect(controller, &UpdateController::finished, this, &FleetDeviceRun::onUpdated);
    controller->start(requestFor(false));
}

void FleetDeviceRun::onUpdated()
{
    const UpdateReport report = m_controller->report();
    m_status.timeline = m_controller->timeline();
    m_controller->deleteLater();
    m_status.report = report;
    m_status.versionAfter = report.versionAfter;
    m_status.message = report.finalMessage;
    if (report.outcome == UpdateOutcome::Cancelled) {
        end(FleetDeviceState::Cancelled, report.finalMessage);
        return;
    }
    if (outcomeIsSuccess(report.outcome) && !m_targetVersion.isEmpty() && !report.versionAfter.isEmpty() &&
        FirmwareVersion::compareVersions(report.versionAfter, m_targetVersion) != FirmwareVersion::Change::Reinstall) {
        // The device's own word on its version is all there is: it must be the version the fleet is going to.
        m_status.report->outcome = UpdateOutcome::Failed;
        m_status.message = tr("The device reports version %1 after its update, not the target %2.")
                               .arg(report.versionAfter, m_targetVersion);
    }
    if (m_shared->afterHook && !m_cancelled) {
        setState(FleetDeviceState::AfterHook);
        runHook(*m_shared->afterHook, QStringLiteral("after"), outcomeId(m_status.report->outcome));
        return;
    }
    end(outcomeIsSuccess(m_status.report->outcome) ? FleetDeviceState::Succeeded : FleetDeviceState::Failed,
        m_status.message);
}

void FleetDeviceRun::skip(const QString &reason)
{
    end(FleetDeviceState::Skipped, reason);
}

void FleetDeviceRun::leaveOut(FleetDeviceState state, const QString &reason)
{
    end(state, reason);
}

void FleetDeviceRun::cancel()
{
    if (!isRunning() || m_cancelled)
        return;
    m_cancelled = true;
    if (m_hook && m_hook->isRunning())
        m_hook->cancel();
    else if (m_controller && m_controller->isRunning())
        m_controller->cancel();
}

bool FleetDeviceRun::cancelUnlessInstalling()
{
    if (m_status.state == FleetDeviceState::AfterHook ||
        (m_status.state == FleetDeviceState::Updating && m_controller && m_controller->deviceMayHaveImage()))
        return false;
    cancel();
    return true;
}

bool FleetDeviceRun::withdrawBeforeUpload(const QString &reason)
{
    const bool waitingForTurn =
        m_status.state == FleetDeviceState::Updating && m_controller && m_controller->phase() <= UpdatePhase::Preflight;
    if (m_status.state != FleetDeviceState::BeforeHook && !waitingForTurn)
        return false;
    m_withdrawnBecause = reason;
    cancel();
    return true;
}

void FleetDeviceRun::end(FleetDeviceState state, const QString &message)
{
    if (fleetDeviceStateIsOver(m_status.state))
        return;
    const bool withdrawn = state == FleetDeviceState::Cancelled && !m_withdrawnBecause.isEmpty();
    m_status.message = withdrawn ? m_withdrawnBecause : message;
    forgetKey();
    setState(withdrawn ? FleetDeviceState::NotStarted : state);
    Q_EMIT finished();
}

void FleetDeviceRun::setState(FleetDeviceState state)
{
    m_status.state = state;
    Q_EMIT changed();
}

} // namespace groov
