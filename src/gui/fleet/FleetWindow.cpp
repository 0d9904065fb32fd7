#include "FleetWindow.h"

#include "AboutDialog.h"
#include "ErrorMarkup.h"
#include "FactoryResetConfirmation.h"
#include "FleetDeviceCsv.h"
#include "FleetProfilesDialog.h"
#include "FleetSession.h"
#include "FleetStepDelegate.h"
#include "FleetTableModel.h"
#include "Prompts.h"
#include "StepDelegate.h"
#include "StepListModel.h"
#include "StepSpinner.h"
#include "ui_FleetWindow.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QScrollBar>

#include <utility>

namespace groov::gui {

FleetWindow::FleetWindow(ProfileStore profiles, SecretStore *keychain, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::FleetWindow>())
    , m_session(new FleetSession(std::move(profiles), keychain, this))
    , m_table(new FleetTableModel(this))
    , m_steps(new StepListModel(this))
    , m_stepDelegate(new StepDelegate(this))
{
    m_ui->setupUi(this);
    m_ui->importButton->setAccessibleName(tr("Import a fleet plan"));
    m_ui->csvButton->setAccessibleName(tr("Import a device list in CSV"));
    m_ui->profilesButton->setAccessibleName(tr("Add devices from saved profiles"));
    m_ui->forceCheck->setAccessibleName(tr("Force: update devices that already run the target version"));
    m_ui->downgradeCheck->setAccessibleName(tr("Allow downgrade: update devices that run a newer version"));
    m_ui->startButton->setAccessibleName(tr("Start the fleet update"));
    m_ui->cancelButton->setAccessibleName(tr("Cancel the fleet update"));
    m_ui->exportButton->setAccessibleName(tr("Export the fleet report"));
    m_ui->aboutButton->setAccessibleName(tr("About groov Firmware Update"));
    m_ui->deviceTable->setAccessibleName(tr("Devices of the fleet"));
    m_ui->stepList->setAccessibleName(tr("Steps of the selected device's update"));
    m_ui->logView->setAccessibleName(tr("Log of the selected device"));
    m_ui->resultLabel->setAccessibleDescription(tr("Result of the selected device"));
    m_ui->resultLabel->hide();

    QTableView *table = m_ui->deviceTable;
    table->setModel(m_table);
    table->setItemDelegateForColumn(FleetTableModel::Step, new FleetStepDelegate(table));
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(FleetTableModel::Step, QHeaderView::Interactive);
    header->resizeSection(FleetTableModel::Step, fontMetrics().horizontalAdvance(QStringLiteral("M")) * 16);
    header->setStretchLastSection(true); // the result takes what is left; its tooltip has the whole sentence

    m_ui->stepList->setModel(m_steps);
    m_ui->stepList->setItemDelegate(m_stepDelegate);
    new StepSpinner(m_ui->stepList, m_stepDelegate, m_steps);
    // Rows grow a detail line or a bar as steps start (as on the progress page).
    connect(m_steps, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (roles.isEmpty() || roles.contains(Qt::SizeHintRole))
                    m_ui->stepList->doItemsLayout();
            });
    m_ticker.setInterval(1'000);
    connect(&m_ticker, &QTimer::timeout, m_steps, &StepListModel::refreshElapsed);

    connect(m_ui->importButton, &QPushButton::clicked, this, &FleetWindow::chooseAndImportPlan);
    connect(m_ui->csvButton, &QPushButton::clicked, this, &FleetWindow::chooseAndImportDevices);
    connect(m_ui->profilesButton, &QPushButton::clicked, this, &FleetWindow::addFromProfiles);
    connect(m_ui->startButton, &QPushButton::clicked, this, &FleetWindow::startRun);
    connect(m_ui->pauseButton, &QPushButton::clicked, this, &FleetWindow::togglePause);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &FleetWindow::requestCancel);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &FleetWindow::exportReport);
    connect(m_ui->aboutButton, &QPushButton::clicked, this, [this] { AboutDialog::openOver(this); });
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FleetWindow::showSelected);

    connect(m_session, &FleetSession::planChanged, this, [this] {
        m_resetConfirmedForPlan = false; // a confirmation belongs to the plan it was given for
        m_table->showPlan(m_session->plan());
        showSummary(tr("%n device(s); firmware %1. Press Start to check them and update them as the plan says.",
                       nullptr, int(m_session->plan().devices.size()))
                        .arg(QFileInfo(m_session->plan().firmwarePath).fileName()));
        updateButtons();
    });
    connect(m_session, &FleetSession::runStarted, this, &FleetWindow::onRunStarted);
    connect(m_session, &FleetSession::refused, this, [this](const QString &message) {
        showSummary(message, true);
        updateButtons();
    });
    connect(m_session, &FleetSession::message, this, [this](const QString &text) { showSummary(text); });
    connect(m_session, &FleetSession::deviceLogged, this, &FleetWindow::onDeviceLogged);
    connect(m_session, &FleetSession::pausedChanged, this, &FleetWindow::updateButtons);
    connect(m_session, &FleetSession::finished, this, [this] {
        m_ticker.stop();
        showSummary(m_session->run()->finalMessage(), m_session->run()->outcome() == FleetOutcome::Failed ||
                                                          m_session->run()->outcome() == FleetOutcome::Refused);
        updateButtons();
    });
    connect(m_session, &FleetSession::exported, this,
            [this](const QStringList &paths) { showSummary(tr("Report written: %1").arg(paths.join(tr(", ")))); });
    connect(m_session, &FleetSession::exportFailed, this, [this](const QString &message) {
        Prompts::warn(this, {tr("Export report"), message});
    });

    showSummary(tr("Import a plan or a device list (docs/fleet.md), or add devices from saved profiles."));
    updateButtons();
}

