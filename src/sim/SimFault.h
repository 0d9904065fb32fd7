#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace groov::sim {

// One injected misbehaviour of the device. Spec syntax (also for --fault):
//   reset-chunk=N[xK]  503-chunk=N[xK]  stall-chunk=N[xK]   (K times, default 1)
//   garbage-status  never-return  slow-upload=BYTES_PER_SECOND  unauthorized
struct SimFault
{
    enum class Kind { ResetChunk, Status503Chunk, StallChunk, GarbageStatus, NeverReturn, SlowUpload, Unauthorized };

    Kind kind = Kind::ResetChunk;
    int chunk = -1;
    int times = 1;
    qint64 bytesPerSecond = 0;

    [[nodiscard]] static std::optional<SimFault> parse(const QString &spec, QString *error);
    // The spec that parse() accepts for this fault.
    [[nodiscard]] QString toSpec() const;
    [[nodiscard]] bool isChunkFault() const;
};

} // namespace groov::sim
