// libFuzzer harness: the simulator's own reading of a request head off the wire (SimRequestHead::endOf and parse) and
// what it then does with the header fields: decimalHeaderValue for Content-Length and the uploader-* headers, the
// multipart boundary of the Content-Type.
#include "FuzzCheck.h"
#include "MultipartParser.h"
#include "SimRequestHead.h"

#include <cstddef>
#include <cstdint>

using namespace groov::sim;

namespace {

// A plain decimal is exactly the digits of the number it yields, leading zeros aside.
void checkDecimal(const QByteArray &text)
{
    const std::optional<qint64> value = decimalHeaderValue(text);
    if (!value)
        return;
    FUZZ_CHECK(*value >= 0);
    QByteArray digits = text;
    while (digits.size() > 1 && digits.startsWith('0'))
        digits.remove(0, 1);
    FUZZ_CHECK(QByteArray::number(*value) == digits);
}

void checkHead(const QByteArray &head)
{
    const std::optional<SimRequestHead> parsed = SimRequestHead::parse(head);
    if (!parsed)
        return;
    FUZZ_CHECK(!parsed->method().isEmpty());
    FUZZ_CHECK(!parsed->method().contains(u' '));
    for (const auto &[name, value] : parsed->headers()) {
        FUZZ_CHECK(!name.contains(':') && !name.contains('\n') && !value.contains('\n'));
        checkDecimal(value);
        checkDecimal(value.trimmed());
        if (name.compare("content-type", Qt::CaseInsensitive) == 0) {
            if (const auto boundary = MultipartParser::boundaryOf(value))
                FUZZ_CHECK(!boundary->isEmpty() && boundary->size() <= 70);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype end = SimRequestHead::endOf(bytes);
    FUZZ_CHECK(end >= -1 && end <= bytes.size());
    if (end >= 0) {
        // The head is found in its own bytes, and in no shorter prefix: bytes arriving later never move it.
        FUZZ_CHECK(SimRequestHead::endOf(bytes.left(end)) == end);
        FUZZ_CHECK(SimRequestHead::endOf(bytes.left(end - 1)) == -1);
        checkHead(bytes.left(end));
    } else {
        checkHead(bytes); // the server never parses an incomplete head, but parse must survive one
    }
    checkDecimal(bytes);
    return 0;
}
