#pragma once

#include "SimConfig.h"
#include "SimFaultSet.h"
#include "SimRecorder.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace groov::sim {

class ChunkReceiver;
class SimBodySink;
class SimExchange;
class UpdatePipeline;

// What the device is and how it answers: the groov Manage endpoints, the API key, the commissioning state and the
// firmware version. The stages live in UpdatePipeline, the upload in ChunkReceiver.
class DeviceModel : public QObject
{
    Q_OBJECT
public:
    DeviceModel(const SimConfig &config, const QString &apiKey, SimRecorder *recorder, QObject *parent = nullptr);
    ~DeviceModel() override;

    // Where a request's body should go as it arrives, once its head is in; null: buffered, for handle() to read.
    [[nodiscard]] std::shared_ptr<SimBodySink> bodySinkFor(const SimExchange &exchange) const;
    void handle(const std::shared_ptr<SimExchange> &exchange);
    void onRequestStarted(quint64 connectionId, const QString &path, int othersOpenOnPath);
    void onConnectionClosed(quint64 connectionId);

    [[nodiscard]] UpdatePipeline *pipeline() const { return m_pipeline; }
    [[nodiscard]] QString firmwareVersion() const { return m_firmwareVersion; }
    // What GET /auth/access/user/commission/status answers right now.
    [[nodiscard]] bool isCommissioned() const;
    [[nodiscard]] QJsonObject report() const;
    void addFault(const SimFault &fault);
    [[nodiscard]] bool hasFault(SimFault::Kind kind) const { return m_faults.has(kind); }
    [[nodiscard]] const SimFaultSet &faults() const { return m_faults; }
    // The update under way erases the settings: the device comes back factory-fresh, with a new certificate.
    [[nodiscard]] bool factoryResetPending() const { return m_factoryResetPending; }

Q_SIGNALS:
    void updateFinished(bool success);

private:
    void onPipelineFinished(bool success, const QString &version);
    void answer(const std::shared_ptr<SimExchange> &exchange, SimRecorder::KeyState key, int status,
                const QByteArray &body, const QByteArray &contentType, qint64 ms);
    void answerJson(const std::shared_ptr<SimExchange> &exchange, SimRecorder::KeyState key, int status,
                    const QJsonObject &json, qint64 ms);
    void handleManage(const std::shared_ptr<SimExchange> &exchange, SimRecorder::KeyState key, qint64 ms);
    void handlePrepare(const std::shared_ptr<SimExchange> &exchange, qint64 ms);
    void handleCommissionStatus(const std::shared_ptr<SimExchange> &exchange, SimRecorder::KeyState key, qint64 ms);
    [[nodiscard]] QJsonObject infoJson() const;
    [[nodiscard]] SimRecorder::KeyState keyState(const SimExchange &exchange) const;

    SimConfig m_config;
    QString m_apiKey;
    SimRecorder *m_recorder;
    SimFaultSet m_faults;
    UpdatePipeline *m_pipeline;
    ChunkReceiver *m_chunks;
    QString m_firmwareVersion;
    QDateTime m_firmwareBuilt;
    bool m_commissioned = true;
    bool m_factoryResetPending = false;
};

} // namespace groov::sim
