#include "BandwidthBudget.h"

#include <algorithm>
#include <cmath>

namespace groov {

BandwidthBudget::BandwidthBudget(qint64 bytesPerSecond, QObject *parent, Clock clock)
    : QObject(parent)
    , m_bytesPerSecond(std::max<qint64>(1, bytesPerSecond))
    , m_burstBytes(std::max(ReadBytes, m_bytesPerSecond / 10))
    , m_clock(std::move(clock))
{
    if (!m_clock) {
        m_elapsed.start();
        m_clock = [this] {
            return m_elapsed.elapsed();
        };
    }
    // It starts full: the first reads go at once, as they would after any pause.
    m_tokens = double(m_burstBytes);
    m_refilledAtMs = m_clock();
    m_wakeTimer.setSingleShot(true);
    connect(&m_wakeTimer, &QTimer::timeout, this, &BandwidthBudget::wakeReaders);
}

void BandwidthBudget::refill()
{
    const qint64 now = m_clock();
    if (now <= m_refilledAtMs)
        return;
    m_tokens = std::min(double(m_burstBytes), m_tokens + double(now - m_refilledAtMs) * m_bytesPerSecond / 1000.0);
    m_refilledAtMs = now;
}

qint64 BandwidthBudget::take(qint64 wanted)
{
    if (wanted <= 0)
        return 0;
    refill();
    const qint64 granted = std::min(wanted, qint64(m_tokens));
    m_tokens -= double(granted);
    return granted;
}

void BandwidthBudget::wakeWhenAvailable(const QObject *reader, std::function<void()> wake)
{
    const bool already =
        std::any_of(m_waiting.cbegin(), m_waiting.cend(), [reader](const Waiting &w) { return w.reader == reader; });
    if (!already)
        m_waiting.append({reader, std::move(wake)});
    scheduleWake();
}

void BandwidthBudget::forget(const QObject *reader)
{
    m_waiting.removeIf([reader](const Waiting &w) { return w.reader == reader; });
}

void BandwidthBudget::scheduleWake()
{
    if (m_waiting.isEmpty() || m_wakeTimer.isActive())
        return;
    refill();
    // Until one read's worth is there: waking a reader for a few bytes would only cost a round through Qt.
    const double missing = double(std::min(ReadBytes, m_burstBytes)) - m_tokens;
    const qint64 ms = missing <= 0 ? 0 : qint64(std::ceil(missing * 1000.0 / double(m_bytesPerSecond)));
    m_wakeTimer.start(int(std::clamp<qint64>(ms, 1, 60'000)));
}

void BandwidthBudget::wakeReaders()
{
    refill();
    // As many readers as there are reads' worth of bytes, first come first; the rest wait for the next round.
    qint64 rounds = std::max<qint64>(1, qint64(m_tokens) / ReadBytes);
    while (rounds > 0 && !m_waiting.isEmpty()) {
        Waiting next = m_waiting.takeFirst();
        if (!next.reader) // destroyed while it waited
            continue;
        next.wake();
        --rounds;
    }
    scheduleWake();
}

} // namespace groov
