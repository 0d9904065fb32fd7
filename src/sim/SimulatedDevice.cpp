#include "SimulatedDevice.h"

#include "DeviceModel.h"
#include "SelfSignedCertificate.h"
#include "SimExchange.h"
#include "SimHttpServer.h"
#include "SimLogging.h"
#include "SimRecorder.h"
#include "UpdatePipeline.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSslConfiguration>

namespace groov::sim {

namespace {

QString randomApiKey()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString key;
    for (int i = 0; i < 32; ++i)
        key += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return key;
}

bool isWildcard(const QHostAddress &address)
{
    return address == QHostAddress::Any || address == QHostAddress::AnyIPv4 || address == QHostAddress::AnyIPv6;
}

} // namespace

SimulatedDevice::SimulatedDevice(SimConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_apiKey(m_config.apiKey.isEmpty() ? randomApiKey() : m_config.apiKey)
    , m_recorder(new SimRecorder(this))
    , m_model(new DeviceModel(m_config, m_apiKey, m_recorder, this))
{
    connect(m_recorder, &SimRecorder::requestRecorded, this, &SimulatedDevice::requestRecorded);
    connect(m_model, &DeviceModel::updateFinished, this, &SimulatedDevice::updateFinished);
    connect(m_model->pipeline(), &UpdatePipeline::restartRequested, this, &SimulatedDevice::goDown);
    connect(m_model->pipeline(), &UpdatePipeline::bootDue, this, &SimulatedDevice::bootUp);
    // A port can stay taken for a moment after the restart; booting just tries again.
    m_bootRetry.setInterval(200);
    m_bootRetry.setSingleShot(true);
    connect(&m_bootRetry, &QTimer::timeout, this, [this] { bootUp(m_pendingBoot); });
}

SimulatedDevice::~SimulatedDevice()
{
    // A device being destroyed tells no one: its listeners may be gone already.
    const QSignalBlocker quiet(this);
    stop();
}

bool SimulatedDevice::start(QString *error)
{
    if (m_started)
        return true;
    if (!m_certificate) {
        auto certificate = SelfSignedCertificate::loadOrGenerate(m_config.stateDir, m_config.bind, error);
        if (!certificate)
            return false;
        m_certificate = std::make_unique<SelfSignedCertificate>(*certificate);
    }
    m_recorder->restartClock();
    // After stop(), a device started again keeps its port, as it keeps it across restarts.
    if (!listen(m_port != 0 ? m_port : m_config.port, error))
        return false;
    m_port = m_server->port();
    m_started = true;
    qCInfo(lcSim).noquote() << m_config.model << "running firmware" << m_model->firmwareVersion() << "listening on"
                            << baseUrl().toString() << "at speed" << m_config.speed;
    Q_EMIT listeningChanged(true);
    return true;
}

void SimulatedDevice::stop()
{
    m_bootRetry.stop();
    m_model->pipeline()->stop();
    closeServer();
    m_started = false;
}

void SimulatedDevice::closeServer()
{
    if (!m_server)
        return;
    // The port and the connections close now; the object goes later, as this may run inside its request handling.
    m_server->shutDown();
    m_server->deleteLater();
    m_server = nullptr;
    Q_EMIT listeningChanged(false);
}

bool SimulatedDevice::listen(quint16 port, QString *error)
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_certificate->certificate());
    tls.setPrivateKey(m_certificate->privateKey());
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);

    auto *server = new SimHttpServer(this);
    if (!server->listenOn(m_config.bind, port, tls, error)) {
        delete server;
        return false;
    }
    server->setHandler([this](const std::shared_ptr<SimExchange> &exchange) { m_model->handle(exchange); });
    server->setBodySinkFactory([this](const SimExchange &exchange) { return m_model->bodySinkFor(exchange); });
    server->setAnswerShape(answerShape());
    connect(server, &SimHttpServer::requestStarted, m_model,
            [this](quint64 id, const QString &, const QString &path, int othersOpen) {
                m_model->onRequestStarted(id, path, othersOpen);
            });
    connect(server, &SimHttpServer::connectionClosed, m_model, &DeviceModel::onConnectionClosed);
    connect(server, &SimHttpServer::handshakeStarted, m_recorder, &SimRecorder::recordHandshake);
    m_server = server;
    return true;
}

