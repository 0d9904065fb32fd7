#include "FleetPlan.h"

#include "DeviceAddress.h"
#include "DeviceText.h"
#include "FirmwareVersion.h"
#include "LocalFile.h"
#include "TlsTrust.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <functional>

namespace groov {

int DeviceShare::of(int deviceCount) const
{
    if (!percent)
        return value;
    return std::max(1, int(std::ceil(double(deviceCount) * value / 100.0)));
}

namespace {

QString fieldOf(const QString &path, const QString &key)
{
    if (path.isEmpty() || key.isEmpty())
        return path + key;
    return path + QLatin1Char('.') + key;
}

// A problem (a whole sentence) with a field of the plan, such as "Plan field devices[1].address: ...".
QString planField(const QString &field, const QString &problem)
{
    return FleetPlan::tr("Plan field %1: %2").arg(field, problem);
}

QString shown(const QString &text)
{
    return QLatin1Char('"') + LocalFile::printable(text) + QLatin1Char('"');
}

// Reads a plan field by field. The first problem is kept, with the place of its field (said by the place function:
// "Plan field devices[1].address: ...", or a device list's line and column); once there is one, every further read
// gives nothing, so the parse reads straight through and reports that first problem. Each problem is a whole sentence
// of its own, with its own subject ("The value ..."), whatever place it is put after.
class PlanReader
{
public:
    using Place = std::function<QString(const QString &field, const QString &problem)>;

    explicit PlanReader(QString baseFolder) : m_baseFolder(std::move(baseFolder)) {}

    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }
    void setPlace(Place place) { m_place = std::move(place); }

    void fail(const QString &field, const QString &problem)
    {
        if (!m_error)
            m_error = invalidInput(m_place(field, problem));
    }

    void refuseUnknown(const QJsonObject &object, const QString &path, const QStringList &known)
    {
        for (auto it = object.begin(); it != object.end() && !failed(); ++it) {
            if (!known.contains(it.key()))
                fail(fieldOf(path, LocalFile::printable(it.key())),
                     FleetPlan::tr("There is no such field here. The fields here are: %1.")
                         .arg(known.join(QLatin1String(", "))));
        }
    }

    // Text is bounded before anything else reads it: what a plan says ends up in messages and reports.
    QString text(const QJsonObject &object, const QString &path, const QString &key, bool required,
                 qsizetype maxLength = 4096)
    {
        const QString field = fieldOf(path, key);
        const QJsonValue value = object.value(key);
        if (failed())
            return {};
        if (value.isUndefined() || value.isNull()) {
            if (required)
                fail(field, FleetPlan::tr("The value is missing."));
            return {};
        }
        if (!value.isString()) {
            fail(field, FleetPlan::tr("The value must be text in double quotes."));
            return {};
        }
        const QString given = value.toString().trimmed();
        if (given.isEmpty())
            fail(field, FleetPlan::tr("The value is empty: give a value or leave the field out."));
        else if (given.size() > maxLength)
            fail(field, FleetPlan::tr("The value is longer than %1 characters.").arg(maxLength));
        // Names, models and paths are shown in lines and messages: none may move a terminal's cursor.
        else if (printableDeviceText(given, maxLength) != given)
            fail(field, FleetPlan::tr("%1 holds control characters: use letters, digits, spaces and punctuation.")
                            .arg(shown(given)));
        return failed() ? QString() : given;
    }

    std::optional<bool> flag(const QJsonObject &object, const QString &path, const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (failed() || value.isUndefined())
            return std::nullopt;
        if (!value.isBool()) {
            fail(fieldOf(path, key), FleetPlan::tr("The value must be true or false, without quotes."));
            return std::nullopt;
        }
        return value.toBool();
    }

    std::optional<double> number(const QJsonObject &object, const QString &path, const QString &key, double least,
                                 double most, bool whole)
    {
        const QJsonValue value = object.value(key);
        if (failed() || value.isUndefined())
            return std::nullopt;
        const double number = value.toDouble();
        if (!value.isDouble() || (whole && number != std::floor(number)) || number < least || number > most) {
            const QString range = whole
                                      ? FleetPlan::tr("The value must be a whole number from %1 to %2, without quotes.")
                                      : FleetPlan::tr("The value must be a number from %1 to %2, without quotes.");
            fail(fieldOf(path, key), range.arg(least).arg(most));
            return std::nullopt;
        }
        return number;
    }

