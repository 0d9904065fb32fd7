#include "UpdatePipeline.h"

#include "SimFaultSet.h"
#include "SimLogging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <cmath>

namespace groov::sim {

namespace {

enum StageIndex { Prepare, Upload, Reassemble, Unzip, Decrypt, Decompress, BackupSettings, Install, FinishAndRestart };

QString statusName(UpdatePipeline::StageStatus status)
{
    switch (status) {
    case UpdatePipeline::StageStatus::Running:
        return QStringLiteral("running");
    case UpdatePipeline::StageStatus::Done:
        return QStringLiteral("done");
    case UpdatePipeline::StageStatus::Error:
        return QStringLiteral("error");
    case UpdatePipeline::StageStatus::Pending:
        break;
    }
    return QStringLiteral("pending");
}

} // namespace

UpdatePipeline::UpdatePipeline(double speed, const QString &deviceFamily, const SimFaultSet *faults, QObject *parent)
    : QObject(parent), m_speed(speed > 0 ? speed : 1.0), m_deviceFamily(deviceFamily), m_faults(faults)
{
    // Real seconds on the hardware; prepare and upload last as long as the client takes.
    const int seconds[] = {0, 0, 20, 60, 60, 120, 30, 300, 30};
    const QStringList names = stageNames();
    for (int i = 0; i < names.size(); ++i) {
        Stage stage;
        stage.name = names.at(i);
        stage.seconds = seconds[i];
        m_stages.append(stage);
    }
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &UpdatePipeline::onTimer);
}

QStringList UpdatePipeline::stageNames()
{
    return {QStringLiteral("prepare"),        QStringLiteral("upload"),  QStringLiteral("reassemble"),
            QStringLiteral("unzip"),          QStringLiteral("decrypt"), QStringLiteral("decompress"),
            QStringLiteral("backupSettings"), QStringLiteral("install"), QStringLiteral("finishAndRestart")};
}

QString UpdatePipeline::phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Uploading:
        return QStringLiteral("uploading");
    case Phase::Processing:
        return QStringLiteral("processing");
    case Phase::Restarting1:
        return QStringLiteral("restarting1");
    case Phase::Restoring:
        return QStringLiteral("restoring");
    case Phase::Restarting2:
        return QStringLiteral("restarting2");
    case Phase::Ready:
        return QStringLiteral("ready");
    case Phase::Failed:
        return QStringLiteral("failed");
    case Phase::Idle:
        break;
    }
    return QStringLiteral("idle");
}

bool UpdatePipeline::isProcessing() const
{
    return m_phase == Phase::Processing || m_phase == Phase::Restarting1 || m_phase == Phase::Restoring ||
           m_phase == Phase::Restarting2;
}

int UpdatePipeline::scaled(int seconds) const
{
    return int(std::lround(seconds * 1000.0 / m_speed));
}

int UpdatePipeline::downMs(int seconds) const
{
    const std::optional<int> faulted = m_faults ? m_faults->restartDownMs() : std::nullopt;
    return faulted ? *faulted : scaled(seconds);
}

bool UpdatePipeline::failIfFaulted(int index)
{
    const std::optional<int> code = m_faults ? m_faults->stageError(m_stages.at(index).name) : std::nullopt;
    if (!code)
        return false;
    fail(index, *code,
         QCoreApplication::translate("groov::sim::UpdatePipeline", "Stage %1 failed (simulated fault, error %2).")
             .arg(m_stages.at(index).name)
             .arg(*code));
    return true;
}

void UpdatePipeline::setStage(int index, StageStatus status)
{
    Stage &stage = m_stages[index];
    if (stage.status == status)
        return;
    stage.status = status;
    if (status != StageStatus::Error) {
        stage.errorCode = 0;
        stage.errorMessage.clear();
    }
    Q_EMIT stageChanged(stage.name, statusName(status));
}

void UpdatePipeline::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    qCInfo(lcSim).noquote() << "phase:" << phaseName(phase);
    Q_EMIT phaseChanged(phase);
}

void UpdatePipeline::beginUpload()
{
    m_timer.stop();
    m_current = -1;
    for (int i = 0; i < m_stages.size(); ++i)
        setStage(i, StageStatus::Pending);
    setStage(Prepare, StageStatus::Done);
    setStage(Upload, StageStatus::Running);
    setPhase(Phase::Uploading);
}

