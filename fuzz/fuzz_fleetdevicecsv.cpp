// libFuzzer harness: a device list in CSV (FleetDeviceCsv::parse).
#include "FleetDeviceCsv.h"
#include "FuzzCheck.h"
#include "InputRefusal.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

using namespace groov;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray csv(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto devices = FleetDeviceCsv::parse(csv, QStringLiteral("/lists"));
    if (!devices) {
        checkInputRefusal(devices.error());
        return 0;
    }
    FUZZ_CHECK(devices->size() <= FleetPlan::MaxDevices);
    // Every device has a name and an address or a profile, and names tell devices apart, as in a plan.
    QSet<QString> names;
    for (const FleetDevice &device : *devices) {
        FUZZ_CHECK(!device.name.isEmpty());
        FUZZ_CHECK(!device.address.isEmpty() || !device.profile.isEmpty());
        names.insert(device.name.toCaseFolded());
    }
    FUZZ_CHECK(names.size() == devices->size());
    return 0;
}
