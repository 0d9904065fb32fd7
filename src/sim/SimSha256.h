#pragma once

#include <QByteArray>

struct evp_md_ctx_st;

namespace groov::sim {

// A running SHA-256 that can be copied in the middle of a stream (QCryptographicHash cannot), so the state before a
// chunk can be kept while the chunk's bytes are still arriving.
class SimSha256
{
public:
    SimSha256();
    SimSha256(const SimSha256 &other);
    SimSha256 &operator=(const SimSha256 &other);
    ~SimSha256();

    void add(const char *data, qint64 size);
    // Lowercase hex of the bytes added so far; the hash can go on taking bytes afterwards.
    [[nodiscard]] QByteArray hex() const;

private:
    evp_md_ctx_st *m_context;
};

} // namespace groov::sim