void UpdatePipeline::startProcessing(const SimImageFacts &facts)
{
    m_facts = facts;
    // A stage-error fault on prepare or upload shows once the device looks at what it received.
    if (failIfFaulted(Prepare) || failIfFaulted(Upload))
        return;
    setStage(Upload, StageStatus::Done);
    setPhase(Phase::Processing);
    startStage(Reassemble);
}

void UpdatePipeline::startStage(int index)
{
    m_current = index;
    setStage(index, StageStatus::Running);
    m_timer.start(scaled(m_stages.at(index).seconds));
}

void UpdatePipeline::fail(int index, int code, const QString &message)
{
    Stage &stage = m_stages[index];
    stage.errorCode = code;
    stage.errorMessage = message;
    setStage(index, StageStatus::Error);
    m_current = -1;
    qCInfo(lcSim).noquote() << "stage" << stage.name << "failed:" << message;
    setPhase(Phase::Failed);
    Q_EMIT finished(false, QString());
}

void UpdatePipeline::onTimer()
{
    // The device only finds out what the file is while working through it, so each check fails its own stage.
    switch (m_phase) {
    case Phase::Processing:
        break;
    case Phase::Restarting1:
        Q_EMIT bootDue(1);
        return;
    case Phase::Restoring:
        setPhase(Phase::Restarting2);
        Q_EMIT restartRequested(2);
        m_timer.start(downMs(kRestartDownSeconds));
        return;
    case Phase::Restarting2:
        Q_EMIT bootDue(2);
        return;
    default:
        return;
    }

    const int index = m_current;
    if (failIfFaulted(index))
        return;
    if (index == Reassemble && m_facts.isImage && !m_facts.intact)
        return fail(index, 2,
                    QCoreApplication::translate("groov::sim::UpdatePipeline",
                                                "Failed to reassemble system update. The uploaded "
                                                "file is incomplete or corrupt."));
    if (index == Unzip && !m_facts.isImage)
        return fail(index, 3,
                    QCoreApplication::translate("groov::sim::UpdatePipeline",
                                                "Failed to unzip system update. The file is not a "
                                                "valid firmware package."));
    if (index == Decrypt && (m_deviceFamily.isEmpty() || m_facts.family != m_deviceFamily))
        return fail(index, 8,
                    QCoreApplication::translate("groov::sim::UpdatePipeline",
                                                "Failed to decrypt system update. Confirm that the "
                                                "firmware is correct for this device type."));
    setStage(index, StageStatus::Done);
    if (index < FinishAndRestart) {
        startStage(index + 1);
        return;
    }
    m_current = -1;
    setPhase(Phase::Restarting1);
    Q_EMIT restartRequested(1);
    m_timer.start(downMs(kRestartDownSeconds));
}

void UpdatePipeline::booted(int number)
{
    if (number == 1 && m_phase == Phase::Restarting1) {
        setPhase(Phase::Restoring);
        m_timer.start(downMs(kRestoringSeconds));
    } else if (number == 2 && m_phase == Phase::Restarting2) {
        setPhase(Phase::Ready);
        Q_EMIT finished(true, m_facts.version);
    }
}

void UpdatePipeline::stop()
{
    m_timer.stop();
}

QByteArray UpdatePipeline::statusBody() const
{
    const auto quoted = [](const QString &text) {
        // A one-element array is the simplest way to borrow QJsonDocument's string escaping.
        const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    };
    QByteArray body = "{";
    for (const Stage &stage : m_stages) {
        body += quoted(stage.name) + ": {\"status\": " + quoted(statusName(stage.status));
        if (stage.status == StageStatus::Error) {
            body += ", \"errorCode\": " + QByteArray::number(stage.errorCode);
            if (!stage.errorMessage.isEmpty())
                body += ", \"errorMessage\": " + quoted(stage.errorMessage);
        }
        body += "}, ";
    }
    body += "\"active\": " + quoted(statusJson().value(QStringLiteral("active")).toString()) + "}";
    return body;
}

QJsonObject UpdatePipeline::statusJson() const
{
    QJsonObject status;
    for (const Stage &stage : m_stages) {
        QJsonObject entry{{QStringLiteral("status"), statusName(stage.status)}};
        if (stage.status == StageStatus::Error) {
            entry.insert(QStringLiteral("errorCode"), stage.errorCode);
            if (!stage.errorMessage.isEmpty())
                entry.insert(QStringLiteral("errorMessage"), stage.errorMessage);
        }
        status.insert(stage.name, entry);
    }
    status.insert(QStringLiteral("active"), isProcessing() ? QStringLiteral("active") : QStringLiteral("inactive"));
    return status;
}

} // namespace groov::sim
