#pragma once

#include "FleetPlan.h"
#include "ProfileStore.h"

#include <QDialog>

#include <memory>

namespace Ui {
class FleetProfilesDialog;
}

namespace groov::gui {

// A plan built from saved profiles: each chosen profile a device (its address and trust, its key from the keychain),
// with the firmware and options the user picks here. Settings are preserved unless the user turns that off and
// types the factory reset's confirmation.
class FleetProfilesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FleetProfilesDialog(const ProfileStore &profiles, QWidget *parent = nullptr);
    ~FleetProfilesDialog() override;

    // Valid once accepted.
    const FleetPlan &plan() const { return m_plan; }
    // The user typed the factory reset's confirmation (a plan that erases settings needs it to start).
    bool factoryResetConfirmed() const { return m_resetConfirmed; }

    void accept() override;

private:
    void browse();
    void onPreserveToggled(bool preserve);
    void showProblem(const QString &text);

    std::unique_ptr<Ui::FleetProfilesDialog> m_ui;
    FleetPlan m_plan;
    bool m_resetConfirmed = false;
};

} // namespace groov::gui
