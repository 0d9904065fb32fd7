#include "UploadRate.h"

#include <algorithm>
#include <cmath>

namespace groov {

void UploadRate::add(qint64 atMs, qint64 bytesDone)
{
    // A retried chunk starts again from its offset: the figure restarts rather than going negative.
    if (!m_samples.isEmpty() && (bytesDone < m_samples.constLast().bytes || atMs < m_samples.constLast().ms))
        m_samples.clear();
    m_samples.append({atMs, bytesDone});
    // Keep one sample older than the window so the window is always fully covered.
    while (m_samples.size() > 2 && atMs - m_samples.at(1).ms >= m_windowMs)
        m_samples.removeFirst();
}

std::optional<double> UploadRate::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return std::nullopt;
    const Sample &first = m_samples.constFirst();
    const Sample &last = m_samples.constLast();
    const qint64 spanMs = last.ms - first.ms;
    if (spanMs < MinimumSpanMs)
        return std::nullopt;
    return static_cast<double>(last.bytes - first.bytes) * 1000.0 / static_cast<double>(spanMs);
}

std::optional<qint64> UploadRate::msecsLeft(qint64 bytesRemaining) const
{
    const auto rate = bytesPerSecond();
    if (!rate || *rate <= 0.0)
        return std::nullopt;
    return static_cast<qint64>(std::ceil(static_cast<double>(std::max<qint64>(0, bytesRemaining)) / *rate)) * 1000;
}

} // namespace groov
