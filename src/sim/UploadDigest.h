#pragma once

#include "SimImageScanner.h"
#include "SimSha256.h"

namespace groov::sim {

// What the device computes over an upload's bytes as they pass: the SHA-256 and the image scan. A value: copy it to
// keep the state at some point of the stream.
class UploadDigest
{
public:
    void add(const char *data, qint64 size);
    [[nodiscard]] QByteArray sha256Hex() const { return m_sha256.hex(); }
    [[nodiscard]] SimImageFacts facts() const { return m_scanner.facts(); }

private:
    SimSha256 m_sha256;
    SimImageScanner m_scanner;
};

} // namespace groov::sim
