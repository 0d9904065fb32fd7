#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <memory>

namespace groov {

// SHA-256 of the firmware bytes as they are read for sending, in file order, so a report states what the device
// was actually sent, not what the file held when it was checked. Every chunk is read from its first byte again when
// it is resent (a retry, or Qt resending a request): the hash then goes back to where that chunk began, so each
// byte counts once, as it was last sent. Uses OpenSSL, whose hash state can be copied (QCryptographicHash's cannot).
class SentImageDigest
{
public:
    SentImageDigest();
    ~SentImageDigest();
    SentImageDigest(const SentImageDigest &) = delete;
    SentImageDigest &operator=(const SentImageDigest &) = delete;

    // A chunk starts (or starts again) at this file offset: the next byte hashed is the one at that offset.
    void startChunkAt(qint64 fileOffset);
    // Bytes read at this file offset for sending.
    void add(qint64 fileOffset, const char *data, qint64 size);

    // Lowercase hex SHA-256 of bytes [0, totalSize) as sent; empty when they were not all sent in order (which the
    // upload never does: then nothing is claimed).
    [[nodiscard]] QByteArray hexDigest(qint64 totalSize) const;
    qint64 bytesHashed() const { return m_next; }

private:
    struct State;
    std::unique_ptr<State> m_hash;       // all bytes before m_next
    std::unique_ptr<State> m_chunkStart; // the hash as it was where the current chunk began
    qint64 m_next = 0;
    qint64 m_chunkStartOffset = -1;
    bool m_broken = false;
};

} // namespace groov
