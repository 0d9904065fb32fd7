#pragma once

namespace groov {

// How the process shares OpenSSL's libcrypto (Qt's TLS and our hashing both use it).
class CryptoLibrary
{
public:
    // Called first thing in main(): OpenSSL keeps its state until the process ends instead of freeing it in an exit
    // handler. That handler races with threads still ending at exit (Qt's network thread): both freed the same
    // thread state, a double free seen under AddressSanitizer that would abort a release build after a successful
    // update. The system takes the memory back with the process anyway. Nothing without OpenSSL in the build.
    static void keepStateUntilExit();
};

} // namespace groov
