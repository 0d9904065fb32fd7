#include "DeviceModel.h"

#include "SimHttpResponse.h"
#include "SimKeyEcho.h"

#include "ChunkReceiver.h"
#include "SimErrorBody.h"
#include "SimExchange.h"
#include "SimLogging.h"
#include "SimRequestHead.h"
#include "UpdatePipeline.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace groov::sim {

namespace {

const char kInfoPath[] = "/manage/api/v1/io/local/info";
const char kPreparePath[] = "/manage/api/v1/maintenance/update/prepare";
const char kStatusPath[] = "/manage/api/v1/maintenance/update/status";
const char kCommissionPath[] = "/auth/access/user/commission/status";
const char kReportPath[] = "/sim/v1/report";

// The endpoint names of status=CODE@ENDPOINT and stall=ENDPOINT.
QString endpointOf(const QString &path)
{
    if (path == QLatin1String(kInfoPath))
        return QStringLiteral("info");
    if (path == QLatin1String(kPreparePath))
        return QStringLiteral("prepare");
    if (path == QLatin1String(kStatusPath))
        return QStringLiteral("status");
    if (path == ChunkReceiver::applyPath())
        return QStringLiteral("apply");
    if (path == QLatin1String(kCommissionPath))
        return QStringLiteral("commission");
    return {};
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return QCoreApplication::translate("groov::sim::DeviceModel", "Bad Request");
    case 401:
        return QCoreApplication::translate("groov::sim::DeviceModel", "Unauthorized");
    case 403:
        return QCoreApplication::translate("groov::sim::DeviceModel", "Forbidden");
    case 404:
        return QCoreApplication::translate("groov::sim::DeviceModel", "Not Found");
    case 409:
        return QCoreApplication::translate("groov::sim::DeviceModel", "An update is already being processed.");
    case 500:
        return QCoreApplication::translate("groov::sim::DeviceModel", "Internal Server Error");
    case 503:
        return QCoreApplication::translate("groov::sim::DeviceModel", "Service Unavailable");
    default:
        break;
    }
    return QCoreApplication::translate("groov::sim::DeviceModel", "Error %1").arg(status);
}

} // namespace

