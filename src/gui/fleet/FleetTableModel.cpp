#include "FleetTableModel.h"

#include "FleetRun.h"

#include <QColor>
#include <QFont>

namespace groov::gui {

FleetTableModel::FleetTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void FleetTableModel::showPlan(const FleetPlan &plan)
{
    beginResetModel();
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    m_run = nullptr;
    m_plan = plan;
    endResetModel();
}

void FleetTableModel::showRun(const FleetRun *run)
{
    beginResetModel();
    if (m_run)
        disconnect(m_run, nullptr, this, nullptr);
    m_run = run;
    if (run) {
        m_plan = run->plan();
        connect(run, &FleetRun::deviceChanged, this, &FleetTableModel::onDeviceChanged);
        connect(run, &QObject::destroyed, this, [this] { showPlan(m_plan); });
    }
    endResetModel();
}

int FleetTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.devices.size());
}

int FleetTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Address:
        return tr("Address");
    case Model:
        return tr("Model");
    case Version:
        return tr("Version");
    case State:
        return tr("State");
    case Step:
        return tr("Step");
    case Result:
        return tr("Result");
    default:
        return {};
    }
}

QVariant FleetTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        // The result's whole sentence, where the column shows its start.
        return index.column() == Result || index.column() == Step ? text(row, index.column()) : QVariant();
    case Qt::AccessibleTextRole: {
        // Read out with its column, as a cell alone ("FAILED") says little.
        const QString value = text(row, index.column());
        return tr("%1: %2").arg(headerData(index.column(), Qt::Horizontal).toString(),
                                value.isEmpty() ? tr("none") : value);
    }
    case Qt::FontRole:
        if (index.column() == State && state(row) == FleetDeviceState::Failed) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ProgressRole:
        return progress(row);
    case StateRole:
        return QVariant::fromValue(state(row));
    default:
        return {};
    }
}

FleetDeviceState FleetTableModel::state(int row) const
{
    return m_run ? m_run->status(row).state : FleetDeviceState::Waiting;
}

QString FleetTableModel::text(int row, int column) const
{
    const FleetDevice &device = m_plan.devices.at(row);
    if (!m_run) {
        switch (column) {
        case Name:
            return device.name;
        case Address:
            return device.address.isEmpty() ? tr("from profile %1").arg(device.profile) : device.address;
        case Model:
            return device.expectedModel;
        default:
            return {};
        }
    }
    const FleetDeviceStatus &status = m_run->status(row);
    switch (column) {
    case Name:
        return device.name;
    case Address:
        return m_run->target(row).address;
    case Model:
        return status.model.isEmpty() ? device.expectedModel : status.model;
    case Version:
        if (status.versionAfter.isEmpty() || status.versionAfter == status.versionBefore)
            return status.versionBefore;
        return tr("%1 → %2").arg(status.versionBefore, status.versionAfter);
    case State:
        return fleetDeviceStateName(status.state);
    case Step:
        return stepText(status);
    case Result:
        return fleetDeviceStateIsOver(status.state) ? status.message : QString();
    default:
        return {};
    }
}

QString FleetTableModel::stepText(const FleetDeviceStatus &status) const
{
    if (status.state != FleetDeviceState::Updating) {
        // Where a failed update stopped; nothing for a device whose update did not run or went through.
        const auto failed = status.timeline.firstStepIn(StepState::Failed);
        return failed && status.state == FleetDeviceState::Failed ? UpdateTimeline::stepName(*failed) : QString();
    }
    return fleetDeviceStepText(status);
}

int FleetTableModel::progress(int row) const
{
    if (!m_run)
        return -1;
    const FleetDeviceStatus &status = m_run->status(row);
    if (status.state != FleetDeviceState::Updating || !status.timeline.currentStep())
        return -1;
    return qRound(status.timeline.overallFraction() * 1000);
}

void FleetTableModel::onDeviceChanged(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace groov::gui
