#include "SimFirmwareHeader.h"

#include <QtEndian>

#include <cstring>

namespace groov::sim {

namespace {

constexpr int kFamilyOffset = 16;
constexpr int kFamilySize = 8;
constexpr int kVersionOffset = 24;
constexpr int kVersionSize = 48;

QString readText(const char *data, int size)
{
    return QString::fromLatin1(data, int(qstrnlen(data, uint(size))));
}

void writeText(char *data, int size, const QString &text)
{
    const QByteArray latin = text.toLatin1().left(size);
    std::memcpy(data, latin.constData(), size_t(latin.size()));
}

} // namespace

QByteArray SimFirmwareHeader::magic()
{
    return QByteArrayLiteral("GRVSIMFW");
}

QByteArray SimFirmwareHeader::serialize() const
{
    QByteArray bytes(kSize, '\0');
    char *data = bytes.data();
    std::memcpy(data, magic().constData(), 8);
    qToLittleEndian<quint32>(kFormat, data + 8);
    qToLittleEndian<quint32>(quint32(kSize), data + 12);
    writeText(data + kFamilyOffset, kFamilySize, family);
    writeText(data + kVersionOffset, kVersionSize, version);
    qToLittleEndian<quint64>(totalSize, data + 72);
    qToLittleEndian<quint64>(checksum, data + 80);
    qToLittleEndian<quint64>(seed, data + 88);
    return bytes;
}

std::optional<SimFirmwareHeader> SimFirmwareHeader::parse(const QByteArray &bytes)
{
    if (bytes.size() < kSize || !bytes.startsWith(magic()))
        return std::nullopt;
    const char *data = bytes.constData();
    if (qFromLittleEndian<quint32>(data + 8) != kFormat || qFromLittleEndian<quint32>(data + 12) != quint32(kSize))
        return std::nullopt;
    SimFirmwareHeader header;
    header.family = readText(data + kFamilyOffset, kFamilySize);
    header.version = readText(data + kVersionOffset, kVersionSize);
    header.totalSize = qFromLittleEndian<quint64>(data + 72);
    header.checksum = qFromLittleEndian<quint64>(data + 80);
    header.seed = qFromLittleEndian<quint64>(data + 88);
    if (header.totalSize < quint64(kSize))
        return std::nullopt;
    return header;
}

} // namespace groov::sim
