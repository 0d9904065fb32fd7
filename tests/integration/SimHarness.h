#pragma once

#include "UpdateController.h"
#include "UpdateRequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace groov::sim {
class SimulatedDevice;
struct SimConfig;
struct SimFault;
} // namespace groov::sim

namespace groov::test {

// Lowercase hex SHA-256 of a file, computed independently of the code under test.
QByteArray sha256OfFile(const QString &path);

// One simulated device started in-process on a free port, plus firmware files made for it.
class SimHarness
{
public:
    // speed: the simulator's time compression; 200 makes a whole update take about 5 s.
    // firmwareVersion: what it runs at first (empty: the simulator's default, 3.6.0-b.105).
    explicit SimHarness(const QString &model = QStringLiteral("GRV-EPIC-PR2"), double speed = 200.0,
                        const QString &firmwareVersion = {});
    ~SimHarness();

    sim::SimulatedDevice &device() { return *m_device; }
    void addFault(const QString &spec);

    // An image that installs `version` (default 4.1.0-b.42, newer than the simulator's 3.6.0-b.105).
    QString makeFirmware(const QString &family, qint64 size, const QString &name = {}, const QString &version = {});
    QString makeFile(const QByteArray &contents, const QString &name);

    // A request that pins the simulator's certificate and compresses every wait.
    UpdateRequest request(const QString &firmwarePath) const;
    // The same, following the update already under way (no firmware).
    UpdateRequest followRequest() const;
    static UpdateTimings fastTimings();

    QJsonObject report() const;
    QJsonArray chunks() const;
    // Requests the simulator recorded whose path contains pathPart ("" for all).
    int requestCount(const QString &pathPart = {}) const;
    int requestsWithKey() const;
    int handshakes() const;
    QStringList violations() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<sim::SimulatedDevice> m_device;
};

// The moment the simulator last began listening: after its final restart, the device is up for good. Counts what
// the engine asked after it, so tests assert "ready at the first or second poll" without timing anything.
class UpMark : public QObject
{
    Q_OBJECT
public:
    explicit UpMark(SimHarness &sim);
    int ups() const { return m_ups; }
    // Requests the device recorded since the mark whose path contains pathPart.
    int requestsSince(const QString &pathPart) const;
    // TLS handshakes begun since the mark, also those the engine then rejected (a new certificate).
    int handshakesSince() const;

private:
    SimHarness &m_sim;
    int m_ups = 0;
    int m_requestsAtMark = 0;
    int m_handshakesAtMark = 0;
};

// Runs one update to its end and keeps everything the controller said.
class UpdateRun : public QObject
{
    Q_OBJECT
public:
    UpdateRun();
    UpdateOutcome run(const UpdateRequest &request, int timeoutMs = 60'000);
    void startOnly(const UpdateRequest &request);
    bool waitFinished(int timeoutMs = 60'000);

    UpdateController controller;
    QList<UpdatePhase> phases;
    QList<QList<DeviceStage>> stageLists;
    QList<RestartStep> restartSteps;
    QStringList logs;
    QList<int> retriedChunks;
    qint64 lastBytesSent = 0;
    int certificateUntrustedCount = 0;
    bool untrustedDiffersFromPin = false;
    std::optional<UpdateOutcome> outcome;

    // The order in which device stages were first seen done.
    QStringList stagesDoneInOrder() const;
    QString errorMessage() const;
    std::optional<ErrorCode> errorCode() const;
};

} // namespace groov::test
