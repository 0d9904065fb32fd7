#pragma once

#include "CliOptions.h"
#include "ConsoleOutput.h"
#include "FleetLiveBlock.h"
#include "FleetRun.h"
#include "JsonEventWriter.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

namespace groov::cli {

// Tells a person what a fleet run is doing, on standard error: on a terminal, one live line per device, redrawn in
// place, with log lines above them; otherwise a line whenever a device changes state or step. The table at the end.
class FleetHumanReporter : public QObject
{
    Q_OBJECT

public:
    FleetHumanReporter(FleetRun &run, CliOptions::Verbosity verbosity, ConsoleOutput &console);

    void warning(const QString &message);
    // The final table, the run's message and where the reports are.
    void summary(const QStringList &reportFiles);

private:
    void onDeviceChanged(int index);
    void onDeviceLog(int index, const QString &message);
    void line(const QString &text, bool always = false);
    QString deviceLine(int index) const;
    void redrawBlock();
    void clearBlock();
    QString stamp() const;

    FleetRun &m_run;
    CliOptions::Verbosity m_verbosity;
    ConsoleOutput &m_console;
    bool m_live;
    int m_nameWidth = 4;
    QElapsedTimer m_clock;
    QList<QString> m_told; // each device's state and step as last told, in plain mode
    QTimer m_redraw;
    int m_blockLines = 0; // the live block's lines on screen now
};

// The run as JSON events on standard output: a device's state and step changes, logs, waves, and the result, each
// with a "device" field where it is about one device.
class FleetJsonWriter : public QObject
{
    Q_OBJECT

public:
    FleetJsonWriter(FleetRun &run, ConsoleOutput &console);

    void writeLog(const QString &level, const QString &message);
    void writeResult(int exitCode, const QString &message, const QJsonObject &report);

private:
    void onDeviceChanged(int index);
    void writeDeviceLog(int index, const QString &level, const QString &message);

    FleetRun &m_run;
    JsonEventWriter m_events;
    QList<QString> m_told;
};

} // namespace groov::cli
