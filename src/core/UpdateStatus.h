#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace groov {

enum class StageState { Pending, Running, Done, Error, Unknown };

// One stage of the device's update processing, as GET .../update/status reports it.
struct DeviceStage
{
    QString name; // protocol key, e.g. "backupSettings"
    StageState state = StageState::Unknown;
    std::optional<int> errorCode; // integral numbers and numeric strings ("8", 8.0) are accepted
    QString errorMessage;
    QJsonValue errorData; // any JSON type, kept as is; Undefined when absent

    bool operator==(const DeviceStage &other) const;
    bool operator!=(const DeviceStage &other) const { return !(*this == other); }
};

// The parsed answer of GET /manage/api/v1/maintenance/update/status. Liberal: never fails, reports what is known.
class UpdateStatus
{
    Q_DECLARE_TR_FUNCTIONS(UpdateStatus)

public:
    UpdateStatus(); // invalid, nine Unknown stages, no problem text

    [[nodiscard]] static UpdateStatus parse(const QByteArray &body);
    static const QStringList &knownStageNames(); // the nine, in protocol order

    bool isValid() const;    // the body was a JSON object
    QString problem() const; // why it was not understood, when !isValid(); short, at most a brief excerpt of the body

    // The nine known stages in protocol order (a missing one has state Unknown), then unknown extra stages
    // (object values with a "status") in document order. Also nine Unknown stages when !isValid().
    QList<DeviceStage> stages() const;
    std::optional<DeviceStage> stage(const QString &name) const;
    std::optional<DeviceStage> firstError() const;
    std::optional<bool> active() const; // "active" -> true, "inactive" -> false (also JSON true/false), else nullopt
    bool hasStarted(const QString &name) const; // Running, Done or Error

    bool operator==(const UpdateStatus &other) const;
    bool operator!=(const UpdateStatus &other) const { return !(*this == other); }

private:
    bool m_valid = false;
    QString m_problem;
    QList<DeviceStage> m_stages;
    std::optional<bool> m_active;
};

// The stages of current that are new or differ from previous: what a view reports as "changed".
QList<DeviceStage> changedStages(const QList<DeviceStage> &previous, const QList<DeviceStage> &current);

// "backupSettings" -> "Back up settings"; unknown names are split at camelCase, "_" and "-", then capitalised.
QString stageDisplayName(const QString &stageName);
QString stageStateName(StageState state);        // "pending", "running", "done", "error", "unknown" (not translated)
QString stageStateDisplayName(StageState state); // translated, for people: "Waiting", "Running", "Done", ...

} // namespace groov
