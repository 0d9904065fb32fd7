// libFuzzer harness: a fleet plan file's JSON (FleetPlan::parse).
#include "FleetPlan.h"
#include "FuzzCheck.h"
#include "InputRefusal.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

using namespace groov;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto plan = FleetPlan::parse(json, QStringLiteral("/plans"));
    if (!plan) {
        checkInputRefusal(plan.error());
        return 0;
    }
    const int count = int(plan->devices.size());
    FUZZ_CHECK(count >= 1 && count <= FleetPlan::MaxDevices);
    FUZZ_CHECK(plan->concurrency >= 1);
    FUZZ_CHECK(plan->failureLimit() >= 1);
    FUZZ_CHECK(plan->firmwarePath.startsWith(QLatin1Char('/')));
    // Every device is in exactly one wave, in the plan's order, and no wave is empty.
    int next = 0;
    for (const QList<int> &wave : plan->waves()) {
        FUZZ_CHECK(!wave.isEmpty());
        for (const int index : wave)
            FUZZ_CHECK(index == next++);
    }
    FUZZ_CHECK(next == count);
    // Names tell devices apart.
    QSet<QString> names;
    for (const FleetDevice &device : plan->devices) {
        FUZZ_CHECK(!device.name.isEmpty());
        names.insert(device.name.toCaseFolded());
    }
    FUZZ_CHECK(names.size() == count);
    return 0;
}
