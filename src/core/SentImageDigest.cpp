#include "SentImageDigest.h"

#include <openssl/evp.h>

namespace groov {

struct SentImageDigest::State
{
    State() : context(EVP_MD_CTX_new()) { EVP_DigestInit_ex(context, EVP_sha256(), nullptr); }
    ~State() { EVP_MD_CTX_free(context); }
    State(const State &) = delete;
    State &operator=(const State &) = delete;
    void copyFrom(const State &other) { EVP_MD_CTX_copy_ex(context, other.context); }

    EVP_MD_CTX *context;
};

SentImageDigest::SentImageDigest() : m_hash(std::make_unique<State>()), m_chunkStart(std::make_unique<State>()) {}

SentImageDigest::~SentImageDigest() = default;

void SentImageDigest::startChunkAt(qint64 fileOffset)
{
    if (m_broken)
        return;
    if (fileOffset == m_next) {
        m_chunkStart->copyFrom(*m_hash);
        m_chunkStartOffset = fileOffset;
    } else if (fileOffset == m_chunkStartOffset) {
        m_hash->copyFrom(*m_chunkStart);
        m_next = fileOffset;
    } else {
        m_broken = true; // a chunk out of order: the upload never sends one, so claim nothing
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
    EVP_DigestUpdate(m_hash->context, data, size_t(size));
    m_next += size;
}

QByteArray SentImageDigest::hexDigest(qint64 totalSize) const
{
    if (m_broken || m_next != totalSize)
        return {};
    State final;
    final.copyFrom(*m_hash); // the running hash stays usable
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(final.context, digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

} // namespace groov
