#pragma once

#include "UploadDigest.h"

#include <QString>
#include <QTemporaryFile>

#include <memory>
#include <optional>

namespace groov::sim {

// One chunk's bytes while they arrive, kept in a temporary file of their own until the upload accepts the chunk or
// the draft is dropped (a refused, faulted or broken-off request). When the draft was told which state of the upload it
// follows, it carries the upload's digest on over its bytes as they come, so accepting it costs no second pass.
class ChunkDraft
{
public:
    // base: the upload's digest just before this chunk, with the upload's revision it belongs to; nullopt when unknown.
    ChunkDraft(std::optional<UploadDigest> base, quint64 baseRevision);

    void write(const char *data, qint64 size);
    [[nodiscard]] qint64 size() const { return m_size; }
    // Storing failed (the chunk can then not be accepted); the size still counts every byte written.
    [[nodiscard]] bool hasFailed() const { return !m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    friend class UploadAssembler;

    // The digest over the upload up to and including this chunk, continued from `base` (at `revision`): the running one
    // when the draft started from that very state, else computed by reading the bytes back.
    [[nodiscard]] std::optional<UploadDigest> digestAfter(const UploadDigest &base, quint64 revision, QString *error);

    std::unique_ptr<QTemporaryFile> m_file;
    std::optional<UploadDigest> m_digest;
    quint64 m_baseRevision = 0;
    qint64 m_size = 0;
    QString m_error;
};

} // namespace groov::sim
