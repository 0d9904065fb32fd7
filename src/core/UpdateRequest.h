#pragma once

#include "ManageApi.h"
#include "Result.h"
#include "TlsTrust.h"

#include <QString>

namespace groov {

// Every waiting time of the engine in one place, so tests can compress them.
struct UpdateTimings
{
    int pollIntervalMs = 2'000;
    int deadlineMs = 45 * 60 * 1'000; // device stages and restarts together
    int retryBaseDelayMs = 2'000;     // doubles with every retry of a chunk
    int retryMaxDelayMs = 30'000;
    int maxAttemptsPerChunk = 5;
    int statusFailuresTolerated = 5;           // unanswered status polls before install has begun
    int secondRestartGraceMs = 5 * 60 * 1'000; // up and commissioned this long: no second restart is coming
    ApiTimeouts api;

    [[nodiscard]] Status validate() const;
};

// What the user asked for. The API key lives here only as long as the update runs.
struct UpdateRequest
{
    QString address;
    QString apiKey;
    QString firmwarePath;
    bool preserveSettings = true;
    // Turning preserveSettings off erases the device; it must be confirmed explicitly.
    bool factoryResetConfirmed = false;
    TlsTrust trust;
    UpdateTimings timings;
    bool dryRun = false;       // pre-flight only: nothing is uploaded
    bool waitForDevice = true; // false: stop once the device has accepted the whole image

    // Header values must be visible ASCII; a key with a line break would let a pasted text inject headers.
    [[nodiscard]] static Status validateApiKey(const QString &apiKey);
    // Every check that needs no network, in the order the engine applies them: address, key, timings, factory-reset
    // confirmation, firmware file. Front ends call it to refuse bad input before starting anything.
    [[nodiscard]] Status validate() const;
};

} // namespace groov
