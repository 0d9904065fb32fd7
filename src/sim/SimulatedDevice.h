#pragma once

#include "SimConfig.h"
#include "SimFault.h"
#include "SimFirmware.h"
#include "SimHttpServer.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <memory>

namespace groov::sim {

class DeviceModel;
class SelfSignedCertificate;
class SimRecorder;

// A groov EPIC / groov RIO as groov Manage shows it during a firmware update (PROTOCOL.md): a real HTTPS server on
// a compressed timeline that injects faults, checks what the client sends and keeps a record for tests. As the vendor
// documents, its web server stops at the first restart after an install and runs again only once the second is
// over: one outage (the restore-visible fault keeps it up in between). The demo, the test harness and the benchmark
// target.
class SimulatedDevice : public QObject
{
    Q_OBJECT
public:
    explicit SimulatedDevice(SimConfig config, QObject *parent = nullptr);
    ~SimulatedDevice() override;

    bool start(QString *error = nullptr);
    void stop();
    quint16 port() const;
    QUrl baseUrl() const; // https://127.0.0.1:PORT
    QSslCertificate certificate() const;
    QByteArray fingerprintSha256() const; // lowercase hex of SHA-256 over the DER certificate, no colons
    QString apiKey() const;
    QString model() const;
    QString firmwareVersion() const; // changes to the image's version after a successful update
    bool isListening() const;        // false while restarting and, unless restore-visible, between the restarts
    QJsonObject report() const;      // same JSON as GET /sim/v1/report
    void addFault(const SimFault &fault);

Q_SIGNALS:
    // The device's own restarts, 1 or 2, whether or not its web server runs in between.
    void restartBegan(int number);
    void restartEnded(int number);
    // The server really started (true) or stopped (false) listening: start(), stop() and the restarts. It comes after
    // the device's state changed: the true that ends restart 2 finds it up for good (new version, ready).
    void listeningChanged(bool listening);
    void updateFinished(bool success);
    void requestRecorded(const QJsonObject &entry);

private:
    bool listen(quint16 port, QString *error);
    // How the faults say answers are written.
    SimHttpServer::AnswerShape answerShape() const;
    void closeServer();
    void goDown(int number);
    void bootUp(int number);
    void renewCertificateAfterReset();

    SimConfig m_config;
    QString m_apiKey;
    std::unique_ptr<SelfSignedCertificate> m_certificate;
    SimRecorder *m_recorder;
    DeviceModel *m_model;
    QPointer<SimHttpServer> m_server;
    quint16 m_port = 0;
    bool m_started = false;
    int m_pendingBoot = 0;
    bool m_renewedCertificate = false; // for the factory reset under way (a boot may be tried more than once)
    QTimer m_bootRetry;
};

} // namespace groov::sim
