#pragma once

#include "Sha256.h"

#include <QByteArray>
#include <QtGlobal>

namespace groov {

// SHA-256 of the firmware bytes as they are read for sending, in file order, so a report states what the device
// was actually sent, not what the file held when it was checked. Every chunk is read from its first byte again when
// it is resent (a retry, or Qt resending a request): the hash then goes back to where that chunk began, so each
// byte counts once, as it was last sent. Going back needs a copy of the hash's state (Sha256::canCopyState(), OpenSSL):
// a build without it claims nothing once a chunk is resent.
class SentImageDigest
{
public:
    // A chunk starts (or starts again) at this file offset: the next byte hashed is the one at that offset.
    void startChunkAt(qint64 fileOffset);
    // Bytes read at this file offset for sending.
    void add(qint64 fileOffset, const char *data, qint64 size);

    // Lowercase hex SHA-256 of bytes [0, totalSize) as sent; empty when they were not all sent in order (which the
    // upload never does) or a chunk was resent where the hash cannot go back: then nothing is claimed.
    [[nodiscard]] QByteArray hexDigest(qint64 totalSize) const;
    qint64 bytesHashed() const { return m_next; }

private:
    Sha256 m_hash;       // all bytes before m_next
    Sha256 m_chunkStart; // the hash as it was where the current chunk began
    qint64 m_next = 0;
    qint64 m_chunkStartOffset = -1;
    bool m_broken = false;
};

} // namespace groov
