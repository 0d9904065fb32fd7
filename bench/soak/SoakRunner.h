#pragma once

#include "SoakOptions.h"
#include "SoakStats.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace groov {
class UpdateController;
namespace sim {
class SimulatedDevice;
}
} // namespace groov

namespace groov::bench {

// Runs the soak: complete updates back to back, each with a fresh simulated device and a fresh UpdateController (as a
// fleet tool would), sampling RSS and open descriptors after each one is torn down.
class SoakRunner : public QObject
{
    Q_OBJECT
public:
    enum class Verdict { Flat = 0, UpdateFailed = 1, Growing = 3 };
    Q_ENUM(Verdict)

    // table receives the running table and the summary text (stdout, or stderr when the summary goes out as JSON).
    SoakRunner(SoakOptions options, bool sanitized, std::FILE *table, QObject *parent = nullptr);
    ~SoakRunner() override;

    void start();

Q_SIGNALS:
    void finished(groov::bench::SoakRunner::Verdict verdict);

private:
    void startUpdate();
    void onUpdateFinished();
    void onUpdateTimeout();
    // Checks the update's outcome against the device's own view; an empty string means it is good.
    QString verifyUpdate() const;
    void tearDown();
    void sampleAndContinue();
    void stop(Verdict verdict, const QString &error = {});
    void print(const QString &text) const;

    SoakOptions m_options;
    bool m_sanitized;
    std::FILE *m_table;
    SoakStats m_stats;
    QTemporaryDir m_dir;
    QTimer m_timeout;
    QElapsedTimer m_clock;

    int m_update = 0;
    QString m_firmwarePath;
    qint64 m_updateMs = 0;
    bool m_restartSeen = false;
    std::unique_ptr<sim::SimulatedDevice> m_device;
    std::unique_ptr<UpdateController> m_controller;
};

} // namespace groov::bench
