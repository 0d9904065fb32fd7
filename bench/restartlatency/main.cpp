// groov-restart-latency: for every restart model, the time from the simulated device being up for good to the
// engine's end, over several runs, against the bound "one poll interval plus 1 s" (bench/README.md).
#include "LatencyProbe.h"
#include "RestartModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>

using namespace groov;
using namespace groov::bench;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("groov.*=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Latency from 'device up' to the engine's end, per restart model."));
    parser.addHelpOption();
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Runs per model (default 5)."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption poll(QStringLiteral("poll-interval"),
                                  QStringLiteral("The engine's poll interval in ms (default 2000, as the CLI's)."),
                                  QStringLiteral("MS"), QStringLiteral("2000"));
    parser.addOptions({runs, poll});
    parser.process(app);
    const int runCount = std::max(1, parser.value(runs).toInt());
    const int pollMs = std::max(1, parser.value(poll).toInt());
    const qint64 boundMs = pollMs + 1'000;

    std::printf("poll interval %d ms, bound %lld ms, %d runs per model\n", pollMs, static_cast<long long>(boundMs),
                runCount);
    std::printf("%-16s %-20s %8s %8s %8s  %s\n", "model", "outcome", "min ms", "median", "max ms", "verdict");
    LatencyProbe probe(pollMs);
    bool allWithin = true;
    for (const RestartModel &model : RestartModel::all()) {
        QList<qint64> latencies;
        QString problem;
        for (int i = 0; i < runCount && problem.isEmpty(); ++i) {
            const LatencyProbe::Result result = probe.run(model);
            problem = result.problem;
            latencies.append(result.latencyMs);
        }
        if (!problem.isEmpty()) {
            std::printf("%-16s FAILED: %s\n", qPrintable(model.name), qPrintable(problem));
            allWithin = false;
            continue;
        }
        std::sort(latencies.begin(), latencies.end());
        const bool within = latencies.last() <= boundMs;
        allWithin = allWithin && within;
        std::printf("%-16s %-20s %8lld %8lld %8lld  %s\n", qPrintable(model.name),
                    qPrintable(outcomeId(model.expected)), static_cast<long long>(latencies.first()),
                    static_cast<long long>(latencies.at(latencies.size() / 2)),
                    static_cast<long long>(latencies.last()), within ? "within" : "OVER");
    }
    return allWithin ? 0 : 1;
}
