#include "UploadAssembler.h"

#include <QCoreApplication>
#include <QDir>

namespace groov::sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UploadAssembler", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

UploadAssembler::UploadAssembler() = default;
UploadAssembler::~UploadAssembler() = default;

bool UploadAssembler::begin(const QString &fileId, int chunksTotal, QString *error)
{
    clear();
    auto file =
        std::make_unique<QTemporaryFile>(QDir(QDir::tempPath()).filePath(QStringLiteral("groov-sim-upload-XXXXXX")));
    if (!file->open())
        return fail(error, tr("Cannot create a temporary file for the upload: %1").arg(file->errorString()));
    m_file = std::move(file);
    m_fileId = fileId;
    m_chunksTotal = chunksTotal;
    m_hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    return true;
}

void UploadAssembler::clear()
{
    m_file.reset();
    m_fileId.clear();
    m_chunksTotal = 0;
    m_chunkOffsets.clear();
    m_bytes = 0;
    m_hash.reset();
    m_scanner = SimImageScanner();
    m_sha256Hex.clear();
}

bool UploadAssembler::write(const char *data, qint64 size, QString *error)
{
    if (!m_file->seek(m_bytes) || m_file->write(data, size) != size)
        return fail(error, tr("Cannot store the chunk: %1").arg(m_file->errorString()));
    m_hash->addData(QByteArrayView(data, size));
    m_scanner.add(data, size);
    m_bytes += size;
    if (isComplete()) {
        m_file->flush();
        m_sha256Hex = m_hash->result().toHex();
    }
    return true;
}

bool UploadAssembler::appendChunk(const char *data, qint64 size, QString *error)
{
    if (!isStarted() || isComplete())
        return fail(error, tr("No upload is waiting for a chunk."));
    m_chunkOffsets.append(m_bytes);
    if (!write(data, size, error)) {
        m_chunkOffsets.removeLast();
        return false;
    }
    return true;
}

bool UploadAssembler::rehashUpTo(qint64 size, QString *error)
{
    m_hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    m_scanner = SimImageScanner();
    if (!m_file->seek(0))
        return fail(error, tr("Cannot reread the upload: %1").arg(m_file->errorString()));
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    qint64 remaining = size;
    while (remaining > 0) {
        const qint64 got = m_file->read(buffer.data(), qMin<qint64>(remaining, buffer.size()));
        if (got <= 0)
            return fail(error, tr("Cannot reread the upload: %1").arg(m_file->errorString()));
        m_hash->addData(QByteArrayView(buffer.constData(), got));
        m_scanner.add(buffer.constData(), got);
        remaining -= got;
    }
    return true;
}

bool UploadAssembler::replaceLastChunk(const char *data, qint64 size, QString *error)
{
    if (!isStarted() || m_chunkOffsets.isEmpty())
        return fail(error, tr("There is no chunk to replace."));
    // The hash cannot be rewound, so it is rebuilt from the bytes before the replaced chunk. Only retries pay this.
    const qint64 start = m_chunkOffsets.last();
    m_sha256Hex.clear();
    if (!m_file->resize(start) || !rehashUpTo(start, error))
        return fail(error, error && !error->isEmpty()
                               ? *error
                               : tr("Cannot cut the upload back: %1").arg(m_file->errorString()));
    m_bytes = start;
    return write(data, size, error);
}

QJsonObject UploadAssembler::toJson() const
{
    return QJsonObject{{QStringLiteral("fileId"), m_fileId},
                       {QStringLiteral("chunksTotal"), m_chunksTotal},
                       {QStringLiteral("chunksStored"), chunksStored()},
                       {QStringLiteral("bytes"), m_bytes},
                       {QStringLiteral("sha256"), QString::fromLatin1(m_sha256Hex)},
                       {QStringLiteral("complete"), isComplete()}};
}

} // namespace groov::sim