FleetWindow::~FleetWindow() = default;

bool FleetWindow::importPlan(const QString &path)
{
    if (m_session->isBusy())
        return false;
    if (const Status loaded = m_session->loadPlan(path); !loaded) {
        // The plan's own message names the field to correct.
        refuseImport(tr("Import plan"), loaded.error().message);
        return false;
    }
    return true;
}

bool FleetWindow::importDevices(const QString &path)
{
    if (m_session->isBusy())
        return false;
    const auto devices = FleetDeviceCsv::load(path);
    if (!devices) {
        // The list's own message names the line and column to correct; the plan shown stays.
        refuseImport(tr("Import devices"), devices.error().message);
        return false;
    }
    chooseDevices(new FleetProfilesDialog(*devices, QFileInfo(path).fileName(), this));
    return true;
}

void FleetWindow::refuseImport(const QString &title, const QString &message)
{
    Prompts::warn(this, {title, message});
    showSummary(message, true);
}

void FleetWindow::chooseAndImportPlan()
{
    const QString path = Prompts::chooseFile(
        this, {Prompts::FileQuestion::Mode::Open, tr("Import a fleet plan"), QDir::homePath(), tr("Plans (*.json)")});
    if (!path.isEmpty()) [[maybe_unused]]
        const bool imported = importPlan(path);
}

void FleetWindow::chooseAndImportDevices()
{
    const QString path = Prompts::chooseFile(this, {Prompts::FileQuestion::Mode::Open, tr("Import a device list"),
                                                    QDir::homePath(), tr("Device lists (*.csv);;All files (*)")});
    if (!path.isEmpty()) [[maybe_unused]]
        const bool imported = importDevices(path);
}

void FleetWindow::addFromProfiles()
{
    chooseDevices(new FleetProfilesDialog(m_session->profiles(), this));
}

// One way from chosen devices to a plan, whatever they come from: the dialog's firmware and options.
void FleetWindow::chooseDevices(FleetProfilesDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_session->isBusy())
            return;
        m_session->setPlan(dialog->plan());
        // The typed words were just given in the dialog, for this plan: Start does not ask for them again.
        m_resetConfirmedForPlan = dialog->factoryResetConfirmed();
    });
    dialog->open();
}

void FleetWindow::startRun()
{
    const FleetPlan &plan = m_session->plan();
    // The plan alone never erases a device: typed, as on the wizard's Review page.
    const bool resetConfirmed =
        !plan.preserveSettings && (std::exchange(m_resetConfirmedForPlan, false) ||
                                   FactoryResetConfirmation::askForFleet(this, int(plan.devices.size())));
    if (!plan.preserveSettings && !resetConfirmed) {
        showSummary(tr("Not started: the factory reset was not confirmed."), true);
        return;
    }
    FleetRunOptions options;
    options.factoryResetConfirmed = resetConfirmed;
    options.force = m_ui->forceCheck->isChecked();
    options.allowDowngrade = m_ui->downgradeCheck->isChecked();
    showSummary(tr("Finding every device's key…"));
    m_session->start(options);
    updateButtons();
}

void FleetWindow::togglePause()
{
    m_session->setPaused(!m_session->isPaused());
}

void FleetWindow::requestCancel()
{
    const QString consequence = m_session->interruptConsequence();
    if (consequence.isEmpty())
        return;
    const bool first = m_session->interruptions() == 0;
    const Prompts::Confirmation question{first ? tr("Cancel the fleet update") : tr("Stop following the devices"),
                                         first ? tr("Cancel the fleet update?")
                                               : tr("Stop following the devices still updating?"),
                                         consequence,
                                         first ? tr("Cancel the update") : tr("Stop following"),
                                         tr("Keep going"),
                                         QStringLiteral("fleetCancelQuestion")};
    Prompts::confirmLater(this, question, [this](bool accepted) {
        if (accepted) {
            m_session->interrupt();
            updateButtons();
        }
    });
}

