#pragma once

#include <QtGlobal>

namespace groov::sim {

// The simulator image's payload checksum: a cheap 64-bit mix over little-endian 64-bit words (the tail padded with
// zeros). Fed in pieces of any size, it gives the same value as fed at once, so chunks can be checked as they arrive.
class SimChecksum
{
public:
    void add(const char *data, qint64 size);
    [[nodiscard]] quint64 value() const;

private:
    void addWord(quint64 word);

    quint64 m_state = 0xcbf29ce484222325ULL;
    unsigned char m_carry[8] = {};
    int m_carrySize = 0;
};

} // namespace groov::sim
