#pragma once

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace groov::test {

// The JSON events of docs/cli.md ("JSON events"), written down once from the document: which fields each event type
// carries and their JSON types. Every check returns the problems found, empty when the input follows the document.
namespace CliJsonSchema {

QStringList eventTypes();
QStringList phaseIds();        // preflight, prepare, upload, deviceStages, restarts, verify, finished
QStringList restartSteps();    // waitingForRestart, restarting, restoringSettings, restartingAgain, ready
QStringList stepIds();         // checkDevice, prepare, upload, the device's stages, restarts, ready
QStringList stepStates();      // pending, running, done, failed, skipped, unverified
QStringList outcomes();        // succeeded, notVerified, needsCommissioning, stillUpdating, failed, timedOut, cancelled
QStringList successOutcomes(); // those with exit code 0

// One event line.
QStringList checkEvent(const QJsonObject &event);
// result.report (when not null).
QStringList checkReport(const QJsonObject &report);
// A whole run's stdout: every line an event, times in order, exactly one result and it is the last line, carrying
// the process's exit code.
QStringList checkStream(const QList<QJsonObject> &events, const QStringList &badLines, int processExitCode);

bool isLowerHexSha256(const QString &text);

} // namespace CliJsonSchema

} // namespace groov::test