    // A count of devices (1 or more) or a percentage of all of them ("25%").
    std::optional<DeviceShare> share(const QJsonValue &value, const QString &field)
    {
        if (failed())
            return std::nullopt;
        if (value.isDouble() && value.toDouble() >= 1 && value.toDouble() <= FleetPlan::MaxDevices &&
            value.toDouble() == std::floor(value.toDouble()))
            return DeviceShare{value.toInt(), false};
        static const QRegularExpression percentage(QStringLiteral("^\\s*([0-9]{1,3})\\s*%\\s*$"));
        if (value.isString()) {
            const QRegularExpressionMatch match = percentage.match(value.toString());
            const int percent = match.hasMatch() ? match.captured(1).toInt() : 0;
            if (percent >= 1 && percent <= 100)
                return DeviceShare{percent, true};
        }
        fail(field,
             FleetPlan::tr("The value must be a number of devices (1 or more, without quotes) or a percentage of "
                           "all the plan's devices in quotes, such as \"25%\"."));
        return std::nullopt;
    }

    // A path in the plan: relative ones are taken from the plan's folder. Qt would take ":name" for one of its own
    // resources; in a plan it is a file name like any other.
    QString path(const QString &given) const
    {
        if (given.isEmpty())
            return {};
        const bool absolute = QDir::isAbsolutePath(given) && !given.startsWith(QLatin1Char(':'));
        return QDir::cleanPath(absolute ? given : m_baseFolder + QLatin1Char('/') + given);
    }

private:
    QString m_baseFolder;
    Place m_place = planField;
    std::optional<Error> m_error;
};

FleetKeySource readKey(PlanReader &reader, const QJsonObject &device, const QString &path, bool hasProfile)
{
    const QJsonValue value = device.value(QStringLiteral("key"));
    const QString field = fieldOf(path, QStringLiteral("key"));
    if (value.isUndefined()) {
        // A profile's key is in the keychain; otherwise the one variable every run of the command reads.
        return hasProfile ? FleetKeySource{FleetKeySource::Kind::Profile, {}}
                          : FleetKeySource{FleetKeySource::Kind::Environment, QStringLiteral("GROOV_API_KEY")};
    }
    const QString hint =
        FleetPlan::tr("The value must say where the key is: {\"env\": \"VARIABLE\"}, {\"file\": \"path\"} or "
                      "{\"profile\": true}. Never write the key itself into a plan.");
    if (!value.isObject() || value.toObject().size() != 1) {
        reader.fail(field, hint);
        return {};
    }
    const QJsonObject key = value.toObject();
    reader.refuseUnknown(key, field, {QStringLiteral("env"), QStringLiteral("file"), QStringLiteral("profile")});
    if (key.contains(QStringLiteral("profile"))) {
        if (reader.flag(key, field, QStringLiteral("profile")) == false || (!hasProfile && !reader.failed()))
            reader.fail(fieldOf(field, QStringLiteral("profile")),
                        FleetPlan::tr("The value can only be true, and only for a device with a \"profile\"."));
        return {FleetKeySource::Kind::Profile, {}};
    }
    if (key.contains(QStringLiteral("env"))) {
        const QString name = reader.text(key, field, QStringLiteral("env"), true, 200);
        static const QRegularExpression variable(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
        if (!reader.failed() && !variable.match(name).hasMatch())
            reader.fail(
                fieldOf(field, QStringLiteral("env")),
                FleetPlan::tr("The value is not the name of an environment variable (letters, digits and _, not "
                              "starting with a digit). It is not repeated here: it may be a key."));
        return {FleetKeySource::Kind::Environment, name};
    }
    return {FleetKeySource::Kind::File, reader.path(reader.text(key, field, QStringLiteral("file"), true))};
}

FleetDevice readDevice(PlanReader &reader, const QJsonValue &value, const QString &path)
{
    FleetDevice device;
    if (!value.isObject()) {
        reader.fail(path, FleetPlan::tr(
                              "A device must be an object such as {\"name\": \"line-1\", \"address\": \"10.0.0.5\"}."));
        return device;
    }
    const QJsonObject object = value.toObject();
    reader.refuseUnknown(object, path,
                         {QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("profile"),
                          QStringLiteral("fingerprint"), QStringLiteral("model"), QStringLiteral("key")});
    device.name = reader.text(object, path, QStringLiteral("name"), true, 100);
    device.profile = reader.text(object, path, QStringLiteral("profile"), false, 200);
    // A profile may give the address; without one, the plan must.
    device.address = reader.text(object, path, QStringLiteral("address"), device.profile.isEmpty(), 300);
    if (!reader.failed() && !device.address.isEmpty()) {
        if (const auto address = DeviceAddress::parse(device.address); !address)
            reader.fail(fieldOf(path, QStringLiteral("address")), address.error().message);
    }
    const QString fingerprint = reader.text(object, path, QStringLiteral("fingerprint"), false, 200);
    if (!reader.failed() && !fingerprint.isEmpty()) {
        const auto pin = TlsTrust::parseFingerprint(fingerprint);
        if (pin)
            device.pin = pin.value();
        else
            reader.fail(fieldOf(path, QStringLiteral("fingerprint")), pin.error().message);
    }
    device.expectedModel = reader.text(object, path, QStringLiteral("model"), false, 100);
    device.key = readKey(reader, object, path, !device.profile.isEmpty());
    return device;
}

std::optional<FleetHook> readHook(PlanReader &reader, const QJsonObject &hooks, const QString &key)
{
    const QString path = fieldOf(QStringLiteral("hooks"), key);
    const QJsonValue value = hooks.value(key);
    if (reader.failed() || value.isUndefined())
        return std::nullopt;
    if (!value.isObject()) {
        reader.fail(path, FleetPlan::tr("A hook must be an object such as {\"command\": [\"/usr/local/bin/backup\", "
                                        "\"--all\"], \"timeoutSeconds\": 600}."));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    reader.refuseUnknown(object, path,
                         {QStringLiteral("command"), QStringLiteral("timeoutSeconds"), QStringLiteral("key")});
    FleetHook hook;
    const QJsonValue command = object.value(QStringLiteral("command"));
    const QString commandField = fieldOf(path, QStringLiteral("command"));
    if (!command.isArray() || command.toArray().isEmpty()) {
        reader.fail(commandField,
                    FleetPlan::tr("The command must be a list: the program, then its arguments, each in quotes. It "
                                  "runs without a shell."));
        return std::nullopt;
    }
    const QJsonArray words = command.toArray();
    for (qsizetype i = 0; i < words.size() && !reader.failed(); ++i) {
        if (!words.at(i).isString() || (i == 0 && words.at(i).toString().isEmpty()))
            reader.fail(QStringLiteral("%1[%2]").arg(commandField).arg(i),
                        FleetPlan::tr("Each word of the command must be text in quotes."));
        else
            hook.command << (i == 0 ? reader.path(words.at(i).toString()) : words.at(i).toString());
    }
    if (const auto timeout = reader.number(object, path, QStringLiteral("timeoutSeconds"), 1, 86'400, true))
        hook.timeoutSeconds = int(*timeout);
    const QString keyUse = reader.text(object, path, QStringLiteral("key"), false, 20);
    if (!reader.failed() && !keyUse.isEmpty() && keyUse != QLatin1String("stdin") && keyUse != QLatin1String("none"))
        reader.fail(
            fieldOf(path, QStringLiteral("key")),
            FleetPlan::tr("The value must be \"stdin\" (the hook reads the key on its standard input) or \"none\"."));
    hook.keyOnStandardInput = keyUse == QLatin1String("stdin");
    return hook;
}

// Checks across devices: one update per device, and names that tell devices apart.
class RepeatCheck
{
public:
    void check(PlanReader &reader, const FleetDevice &device)
    {
        if (reader.failed())
            return;
        if (m_names.contains(device.name.toCaseFolded()))
            reader.fail(QStringLiteral("name"),
                        FleetPlan::tr("%1 is already the name of another device: names must tell devices apart.")
                            .arg(shown(device.name)));
        m_names.insert(device.name.toCaseFolded());
        const auto address = DeviceAddress::parse(device.address);
        if (!address)
            return; // a profile gives it; the front end checks it with the profile
        const QString host = address->displayName().toCaseFolded();
        if (m_hosts.contains(host))
            reader.fail(QStringLiteral("address"),
                        FleetPlan::tr("%1 is already another device's address: a device is updated once per run.")
                            .arg(shown(address->displayName())));
        m_hosts.insert(host);
    }

private:
    QSet<QString> m_names;
    QSet<QString> m_hosts;
};

// Every device with the same checks, wherever the devices come from; place(i, field) says where device i's field is.
QList<FleetDevice> readDevices(PlanReader &reader, const QJsonArray &list, const FleetPlan::DevicePlace &place)
{
    QList<FleetDevice> devices;
    RepeatCheck repeats;
    for (qsizetype i = 0; i < list.size() && !reader.failed(); ++i) {
        reader.setPlace(
            [&place, i](const QString &field, const QString &problem) { return place(int(i), field, problem); });
        devices << readDevice(reader, list.at(i), {});
        repeats.check(reader, devices.constLast());
    }
    reader.setPlace(planField);
    return devices;
}

// What is refused when another user of this computer could change it.
enum class Guarded { Plan, DeviceList, Hook };

// %1 is what is refused (its path), %2 the file or folder that belongs to another user.
QString ownedByOtherSentence(Guarded what)
{
    switch (what) {
    case Guarded::Plan:
        return FleetPlan::tr("The plan file %1 is not used: %2 belongs to another user of this computer, who could "
                             "then receive the devices' API keys. Use a copy in a folder of your own.");
    case Guarded::DeviceList:
        return FleetPlan::tr("The device list %1 is not used: %2 belongs to another user of this computer, who could "
                             "then receive the devices' API keys. Use a copy in a folder of your own.");
    case Guarded::Hook:
        return FleetPlan::tr("The hook %1 is not run: %2 belongs to another user of this computer, who could then "
                             "receive the devices' API keys. Use a copy in a folder of your own.");
    }
    return {};
}

// %1 is what is refused (its path), %2 the file or folder others can change, %3 that as a word for the shell.
QString changeableSentence(Guarded what)
{
    switch (what) {
    case Guarded::Plan:
        return FleetPlan::tr("The plan file %1 is not used: other users of this computer can change %2, and could "
                             "then receive the devices' API keys. Make it private: chmod go-w %3");
    case Guarded::DeviceList:
        return FleetPlan::tr("The device list %1 is not used: other users of this computer can change %2, and could "
                             "then receive the devices' API keys. Make it private: chmod go-w %3");
    case Guarded::Hook:
        return FleetPlan::tr("The hook %1 is not run: other users of this computer can change %2, and could then "
                             "receive the devices' API keys. Make it private: chmod go-w %3");
    }
    return {};
}

// A plan and its hooks decide where the devices' API keys go, so nobody else may be able to change them (the rule of
// the profiles file). path is checked; shownPath names what is refused, as the user gave it.
std::optional<Error> refuseIfOthersCanChange(const QString &path, Guarded what, const QString &shownPath)
{
    const auto exposure = LocalFile::changeableByOthers(path);
    if (!exposure)
        return std::nullopt;
    const QString where = LocalFile::printable(exposure->path);
    return exposure->ownedByOther
               ? invalidInput(ownedByOtherSentence(what).arg(shownPath, where))
               : invalidInput(changeableSentence(what).arg(shownPath, where, LocalFile::shellWord(exposure->path)));
}

} // namespace

Result<FleetPlan::PrivateFile> FleetPlan::readPrivateFile(const QString &path, PrivateFileKind kind,
                                                          const QString &rightFile)
{
    const bool plan = kind == PrivateFileKind::Plan;
    LocalFile::Rules rules(plan ? LocalFile::Kind::Plan : LocalFile::Kind::DeviceList);
    rules.rightFile = rightFile;
    rules.maxBytes = MaxFileBytes;
    auto bytes = LocalFile::readAll(path, rules);
    if (!bytes)
        return bytes.error();
    const QString file = QFileInfo(path).canonicalFilePath(); // the folder relative paths start at: the real one
    if (auto refused =
            refuseIfOthersCanChange(file, plan ? Guarded::Plan : Guarded::DeviceList, LocalFile::printable(path)))
        return *std::move(refused);
    return PrivateFile{std::move(bytes).value(), QFileInfo(file).absolutePath()};
}

Result<FleetPlan> FleetPlan::load(const QString &path)
{
    const auto file =
        readPrivateFile(path, PrivateFileKind::Plan, tr("Give the fleet plan, a JSON file (docs/fleet.md)."));
    if (!file)
        return file.error();
    auto plan = parse(file->bytes, file->folder);
    if (!plan)
        return plan;
    for (const std::optional<FleetHook> &hook : {plan->beforeHook, plan->afterHook}) {
        if (!hook)
            continue;
        const QString program = hook->command.constFirst();
        if (auto refused = refuseIfOthersCanChange(program, Guarded::Hook, LocalFile::printable(program)))
            return *std::move(refused);
        const QFileInfo info(program);
        if (!info.isFile() || !info.isExecutable())
            return invalidInput(tr("The hook %1 is not a program that can be run. Check the path (relative paths "
                                   "start at the plan's folder) and its permissions (chmod +x).")
                                    .arg(LocalFile::printable(program)));
    }
    return plan;
}

Result<QList<FleetDevice>> FleetPlan::parseDevices(const QJsonArray &devices, const QString &baseFolder,
                                                   const DevicePlace &place)
{
    PlanReader reader(baseFolder);
    QList<FleetDevice> read = readDevices(reader, devices, place);
    if (reader.failed())
        return reader.error();
    return read;
}

Result<FleetPlan> FleetPlan::parse(const QByteArray &json, const QString &baseFolder)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalidInput(
            tr("The plan is not valid JSON: %1 at character %2.").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return invalidInput(tr("The plan must be a JSON object: { \"firmware\": ..., \"devices\": [...] }."));
    const QJsonObject root = document.object();

    PlanReader reader(baseFolder);
    FleetPlan plan;
    reader.refuseUnknown(root, {},
                         {QStringLiteral("version"), QStringLiteral("firmware"), QStringLiteral("sha256"),
                          QStringLiteral("targetVersion"), QStringLiteral("preserveSettings"),
                          QStringLiteral("pollIntervalSeconds"), QStringLiteral("deadlineMinutes"),
                          QStringLiteral("cacert"), QStringLiteral("devices"), QStringLiteral("waves"),
                          QStringLiteral("concurrency"), QStringLiteral("maxUploadMBps"), QStringLiteral("maxFailures"),
                          QStringLiteral("continueOnError"), QStringLiteral("hooks")});
    if (const QJsonValue version = root.value(QStringLiteral("version"));
        !version.isUndefined() && version != QJsonValue(1))
        reader.fail(QStringLiteral("version"),
                    tr("The value must be 1, without quotes: this groov-update reads plans of version 1."));

    plan.firmwarePath = reader.path(reader.text(root, {}, QStringLiteral("firmware"), true));
    const QString sha256 = reader.text(root, {}, QStringLiteral("sha256"), false, 200).toLower();
    static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    if (!reader.failed() && !sha256.isEmpty() && !hex64.match(sha256).hasMatch())
        reader.fail(QStringLiteral("sha256"),
                    tr("The value must be the 64 hexadecimal digits of the firmware file's SHA-256, as "
                       "Opto 22 publishes it."));
    plan.sha256 = sha256.toLatin1();
    plan.targetVersion = reader.text(root, {}, QStringLiteral("targetVersion"), false, 100);
    if (!reader.failed() && !plan.targetVersion.isEmpty() && !FirmwareVersion::parse(plan.targetVersion))
        reader.fail(
            QStringLiteral("targetVersion"),
            tr("%1 is not a firmware version such as \"4.1.0\" or \"4.1.0-b.42\".").arg(shown(plan.targetVersion)));
    plan.preserveSettings = reader.flag(root, {}, QStringLiteral("preserveSettings")).value_or(true);
    if (const auto poll = reader.number(root, {}, QStringLiteral("pollIntervalSeconds"), 1, 600, true))
        plan.pollIntervalSeconds = int(*poll);
    if (const auto deadline = reader.number(root, {}, QStringLiteral("deadlineMinutes"), 5, 24 * 60, true))
        plan.deadlineMinutes = int(*deadline);
    plan.caCertificatePath = reader.path(reader.text(root, {}, QStringLiteral("cacert"), false));

    const QJsonValue devices = root.value(QStringLiteral("devices"));
    if (!reader.failed() &&
        (!devices.isArray() || devices.toArray().isEmpty() || devices.toArray().size() > MaxDevices)) {
        reader.fail(QStringLiteral("devices"),
                    tr("The value must be a list of 1 to %1 devices: [{\"name\": \"line-1\", "
                       "\"address\": \"10.0.0.5\"}, ...].")
                        .arg(MaxDevices));
    }
    plan.devices = readDevices(reader, devices.toArray(), [](int index, const QString &field, const QString &problem) {
        return planField(fieldOf(QStringLiteral("devices[%1]").arg(index), field), problem);
    });

    const QJsonValue waves = root.value(QStringLiteral("waves"));
    if (!reader.failed() && !waves.isUndefined()) {
        if (!waves.isArray() || waves.toArray().isEmpty()) {
            reader.fail(QStringLiteral("waves"),
                        tr("The value must be a list of wave sizes, such as [1, 5, \"25%\"]: the first "
                           "wave is the canary, and a last wave takes whatever remains."));
        }
        plan.waveSizes.clear();
        const QJsonArray sizes = waves.toArray();
        for (qsizetype i = 0; i < sizes.size() && !reader.failed(); ++i) {
            if (const auto size = reader.share(sizes.at(i), QStringLiteral("waves[%1]").arg(i)))
                plan.waveSizes << *size;
        }
    }
    if (const auto concurrency = reader.number(root, {}, QStringLiteral("concurrency"), 1, 100, true))
        plan.concurrency = int(*concurrency);
    plan.maxUploadMBps = reader.number(root, {}, QStringLiteral("maxUploadMBps"), 0.1, 10'000, false);
    if (const QJsonValue limit = root.value(QStringLiteral("maxFailures")); !limit.isUndefined()) {
        if (const auto share = reader.share(limit, QStringLiteral("maxFailures")))
            plan.maxFailures = *share;
    }
    plan.continueOnError = reader.flag(root, {}, QStringLiteral("continueOnError")).value_or(false);

    const QJsonValue hooks = root.value(QStringLiteral("hooks"));
    if (!reader.failed() && !hooks.isUndefined()) {
        if (!hooks.isObject())
            reader.fail(QStringLiteral("hooks"), tr("The value must be an object with \"before\" and/or \"after\"."));
        reader.refuseUnknown(hooks.toObject(), QStringLiteral("hooks"),
                             {QStringLiteral("before"), QStringLiteral("after")});
        plan.beforeHook = readHook(reader, hooks.toObject(), QStringLiteral("before"));
        plan.afterHook = readHook(reader, hooks.toObject(), QStringLiteral("after"));
    }

    if (reader.failed())
        return reader.error();
    return plan;
}

QList<QList<int>> FleetPlan::waves() const
{
    QList<QList<int>> result;
    const int count = int(devices.size());
    int next = 0;
    for (const DeviceShare &size : waveSizes) {
        if (next >= count)
            break;
        const int take = std::min(size.of(count), count - next);
        QList<int> wave;
        for (int i = 0; i < take; ++i)
            wave << next++;
        result << wave;
    }
    if (next < count) {
        QList<int> rest;
        while (next < count)
            rest << next++;
        result << rest;
    }
    return result;
}

} // namespace groov
