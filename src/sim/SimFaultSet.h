#pragma once

#include "SimFault.h"

#include <QList>

#include <optional>

namespace groov::sim {

// The faults still to be injected. Chunk faults are used up (K times each); the others last for the device's life.
class SimFaultSet
{
public:
    void add(const SimFault &fault);
    // Uses up one occurrence of a fault aimed at this chunk number, if one is left.
    [[nodiscard]] std::optional<SimFault::Kind> takeChunkFault(qint64 chunk);
    [[nodiscard]] bool has(SimFault::Kind kind) const;
    // Bytes per second of the slow-upload fault, 0 without one.
    [[nodiscard]] qint64 slowUploadRate() const;

private:
    QList<SimFault> m_faults;
};

} // namespace groov::sim
