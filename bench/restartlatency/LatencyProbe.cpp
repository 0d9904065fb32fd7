#include "LatencyProbe.h"

#include "SimHarness.h"
#include "SimulatedDevice.h"

#include <QCoreApplication>

namespace groov::bench {

LatencyProbe::LatencyProbe(int pollIntervalMs, QObject *parent) : QObject(parent), m_pollIntervalMs(pollIntervalMs) {}

LatencyProbe::Result LatencyProbe::run(const RestartModel &model)
{
    test::SimHarness sim(QStringLiteral("GRV-EPIC-PR2"), model.speed);
    for (const QString &fault : model.faults)
        sim.addFault(fault);
    UpdateRequest request = sim.request(sim.makeFirmware(QStringLiteral("epic"), 200'000));
    // The engine's own timings, but for the poll interval under test: no compressed windows that could hide a wait.
    request.timings = UpdateTimings();
    request.timings.pollIntervalMs = m_pollIntervalMs;
    if (model.stallPolls)
        request.timings.api.pollMs = 10 * 60'000;
    request.preserveSettings = model.preserveSettings;
    request.factoryResetConfirmed = !model.preserveSettings;

    QElapsedTimer clock;
    clock.start();
    qint64 upAtMs = -1;
    qint64 finishedAtMs = -1;
    test::UpdateRun run;
    connect(&sim.device(), &sim::SimulatedDevice::listeningChanged, this, [&](bool listening) {
        if (listening)
            upAtMs = clock.elapsed();
    });
    connect(&run.controller, &UpdateController::finished, this, [&] { finishedAtMs = clock.elapsed(); });

    Result result;
    result.outcome = run.run(request, 10 * 60'000);
    if (result.outcome != model.expected)
        result.problem =
            QStringLiteral("ended %1, expected %2: %3")
                .arg(outcomeId(result.outcome), outcomeId(model.expected), run.controller.report().finalMessage);
    else if (upAtMs < 0)
        result.problem = QCoreApplication::translate("RestartLatency", "the simulator never came back");
    else
        result.latencyMs = finishedAtMs - upAtMs;
    return result;
}

} // namespace groov::bench
