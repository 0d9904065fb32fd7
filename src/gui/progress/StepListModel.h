#pragma once

#include "UploadRate.h"

#include "DeviceInfo.h"
#include "UpdateStatus.h"
#include "UpdateTypes.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>

#include <array>
#include <functional>
#include <optional>

namespace groov {
class UpdateController;
}

namespace groov::gui {

// The steps a user lives through during one update, as rows for a view. Fed only by UpdateController's signals;
// knows nothing of widgets. Steps are sequential: a step that starts or ends closes every earlier open step.
// The rows promise nothing the client cannot observe: the device's two restarts and the settings restore between
// them usually look like one silence, so they are one row, which says live what the device's answers show.
class StepListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(double overallFraction READ overallFraction NOTIFY overallFractionChanged)
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)

public:
    enum class Step {
        CheckDevice,
        Prepare,
        Upload,
        Reassemble,
        Unzip,
        Decrypt,
        Decompress,
        BackUpSettings,
        Install,
        FinishAndRestart,
        Restarts, // from the first restart step until the device is back: restarts, settings restore, restart again
        Ready
    };
    Q_ENUM(Step)
    static constexpr int StepCount = static_cast<int>(Step::Ready) + 1;

    // Unverified: over, but what the step should have shown was not seen (the update could not be verified).
    enum class State { Pending, Running, Done, Failed, Skipped, Unverified };
    Q_ENUM(State)

    enum Roles : int {
        StateRole = Qt::UserRole + 1, // State
        ElapsedRole,                  // QString "1:23"; empty before the step starts
        ProgressRole,                 // int 0..1000 for the upload, -1 for steps without a measurable progress
        DetailRole,                   // QString, e.g. "12.5 of 60.0 MB · 8.1 MB/s · ETA 0:05 · chunk 1 of 3"
        StepRole,                     // Step
        StartedRole,                  // QDateTime, invalid before the step starts
        FinishedRole                  // QDateTime, invalid until the step ends
    };
    Q_ENUM(Roles)

    using Clock = std::function<QDateTime()>;

    // What the rows need to know about the run beyond the signals. Read from the attached controller; tests that drive
    // the model by hand answer it themselves.
    struct RunFacts
    {
        groov::RunMode mode = groov::RunMode::Update;
        bool preserveSettings = true;
        bool deviceHasImage = false;
        QString finalMessage; // the engine's last word, once the run has finished
        QString errorMessage; // the failure's, if it failed
    };
    using RunFactsSource = std::function<RunFacts()>;

    explicit StepListModel(QObject *parent = nullptr);

    // Times for elapsed figures and the upload rate; tests inject a clock they move by hand.
    void setClock(Clock clock);
    void setRunFacts(RunFactsSource facts) { m_facts = std::move(facts); }
    void attach(groov::UpdateController *controller);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString stepName(Step step);
    static QString stateName(State state);
    State state(Step step) const { return row(step).state; }
    QModelIndex indexOf(Step step) const { return index(static_cast<int>(step)); }
    // 0..1 over all steps, counting the upload by its bytes: for a window title such as "42% – groov update".
    double overallFraction() const;
    bool isRunning() const;

public Q_SLOTS:
    // The controller's signals. Public so that a test can drive the model without a device.
    void onPhaseChanged(groov::UpdatePhase phase);
    void onPreflightPassed(const groov::DeviceInfo &device);
    void onUploadProgress(qint64 bytesSent, qint64 bytesTotal, int chunkIndex, int chunkCount);
    void onChunkRetry(int chunkIndex, int attempt, int maxAttempts, int delayMs, const QString &reason);
    void onDeviceStagesChanged(const QList<groov::DeviceStage> &stages);
    void onRestartProgress(groov::RestartStep step);
    void onRestartWaiting(groov::RestartStep step, qint64 forMs);
    void onFinished(groov::UpdateOutcome outcome);
    // Running steps' elapsed times (and the restart row's "no answer for") move on with the clock: call this every
    // second or so.
    void refreshElapsed();

Q_SIGNALS:
    void stateChanged(groov::gui::StepListModel::Step step, groov::gui::StepListModel::State state);
    void overallFractionChanged(double fraction);
    void runningChanged(bool running);

private:
    struct Row
    {
        State state = State::Pending;
        QDateTime started;
        QDateTime finished;
        QString detail;
        QString note; // stays whatever the state, after the detail
    };
    struct UploadState
    {
        qint64 sent = 0;
        qint64 total = 0;
        int chunkIndex = 0;
        int chunkCount = 0;
        QString retryNote;
    };
    // Where the device is during its restarts, as last reported; `forMs` from restartWaiting, counted on from `at`.
    struct RestartWait
    {
        std::optional<groov::RestartStep> step;
        std::optional<qint64> forMs;
        QDateTime at;
    };

    Row &row(Step step) { return m_rows[static_cast<std::size_t>(step)]; }
    const Row &row(Step step) const { return m_rows[static_cast<std::size_t>(step)]; }
    static bool isOpen(State state) { return state == State::Pending || state == State::Running; }

    void reset();
    void start(Step step);
    void finish(Step step, State state);
    // Earlier steps still open are over: the device is past them.
    void closeBefore(Step step);
    void setDetail(Step step, const QString &detail);
    void noteRestartStep(groov::RestartStep step, std::optional<qint64> forMs);
    // The device answers again after its restarts (or without them): the restart row is over, Ready runs.
    void deviceIsBack();
    // Every open row ends: running ones in `running`, pending ones Skipped (the first of them with `firstSkipped`).
    void closeAll(State running, const QString &firstSkipped = {});
    RunFacts facts() const;
    QString detailText(Step step) const;
    QString restartDetail() const;
    void notifyRow(Step step, const QList<int> &roles);
    void notifyProgress();
    QString uploadDetail() const;
    QString elapsedText(const Row &row) const;
    QString accessibleText(Step step) const;
    QString failureDetail(groov::UpdateOutcome outcome) const;
    qint64 nowMs() const { return m_clock().toMSecsSinceEpoch(); }

    std::array<Row, StepCount> m_rows;
    Clock m_clock;
    QPointer<groov::UpdateController> m_controller;
    RunFactsSource m_facts;
    UploadState m_upload;
    RestartWait m_restart;
    bool m_sawSilence = false; // the device stopped answering after it had the image: it restarted
    UploadRate m_rate;
    double m_notifiedFraction = 0.0;
    bool m_notifiedRunning = false;
};

} // namespace groov::gui
