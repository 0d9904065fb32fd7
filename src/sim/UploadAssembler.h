#pragma once

#include "SimImageScanner.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTemporaryFile>

#include <memory>

namespace groov::sim {

// Puts the chunks of one upload together in a temporary file, with a running SHA-256 and image scan, so the image is
// never held in memory. Knows nothing of the protocol's rules; ChunkReceiver checks those first.
class UploadAssembler
{
public:
    UploadAssembler();
    ~UploadAssembler();

    // Forgets any previous upload and starts a new one.
    [[nodiscard]] bool begin(const QString &fileId, int chunksTotal, QString *error);
    void clear();

    [[nodiscard]] bool isStarted() const { return m_file != nullptr; }
    [[nodiscard]] bool isComplete() const { return isStarted() && m_chunkOffsets.size() == m_chunksTotal; }
    [[nodiscard]] QString fileId() const { return m_fileId; }
    [[nodiscard]] int chunksTotal() const { return m_chunksTotal; }
    [[nodiscard]] int chunksStored() const { return int(m_chunkOffsets.size()); }
    [[nodiscard]] qint64 bytes() const { return m_bytes; }

    // Appends the next chunk.
    [[nodiscard]] bool appendChunk(const char *data, qint64 size, QString *error);
    // Replaces the last chunk stored (a retry after a lost answer): the file is cut back and the hash rebuilt.
    [[nodiscard]] bool replaceLastChunk(const char *data, qint64 size, QString *error);

    // Only meaningful once complete.
    [[nodiscard]] QByteArray sha256Hex() const { return m_sha256Hex; }
    [[nodiscard]] SimImageFacts facts() const { return m_scanner.facts(); }

    [[nodiscard]] QJsonObject toJson() const;

private:
    bool write(const char *data, qint64 size, QString *error);
    bool rehashUpTo(qint64 size, QString *error);

    std::unique_ptr<QTemporaryFile> m_file;
    QString m_fileId;
    int m_chunksTotal = 0;
    QList<qint64> m_chunkOffsets;
    qint64 m_bytes = 0;
    std::unique_ptr<QCryptographicHash> m_hash;
    SimImageScanner m_scanner;
    QByteArray m_sha256Hex;
};

} // namespace groov::sim
