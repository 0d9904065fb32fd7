#include "EventLoopProbe.h"

#include <algorithm>

namespace groov::gui {

EventLoopProbe::EventLoopProbe(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(IntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% late on purpose: that is no stall
    connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::tick);
}

void EventLoopProbe::start()
{
    m_longestStallMs = 0;
    m_sinceLastTick.start();
    m_timer.start();
}

void EventLoopProbe::stop()
{
    m_timer.stop();
}

void EventLoopProbe::tick()
{
    const qint64 gap = m_sinceLastTick.restart();
    m_longestStallMs = std::max(m_longestStallMs, gap - IntervalMs);
}

} // namespace groov::gui
