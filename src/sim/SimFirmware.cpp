#include "SimFirmware.h"

#include "SimChecksum.h"
#include "SimFirmwareHeader.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSaveFile>
#include <QtEndian>

#include <vector>

namespace groov::sim {

namespace {

constexpr qint64 kBlockSize = 1 << 20;

QString tr(const char *text)
{
    return QCoreApplication::translate("groov::sim::SimFirmware", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// xorshift64*: plenty for filler bytes, and fast.
quint64 nextRandom(quint64 &state)
{
    state ^= state >> 12;
    state ^= state << 25;
    state ^= state >> 27;
    return state * 0x2545F4914F6CDD1DULL;
}

} // namespace

bool SimFirmware::write(const QString &path, const QString &family, const QString &version, qint64 size, QString *error)
{
    if (family != QLatin1String("epic") && family != QLatin1String("rio"))
        return fail(error, tr("The family must be \"epic\" or \"rio\", not \"%1\".").arg(family));
    if (version.isEmpty() || version.size() > 48 || version.toLatin1() != version.toUtf8())
        return fail(error, tr("The version must be 1 to 48 plain ASCII characters."));
    if (size < SimFirmwareHeader::kSize)
        return fail(error, tr("The size must be at least %1 bytes (the image header).").arg(SimFirmwareHeader::kSize));

    SimFirmwareHeader header;
    header.family = family;
    header.version = version;
    header.totalSize = quint64(size);
    // The same inputs give the same file, so a rerun of a demo does not change the image's hash.
    const QByteArray seedSource = family.toLatin1() + '/' + version.toLatin1() + '/' + QByteArray::number(size);
    header.seed =
        qFromLittleEndian<quint64>(QCryptographicHash::hash(seedSource, QCryptographicHash::Sha256).constData());
    if (header.seed == 0)
        header.seed = 1;

    // One MiB of random words, varied per block by a cheap XOR so that no two blocks are alike.
    std::vector<quint64> base(size_t(kBlockSize / 8));
    quint64 state = header.seed;
    for (quint64 &word : base)
        word = nextRandom(state);
    std::vector<quint64> block(base.size());

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(error, tr("Cannot write %1: %2").arg(path, file.errorString()));
    // Placeholder header; the real one, with the checksum, replaces it at the end.
    if (file.write(QByteArray(SimFirmwareHeader::kSize, '\0')) != SimFirmwareHeader::kSize)
        return fail(error, tr("Cannot write %1: %2").arg(path, file.errorString()));

    SimChecksum checksum;
    qint64 remaining = size - SimFirmwareHeader::kSize;
    for (quint64 blockIndex = 1; remaining > 0; ++blockIndex) {
        const quint64 salt = blockIndex * 0x9E3779B97F4A7C15ULL;
        for (size_t i = 0; i < base.size(); ++i)
            block[i] = qToLittleEndian(base[i] ^ salt);
        const qint64 length = qMin(remaining, kBlockSize);
        const char *bytes = reinterpret_cast<const char *>(block.data());
        checksum.add(bytes, length);
        if (file.write(bytes, length) != length)
            return fail(error, tr("Cannot write %1: %2").arg(path, file.errorString()));
        remaining -= length;
    }
    header.checksum = checksum.value();

    if (!file.seek(0) || file.write(header.serialize()) != SimFirmwareHeader::kSize || !file.commit())
        return fail(error, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace groov::sim
