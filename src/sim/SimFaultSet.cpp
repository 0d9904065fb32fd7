#include "SimFaultSet.h"

namespace groov::sim {

void SimFaultSet::add(const SimFault &fault)
{
    m_faults.append(fault);
}

std::optional<SimFault::Kind> SimFaultSet::takeChunkFault(qint64 chunk)
{
    for (SimFault &fault : m_faults) {
        if (fault.isChunkFault() && fault.chunk == chunk && fault.times > 0) {
            --fault.times;
            return fault.kind;
        }
    }
    return std::nullopt;
}

SimFault *SimFaultSet::take(SimFault::Kind kind, const QString &endpoint, qint64 chunk)
{
    for (SimFault &fault : m_faults) {
        if (fault.kind != kind || fault.times < 1 || fault.target != endpoint)
            continue;
        if (fault.chunk >= 0 && fault.chunk != chunk)
            continue;
        --fault.times;
        return &fault;
    }
    return nullptr;
}

std::optional<int> SimFaultSet::takeStatus(const QString &endpoint, qint64 chunk)
{
    const SimFault *fault = take(SimFault::Kind::Status, endpoint, chunk);
    return fault ? std::optional<int>(fault->code) : std::nullopt;
}

bool SimFaultSet::takeStall(const QString &endpoint)
{
    return take(SimFault::Kind::Stall, endpoint, -1) != nullptr;
}

bool SimFaultSet::takeGarbageStatus()
{
    for (SimFault &fault : m_faults) {
        if (fault.kind != SimFault::Kind::GarbageStatus)
            continue;
        if (fault.times == SimFault::kAlways)
            return true;
        if (fault.times > 0) {
            --fault.times;
            return true;
        }
    }
    return false;
}

bool SimFaultSet::has(SimFault::Kind kind) const
{
    for (const SimFault &fault : m_faults) {
        if (fault.kind == kind)
            return true;
    }
    return false;
}

qint64 SimFaultSet::hugeHeaderBytes() const
{
    qint64 bytes = 0;
    for (const SimFault &fault : m_faults) {
        if (fault.kind == SimFault::Kind::HugeHeader)
            bytes = qMax(bytes, fault.bytes);
    }
    return bytes;
}

int SimFaultSet::trickleIntervalMs() const
{
    int ms = 0;
    for (const SimFault &fault : m_faults) {
        if (fault.kind == SimFault::Kind::Trickle)
            ms = qMax(ms, fault.durationMs);
    }
    return ms;
}

qint64 SimFaultSet::slowUploadRate() const
{
    qint64 rate = 0;
    for (const SimFault &fault : m_faults) {
        if (fault.kind == SimFault::Kind::SlowUpload && fault.bytesPerSecond > 0)
            rate = rate == 0 ? fault.bytesPerSecond : qMin(rate, fault.bytesPerSecond);
    }
    return rate;
}

std::optional<int> SimFaultSet::stageError(const QString &stage) const
{
    for (const SimFault &fault : m_faults) {
        if (fault.kind == SimFault::Kind::StageError && fault.target == stage)
            return fault.code;
    }
    return std::nullopt;
}

std::optional<int> SimFaultSet::restartDownMs() const
{
    std::optional<int> ms;
    for (const SimFault &fault : m_faults) {
        if (fault.kind == SimFault::Kind::RestartDown)
            ms = fault.durationMs; // the last one given wins
    }
    return ms;
}

} // namespace groov::sim
