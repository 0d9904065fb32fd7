#pragma once

#include <QObject>
#include <QStringList>

namespace groov::sim {
class SimulatedDevice;
}

namespace groov::sim::test {

// What a simulated device announced about its restarts and its server, in order: "down", "began 1", "ended 1",
// "began 2", "ended 2", "listening". Tests assert on this order, never on the time between.
class DeviceEventLog : public QObject
{
    Q_OBJECT
public:
    explicit DeviceEventLog(SimulatedDevice &device, QObject *parent = nullptr);

    [[nodiscard]] QStringList events() const { return m_events; }
    // A test's own mark among the device's events.
    void mark(const QString &event) { m_events << event; }

private:
    QStringList m_events;
};

} // namespace groov::sim::test