DeviceModel::DeviceModel(const SimConfig &config, const QString &apiKey, SimRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_apiKey(apiKey)
    , m_recorder(recorder)
    , m_pipeline(new UpdatePipeline(config.speed, SimConfig::familyOf(config.model), &m_faults, this))
    , m_chunks(new ChunkReceiver(recorder, &m_faults, config.chunkSize, this))
    , m_firmwareVersion(config.firmwareVersion)
    , m_firmwareBuilt(QDateTime(QDate(2023, 6, 8), QTime(8, 58, 38)))
{
    for (const SimFault &fault : config.faults)
        m_faults.add(fault);
    connect(m_pipeline, &UpdatePipeline::stageChanged, m_recorder, &SimRecorder::recordStage);
    connect(m_pipeline, &UpdatePipeline::finished, this, &DeviceModel::onPipelineFinished);
    connect(m_chunks, &ChunkReceiver::uploadComplete, m_pipeline, &UpdatePipeline::startProcessing);
}

DeviceModel::~DeviceModel() = default;

void DeviceModel::addFault(const SimFault &fault)
{
    m_faults.add(fault);
}

bool DeviceModel::isCommissioned() const
{
    // Between the restarts the settings (and the users) are not back yet.
    switch (m_pipeline->phase()) {
    case UpdatePipeline::Phase::Restarting1:
    case UpdatePipeline::Phase::Restoring:
    case UpdatePipeline::Phase::Restarting2:
        return false;
    default:
        break;
    }
    return m_commissioned;
}

QJsonObject DeviceModel::report() const
{
    QJsonObject report = m_recorder->toJson();
    report.insert(QStringLiteral("model"), m_config.model);
    report.insert(QStringLiteral("firmwareVersion"), m_firmwareVersion);
    report.insert(QStringLiteral("commissioned"), isCommissioned());
    report.insert(QStringLiteral("phase"), UpdatePipeline::phaseName(m_pipeline->phase()));
    return report;
}

void DeviceModel::onPipelineFinished(bool success, const QString &version)
{
    m_chunks->endSession();
    if (success) {
        m_firmwareVersion = version;
        m_firmwareBuilt = QDateTime::currentDateTime();
        // A factory reset comes back with no users: the old key is gone until someone commissions the unit again.
        if (m_factoryResetPending || m_faults.has(SimFault::Kind::ForgetSettings))
            m_commissioned = false;
        qCInfo(lcSim).noquote() << "update finished: now running" << version
                                << (m_commissioned ? QString() : QStringLiteral("(factory-fresh, not commissioned)"));
    }
    m_factoryResetPending = false;
    Q_EMIT updateFinished(success);
}

SimRecorder::KeyState DeviceModel::keyState(const SimExchange &exchange) const
{
    if (!exchange.hasHeader("apiKey"))
        return SimRecorder::KeyState::Absent;
    const bool matches = m_commissioned && QString::fromUtf8(exchange.header("apiKey")) == m_apiKey;
    return matches ? SimRecorder::KeyState::Valid : SimRecorder::KeyState::Invalid;
}

void DeviceModel::onRequestStarted(quint64 connectionId, const QString &path, int othersOpenOnPath)
{
    if (path == ChunkReceiver::applyPath())
        m_chunks->onApplyStarted(connectionId, othersOpenOnPath, m_recorder->elapsedMs());
}

void DeviceModel::onConnectionClosed(quint64 connectionId)
{
    m_chunks->onConnectionClosed(connectionId);
    m_recorder->recordConnectionClosed(connectionId, m_recorder->elapsedMs());
}

void DeviceModel::answer(const std::shared_ptr<SimExchange> &exchange, SimRecorder::KeyState key, int status,
                         const QByteArray &body, const QByteArray &contentType, qint64 ms)
{
    m_recorder->recordRequest(*exchange, key, status, ms);
    if (m_faults.has(SimFault::Kind::EchoKey) && exchange->hasHeader("apiKey")) {
        const QByteArray sent = exchange->header("apiKey");
        return exchange->respond(status, SimKeyEcho::body(body, sent), contentType,
                                 SimKeyEcho::reason(SimHttpResponse::reasonPhrase(status), sent));
    }
    exchange->respond(status, body, contentType);
}

void DeviceModel::answerJson(const std::shared_ptr<SimExchange> &exchange, SimRecorder::KeyState key, int status,
                             const QJsonObject &json, qint64 ms)
{
    answer(exchange, key, status, QJsonDocument(json).toJson(QJsonDocument::Compact), "application/json", ms);
}

std::shared_ptr<SimBodySink> DeviceModel::bodySinkFor(const SimExchange &exchange) const
{
    // A chunk is up to 25 MB: it streams to disk whatever becomes of the request. Every other body is small.
    if (exchange.path() == ChunkReceiver::applyPath() && exchange.method() == QLatin1String("POST"))
        return m_chunks->bodySinkFor(exchange);
    return nullptr;
}

void DeviceModel::handle(const std::shared_ptr<SimExchange> &exchange)
{
    const qint64 ms = m_recorder->elapsedMs();
    const QString path = exchange->path();

    // The simulator's own window for tests: no key, not recorded.
    if (path == QLatin1String(kReportPath)) {
        exchange->respond(200, QJsonDocument(report()).toJson(QJsonDocument::Indented), "application/json");
        return;
    }

    const SimRecorder::KeyState key = keyState(*exchange);
    // A hung device: it read the request and never answers; the client gives up, or a restart cuts the connection.
    if (m_faults.takeStall(endpointOf(path))) {
        qCInfo(lcSim).noquote() << "fault: never answering" << exchange->method() << path;
        m_recorder->recordStalled(*exchange, key, ms);
        exchange->stall();
        return;
    }
    if (path == QLatin1String(kCommissionPath))
        return handleCommissionStatus(exchange, key, ms);
    if (path.startsWith(QLatin1String("/manage/")))
        return handleManage(exchange, key, ms);
    answerJson(exchange, key, 404, simErrorBody(404, tr("Not Found")), ms);
}

void DeviceModel::handleCommissionStatus(const std::shared_ptr<SimExchange> &exchange, SimRecorder::KeyState key,
                                         qint64 ms)
{
    if (exchange->method() != QLatin1String("GET"))
        return answerJson(exchange, key, 405, simErrorBody(405, tr("Method Not Allowed")), ms);
    // The poll that must work on a factory-fresh unit; a client that sends its key here leaks it for nothing.
    if (key != SimRecorder::KeyState::Absent)
        m_recorder->addViolation(
            tr("An apiKey header was sent on GET %1, which needs none.").arg(QLatin1String(kCommissionPath)));
    answer(exchange, key, 200, isCommissioned() ? "true" : "false", "text/plain", ms);
}

void DeviceModel::handleManage(const std::shared_ptr<SimExchange> &exchange, SimRecorder::KeyState key, qint64 ms)
{
    const QString path = exchange->path();
    const bool isApply = path == ChunkReceiver::applyPath();
    const auto refuse = [&](int status, const QJsonObject &body) {
        if (isApply)
            m_chunks->recordRefused(*exchange, status, ms);
        answerJson(exchange, key, status, body, ms);
    };

    // Only with restore-visible: by default nothing listens between the restarts.
    if (m_pipeline->phase() == UpdatePipeline::Phase::Restoring && !m_faults.has(SimFault::Kind::NoRestart))
        return refuse(503, simErrorBody(503, tr("Service Unavailable")));
    if (key != SimRecorder::KeyState::Valid || m_faults.has(SimFault::Kind::Unauthorized))
        return refuse(401, simErrorBody(401, tr("Unauthorized")));

    // An injected answer (status=CODE@ENDPOINT): the request is refused before the device looks at it.
    if (const auto status = m_faults.takeStatus(
            endpointOf(path), decimalHeaderValue(exchange->header("uploader-chunk-number")).value_or(-1))) {
        qCInfo(lcSim).noquote() << "fault: answering" << *status << "to" << path;
        return refuse(*status, simErrorBody(*status, reasonPhrase(*status)));
    }

    const QString method = exchange->method();
    const auto expect = [&](const char *wanted) {
        if (method == QLatin1String(wanted))
            return true;
        refuse(405, simErrorBody(405, tr("Method Not Allowed")));
        return false;
    };

    if (path == QLatin1String(kInfoPath)) {
        if (expect("GET"))
            answerJson(exchange, key, 200, infoJson(), ms);
    } else if (path == QLatin1String(kStatusPath)) {
        if (!expect("GET"))
            return;
        if (m_faults.takeGarbageStatus())
            answer(exchange, key, 200, "<html><body>Gateway busy &mdash; {\"prepare\": ", "application/json", ms);
        else
            answer(exchange, key, 200, m_pipeline->statusBody(), "application/json", ms);
    } else if (path == QLatin1String(kPreparePath)) {
        if (expect("POST"))
            handlePrepare(exchange, ms);
    } else if (isApply) {
        if (!expect("POST"))
            return;
        if (m_pipeline->isProcessing()) {
            if (m_chunks->acceptFinalResend(exchange, ms))
                return;
            return refuse(409, simErrorBody(409, tr("An update is already being processed.")));
        }
        m_chunks->handle(exchange, ms);
    } else {
        answerJson(exchange, key, 404, simErrorBody(404, tr("Not Found")), ms);
    }
}

void DeviceModel::handlePrepare(const std::shared_ptr<SimExchange> &exchange, qint64 ms)
{
    const SimRecorder::KeyState key = SimRecorder::KeyState::Valid;
    if (m_pipeline->isProcessing())
        return answerJson(exchange, key, 409, simErrorBody(409, tr("An update is already being processed.")), ms);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(exchange->body(), &parseError);
    if (!document.isObject()) {
        const QString violation = tr("The prepare body is not a JSON object.");
        m_recorder->addViolation(violation);
        return answerJson(exchange, key, 400, simErrorBody(400, violation), ms);
    }
    const QJsonObject body = document.object();
    const QJsonValue preserve = body.value(QStringLiteral("preserveSettings"));
    const QJsonValue backup = body.value(QStringLiteral("backupNetwork"));
    m_recorder->recordPrepare(preserve.isUndefined() ? QJsonValue() : preserve,
                              backup.isUndefined() ? QJsonValue() : backup);
    // Old firmware reads backupNetwork, new firmware preserveSettings: a client must send both, alike.
    if (!preserve.isBool() || !backup.isBool())
        m_recorder->addViolation(tr("The prepare body must carry both preserveSettings and backupNetwork as "
                                    "true or false."));
    else if (preserve.toBool() != backup.toBool())
        m_recorder->addViolation(tr("The prepare body gives preserveSettings and backupNetwork different values."));

    const bool keep = preserve.isBool() ? preserve.toBool() : backup.isBool() ? backup.toBool() : true;
    m_factoryResetPending = !keep;
    qCInfo(lcSim).noquote() << "prepare:" << (keep ? "keeping settings" : "factory reset after the update");
    m_chunks->beginSession();
    m_pipeline->beginUpload();
    answerJson(exchange, key, 200, QJsonObject(), ms);
}

QJsonObject DeviceModel::infoJson() const
{
    const QJsonObject firmware{
        {QStringLiteral("version"), m_firmwareVersion},
        {QStringLiteral("date"), m_firmwareBuilt.toString(QStringLiteral("MM/dd/yyyy"))},
        {QStringLiteral("time"), m_firmwareBuilt.toString(QStringLiteral("HH:mm:ss"))},
    };
    const QJsonObject hardware{{QStringLiteral("part"), m_config.model},
                               {QStringLiteral("revision"), QStringLiteral("05/31/2018")}};
    return QJsonObject{{QStringLiteral("mmpRev"), 1},
                       {QStringLiteral("pucFlag"), false},
                       {QStringLiteral("firmware"), firmware},
                       {QStringLiteral("hardware"), hardware}};
}

} // namespace groov::sim
