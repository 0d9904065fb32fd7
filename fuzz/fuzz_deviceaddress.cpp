// libFuzzer harness: the device address as a user types or pastes it (DeviceAddress::parse).
#include "DeviceAddress.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

using namespace groov;

namespace {

// What the address says of itself must lead back to the same address.
void checkReparses(const DeviceAddress &address, const QString &text)
{
    const Result<DeviceAddress> again = DeviceAddress::parse(text);
    if (!again)
        std::fprintf(stderr, "re-parse of \"%s\" failed: %s\n", qPrintable(text), qPrintable(again.error().message));
    FUZZ_CHECK(again.ok());
    if (*again != address)
        std::fprintf(stderr, "\"%s\" re-parses as %s, not %s\n", qPrintable(text), qPrintable(again->displayName()),
                     qPrintable(address.displayName()));
    FUZZ_CHECK(*again == address);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<DeviceAddress> parsed = DeviceAddress::parse(input);
    if (!parsed) {
        FUZZ_CHECK(!parsed.error().message.isEmpty());
        return 0;
    }
    const DeviceAddress &address = *parsed;
    FUZZ_CHECK(address.isValid());
    FUZZ_CHECK(address.port() >= 1 && address.port() <= 65535);
    FUZZ_CHECK(!address.host().isEmpty());
    FUZZ_CHECK(!address.host().contains(u'['));
    if (!address.isIpv6())
        FUZZ_CHECK(address.host() == address.host().toLower());

    const QUrl url = address.baseUrl();
    FUZZ_CHECK(url.isValid());
    FUZZ_CHECK(url.scheme() == QLatin1String("https"));
    FUZZ_CHECK(url.path().isEmpty());

    checkReparses(address, address.displayName());
    checkReparses(address, url.toString());
    checkReparses(address, QStringLiteral("  ") + input + QStringLiteral("\n"));
    return 0;
}
