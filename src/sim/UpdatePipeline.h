#pragma once

#include "SimImageScanner.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace groov::sim {

class SimFaultSet;

// The device's side of an update after the upload: the nine stages on a compressed timeline, then two restarts with
// a "restoring settings" spell between them. It only keeps time and state; SimulatedDevice decides what the web
// server does meanwhile (restartRequested / bootDue) and reports back with booted().
class UpdatePipeline : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, Uploading, Processing, Restarting1, Restoring, Restarting2, Ready, Failed };
    Q_ENUM(Phase)
    enum class StageStatus { Pending, Running, Done, Error };
    Q_ENUM(StageStatus)

    // faults (may be null): stage-error and restart-down, read when a stage ends or a restart or the restore begins.
    UpdatePipeline(double speed, const QString &deviceFamily, const SimFaultSet *faults = nullptr,
                   QObject *parent = nullptr);

    [[nodiscard]] static QStringList stageNames();
    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] static QString phaseName(Phase phase);
    // From the last chunk until the device is back: a new update is refused (409).
    [[nodiscard]] bool isProcessing() const;

    // A prepare was accepted: prepare done, upload running.
    void beginUpload();
    // The last chunk arrived: the stages start.
    void startProcessing(const SimImageFacts &facts);
    // Restart `number` is over (the web server may still be down: see SimulatedDevice).
    void booted(int number);
    void stop();

    // GET .../maintenance/update/status, exactly as PROTOCOL.md shows it.
    [[nodiscard]] QJsonObject statusJson() const;
    // The same, serialized with the stages in the device's order (QJsonObject would sort the keys).
    [[nodiscard]] QByteArray statusBody() const;

    // Real durations in seconds (divided by the speed), for the record.
    static constexpr int kRestartDownSeconds = 120;
    static constexpr int kRestoringSeconds = 60;

Q_SIGNALS:
    void stageChanged(const QString &stage, const QString &status);
    void phaseChanged(groov::sim::UpdatePipeline::Phase phase);
    void restartRequested(int number);
    void bootDue(int number);
    void finished(bool success, const QString &version);

private:
    struct Stage
    {
        QString name;
        int seconds = 0;
        StageStatus status = StageStatus::Pending;
        int errorCode = 0;
        QString errorMessage;
    };

    void setStage(int index, StageStatus status);
    void setPhase(Phase phase);
    void startStage(int index);
    void onTimer();
    void fail(int index, int code, const QString &message);
    int scaled(int seconds) const;
    // How long a restart or the restore lasts: restart-down's real milliseconds when given, else `seconds` scaled.
    int downMs(int seconds) const;
    // Fails the stage if a stage-error fault is aimed at it.
    bool failIfFaulted(int index);

    double m_speed;
    QString m_deviceFamily;
    const SimFaultSet *m_faults;
    QList<Stage> m_stages;
    Phase m_phase = Phase::Idle;
    int m_current = -1;
    SimImageFacts m_facts;
    QTimer m_timer;
};

} // namespace groov::sim
