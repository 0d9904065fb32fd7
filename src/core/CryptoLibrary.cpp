#include "CryptoLibrary.h"

#ifdef GROOV_HAVE_OPENSSL_CRYPTO
#include <openssl/crypto.h>
#endif

namespace groov {

void CryptoLibrary::keepStateUntilExit()
{
#ifdef GROOV_HAVE_OPENSSL_CRYPTO
    // Only the first initialisation decides whether OpenSSL registers its exit handler: before anything else uses it.
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
#endif
}

} // namespace groov
