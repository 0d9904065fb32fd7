#pragma once

#include <QString>
#include <QtGlobal>

namespace groov::sim {

// The simulator's own image format (the client never depends on it): a SimFirmwareHeader followed by pseudo-random
// payload, so uploads have realistic sizes and a corrupted or reordered upload is caught.
struct SimFirmware
{
    // size is the whole file's size in bytes, header included (at least SimFirmwareHeader::kSize).
    [[nodiscard]] static bool write(const QString &path, const QString &family /*"epic"|"rio"*/, const QString &version,
                                    qint64 size, QString *error);
};

} // namespace groov::sim
