#pragma once

#include "FleetPlan.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

class QProcess;

namespace groov {

struct FleetHookResult
{
    bool succeeded = false; // exit code 0, not crashed, not stopped
    int exitCode = -1;      // -1 when the hook did not exit by itself
    bool timedOut = false;
    bool cancelled = false;
    QString output;  // the last MaxOutputBytes of standard output and error together: key removed, controls escaped
    QString message; // one sentence for people, naming the hook and the device
};

// Runs one hook command (docs/fleet.md, "Hooks") for one device of a fleet update, without a shell and without
// blocking: the program gets the GROOV_* variables that describe the update, and the API key only on its standard
// input when the hook asks for it. One hook at a time.
class FleetHookRunner : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype MaxOutputBytes = 16 * 1024;
    static constexpr int DefaultKillGraceMs = 5000;

    struct Context
    {
        QString hookName; // "before" or "after"
        QString deviceName;
        QString deviceAddress;
        QString firmwarePath;
        QString outcome;             // after hooks only: the device's outcome id, such as "succeeded"
        QStringList secretVariables; // environment variables holding API keys: the hook does not inherit them
    };

    explicit FleetHookRunner(QObject *parent = nullptr);
    ~FleetHookRunner() override; // kills a running hook and everything it started; no finished() follows

    // finished() follows exactly once, never from within start(). A start while a hook runs is refused that way.
    void start(const FleetHook &hook, const Context &context, const QString &apiKey);
    // Stops a running hook as its timeout does: SIGTERM, then SIGKILL after the grace. The result says cancelled.
    void cancel();
    bool isRunning() const { return m_process != nullptr; } // from start() until finished()

    // How long a stopped hook may take to end after SIGTERM before it gets SIGKILL.
    void setKillGraceMs(int milliseconds) { m_killGraceMs = milliseconds; }
    int killGraceMs() const { return m_killGraceMs; }

Q_SIGNALS:
    void finished(const groov::FleetHookResult &result);

private:
    void refuse(const QString &message);
    void readOutput();
    void stop();
    void signalHook(int signalNumber);
    void onFinished(int exitCode, bool crashed);
    void onFailedToStart();
    void finish(FleetHookResult result);
    QString outputText() const;

    QProcess *m_process = nullptr; // one per run, so nothing of a finished run reaches the next one
    qint64 m_pid = 0;              // kept past the hook's end: what it left behind may still need stopping
    Context m_context;
    int m_timeoutSeconds = 0;
    QByteArray m_key;
    QByteArray m_output;       // the newest MaxOutputBytes only
    qint64 m_droppedBytes = 0; // output older than m_output, no longer kept
    bool m_stopping = false;
    bool m_timedOut = false;
    bool m_cancelled = false;
    QTimer m_timeout;
    QTimer m_killTimer;
    int m_killGraceMs = DefaultKillGraceMs;
};

} // namespace groov

Q_DECLARE_METATYPE(groov::FleetHookResult)
