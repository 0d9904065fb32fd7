#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <variant>

namespace groov::bench {

// What one soak run is asked to do (groov-soak --help).
struct SoakOptions
{
    Q_DECLARE_TR_FUNCTIONS(SoakOptions)

public:
    // Printed instead of running: --help, or a bad option with its exit code.
    struct Exit
    {
        int code = 0;
        QString text;
    };

    int updates = 200;
    // A single chunk: the client cuts images into 25,000,000-byte chunks (PROTOCOL.md), so small images upload whole.
    qint64 imageSize = 2'000'000;
    // The simulator's time compression. At 400 the silence of both restarts and the restore between them lasts
    // 750 ms: long enough for a 50 ms poll to see it, so every update is told by its restart, not its version alone.
    double speed = 400.0;
    // RSS after this update is the baseline: the first updates fill caches and allocator pools.
    int warmupUpdates = 20;
    // Allowed RSS growth over the second half of the run, from the least-squares line through its samples: about
    // 5 KB per update at the default 200. Anything that keeps an image buffer, a socket or a network manager per
    // update is far above it; smaller leaks are LeakSanitizer's job.
    qint64 maxRssGrowthKb = 512;
    int updateTimeoutMs = 120'000;
    bool json = false;

    [[nodiscard]] static std::variant<SoakOptions, Exit> parse(const QStringList &arguments);
};

} // namespace groov::bench
