#include "DeviceEventLog.h"

#include "SimulatedDevice.h"

namespace groov::sim::test {

DeviceEventLog::DeviceEventLog(SimulatedDevice &device, QObject *parent) : QObject(parent)
{
    connect(&device, &SimulatedDevice::restartBegan, this,
            [this](int number) { mark(QStringLiteral("began %1").arg(number)); });
    connect(&device, &SimulatedDevice::restartEnded, this,
            [this](int number) { mark(QStringLiteral("ended %1").arg(number)); });
    connect(&device, &SimulatedDevice::listeningChanged, this,
            [this](bool listening) { mark(listening ? QStringLiteral("listening") : QStringLiteral("down")); });
}

} // namespace groov::sim::test
