#include "ProgressPage.h"

#include "ProgressText.h"
#include "StepAnnouncer.h"
#include "StepDelegate.h"
#include "StepSpinner.h"
#include "ui_ProgressPage.h"

#include "UpdateController.h"
#include "UpdateSummary.h"

#include <QMessageBox>
#include <QPushButton>

namespace groov::gui {

ProgressPage::ProgressPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ProgressPage>())
    , m_model(new StepListModel(this))
    , m_delegate(new StepDelegate(this))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_ui->setupUi(this);
    m_updateTitle = title();
    m_updateSubTitle = subTitle();
    m_ui->stepList->setModel(m_model);
    m_ui->stepList->setItemDelegate(m_delegate);
    m_spinner = new StepSpinner(m_ui->stepList, m_delegate, m_model);
    m_announcer = new StepAnnouncer(m_model, m_ui->stageLabel);

    // Rows grow a detail line or a progress bar as steps start: lay them out again when a whole row changed.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(Qt::SizeHintRole))
                    m_ui->stepList->doItemsLayout();
            });
    // Keep the step that is happening, or that failed, in sight.
    connect(m_model, &StepListModel::stateChanged, this, [this](StepListModel::Step step, StepListModel::State state) {
        if (state == StepListModel::State::Running || state == StepListModel::State::Failed)
            m_ui->stepList->scrollTo(m_model->indexOf(step));
    });
    connect(m_model, &StepListModel::overallFractionChanged, this, [this](double fraction) {
        m_ui->overallBar->setValue(qRound(fraction * 1000));
        m_ui->overallBar->setFormat(tr("%1%").arg(qRound(fraction * 100)));
        if (!m_finished)
            setWindowTitleText(tr("%1% – groov update").arg(qRound(fraction * 100)));
        updateTimeLeft();
    });

    connect(m_ui->logToggle, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->logView->setVisible(shown);
        updateLogToggle();
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ProgressPage::requestCancel);
    m_ticker.setInterval(1'000);
    connect(&m_ticker, &QTimer::timeout, this, &ProgressPage::tick);
    m_ui->cancelButton->setEnabled(false);
    updateLogToggle();
}

ProgressPage::~ProgressPage() = default;

void ProgressPage::attach(UpdateController *controller)
{
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = controller;
    m_model->attach(controller);
    if (!controller)
        return;
    connect(controller, &UpdateController::phaseChanged, this, &ProgressPage::onPhaseChanged);
    connect(controller, &UpdateController::heardFromDevice, this, &ProgressPage::onHeard);
    // The restart row's "no answer for" moves with every poll: the heartbeat keeps pace, so the two agree.
    connect(controller, &UpdateController::restartWaiting, this, &ProgressPage::updateHeartbeat);
    connect(controller, &UpdateController::logMessage, this, [this](const QString &line) { appendLog(line, false); });
    connect(controller, &UpdateController::warning, this, [this](const QString &line) { appendLog(line, true); });
    connect(controller, &UpdateController::finished, this, &ProgressPage::onFinished);
    if (controller->isRunning())
        onPhaseChanged(UpdatePhase::Preflight);
}

bool ProgressPage::isComplete() const
{
    return m_finished;
}

void ProgressPage::setClock(StepListModel::Clock clock)
{
    m_clock = clock;
    m_model->setClock(std::move(clock));
}

void ProgressPage::requestCancel()
{
    if (m_controller && m_controller->isRunning())
        askToStop([] {});
}

bool ProgressPage::stopBeforeClosing(const std::function<void()> &stopped)
{
    if (!m_controller || !m_controller->isRunning())
        return true;
    askToStop(stopped);
    return false;
}

void ProgressPage::askToStop(const std::function<void()> &stopped)
{
    if (m_cancelBox) { // the question is open already: one answer, not two
        m_cancelBox->raise();
        return;
    }
    m_cancelBox = Prompts::confirmLater(this, stopQuestion(), [this, stopped](bool stop) {
        if (!stop || !m_controller)
            return;
        m_controller->cancel(); // a no-op if the update ended while the question was open
        stopped();
    });
    if (!m_cancelBox)
        return; // answered already (a test's script)
    connect(m_controller, &UpdateController::phaseChanged, m_cancelBox, [this] {
        if (m_controller && m_controller->isRunning())
            Prompts::reword(*m_cancelBox, stopQuestion());
        else
            m_cancelBox->close(); // the update ended meanwhile: nothing left to stop
    });
}

Prompts::Confirmation ProgressPage::stopQuestion() const
{
    // Once the device has the whole image, stopping only stops watching: the words and the button say which it is.
    const bool onlyStopsWatching = m_controller->deviceHasImage();
    return {tr("Stop the update?"),
            onlyStopsWatching ? tr("Stop watching the update?") : tr("Stop the upload?"),
            m_controller->cancelConsequence(),
            onlyStopsWatching ? tr("Stop watching") : tr("Stop the upload"),
            tr("Keep updating"),
            QStringLiteral("cancelConfirmation")};
}

