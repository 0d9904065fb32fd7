#pragma once

#include <QElapsedTimer>
#include <QList>

#include <optional>

namespace groov::cli {

// Upload speed over the last few seconds, and the time left at that speed.
class TransferMeter
{
public:
    void start();
    void record(qint64 bytesDone);
    double bytesPerSecond() const;
    std::optional<double> secondsLeft(qint64 bytesTotal) const;

private:
    struct Sample
    {
        qint64 ms;
        qint64 bytes;
    };
    QElapsedTimer m_clock;
    QList<Sample> m_samples;
};

} // namespace groov::cli
