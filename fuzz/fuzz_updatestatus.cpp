// libFuzzer harness: the stage JSON of GET /manage/api/v1/maintenance/update/status (UpdateStatus::parse).
#include "FuzzCheck.h"
#include "UpdateStatus.h"

#include <cstddef>
#include <cstdint>

using namespace groov;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));
    const UpdateStatus status = UpdateStatus::parse(body);

    // The nine known stages always come first, in protocol order, whatever the body was.
    const QList<DeviceStage> stages = status.stages();
    const QStringList &known = UpdateStatus::knownStageNames();
    FUZZ_CHECK(stages.size() >= known.size());
    for (qsizetype i = 0; i < known.size(); ++i) {
        FUZZ_CHECK(stages.at(i).name == known.at(i));
        FUZZ_CHECK(status.stage(known.at(i)).has_value());
    }
    if (!status.isValid()) {
        FUZZ_CHECK(stages.size() == known.size());
        FUZZ_CHECK(!status.problem().isEmpty());
        // Only a brief excerpt of the body goes into the message.
        FUZZ_CHECK(status.problem().size() < 400);
        FUZZ_CHECK(!status.active().has_value());
        FUZZ_CHECK(!status.firstError().has_value());
    }
    // Extra stages are named once each.
    for (qsizetype i = known.size(); i < stages.size(); ++i) {
        FUZZ_CHECK(!known.contains(stages.at(i).name));
        for (qsizetype j = i + 1; j < stages.size(); ++j)
            FUZZ_CHECK(stages.at(i).name != stages.at(j).name);
    }
    if (const auto error = status.firstError())
        FUZZ_CHECK(error->state == StageState::Error && status.hasStarted(error->name));

    // Parsing is deterministic, and the same answer twice reports no change.
    FUZZ_CHECK(UpdateStatus::parse(body) == status);
    FUZZ_CHECK(changedStages(stages, stages).isEmpty());
    FUZZ_CHECK(changedStages({}, stages).size() == stages.size());
    for (const DeviceStage &stage : stages) {
        FUZZ_CHECK(!stageStateName(stage.state).isEmpty());
        FUZZ_CHECK(!stageStateDisplayName(stage.state).isEmpty());
    }
    return 0;
}
