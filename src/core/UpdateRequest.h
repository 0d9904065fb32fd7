#pragma once

#include "ImageFingerprint.h"
#include "ManageApi.h"
#include "Result.h"
#include "TlsTrust.h"
#include "UpdateTypes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace groov {

// Every waiting time of the engine in one place, so tests can compress them.
struct UpdateTimings
{
    int pollIntervalMs = 2'000;
    int deadlineMs = 45 * 60 * 1'000; // device stages and restarts together
    int retryBaseDelayMs = 2'000;     // doubles with every retry of a chunk
    int retryMaxDelayMs = 30'000;
    int maxAttemptsPerChunk = 5;
    int statusFailuresTolerated = 5; // status answers in a row that say nothing (garbage, 5xx) before giving up
    // With settings to be preserved: answering "not commissioned" this long after the restarts means they were lost.
    int restoreWindowMs = 5 * 60 * 1'000;
    // Every stage done but neither a restart nor a new version seen: how long a restart may still come.
    int restartWindowMs = 2 * 60 * 1'000;
    ApiTimeouts api;

    [[nodiscard]] Status validate() const;
};

// A firmware file hashed before the update: a fleet hashes its file once for all its devices.
struct CheckedImage
{
    QByteArray sha256;         // lowercase hex
    ImageFingerprint::Key key; // the key fingerprint was taken under
    QByteArray fingerprint;    // of the very bytes sha256 is of (FirmwareHasher takes both from one read)
};

// What the user asked for. The API key lives here only as long as the update runs.
struct UpdateRequest
{
    Q_DECLARE_TR_FUNCTIONS(UpdateRequest)

public:
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
    // Follow: watch an update already under way to its end (after --no-wait, a lost contact or an interrupted run):
    // no firmware, no prepare, no upload. preserveSettings then says what the update was started with.
    RunMode mode = RunMode::Update;
    // Following: the version the device reported before the update (from that update's report), so that a new one
    // counts as evidence. Empty: the version when following begins is the reference.
    QString versionBefore;
    // Set: the file was hashed already, and the bytes sent are checked against this fingerprint instead of a new one.
    std::optional<CheckedImage> checkedImage;

    // Header values must be visible ASCII; a key with a line break would let a pasted text inject headers.
    [[nodiscard]] static Status validateApiKey(const QString &apiKey);
    // Every check that needs no network, in the order the engine applies them: address, key, timings, factory-reset
    // confirmation, firmware file (the last two only for an update: following sends and erases nothing). Front ends
    // call it to refuse bad input before starting anything.
    [[nodiscard]] Status validate() const;
};

} // namespace groov
