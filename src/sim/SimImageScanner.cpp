#include "SimImageScanner.h"

namespace groov::sim {

void SimImageScanner::add(const char *data, qint64 size)
{
    m_total += size;
    if (m_headerBytes.size() < SimFirmwareHeader::kSize) {
        const qint64 take = qMin<qint64>(size, SimFirmwareHeader::kSize - m_headerBytes.size());
        m_headerBytes.append(data, take);
        data += take;
        size -= take;
        if (m_headerBytes.size() == SimFirmwareHeader::kSize)
            m_header = SimFirmwareHeader::parse(m_headerBytes);
    }
    if (size > 0)
        m_checksum.add(data, size);
}

SimImageFacts SimImageScanner::facts() const
{
    SimImageFacts facts;
    if (!m_header)
        return facts;
    facts.isImage = true;
    facts.family = m_header->family;
    facts.version = m_header->version;
    facts.intact = quint64(m_total) == m_header->totalSize && m_checksum.value() == m_header->checksum;
    return facts;
}

} // namespace groov::sim
