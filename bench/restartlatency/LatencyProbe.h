#pragma once

#include "RestartModel.h"

#include <QElapsedTimer>
#include <QObject>

#include <optional>

namespace groov::bench {

// Runs one update against a fresh in-process simulator playing a restart model, and measures the time from the
// moment the device last began listening (up for good) to the engine's end.
class LatencyProbe : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        qint64 latencyMs = -1;
        UpdateOutcome outcome = UpdateOutcome::None;
        QString problem; // empty when the run ended as the model expects
    };

    explicit LatencyProbe(int pollIntervalMs, QObject *parent = nullptr);
    Result run(const RestartModel &model);

private:
    int m_pollIntervalMs;
};

} // namespace groov::bench
