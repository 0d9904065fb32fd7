#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QJsonArray;

namespace groov {

// A count of devices, or a percentage of all the devices in a plan (rounded up, so never 0 of a non-empty plan).
struct DeviceShare
{
    int value = 1;
    bool percent = false;

    [[nodiscard]] int of(int deviceCount) const;
};

// Where a device's API key comes from. Never the key itself: a plan file is not a place for secrets.
struct FleetKeySource
{
    enum class Kind { Environment, File, Profile };
    Kind kind = Kind::Environment;
    QString name; // the environment variable's name, or the key file's absolute path; empty for Profile
};

struct FleetDevice
{
    QString name;    // unique in the plan; names the device in every message and report
    QString address; // as DeviceAddress::parse accepts it; host and port unique in the plan
    QString profile; // a saved profile (address and trust may come from it); may be empty
    QByteArray pin;  // lowercase hex SHA-256 of the certificate to trust; may be empty
    QString expectedModel;
    FleetKeySource key;
};

// A command run before or after each device's update, without a shell.
struct FleetHook
{
    QStringList command; // the program (absolute, or relative to the plan's folder, resolved) and its arguments
    int timeoutSeconds = 600;
    bool keyOnStandardInput = false; // the key is written to the hook's standard input, and nowhere else
};

// A fleet update as a plan file says it (docs/fleet.md): what to install, on which devices, in which waves, and when
// to stop. Parsing checks everything that can be checked without the network; every message names the field (such
// as devices[3].address) and says what to write instead.
class FleetPlan
{
    Q_DECLARE_TR_FUNCTIONS(FleetPlan)

public:
    static constexpr qint64 MaxFileBytes = 1024 * 1024;
    static constexpr int MaxDevices = 1000;

    // Reads and parses a plan file: refused, like the profiles file, when another user of this computer could change
    // it or the folders above it; relative paths in it are taken from its folder.
    [[nodiscard]] static Result<FleetPlan> load(const QString &path);
    // Parses a plan's JSON; relative paths are taken from baseFolder.
    [[nodiscard]] static Result<FleetPlan> parse(const QByteArray &json, const QString &baseFolder);

    // A problem with a device's field, as a message that says where the field is: (the device's index, the field as a
    // plan spells it, such as "address" or "key.env" (empty for the device as a whole), the problem as a whole
    // sentence) -> "Plan field devices[3].address: <the problem>" in a plan.
    using DevicePlace = std::function<QString(int device, const QString &field, const QString &problem)>;
    // Devices given as a plan's devices[] entries (JSON objects), from another source than a plan (a device list in
    // CSV): the same checks, each device's own and those across devices, with the problem's place said by place().
    // Relative key file paths are taken from baseFolder. The number of devices is the caller's to check.
    [[nodiscard]] static Result<QList<FleetDevice>> parseDevices(const QJsonArray &devices, const QString &baseFolder,
                                                                 const DevicePlace &place);
    // A file that decides where the devices' API keys go (a plan, a device list), read as a plan is: at most
    // MaxFileBytes, and refused when another user of this computer could change it or the folders above it. kind
    // names it in the messages ("The plan file ..."); rightFile, a whole sentence, says which file is meant. folder is
    // where its relative paths start: the real one, links resolved.
    enum class PrivateFileKind { Plan, DeviceList };
    struct PrivateFile
    {
        QByteArray bytes;
        QString folder;
    };
    [[nodiscard]] static Result<PrivateFile> readPrivateFile(const QString &path, PrivateFileKind kind,
                                                             const QString &rightFile);

    QString firmwarePath;  // absolute
    QByteArray sha256;     // lowercase hex, or empty
    QString targetVersion; // empty: the first successful device's new version becomes the target
    bool preserveSettings = true;
    std::optional<int> pollIntervalSeconds;
    std::optional<int> deadlineMinutes;
    QString caCertificatePath; // absolute; empty: profiles' or the system's trust, or each device's pin
    QList<FleetDevice> devices;
    QList<DeviceShare> waveSizes{DeviceShare{1, false}}; // default: a canary of one, then the rest
    int concurrency = 1;
    std::optional<double> maxUploadMBps;
    DeviceShare maxFailures{1, false};
    bool continueOnError = false;
    std::optional<FleetHook> beforeHook;
    std::optional<FleetHook> afterHook;

    // The devices (indexes into devices) of each wave, in order: the listed wave sizes, then one last wave with
    // whatever remains. A wave never holds a device twice and every device is in exactly one wave.
    [[nodiscard]] QList<QList<int>> waves() const;
    // How many failed devices halt the run.
    [[nodiscard]] int failureLimit() const { return maxFailures.of(int(devices.size())); }
};

} // namespace groov
