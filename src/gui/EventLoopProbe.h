#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace groov::gui {

// Measures how responsive the event loop stays: a timer that should fire every few milliseconds notes the longest
// gap between two of its ticks beyond its own interval. For benchmarks only (groov-bench-gui, bench/gui.sh): the
// product never starts one.
class EventLoopProbe : public QObject
{
    Q_OBJECT
public:
    explicit EventLoopProbe(QObject *parent = nullptr);

    void start();
    void stop();
    // The longest the loop was kept from the timer, in ms, since start().
    qint64 longestStallMs() const { return m_longestStallMs; }

    static constexpr int IntervalMs = 5;

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_sinceLastTick;
    qint64 m_longestStallMs = 0;
};

} // namespace groov::gui
