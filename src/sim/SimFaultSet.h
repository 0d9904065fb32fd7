#pragma once

#include "SimFault.h"

#include <QList>

#include <optional>

namespace groov::sim {

// The faults still to be injected. Counted faults are used up (K times each); the others last for the device's life.
class SimFaultSet
{
public:
    void add(const SimFault &fault);
    // Uses up one occurrence of a fault aimed at this chunk number, if one is left.
    [[nodiscard]] std::optional<SimFault::Kind> takeChunkFault(qint64 chunk);
    // Uses up one status=CODE@ENDPOINT aimed at this endpoint (info, prepare, status, apply) and, for apply, chunk
    // number (-1 when the request has none); the HTTP status to answer with.
    [[nodiscard]] std::optional<int> takeStatus(const QString &endpoint, qint64 chunk);
    // Uses up one stall=ENDPOINT aimed at this endpoint (info, prepare, status, commission).
    [[nodiscard]] bool takeStall(const QString &endpoint);
    // Uses up one garbage-status answer, if one is left.
    [[nodiscard]] bool takeGarbageStatus();
    [[nodiscard]] bool has(SimFault::Kind kind) const;
    // Bytes per second of the slow-upload fault, 0 without one.
    [[nodiscard]] qint64 slowUploadRate() const;
    // The errorCode a stage-error fault gives this stage.
    [[nodiscard]] std::optional<int> stageError(const QString &stage) const;
    // How an answer is written: its head padded (huge-header) and its bytes trickled (trickle); 0 when not.
    [[nodiscard]] qint64 hugeHeaderBytes() const;
    [[nodiscard]] int trickleIntervalMs() const;
    // How long each restart, and the restore between them, lasts when a restart-down fault says.
    [[nodiscard]] std::optional<int> restartDownMs() const;

private:
    // One occurrence of a counted fault of this kind aimed at this endpoint (and chunk, when it names one).
    [[nodiscard]] SimFault *take(SimFault::Kind kind, const QString &endpoint, qint64 chunk);

    QList<SimFault> m_faults;
};

} // namespace groov::sim
