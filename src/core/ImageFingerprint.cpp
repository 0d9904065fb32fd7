#include "ImageFingerprint.h"

#include <QRandomGenerator>

#ifdef GROOV_HAVE_OPENSSL_CRYPTO
#include <openssl/evp.h>

#include <algorithm>
#include <limits>
#else
#include "Sha256.h"
#endif

namespace groov {

ImageFingerprint::Key ImageFingerprint::Key::random()
{
    Key key;
    QRandomGenerator *source = QRandomGenerator::system();
    for (quint8 &byte : key.aesKey)
        byte = quint8(source->bounded(256));
    for (quint8 &byte : key.nonce)
        byte = quint8(source->bounded(256));
    return key;
}

#ifdef GROOV_HAVE_OPENSSL_CRYPTO

namespace {

// These fail only when memory runs out; a wrong fingerprint could then pass changed bytes as unchanged, so stop.
void check(int ok)
{
    if (ok != 1)
        qFatal("OpenSSL's GMAC failed");
}

} // namespace

struct ImageFingerprint::State
{
    State() : context(EVP_CIPHER_CTX_new()) { Q_CHECK_PTR(context); }
    ~State() { EVP_CIPHER_CTX_free(context); }
    State(const State &) = delete;
    State &operator=(const State &) = delete;

    EVP_CIPHER_CTX *context;
};

ImageFingerprint::ImageFingerprint(const Key &key) : m_state(std::make_unique<State>())
{
    check(EVP_EncryptInit_ex(m_state->context, EVP_aes_128_gcm(), nullptr, key.aesKey.data(), key.nonce.data()));
}

void ImageFingerprint::addData(const char *data, qsizetype size)
{
    // Without an output buffer, GCM takes the bytes as additional data: authenticated, never encrypted.
    while (size > 0) {
        const int piece = int(std::min<qsizetype>(size, std::numeric_limits<int>::max()));
        int written = 0;
        check(EVP_EncryptUpdate(m_state->context, nullptr, &written, reinterpret_cast<const unsigned char *>(data),
                                piece));
        data += piece;
        size -= piece;
    }
}

QByteArray ImageFingerprint::result() const
{
    State final; // finalising a copy keeps this fingerprint going
    check(EVP_CIPHER_CTX_copy(final.context, m_state->context));
    unsigned char noCiphertext[16];
    int written = 0;
    check(EVP_EncryptFinal_ex(final.context, noCiphertext, &written));
    unsigned char tag[16];
    check(EVP_CIPHER_CTX_ctrl(final.context, EVP_CTRL_GCM_GET_TAG, int(sizeof tag), tag));
    return QByteArray(reinterpret_cast<const char *>(tag), qsizetype(sizeof tag));
}

bool ImageFingerprint::canCopyState()
{
    return true;
}

void ImageFingerprint::copyFrom(const ImageFingerprint &other)
{
    check(EVP_CIPHER_CTX_copy(m_state->context, other.m_state->context));
}

const char *ImageFingerprint::backend()
{
    return "GMAC";
}

#else

struct ImageFingerprint::State
{
    Sha256 hash;
};

ImageFingerprint::ImageFingerprint(const Key &key) : m_state(std::make_unique<State>())
{
    Q_UNUSED(key) // SHA-256 needs none: its collisions cannot be found
}

void ImageFingerprint::addData(const char *data, qsizetype size)
{
    m_state->hash.addData(data, size);
}

QByteArray ImageFingerprint::result() const
{
    return m_state->hash.result();
}

bool ImageFingerprint::canCopyState()
{
    return Sha256::canCopyState();
}

void ImageFingerprint::copyFrom(const ImageFingerprint &other)
{
    m_state->hash.copyFrom(other.m_state->hash);
}

const char *ImageFingerprint::backend()
{
    return "SHA-256";
}

#endif

ImageFingerprint::~ImageFingerprint() = default;

} // namespace groov
