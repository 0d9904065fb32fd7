#include "SimHarness.h"

#include "SimConfig.h"
#include "SimFault.h"
#include "SimFirmware.h"
#include "SimulatedDevice.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

namespace groov::test {

QByteArray sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

SimHarness::SimHarness(const QString &model, double speed, const QString &firmwareVersion)
{
    sim::SimConfig config;
    config.model = model;
    if (!firmwareVersion.isEmpty())
        config.firmwareVersion = firmwareVersion;
    config.port = 0;
    config.speed = speed;
    m_device = std::make_unique<sim::SimulatedDevice>(config);
    QString error;
    if (!m_device->start(&error))
        qFatal("simulator did not start: %s", qPrintable(error));
}

SimHarness::~SimHarness() = default;

void SimHarness::addFault(const QString &spec)
{
    QString error;
    const auto fault = sim::SimFault::parse(spec, &error);
    if (!fault)
        qFatal("bad fault %s: %s", qPrintable(spec), qPrintable(error));
    m_device->addFault(*fault);
}

QString SimHarness::makeFirmware(const QString &family, qint64 size, const QString &name, const QString &version)
{
    const QString path = m_dir.filePath(name.isEmpty() ? family + QStringLiteral("-firmware.bin") : name);
    QString error;
    if (!sim::SimFirmware::write(path, family, version.isEmpty() ? QStringLiteral("4.1.0-b.42") : version, size,
                                 &error))
        qFatal("cannot make firmware: %s", qPrintable(error));
    return path;
}

QString SimHarness::makeFile(const QByteArray &contents, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

UpdateTimings SimHarness::fastTimings()
{
    UpdateTimings timings;
    timings.pollIntervalMs = 50;
    timings.deadlineMs = 60'000;
    timings.retryBaseDelayMs = 50;
    timings.retryMaxDelayMs = 400;
    timings.statusFailuresTolerated = 5;
    // Long enough that a test which ends through either window stands out; the restart tests shorten them.
    timings.restoreWindowMs = 30'000;
    timings.restartWindowMs = 30'000;
    timings.api.requestMs = 5'000;
    timings.api.pollMs = 2'000;
    timings.api.uploadInactivityMs = 5'000;
    return timings;
}

UpdateRequest SimHarness::request(const QString &firmwarePath) const
{
    UpdateRequest request;
    request.address = m_device->baseUrl().toString();
    request.apiKey = m_device->apiKey();
    request.firmwarePath = firmwarePath;
    request.trust = TlsTrust::pinned(QString::fromLatin1(m_device->fingerprintSha256())).value();
    request.timings = fastTimings();
    return request;
}

UpdateRequest SimHarness::followRequest() const
{
    UpdateRequest request = this->request(QString());
    request.mode = RunMode::Follow;
    return request;
}

QJsonObject SimHarness::report() const
{
    return m_device->report();
}

QJsonArray SimHarness::chunks() const
{
    return report().value(QLatin1String("chunks")).toArray();
}

int SimHarness::requestCount(const QString &pathPart) const
{
    int count = 0;
    for (const QJsonValue &entry : report().value(QLatin1String("requests")).toArray()) {
        if (entry.toObject().value(QLatin1String("path")).toString().contains(pathPart))
            ++count;
    }
    return count;
}

int SimHarness::requestsWithKey() const
{
    int count = 0;
    for (const QJsonValue &entry : report().value(QLatin1String("requests")).toArray()) {
        if (entry.toObject().value(QLatin1String("apiKey")).toString() != QLatin1String("absent"))
            ++count;
    }
    return count;
}

int SimHarness::handshakes() const
{
    return report().value(QLatin1String("handshakes")).toInt();
}

QStringList SimHarness::violations() const
{
    QStringList list;
    for (const QJsonValue &value : report().value(QLatin1String("violations")).toArray())
        list.append(value.toString());
    return list;
}

UpMark::UpMark(SimHarness &sim) : m_sim(sim)
{
    connect(&sim.device(), &sim::SimulatedDevice::listeningChanged, this, [this](bool listening) {
        if (!listening)
            return;
        ++m_ups;
        m_requestsAtMark = m_sim.requestCount();
        m_handshakesAtMark = m_sim.handshakes();
    });
}

int UpMark::requestsSince(const QString &pathPart) const
{
    const QJsonArray requests = m_sim.report().value(QLatin1String("requests")).toArray();
    int count = 0;
    for (qsizetype i = m_requestsAtMark; i < requests.size(); ++i) {
        if (requests.at(i).toObject().value(QLatin1String("path")).toString().contains(pathPart))
            ++count;
    }
    return count;
}

int UpMark::handshakesSince() const
{
    return m_sim.handshakes() - m_handshakesAtMark;
}

UpdateRun::UpdateRun()
{
    connect(&controller, &UpdateController::phaseChanged, this, [this](UpdatePhase phase) { phases.append(phase); });
    connect(&controller, &UpdateController::deviceStagesChanged, this,
            [this](const QList<DeviceStage> &stages) { stageLists.append(stages); });
    connect(&controller, &UpdateController::restartProgress, this,
            [this](RestartStep step) { restartSteps.append(step); });
    connect(&controller, &UpdateController::logMessage, this, [this](const QString &line) { logs.append(line); });
    connect(&controller, &UpdateController::warning, this, [this](const QString &line) { logs.append(line); });
    connect(&controller, &UpdateController::chunkRetry, this,
            [this](int chunk, int, int, int, const QString &) { retriedChunks.append(chunk); });
    connect(&controller, &UpdateController::uploadProgress, this,
            [this](qint64 sent, qint64, int, int) { lastBytesSent = sent; });
    connect(&controller, &UpdateController::certificateUntrusted, this, [this](const QSslCertificate &, bool differs) {
        ++certificateUntrustedCount;
        untrustedDiffersFromPin = differs;
    });
    connect(&controller, &UpdateController::finished, this, [this](UpdateOutcome result) { outcome = result; });
}

void UpdateRun::startOnly(const UpdateRequest &request)
{
    outcome.reset();
    controller.start(request);
}

bool UpdateRun::waitFinished(int timeoutMs)
{
    if (outcome)
        return true;
    // A real event loop: QTest::qWaitFor sleeps between batches of events, which throttles a loopback upload.
    QSignalSpy finished(&controller, &UpdateController::finished);
    return finished.wait(timeoutMs) || outcome.has_value();
}

UpdateOutcome UpdateRun::run(const UpdateRequest &request, int timeoutMs)
{
    startOnly(request);
    if (!waitFinished(timeoutMs))
        return UpdateOutcome::None;
    return *outcome;
}

QStringList UpdateRun::stagesDoneInOrder() const
{
    QStringList done;
    for (const QList<DeviceStage> &stages : stageLists) {
        for (const DeviceStage &stage : stages) {
            if (stage.state == StageState::Done && !done.contains(stage.name))
                done.append(stage.name);
        }
    }
    return done;
}

QString UpdateRun::errorMessage() const
{
    const auto &error = controller.report().error;
    return error ? error->message : QString();
}

std::optional<ErrorCode> UpdateRun::errorCode() const
{
    const auto &error = controller.report().error;
    return error ? std::optional<ErrorCode>(error->code) : std::nullopt;
}

} // namespace groov::test
