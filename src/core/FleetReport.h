#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace groov {

class FleetRun;

// What a fleet run did, for programs and change records: one JSON document, a CSV table with a row per device (for a
// spreadsheet), and one history line per device update. Holds no API key: it is built from the run's statuses and
// reports, which have no field that could take one.
class FleetReport
{
    Q_DECLARE_TR_FUNCTIONS(FleetReport)

public:
    FleetReport(const FleetRun &run, const QString &planPath, const QDateTime &startedAt);

    QJsonObject toJson() const;
    QByteArray toCsv() const;
    // One JSON line per device whose update ran, for the local history (DeviceHistory).
    QList<QByteArray> historyLines() const;

    // A CSV field: quoted when it must be, and a text a spreadsheet would take for a formula (=, +, -, @ first) made
    // plain text: a device's model or message is untrusted.
    static QString csvField(const QString &text);
    // Where the CSV goes beside a JSON report: the same name, .csv for .json.
    static QString csvPathFor(const QString &jsonPath);
    // Writes a report file whole or not at all, readable by its owner only. Bytes in, no run: for any thread.
    [[nodiscard]] static Status writeFile(const QString &path, const QByteArray &contents);

private:
    QJsonObject deviceJson(int index) const;

    const FleetRun &m_run;
    QString m_planPath;
    QDateTime m_startedAt;
    QDateTime m_finishedAt;
};

} // namespace groov
