// libFuzzer harness: the simulator's decoder of chunked request bodies (SimChunkedDecoder). Whatever the bytes, it
// ends Incomplete, Complete or Malformed; it never yields more data than it was given; and how the bytes are cut into
// reads never changes what it decodes.
#include "FuzzCheck.h"
#include "SimChunkedDecoder.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace groov::sim;

namespace {

struct Decoded
{
    SimChunkedDecoder::Status status = SimChunkedDecoder::Status::Incomplete;
    QByteArray data;
    QByteArray rest; // what follows the body, once Complete
};

// Feeds the bytes in reads of `piece` bytes (all at once for 0), as a socket might deliver them.
Decoded decodeInReads(const QByteArray &bytes, qsizetype piece)
{
    SimChunkedDecoder decoder;
    Decoded decoded;
    QByteArray input;
    qsizetype fed = 0;
    do {
        const qsizetype take = piece > 0 ? std::min(piece, bytes.size() - fed) : bytes.size();
        input += bytes.mid(fed, take);
        fed += take;
        decoded.status = decoder.decode(input, decoded.data);
    } while (decoded.status == SimChunkedDecoder::Status::Incomplete && fed < bytes.size());
    decoded.rest = input;
    decoded.rest.append(bytes.mid(fed));
    return decoded;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    // The first byte chooses the size of the reads; the rest is the body.
    const qsizetype piece = 1 + data[0] % 17;
    const QByteArray bytes(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Decoded whole = decodeInReads(bytes, 0);
    FUZZ_CHECK(whole.data.size() <= bytes.size());
    if (whole.status == SimChunkedDecoder::Status::Complete)
        FUZZ_CHECK(bytes.endsWith(whole.rest));
    const Decoded pieces = decodeInReads(bytes, piece);
    FUZZ_CHECK(pieces.status == whole.status);
    if (whole.status != SimChunkedDecoder::Status::Malformed) {
        FUZZ_CHECK(pieces.data == whole.data);
        FUZZ_CHECK(pieces.rest == whole.rest);
    }
    return 0;
}
