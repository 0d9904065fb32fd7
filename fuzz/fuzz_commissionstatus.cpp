// libFuzzer harness: the body of GET /auth/access/user/commission/status.
#include "CommissionStatus.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace groov;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const CommissionState state = parseCommissionStatus(body);

    // Surrounding whitespace and letter case never change the answer.
    FUZZ_CHECK(parseCommissionStatus(QByteArray(body).prepend(" \r\n").append("\t\n")) == state);
    FUZZ_CHECK(parseCommissionStatus(body.toUpper()) == state);
    FUZZ_CHECK(parseCommissionStatus(body.toLower()) == state);
    // A definite answer needs the word in the body.
    if (state == CommissionState::Commissioned)
        FUZZ_CHECK(body.toLower().contains("true"));
    if (state == CommissionState::NotCommissioned)
        FUZZ_CHECK(body.toLower().contains("false"));
    return 0;
}
