#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace groov::sim {

// The fixed header at the start of a simulator firmware image. The simulator invented this format; real images are
// opaque vendor files and the client must never look inside them.
//   0  magic "GRVSIMFW"     8  u32 format (1)      12 u32 header size (128)
//   16 family, 8 bytes      24 version, 48 bytes   72 u64 total file size
//   80 u64 payload checksum (SimChecksum over bytes 128..end)       88 u64 generator seed    96..127 zero
struct SimFirmwareHeader
{
    static constexpr int kSize = 128;
    static constexpr quint32 kFormat = 1;

    QString family;
    QString version;
    quint64 totalSize = 0;
    quint64 checksum = 0;
    quint64 seed = 0;

    [[nodiscard]] QByteArray serialize() const;
    // nullopt when the bytes are not a simulator header (wrong magic, format or size).
    [[nodiscard]] static std::optional<SimFirmwareHeader> parse(const QByteArray &bytes);
    [[nodiscard]] static QByteArray magic();
};

} // namespace groov::sim
