// groov-restart-latency: for every restart model, the time from the simulated device being up for good to the
// engine's end, over several runs, against the bound "one poll interval plus 1 s" (bench/README.md).
#include "LatencyProbe.h"
#include "RestartModel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace groov;
using namespace groov::bench;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RestartLatency", text);
}

// A whole number in [min, max], or nullopt.
std::optional<int> boundedNumber(const QString &text, int min, int max)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= min && value <= max ? std::optional<int>(value) : std::nullopt;
}

void print(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("groov.*=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Latency from 'device up' to the engine's end, per restart model."));
    parser.addHelpOption();
    const QCommandLineOption runs(QStringLiteral("runs"), tr("Runs per model, 1 to 100 (default 5)."),
                                  QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption poll(QStringLiteral("poll-interval"),
                                  tr("The engine's poll interval in ms, 50 to 60000 (default 2000, as the CLI's)."),
                                  QStringLiteral("MS"), QStringLiteral("2000"));
    parser.addOptions({runs, poll});
    parser.process(app);
    const std::optional<int> runCount = boundedNumber(parser.value(runs), 1, 100);
    const std::optional<int> pollMs = boundedNumber(parser.value(poll), 50, 60'000);
    if (!runCount || !pollMs) {
        std::fputs(
            qPrintable(tr("--runs takes 1 to 100 and --poll-interval 50 to 60000 milliseconds.") + QLatin1Char('\n')),
            stderr);
        return 2;
    }
    const qint64 boundMs = *pollMs + 1'000;

    print(tr("poll interval %1 ms, bound %2 ms, %3 runs per model").arg(*pollMs).arg(boundMs).arg(*runCount));
    print(QStringLiteral("%1 %2 %3 %4 %5  %6")
              .arg(tr("model"), -16)
              .arg(tr("outcome"), -20)
              .arg(tr("min ms"), 8)
              .arg(tr("median"), 8)
              .arg(tr("max ms"), 8)
              .arg(tr("verdict")));
    LatencyProbe probe(*pollMs);
    bool allWithin = true;
    for (const RestartModel &model : RestartModel::all()) {
        QList<qint64> latencies;
        QString problem;
        for (int i = 0; i < *runCount && problem.isEmpty(); ++i) {
            const LatencyProbe::Result result = probe.run(model);
            problem = result.problem;
            latencies.append(result.latencyMs);
        }
        if (!problem.isEmpty()) {
            print(tr("%1 FAILED: %2").arg(model.name, -16).arg(problem));
            allWithin = false;
            continue;
        }
        std::sort(latencies.begin(), latencies.end());
        const bool within = latencies.last() <= boundMs;
        allWithin = allWithin && within;
        print(QStringLiteral("%1 %2 %3 %4 %5  %6")
                  .arg(model.name, -16)
                  .arg(outcomeId(model.expected), -20)
                  .arg(latencies.first(), 8)
                  .arg(latencies.at(latencies.size() / 2), 8)
                  .arg(latencies.last(), 8)
                  .arg(within ? tr("within") : tr("OVER")));
    }
    return allWithin ? 0 : 1;
}
