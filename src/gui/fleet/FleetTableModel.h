#pragma once

#include "FleetDeviceRun.h"
#include "FleetPlan.h"
#include "FleetRun.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace groov::gui {

// The devices of a fleet as rows: the plan's devices before a run, then where each stands in the run. Core decides
// every state and word (FleetRun, FleetDeviceStatus, UpdateTimeline); this class only turns them into cells and
// tells the view which row changed. Device texts arrive escaped by core.
class FleetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Address, Model, Version, State, Step, Result, ColumnCount };
    Q_ENUM(Column)

    enum Roles : int {
        ProgressRole = Qt::UserRole + 1, // int 0..1000: the device's whole update so far; -1 before or without one
        StateRole,                       // FleetDeviceState
    };

    explicit FleetTableModel(QObject *parent = nullptr);

    // The plan's devices, not run yet (replaces any run shown).
    void showPlan(const FleetPlan &plan);
    // The run's devices, kept up to date until another plan or run is shown. The run outlives its rows or is
    // destroyed first (the model then shows nothing).
    void showRun(const FleetRun *run);
    const FleetRun *run() const { return m_run; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;
    QString stepText(const FleetDeviceStatus &status) const;
    int progress(int row) const;
    FleetDeviceState state(int row) const;
    void onDeviceChanged(int row);

    FleetPlan m_plan;
    QPointer<const FleetRun> m_run;
};

} // namespace groov::gui
