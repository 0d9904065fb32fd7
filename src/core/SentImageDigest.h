#pragma once

#include "ImageFingerprint.h"

#include <QByteArray>
#include <QtGlobal>

namespace groov {

// The fingerprint (ImageFingerprint) of the firmware bytes as they are read for sending, in file order, so the end of
// an update can tell whether the device was sent the very bytes whose SHA-256 the report states (FirmwareHasher takes
// both from one read of the file, under the same key). Every chunk is read from its first byte again when it is
// resent (a retry, or Qt resending a request): the fingerprint then goes back to where that chunk began, so each byte
// counts once, as it was last sent. Going back needs a copy of the state (OpenSSL): a build without it claims nothing
// once a chunk is resent.
class SentImageDigest
{
public:
    explicit SentImageDigest(const ImageFingerprint::Key &key);

    // A chunk starts (or starts again) at this file offset: the next byte taken is the one at that offset.
    void startChunkAt(qint64 fileOffset);
    // Bytes read at this file offset for sending.
    void add(qint64 fileOffset, const char *data, qint64 size);

    // The fingerprint of bytes [0, totalSize) as sent; empty when they were not all sent in order (which the upload
    // never does) or a chunk was resent where the state cannot go back: then nothing is claimed.
    [[nodiscard]] QByteArray fingerprint(qint64 totalSize) const;
    qint64 bytesTaken() const { return m_next; }

private:
    ImageFingerprint m_sent;       // all bytes before m_next
    ImageFingerprint m_chunkStart; // the state as it was where the current chunk began
    qint64 m_next = 0;
    qint64 m_chunkStartOffset = -1;
    bool m_broken = false;
};

} // namespace groov
