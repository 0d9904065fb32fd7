#include "UploadAssembler.h"

#include <QCoreApplication>

namespace groov::sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("groov::sim::UploadAssembler", text);
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

void UploadAssembler::begin(const QString &fileId, int chunksTotal)
{
    if (m_started || !m_chunks.empty())
        clear();
    m_started = true;
    m_fileId = fileId;
    m_chunksTotal = chunksTotal;
}

void UploadAssembler::clear()
{
    m_started = false;
    m_fileId.clear();
    m_chunksTotal = 0;
    m_chunks.clear();
    m_bytes = 0;
    m_digest = UploadDigest();
    m_digestBeforeLast = UploadDigest();
    ++m_revision;
    m_sha256Hex.clear();
}

std::unique_ptr<ChunkDraft> UploadAssembler::draft(std::optional<qint64> number) const
{
    // Chunk N follows the first N chunks: the upload as it stands, or as it stood before its last chunk (a retry).
    std::optional<UploadDigest> base;
    if (number && *number == chunksStored())
        base = m_digest;
    else if (number && *number == chunksStored() - 1)
        base = m_digestBeforeLast;
    return std::make_unique<ChunkDraft>(std::move(base), m_revision);
}

bool UploadAssembler::appendChunk(std::unique_ptr<ChunkDraft> draft, QString *error)
{
    if (!isStarted() || isComplete())
        return fail(error, tr("No upload is waiting for a chunk."));
    const UploadDigest before = m_digest;
    if (!store(std::move(draft), m_digest, error))
        return false;
    m_digestBeforeLast = before;
    return true;
}

bool UploadAssembler::replaceLastChunk(std::unique_ptr<ChunkDraft> draft, QString *error)
{
    if (!isStarted() || m_chunks.empty())
        return fail(error, tr("There is no chunk to replace."));
    Chunk last = std::move(m_chunks.back());
    m_chunks.pop_back();
    m_bytes -= last.size;
    if (!store(std::move(draft), m_digestBeforeLast, error)) {
        m_bytes += last.size;
        m_chunks.push_back(std::move(last));
        return false;
    }
    return true;
}

bool UploadAssembler::store(std::unique_ptr<ChunkDraft> draft, const UploadDigest &base, QString *error)
{
    if (draft->hasFailed())
        return fail(error, draft->errorString());
    QString digestError;
    std::optional<UploadDigest> digest = draft->digestAfter(base, m_revision, &digestError);
    if (!digest)
        return fail(error, digestError);
    m_bytes += draft->size();
    m_chunks.push_back(Chunk{std::move(draft->m_file), draft->size()});
    m_digest = *digest;
    ++m_revision;
    if (isComplete())
        m_sha256Hex = m_digest.sha256Hex();
    return true;
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