void ProgressPage::onPhaseChanged(UpdatePhase phase)
{
    if (phase != UpdatePhase::Preflight)
        return;
    // A new run on the same page starts from a clean slate.
    const bool follow = m_controller && m_controller->report().mode == RunMode::Follow;
    setTitle(follow ? tr("Following the update") : m_updateTitle);
    setSubTitle(follow ? tr("The device already has the firmware: watching it to the end of its update. Keep this "
                            "window open until the device is ready.")
                       : m_updateSubTitle);
    m_finished = false;
    m_lastHeard = {};
    m_warnings = 0;
    m_ui->logView->clear();
    updateLogToggle();
    m_ui->cancelButton->setEnabled(true);
    updateHeartbeat();
    m_ticker.start();
    setWindowTitleText(tr("%1% – groov update").arg(0));
    Q_EMIT completeChanged();
}

void ProgressPage::onHeard(const QDateTime &when)
{
    m_lastHeard = when;
    updateHeartbeat();
}

void ProgressPage::onFinished(UpdateOutcome outcome)
{
    m_finished = true;
    m_ticker.stop();
    updateTimeLeft();
    m_ui->cancelButton->setEnabled(false);
    switch (outcome) {
    case UpdateOutcome::Succeeded:
        setWindowTitleText(tr("Updated – groov update"));
        break;
    case UpdateOutcome::NotVerified:
        setWindowTitleText(tr("Not verified – groov update"));
        break;
    case UpdateOutcome::NeedsCommissioning:
        setWindowTitleText(tr("Needs commissioning – groov update"));
        break;
    case UpdateOutcome::StillUpdating:
        setWindowTitleText(tr("Still updating on its own – groov update"));
        break;
    case UpdateOutcome::Cancelled:
        setWindowTitleText(tr("Cancelled – groov update"));
        break;
    case UpdateOutcome::TimedOut:
        setWindowTitleText(tr("Timed out – groov update"));
        break;
    case UpdateOutcome::Failed:
    case UpdateOutcome::None:
        setWindowTitleText(tr("Update failed – groov update"));
        break;
    }
    // The engine's final word replaces the heartbeat; it is not one of its log lines, so the log gets it too.
    const QString message = m_controller ? m_controller->report().finalMessage : QString();
    if (!message.isEmpty())
        appendLog(message, false);
    const QString headline = m_controller ? UpdateSummary(m_controller->report()).headline() : QString();
    m_ui->heartbeatLabel->setText(message.isEmpty() ? headline : message);
    m_announcer->announce(headline);
    Q_EMIT completeChanged();
}

void ProgressPage::updateTimeLeft()
{
    m_ui->timeLeftLabel->setText(m_model->timeline().timeLeftText(m_clock()));
}

void ProgressPage::tick()
{
    updateHeartbeat();
    updateTimeLeft();
    m_model->refreshElapsed();
}

void ProgressPage::updateHeartbeat()
{
    if (m_finished)
        return;
    m_ui->heartbeatLabel->setText(
        m_lastHeard.isValid()
            ? tr("Last heard from the device %1 ago").arg(formatDuration(m_lastHeard.msecsTo(m_clock())))
            : tr("Waiting for the device..."));
}

void ProgressPage::appendLog(const QString &message, bool isWarning)
{
    const QString time = m_clock().toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    QString html = QStringLiteral("<span>") + time.toHtmlEscaped() + QStringLiteral("&nbsp;&nbsp;");
    if (isWarning) {
        // An accent that reads on light and dark backgrounds, plus a word, so colour is not the only sign.
        html += QStringLiteral("<b style=\"color:#d97a0b\">&#9888; ") + tr("Warning:").toHtmlEscaped() +
                QStringLiteral("</b> ");
        ++m_warnings;
        updateLogToggle();
    }
    html += message.toHtmlEscaped() + QStringLiteral("</span>");
    m_ui->logView->appendHtml(html);
}

void ProgressPage::updateLogToggle()
{
    const bool shown = m_ui->logToggle->isChecked();
    QString text = shown ? tr("Hide log") : tr("Show log");
    if (m_warnings > 0)
        text += QStringLiteral(" \u00b7 ") + tr("warnings: %1").arg(m_warnings);
    m_ui->logToggle->setText(text);
    m_ui->logToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
}

void ProgressPage::setWindowTitleText(const QString &title)
{
    if (title == m_windowTitle)
        return;
    m_windowTitle = title;
    if (isVisible())
        window()->setWindowTitle(title);
    Q_EMIT windowTitleTextChanged(title);
}

} // namespace groov::gui
