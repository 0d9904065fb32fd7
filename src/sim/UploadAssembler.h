#pragma once

#include "ChunkDraft.h"
#include "SimImageScanner.h"
#include "UploadDigest.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryFile>

#include <memory>
#include <optional>
#include <vector>

namespace groov::sim {

// Keeps the chunks of one upload on disk (each in the temporary file its draft streamed into), with a running SHA-256
// and image scan over the whole, so the image is never held in memory. Knows nothing of the protocol's rules;
// ChunkReceiver checks those first.
class UploadAssembler
{
public:
    UploadAssembler();
    ~UploadAssembler();

    // Starts a new upload; any previous one is forgotten.
    void begin(const QString &fileId, int chunksTotal);
    void clear();

    [[nodiscard]] bool isStarted() const { return m_started; }
    [[nodiscard]] bool isComplete() const { return m_started && chunksStored() == m_chunksTotal; }
    [[nodiscard]] QString fileId() const { return m_fileId; }
    [[nodiscard]] int chunksTotal() const { return m_chunksTotal; }
    [[nodiscard]] int chunksStored() const { return int(m_chunks.size()); }
    [[nodiscard]] qint64 bytes() const { return m_bytes; }

    // A draft for the bytes of chunk `number` (nullopt: not known), to be filled as they arrive and then handed back.
    [[nodiscard]] std::unique_ptr<ChunkDraft> draft(std::optional<qint64> number) const;
    // Stores the draft as the next chunk.
    [[nodiscard]] bool appendChunk(std::unique_ptr<ChunkDraft> draft, QString *error);
    // Stores the draft in place of the last chunk (a retry after a lost answer).
    [[nodiscard]] bool replaceLastChunk(std::unique_ptr<ChunkDraft> draft, QString *error);

    // Only meaningful once complete.
    [[nodiscard]] QByteArray sha256Hex() const { return m_sha256Hex; }
    [[nodiscard]] SimImageFacts facts() const { return m_digest.facts(); }

    [[nodiscard]] QJsonObject toJson() const;

private:
    struct Chunk
    {
        std::unique_ptr<QTemporaryFile> file;
        qint64 size = 0;
    };

    bool store(std::unique_ptr<ChunkDraft> draft, const UploadDigest &base, QString *error);

    bool m_started = false;
    QString m_fileId;
    int m_chunksTotal = 0;
    std::vector<Chunk> m_chunks;
    qint64 m_bytes = 0;
    UploadDigest m_digest;           // over every chunk stored
    UploadDigest m_digestBeforeLast; // over every chunk but the last: the base of a retried last chunk
    quint64 m_revision = 0;          // changes whenever the two digests do
    QByteArray m_sha256Hex;
};

} // namespace groov::sim
