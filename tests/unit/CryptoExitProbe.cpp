// Tells tst_cryptolibrary whether OpenSSL freed its state in an exit handler: the exit handler registered here first
// runs last, after OpenSSL's own, and uses OpenSSL once more. Exit 0: still usable; anything else: it was freed.
#include "CryptoLibrary.h"

#include <openssl/evp.h>

#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace {

bool digestWorks()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    return EVP_Digest("abc", 3, digest, &size, EVP_sha256(), nullptr) == 1 && size == 32;
}

void useOpenSslAtTheVeryEnd()
{
    _exit(digestWorks() ? 0 : 3);
}

} // namespace

int main(int argc, char *argv[])
{
    std::atexit(useOpenSslAtTheVeryEnd);
    if (argc > 1 && std::strcmp(argv[1], "--keep-state") == 0)
        groov::CryptoLibrary::keepStateUntilExit();
    return digestWorks() ? 0 : 4;
}
