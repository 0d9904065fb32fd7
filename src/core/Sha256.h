#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

#include <memory>

namespace groov {

// SHA-256 of bytes given in pieces. Backed by OpenSSL's libcrypto when the build has it (it uses the CPU's SHA
// instructions, which Qt 6.4's QCryptographicHash never does: 7x as fast hashing a file on the project's machine;
// and its state can be copied), by QCryptographicHash otherwise.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void reset(); // back to the hash of nothing
    void addData(const char *data, qsizetype size);
    void addData(QByteArrayView bytes) { addData(bytes.data(), bytes.size()); }

    // The hash of everything added so far; more may be added afterwards.
    [[nodiscard]] QByteArray result() const;    // 32 bytes
    [[nodiscard]] QByteArray hexResult() const; // 64 lowercase hex digits

    // Whether copyFrom() works: OpenSSL's state can be copied, QCryptographicHash's (Qt 6.4) cannot.
    [[nodiscard]] static bool canCopyState();
    // This hash continues from where other is, as if it had been given the same bytes. Only when canCopyState().
    void copyFrom(const Sha256 &other);

    [[nodiscard]] static const char *backend(); // "OpenSSL" or "QCryptographicHash", for benchmarks and tests

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace groov
