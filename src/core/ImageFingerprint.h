#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <array>
#include <memory>

namespace groov {

// A keyed fingerprint of a byte stream, to tell whether two reads of the firmware file gave the same bytes (the
// bytes hashed for the report, and the bytes sent). With OpenSSL it is GMAC: AES-128-GCM over the bytes as
// additional data, under a key drawn for one update and never shown; about five times as fast as SHA-256 on the
// project's machine, so the upload's path stays light. Without the key, nothing that serves the file can make other
// bytes with the same fingerprint. A build without OpenSSL uses SHA-256 (QCryptographicHash) instead: unkeyed,
// slower, and its state cannot be copied.
class ImageFingerprint
{
public:
    struct Key
    {
        std::array<quint8, 16> aesKey{};
        std::array<quint8, 12> nonce{};
        [[nodiscard]] static Key random(); // from the system's random source
    };

    explicit ImageFingerprint(const Key &key);
    ~ImageFingerprint();
    ImageFingerprint(const ImageFingerprint &) = delete;
    ImageFingerprint &operator=(const ImageFingerprint &) = delete;

    void addData(const char *data, qsizetype size);

    // The fingerprint of everything added so far (16 bytes; 32 without OpenSSL); more may be added afterwards.
    // Fingerprints are equal only for the same bytes under the same key.
    [[nodiscard]] QByteArray result() const;

    // Whether copyFrom() works: with OpenSSL only.
    [[nodiscard]] static bool canCopyState();
    // This fingerprint continues from where other is, as if it had been given the same bytes (same key).
    void copyFrom(const ImageFingerprint &other);

    [[nodiscard]] static const char *backend(); // "GMAC" or "SHA-256", for benchmarks and tests

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace groov
