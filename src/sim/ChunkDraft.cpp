#include "ChunkDraft.h"

#include <QCoreApplication>
#include <QDir>

namespace groov::sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("groov::sim::ChunkDraft", text);
}

} // namespace

ChunkDraft::ChunkDraft(std::optional<UploadDigest> base, quint64 baseRevision)
    : m_file(
          std::make_unique<QTemporaryFile>(QDir(QDir::tempPath()).filePath(QStringLiteral("groov-sim-chunk-XXXXXX"))))
    , m_digest(std::move(base))
    , m_baseRevision(baseRevision)
{
    if (!m_file->open())
        m_error = tr("Cannot create a temporary file for the chunk: %1").arg(m_file->errorString());
}

void ChunkDraft::write(const char *data, qint64 size)
{
    m_size += size;
    if (hasFailed())
        return;
    if (m_file->write(data, size) != size) {
        m_error = tr("Cannot store the chunk: %1").arg(m_file->errorString());
        return;
    }
    if (m_digest)
        m_digest->add(data, size);
}

std::optional<UploadDigest> ChunkDraft::digestAfter(const UploadDigest &base, quint64 revision, QString *error)
{
    if (m_digest && m_baseRevision == revision)
        return m_digest;
    // The upload changed while this chunk arrived (overlapping requests) or its place was not known: one more pass.
    UploadDigest digest = base;
    if (!m_file->flush() || !m_file->seek(0)) {
        *error = tr("Cannot reread the chunk: %1").arg(m_file->errorString());
        return std::nullopt;
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (qint64 remaining = m_size; remaining > 0;) {
        const qint64 got = m_file->read(buffer.data(), qMin<qint64>(remaining, buffer.size()));
        if (got <= 0) {
            *error = tr("Cannot reread the chunk: %1").arg(m_file->errorString());
            return std::nullopt;
        }
        digest.add(buffer.constData(), got);
        remaining -= got;
    }
    return digest;
}

} // namespace groov::sim