void SimulatedDevice::goDown(int number)
{
    // Really down: the port refuses connections and every open connection is cut (by default nothing listens at
    // restart 2 already).
    if (m_model->hasFault(SimFault::Kind::NoRestart)) {
        qCInfo(lcSim) << "fault: restart" << number << "of 2 is only pretended; the web server keeps running";
        Q_EMIT restartBegan(number);
        return;
    }
    qCInfo(lcSim) << "restart" << number << "of 2: going down";
    m_recorder->recordRestartDown(number);
    if (number == 1)
        m_renewedCertificate = false;
    closeServer();
    Q_EMIT restartBegan(number);
}

void SimulatedDevice::bootUp(int number)
{
    if (!m_started)
        return;
    if (number == 1 && m_model->hasFault(SimFault::Kind::NeverReturn)) {
        qCInfo(lcSim) << "fault: the device never comes back after restart 1";
        return;
    }
    // docs/protocol.md, step 4: the web server does not run between the two restarts, while the settings are
    // restored; only the restore-visible fault serves then.
    const bool serves = number == 2 || m_model->hasFault(SimFault::Kind::RestoreVisible);
    if (m_model->hasFault(SimFault::Kind::NoRestart)) {
        // It never went down, so nothing comes up.
    } else if (serves) {
        renewCertificateAfterReset();
        QString error;
        if (!listen(m_port, &error)) {
            qCWarning(lcSim).noquote() << error << "- trying again";
            m_pendingBoot = number;
            m_bootRetry.start();
            return;
        }
        qCInfo(lcSim) << "restart" << number << "of 2: up again";
    } else {
        qCInfo(lcSim) << "restart" << number << "of 2: over; the web server stays down while settings are restored";
    }
    m_recorder->recordRestartUp(number);
    Q_EMIT restartEnded(number);
    m_model->pipeline()->booted(number);
    // Last, so that it finds the device in its new state (a slot above may also have stopped it).
    if (serves && isListening() && !m_model->hasFault(SimFault::Kind::NoRestart))
        Q_EMIT listeningChanged(true);
}

void SimulatedDevice::renewCertificateAfterReset()
{
    // A factory reset erases the device's certificate too: it serves a new self-signed one the first time it listens
    // again.
    if (!m_model->factoryResetPending() || m_renewedCertificate)
        return;
    QString error;
    auto renewed = SelfSignedCertificate::renew(m_config.stateDir, m_config.bind, &error);
    if (!renewed) {
        qCWarning(lcSim).noquote() << "factory reset: keeping the old certificate:" << error;
        return;
    }
    m_certificate = std::make_unique<SelfSignedCertificate>(*renewed);
    m_renewedCertificate = true;
    qCInfo(lcSim).noquote() << "factory reset: new certificate, SHA-256"
                            << QString::fromLatin1(m_certificate->fingerprintSha256());
}

quint16 SimulatedDevice::port() const
{
    return m_port;
}

QUrl SimulatedDevice::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    const QHostAddress host =
        isWildcard(m_config.bind) || m_config.bind.isNull() ? QHostAddress(QHostAddress::LocalHost) : m_config.bind;
    url.setHost(host.toString());
    url.setPort(m_port);
    return url;
}

QSslCertificate SimulatedDevice::certificate() const
{
    return m_certificate ? m_certificate->certificate() : QSslCertificate();
}

QByteArray SimulatedDevice::fingerprintSha256() const
{
    return m_certificate ? m_certificate->fingerprintSha256() : QByteArray();
}

QString SimulatedDevice::apiKey() const
{
    return m_apiKey;
}

QString SimulatedDevice::model() const
{
    return m_config.model;
}

QString SimulatedDevice::firmwareVersion() const
{
    return m_model->firmwareVersion();
}

bool SimulatedDevice::isListening() const
{
    return !m_server.isNull();
}

QJsonObject SimulatedDevice::report() const
{
    return m_model->report();
}

void SimulatedDevice::addFault(const SimFault &fault)
{
    m_model->addFault(fault);
    if (m_server)
        m_server->setAnswerShape(answerShape());
}

SimHttpServer::AnswerShape SimulatedDevice::answerShape() const
{
    return {m_model->faults().hugeHeaderBytes(), m_model->faults().trickleIntervalMs()};
}

} // namespace groov::sim
