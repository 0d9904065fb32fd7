#pragma once

#include "UpdateReport.h"

// One whole update that succeeded, every input and fact known: the report the report and summary tests start from.
namespace groov::test {

inline QString sampleAddress()
{
    return QStringLiteral("epic-01:8443");
}

inline UpdateReport sampleReport()
{
    UpdateReport report;
    report.deviceAddress = sampleAddress();
    report.firmwarePath = QStringLiteral("/tmp/epic.bin");
    report.firmwareSize = 60'000'000;
    report.chunkCount = 3;
    report.firmwareSha256 = QByteArray(64, 'a');
    report.model = QStringLiteral("GRV-EPIC-PR2");
    report.versionBefore = QStringLiteral("3.6.0");
    report.versionAfter = QStringLiteral("4.1.0");
    report.startedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
    report.finishedAt = report.startedAt.addSecs(754);
    report.phases = {{UpdatePhase::Preflight, report.startedAt}, {UpdatePhase::Upload, report.startedAt.addSecs(2)}};
    report.retries = {{1, 2, QStringLiteral("The device answered HTTP 503")}};
    report.restartSteps = {RestartStep::Restarting, RestartStep::Ready};
    report.restartSeen = true;
    report.versionChanged = true;
    report.outcome = UpdateOutcome::Succeeded;
    return report;
}

} // namespace groov::test
