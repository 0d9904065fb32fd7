#include "SentImageDigest.h"

namespace groov {

SentImageDigest::SentImageDigest(const ImageFingerprint::Key &key) : m_sent(key), m_chunkStart(key) {}

void SentImageDigest::startChunkAt(qint64 fileOffset)
{
    if (m_broken)
        return;
    const bool canGoBack = ImageFingerprint::canCopyState();
    if (fileOffset == m_next) {
        if (canGoBack)
            m_chunkStart.copyFrom(m_sent);
        m_chunkStartOffset = fileOffset;
    } else if (fileOffset == m_chunkStartOffset && canGoBack) {
        m_sent.copyFrom(m_chunkStart);
        m_next = fileOffset;
    } else {
        // A chunk out of order (the upload never sends one), or a resend the state cannot go back for: claim nothing.
        m_broken = true;
    }
}

void SentImageDigest::add(qint64 fileOffset, const char *data, qint64 size)
{
    if (m_broken || size <= 0)
        return;
    if (fileOffset != m_next) {
        m_broken = true;
        return;
    }
    m_sent.addData(data, size);
    m_next += size;
}

QByteArray SentImageDigest::fingerprint(qint64 totalSize) const
{
    if (m_broken || m_next != totalSize)
        return {};
    return m_sent.result();
}

} // namespace groov
