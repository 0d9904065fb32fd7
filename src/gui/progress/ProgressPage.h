#pragma once

#include "StepListModel.h"

#include "Prompts.h"
#include "UpdateTypes.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
#include <QWizardPage>

#include <functional>
#include <memory>

class QMessageBox;

namespace Ui {
class ProgressPage;
}

namespace groov {
class UpdateController;
}

namespace groov::gui {

class StepAnnouncer;
class StepDelegate;
class StepSpinner;

// The wizard page that shows an update while it runs: the steps, a heartbeat, the log and Cancel. A view of
// UpdateController's signals only; what Cancel does is the controller's business.
class ProgressPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ProgressPage(QWidget *parent = nullptr);
    ~ProgressPage() override;

    void attach(groov::UpdateController *controller);
    // Complete once the update has finished, whatever its outcome.
    bool isComplete() const override;

    StepListModel *model() const { return m_model; }
    // One clock for the heartbeat and the steps' times; tests move it by hand.
    void setClock(StepListModel::Clock clock);
    // "42% – groov update" while running, then the outcome; the page also puts it on its window.
    QString windowTitleText() const { return m_windowTitle; }
    // For closing the window: true when no update runs any more (none did, or it ended), so the window may close now.
    // Otherwise asks the same question as Cancel, without blocking, and returns false; `stopped` is called once the
    // user chose to stop and the update was cancelled.
    [[nodiscard]] bool stopBeforeClosing(const std::function<void()> &stopped);

public Q_SLOTS:
    // Asks for confirmation (stating exactly what happens to the device), then cancels. Does not block: the question
    // follows the update while it is open.
    void requestCancel();

Q_SIGNALS:
    void windowTitleTextChanged(const QString &title);

private:
    void onPhaseChanged(groov::UpdatePhase phase);
    void onHeard(const QDateTime &when);
    void onFinished(groov::UpdateOutcome outcome);
    void tick();
    void updateHeartbeat();
    // The whole update at a glance: how long it may still take, beside the overall bar.
    void updateTimeLeft();
    void appendLog(const QString &message, bool isWarning);
    void updateLogToggle();
    // The one question before an update is stopped, whichever way the user asked.
    Prompts::Confirmation stopQuestion() const;
    // Asks it, window-modal, unless it is open already (then raised: one answer, not two); cancels and calls `stopped`
    // if the user chooses to stop.
    void askToStop(const std::function<void()> &stopped);
    void setWindowTitleText(const QString &title);

    std::unique_ptr<Ui::ProgressPage> m_ui;
    StepListModel *m_model;
    StepDelegate *m_delegate;
    StepSpinner *m_spinner;
    StepAnnouncer *m_announcer;
    QPointer<groov::UpdateController> m_controller;
    StepListModel::Clock m_clock;
    QTimer m_ticker; // once a second while the update runs: heartbeat and elapsed times
    QDateTime m_lastHeard;
    bool m_finished = false;
    int m_warnings = 0;
    QPointer<QMessageBox> m_cancelBox;
    QString m_windowTitle;
    QString m_updateTitle; // the form's title and subtitle, for an update; a follow run has its own
    QString m_updateSubTitle;
};

} // namespace groov::gui
