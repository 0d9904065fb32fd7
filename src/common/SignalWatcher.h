#pragma once

#include <QObject>

class QSocketNotifier;

namespace groov {

// Turns SIGINT, SIGTERM and SIGHUP (unless ignored, as under nohup) into a Qt signal through a self-pipe: the handler
// only writes a byte, the event loop does the rest. One per process; the signals' earlier handling comes back with
// its end.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    [[nodiscard]] bool isWatching() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace groov
