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

bool SimFaultSet::has(SimFault::Kind kind) const
{
    for (const SimFault &fault : m_faults) {
        if (fault.kind == kind)
            return true;
    }
    return false;
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

} // namespace groov::sim
