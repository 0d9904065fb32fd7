#pragma once

#include "FleetRun.h"
#include "ProfileStore.h"

#include <QMainWindow>
#include <QTimer>

#include <memory>

namespace Ui {
class FleetWindow;
}

namespace groov {
class SecretStore;
}

namespace groov::gui {

class FleetProfilesDialog;
class FleetSession;
class FleetTableModel;
class StepDelegate;
class StepListModel;

// Many devices at once (docs/fleet.md, "The Fleet window"): a plan imported or built from saved profiles, its devices
// in a table that follows the run, the selected device's steps and log, and the report exported at the end. Decides
// nothing: FleetRun does, through FleetSession.
class FleetWindow : public QMainWindow
{
    Q_OBJECT

public:
    // keychain: where profiles keep their keys (the app's KeychainSecretStore); outlives the window.
    FleetWindow(ProfileStore profiles, SecretStore *keychain, QWidget *parent = nullptr);
    ~FleetWindow() override;

    FleetSession &session() { return *m_session; }
    FleetTableModel &tableModel() { return *m_table; }

    // The same as the buttons, for a caller that has the answers already.
    [[nodiscard]] bool importPlan(const QString &path);
    // Reads a device list (FleetDeviceCsv) and opens the dialog that makes a plan of it (the firmware and options
    // chosen there, as for saved profiles); false, with the list's own message shown, when it cannot be used.
    [[nodiscard]] bool importDevices(const QString &path);
    void selectDevice(int index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseAndImportPlan();
    void chooseAndImportDevices();
    void addFromProfiles();
    void chooseDevices(FleetProfilesDialog *dialog);
    void refuseImport(const QString &title, const QString &message);
    void startRun();
    void togglePause();
    void requestCancel();
    void exportReport();
    void onRunStarted(FleetRun *run);
    void onDeviceChanged(int index);
    void onDeviceLogged(int index, const QString &line);
    void showSelected();
    void showResult(int index);
    void showSummary(const QString &text, bool isError = false);
    void updateButtons();
    int selectedDevice() const;

    std::unique_ptr<Ui::FleetWindow> m_ui;
    FleetSession *m_session;
    FleetTableModel *m_table;
    StepListModel *m_steps;
    StepDelegate *m_stepDelegate;
    QTimer m_ticker; // running steps' clocks
    // The plan was built in the dialog with the typed factory-reset words: its first Start needs them no more.
    bool m_resetConfirmedForPlan = false;
};

} // namespace groov::gui
