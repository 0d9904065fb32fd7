#include "Sha256.h"

#ifdef GROOV_HAVE_OPENSSL_CRYPTO
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

namespace groov {

#ifdef GROOV_HAVE_OPENSSL_CRYPTO

namespace {

// These fail only when memory runs out; a wrong hash would then be stated as the firmware's, so stop instead.
void check(int ok)
{
    if (ok != 1)
        qFatal("OpenSSL's SHA-256 failed");
}

} // namespace

struct Sha256::State
{
    State() : context(EVP_MD_CTX_new())
    {
        Q_CHECK_PTR(context);
        reset();
    }
    ~State() { EVP_MD_CTX_free(context); }
    State(const State &) = delete;
    State &operator=(const State &) = delete;
    void reset() { check(EVP_DigestInit_ex(context, EVP_sha256(), nullptr)); }

    EVP_MD_CTX *context;
};

void Sha256::addData(const char *data, qsizetype size)
{
    if (size > 0)
        check(EVP_DigestUpdate(m_state->context, data, size_t(size)));
}

QByteArray Sha256::result() const
{
    Sha256 final;
    final.copyFrom(*this); // finalising a copy keeps this hash going
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    check(EVP_DigestFinal_ex(final.m_state->context, digest, &length));
    return QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length));
}

bool Sha256::canCopyState()
{
    return true;
}

void Sha256::copyFrom(const Sha256 &other)
{
    check(EVP_MD_CTX_copy_ex(m_state->context, other.m_state->context));
}

const char *Sha256::backend()
{
    return "OpenSSL";
}

#else

struct Sha256::State
{
    QCryptographicHash hash{QCryptographicHash::Sha256};
    void reset() { hash.reset(); }
};

void Sha256::addData(const char *data, qsizetype size)
{
    if (size > 0)
        m_state->hash.addData(QByteArrayView(data, size));
}

QByteArray Sha256::result() const
{
    return m_state->hash.result(); // Qt finalises a copy of its state, so adding may go on
}

bool Sha256::canCopyState()
{
    return false;
}

void Sha256::copyFrom(const Sha256 &other)
{
    Q_UNUSED(other)
    // A caller that ignored canCopyState() would state a wrong hash.
    qFatal("Sha256::copyFrom() needs OpenSSL");
}

const char *Sha256::backend()
{
    return "QCryptographicHash";
}

#endif

Sha256::Sha256() : m_state(std::make_unique<State>()) {}

Sha256::~Sha256() = default;

void Sha256::reset()
{
    m_state->reset();
}

QByteArray Sha256::hexResult() const
{
    return result().toHex();
}

} // namespace groov
