#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace groov::sim {

// One injected misbehaviour of the device. Spec syntax (also for --fault):
//   reset-chunk=N[xK]  503-chunk=N[xK]  stall-chunk=N[xK]  lose-answer=N[xK]   (K times, default 1)
//   status=CODE@ENDPOINT[xK]   ENDPOINT: info, prepare, status, apply (any chunk) or chunkN
//   stall=ENDPOINT[xK]         ENDPOINT: info, prepare, status or commission
//   stage-error=CODE@STAGE     restart-down=MILLISECONDS  restore-visible
//   garbage-status[=K]  never-return  slow-upload=BYTES_PER_SECOND  unauthorized  forget-settings
//   echo-key  huge-header=BYTES  trickle=MILLISECONDS  no-restart
struct SimFault
{
    enum class Kind {
        ResetChunk,
        Status503Chunk,
        StallChunk,
        LoseAnswer,
        Status,
        StageError,
        RestartDown,
        GarbageStatus,
        NeverReturn,
        SlowUpload,
        Unauthorized,
        Stall,          // a request to one endpoint is read and never answered
        RestoreVisible, // the web server runs between the two restarts (not the documented behaviour)
        ForgetSettings, // back from the update uncommissioned although settings were to be kept (same certificate)
        EchoKey,        // every text the device sends (messages, version, stage errors, reason phrases) quotes the key
        HugeHeader,     // every answer's head is padded to this many bytes
        Trickle,        // every answer is written one byte at a time, one every this many milliseconds
        NoRestart       // the device goes through its restart phases without ever stopping its web server
    };

    // For faults that may last the device's whole life (garbage-status without a count).
    static constexpr int kAlways = -1;

    Kind kind = Kind::ResetChunk;
    int chunk = -1; // also the chunk of status=CODE@chunkN
    int times = 1;
    qint64 bytesPerSecond = 0;
    int code = 0;       // status: the HTTP status; stage-error: the device's errorCode
    QString target;     // status: info, prepare, status or apply; stall: also commission; stage-error: a stage
    int durationMs = 0; // restart-down; trickle: the pause between two bytes
    qint64 bytes = 0;   // huge-header

    [[nodiscard]] static std::optional<SimFault> parse(const QString &spec, QString *error);
    // Every spec's syntax, for error messages and --help.
    [[nodiscard]] static QString syntax();
    // The spec that parse() accepts for this fault.
    [[nodiscard]] QString toSpec() const;
    // Aimed at one chunk number and used up chunk by chunk (reset, 503, stall, lose-answer).
    [[nodiscard]] bool isChunkFault() const;
};

} // namespace groov::sim
