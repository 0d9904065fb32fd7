#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace groov {

// Caps the bytes per second that all the uploads of a run read together (a fleet's maxUploadMBps), so a busy
// production network keeps room for its own traffic. A token bucket: it fills at the cap and holds at most a tenth
// of a second's worth (at least one read's worth), so the cap holds over short spans too, not only on average.
// A reader that gets nothing asks to be woken; readers are woken in the order they asked, as bytes come back.
class BandwidthBudget : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>; // monotonic milliseconds; tests pass their own

    // The largest read Qt's upload asks for at once; one wake-up is worth this much.
    static constexpr qint64 ReadBytes = 16 * 1024;

    explicit BandwidthBudget(qint64 bytesPerSecond, QObject *parent = nullptr, Clock clock = {});

    qint64 bytesPerSecond() const { return m_bytesPerSecond; }
    // The most bytes granted without waiting, after a pause: what the cap allows beyond rate x time.
    qint64 burstBytes() const { return m_burstBytes; }

    // Up to wanted bytes that may be read now; 0 when the budget is spent for the moment.
    qint64 take(qint64 wanted);
    // wake() runs from the event loop once there are bytes again; the reader then takes them (or, when another was
    // quicker, asks again). Asking again while waiting changes nothing.
    void wakeWhenAvailable(const QObject *reader, std::function<void()> wake);
    void forget(const QObject *reader);
    int waiting() const { return int(m_waiting.size()); }

private:
    struct Waiting
    {
        QPointer<const QObject> reader;
        std::function<void()> wake;
    };

    void refill();
    void scheduleWake();
    void wakeReaders();

    qint64 m_bytesPerSecond;
    qint64 m_burstBytes;
    Clock m_clock;
    QElapsedTimer m_elapsed; // the clock when none is given
    double m_tokens;
    qint64 m_refilledAtMs;
    QList<Waiting> m_waiting;
    QTimer m_wakeTimer;
};

} // namespace groov
