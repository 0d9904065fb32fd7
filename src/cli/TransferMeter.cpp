#include "TransferMeter.h"

namespace groov::cli {

namespace {
// Long enough to smooth TCP bursts, short enough to follow a network that slows down.
constexpr qint64 WindowMs = 5'000;
} // namespace

void TransferMeter::start()
{
    m_clock.start();
    m_samples.clear();
    m_samples.append({0, 0});
}

void TransferMeter::record(qint64 bytesDone)
{
    if (!m_clock.isValid())
        start();
    const qint64 now = m_clock.elapsed();
    m_samples.append({now, bytesDone});
    while (m_samples.size() > 2 && now - m_samples.at(1).ms > WindowMs)
        m_samples.removeFirst();
}

double TransferMeter::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return 0;
    const Sample &first = m_samples.first();
    const Sample &last = m_samples.last();
    const qint64 ms = last.ms - first.ms;
    return ms > 0 ? double(last.bytes - first.bytes) * 1000.0 / double(ms) : 0;
}

std::optional<double> TransferMeter::secondsLeft(qint64 bytesTotal) const
{
    const double rate = bytesPerSecond();
    if (rate <= 0 || m_samples.isEmpty())
        return std::nullopt;
    return double(bytesTotal - m_samples.last().bytes) / rate;
}

} // namespace groov::cli
