#pragma once

#include "SimFault.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace groov::sim {

// Everything a simulated device is started with.
struct SimConfig
{
    QString model = QStringLiteral("GRV-EPIC-PR2"); // GRV-EPIC-* => epic family, GRV-R7-* => rio family
    QString firmwareVersion = QStringLiteral("3.6.0-b.105");
    QString apiKey; // empty => random (32 alphanumeric chars)
    QHostAddress bind = QHostAddress::LocalHost;
    quint16 port = 8443; // 0 => pick a free port (then the SAME port is reused after each restart)
    double speed = 30.0; // divides the real timings; 30 makes a whole update take ~30 s
    QString stateDir;    // empty => fresh certificate each start
    QList<SimFault> faults;
    // The chunk size the device insists on. groov Manage's page uses 25,000,000; tests may shrink it to stay fast.
    qint64 chunkSize = 25'000'000;

    // "epic", "rio", or empty for a part the simulator does not know (then every image fails to decrypt).
    [[nodiscard]] static QString familyOf(const QString &model);
};

} // namespace groov::sim