void FleetWindow::exportReport()
{
    const QString path = Prompts::chooseFile(this, {Prompts::FileQuestion::Mode::Save, tr("Export the fleet report"),
                                                    QDir::home().filePath(QStringLiteral("fleet-report.json")),
                                                    tr("JSON report, with a CSV beside it (*.json)")});
    if (path.isEmpty())
        return;
    m_session->exportReport(path);
}

void FleetWindow::onRunStarted(FleetRun *run)
{
    m_table->showRun(run);
    connect(run, &FleetRun::deviceChanged, this, &FleetWindow::onDeviceChanged);
    connect(run, &FleetRun::stageChanged, this, &FleetWindow::updateButtons);
    m_ticker.start();
    if (selectedDevice() < 0)
        selectDevice(0);
    showSelected();
    updateButtons();
}

void FleetWindow::selectDevice(int index)
{
    m_ui->deviceTable->selectRow(index);
}

int FleetWindow::selectedDevice() const
{
    const QModelIndex current = m_ui->deviceTable->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void FleetWindow::showSelected()
{
    const int index = selectedDevice();
    const FleetRun *run = m_session->run();
    if (index < 0 || !run || m_table->run() != run) {
        m_ui->detailsGroup->setTitle(tr("Details"));
        m_steps->showTimeline(UpdateTimeline());
        m_ui->logView->clear();
        showResult(-1);
        return;
    }
    m_ui->detailsGroup->setTitle(tr("Details: %1").arg(run->target(index).device.name));
    m_steps->showTimeline(run->status(index).timeline);
    showResult(index);
    m_ui->logView->setPlainText(m_session->deviceLog(index).join(QLatin1Char('\n')));
    m_ui->logView->verticalScrollBar()->setValue(m_ui->logView->verticalScrollBar()->maximum());
}

// The whole final sentence, which the table's narrow Result cell cuts (its tooltip has it too).
void FleetWindow::showResult(int index)
{
    const QString result =
        index < 0 ? QString() : m_table->index(index, FleetTableModel::Result).data(Qt::ToolTipRole).toString();
    m_ui->resultLabel->setText(tr("Result: %1").arg(result));
    m_ui->resultLabel->setVisible(!result.isEmpty());
}

void FleetWindow::onDeviceChanged(int index)
{
    if (index != selectedDevice())
        return;
    m_steps->showTimeline(m_session->run()->status(index).timeline);
    showResult(index);
}

void FleetWindow::onDeviceLogged(int index, const QString &line)
{
    if (index == selectedDevice())
        m_ui->logView->appendPlainText(line);
}

void FleetWindow::showSummary(const QString &text, bool isError)
{
    m_ui->summaryLabel->setText(isError ? errorHtml(text) : text.toHtmlEscaped());
}

void FleetWindow::updateButtons()
{
    const FleetRun *run = m_session->run();
    const bool busy = m_session->isBusy();
    const bool running = run && run->stage() != FleetRun::Stage::Finished;
    m_ui->importButton->setEnabled(!busy);
    m_ui->csvButton->setEnabled(!busy);
    m_ui->profilesButton->setEnabled(!busy);
    // Options of the next run: this one has its own already.
    m_ui->forceCheck->setEnabled(!busy);
    m_ui->downgradeCheck->setEnabled(!busy);
    m_ui->startButton->setEnabled(!busy && m_session->hasPlan());
    m_ui->pauseButton->setEnabled(running && m_session->interruptions() == 0);
    m_ui->pauseButton->setText(m_session->isPaused() ? tr("&Resume") : tr("Pa&use new starts"));
    m_ui->pauseButton->setAccessibleName(m_session->isPaused() ? tr("Resume new starts") : tr("Pause new starts"));
    m_ui->cancelButton->setEnabled(running && m_session->interruptions() < 2);
    m_ui->cancelButton->setText(m_session->interruptions() == 0 ? tr("&Cancel run") : tr("Stop &following"));
    m_ui->exportButton->setEnabled(run && !running);
}

void FleetWindow::closeEvent(QCloseEvent *event)
{
    if (!m_session->isBusy()) {
        event->accept();
        return;
    }
    // The run lives in this window: closing it would drop devices mid-update without a word.
    event->ignore();
    Prompts::warn(this, {tr("Fleet update running"),
                         tr("The fleet update is still running. Cancel it first, or wait until it ends.")});
}

} // namespace groov::gui
