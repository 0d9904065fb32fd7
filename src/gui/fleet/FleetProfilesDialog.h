#pragma once

#include "FleetPlan.h"
#include "ProfileStore.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FleetProfilesDialog;
}

namespace groov::gui {

// A plan built from devices the user has: saved profiles (each its address and trust, its key from the keychain) or a
// device list read from CSV (FleetDeviceCsv). The user chooses which of them, the firmware and the options here.
// Settings are preserved unless the user turns that off and types the factory reset's confirmation.
class FleetProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    // Every saved profile, one device each.
    explicit FleetProfilesDialog(const ProfileStore &profiles, QWidget *parent = nullptr);
    // The devices of a device list (checked as a plan's devices are); listName names it for the user.
    FleetProfilesDialog(const QList<FleetDevice> &devices, const QString &listName, QWidget *parent = nullptr);
    ~FleetProfilesDialog() override;

    // Valid once accepted.
    const FleetPlan &plan() const { return m_plan; }
    // The user typed the factory reset's confirmation (a plan that erases settings needs it to start).
    bool factoryResetConfirmed() const { return m_resetConfirmed; }

    void accept() override;

private:
    void showDevices(const QList<FleetDevice> &devices);
    void browse();
    void onPreserveToggled(bool preserve);
    void showProblem(const QString &text);

    std::unique_ptr<Ui::FleetProfilesDialog> m_ui;
    QList<FleetDevice> m_devices; // one a row of the list
    FleetPlan m_plan;
    bool m_resetConfirmed = false;
};

} // namespace groov::gui
