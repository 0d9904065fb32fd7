#include "SimChecksum.h"

#include <QtEndian>

#include <cstring>

namespace groov::sim {

void SimChecksum::addWord(quint64 word)
{
    m_state ^= word;
    m_state *= 0x100000001b3ULL;
    m_state ^= m_state >> 29;
}

void SimChecksum::add(const char *data, qint64 size)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data);
    while (size > 0 && m_carrySize > 0) {
        m_carry[m_carrySize++] = *bytes++;
        --size;
        if (m_carrySize == 8) {
            addWord(qFromLittleEndian<quint64>(m_carry));
            m_carrySize = 0;
        }
    }
    while (size >= 8) {
        addWord(qFromLittleEndian<quint64>(bytes));
        bytes += 8;
        size -= 8;
    }
    while (size > 0) {
        m_carry[m_carrySize++] = *bytes++;
        --size;
    }
}

quint64 SimChecksum::value() const
{
    if (m_carrySize == 0)
        return m_state;
    // A copy, so value() can be asked for in the middle of a stream.
    SimChecksum copy = *this;
    unsigned char last[8] = {};
    std::memcpy(last, m_carry, size_t(m_carrySize));
    copy.addWord(qFromLittleEndian<quint64>(last));
    return copy.m_state;
}

} // namespace groov::sim
