#include "SimSha256.h"

#include <QtGlobal>

#include <openssl/evp.h>

namespace groov::sim {

namespace {

EVP_MD_CTX *newContext()
{
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    Q_CHECK_PTR(context);
    return context;
}

} // namespace

SimSha256::SimSha256() : m_context(newContext())
{
    EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr);
}

SimSha256::SimSha256(const SimSha256 &other) : m_context(newContext())
{
    EVP_MD_CTX_copy_ex(m_context, other.m_context);
}

SimSha256 &SimSha256::operator=(const SimSha256 &other)
{
    if (this != &other)
        EVP_MD_CTX_copy_ex(m_context, other.m_context);
    return *this;
}

SimSha256::~SimSha256()
{
    EVP_MD_CTX_free(m_context);
}

void SimSha256::add(const char *data, qint64 size)
{
    if (size > 0)
        EVP_DigestUpdate(m_context, data, size_t(size));
}

QByteArray SimSha256::hex() const
{
    // Finishing consumes a context, so finish a copy.
    SimSha256 copy(*this);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(copy.m_context, digest, &length);
    return QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex();
}

} // namespace groov::sim
