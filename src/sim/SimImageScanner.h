#pragma once

#include "SimChecksum.h"
#include "SimFirmwareHeader.h"

#include <QByteArray>

#include <optional>

namespace groov::sim {

// What the device learns about an uploaded file, read as the bytes stream past (never the whole file in memory).
struct SimImageFacts
{
    bool isImage = false; // carries a simulator header
    bool intact = false;  // size and checksum match what the header claims
    QString family;
    QString version;
};

// Reads a simulator image incrementally: the header from the first bytes, the checksum over the rest.
class SimImageScanner
{
public:
    void add(const char *data, qint64 size);
    [[nodiscard]] SimImageFacts facts() const;

private:
    QByteArray m_headerBytes;
    std::optional<SimFirmwareHeader> m_header;
    SimChecksum m_checksum;
    qint64 m_total = 0;
};

} // namespace groov::sim
