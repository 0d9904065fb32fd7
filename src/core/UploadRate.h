#pragma once

#include <QList>
#include <QtGlobal>

#include <optional>

namespace groov {

// Upload speed over a sliding window of the last few seconds, and the time left at that speed. Time comes from
// the caller, so a test can feed it any clock.
class UploadRate
{
public:
    explicit UploadRate(qint64 windowMs = 5'000) : m_windowMs(windowMs) {}

    void reset() { m_samples.clear(); }
    void add(qint64 atMs, qint64 bytesDone);
    // Unknown until the window spans long enough for the figure to mean something.
    std::optional<double> bytesPerSecond() const;
    std::optional<qint64> msecsLeft(qint64 bytesRemaining) const;

private:
    struct Sample
    {
        qint64 ms;
        qint64 bytes;
    };
    static constexpr qint64 MinimumSpanMs = 250;
    qint64 m_windowMs;
    QList<Sample> m_samples;
};

} // namespace groov
