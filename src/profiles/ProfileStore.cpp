#include "ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace groov {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProfileStore", text);
}

constexpr int MaxNameLength = 64;
const QString ProfilesGroup = QStringLiteral("profiles");

QString trustId(DeviceProfile::Trust trust)
{
    switch (trust) {
    case DeviceProfile::Trust::System:
        return QStringLiteral("system");
    case DeviceProfile::Trust::Pinned:
        return QStringLiteral("pinned");
    case DeviceProfile::Trust::CaFile:
        return QStringLiteral("cafile");
    case DeviceProfile::Trust::Insecure:
        return QStringLiteral("insecure");
    }
    return {};
}

std::optional<DeviceProfile::Trust> trustFromId(const QString &id)
{
    for (auto trust : {DeviceProfile::Trust::System, DeviceProfile::Trust::Pinned, DeviceProfile::Trust::CaFile,
                       DeviceProfile::Trust::Insecure}) {
        if (trustId(trust) == id)
            return trust;
    }
    return std::nullopt;
}

// Opens the file and turns a damaged one into an error that says where it is and what to do.
Result<std::unique_ptr<QSettings>> openSettings(const QString &path)
{
    auto settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    if (settings->status() != QSettings::NoError)
        return Error{ErrorCode::InvalidInput,
                     tr("The profiles file %1 cannot be read (it is damaged or not a profiles file). Move it aside "
                        "and create the profiles again.")
                         .arg(path)};
    return settings;
}

Status writeBack(QSettings &settings)
{
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error{ErrorCode::InvalidInput, tr("Cannot write the profiles file %1.").arg(settings.fileName())};
    // Profiles name devices and their trust: nobody else on this computer needs to read them.
    QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return Done{};
}

} // namespace

ProfileStore::ProfileStore(const QString &filePath) : m_filePath(filePath) {}

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/groov-update/profiles.ini");
}

Status ProfileStore::validateName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return invalidInput(tr("A profile needs a name."));
    if (name != name.trimmed())
        return invalidInput(tr("A profile name cannot start or end with a space."));
    if (name.size() > MaxNameLength)
        return invalidInput(tr("A profile name has at most %1 characters.").arg(MaxNameLength));
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.category() == QChar::Other_Control)
            return invalidInput(tr("A profile name cannot contain \"/\", \"\\\" or control characters."));
    }
    return Done{};
}

Result<QStringList> ProfileStore::names() const
{
    auto settings = openSettings(m_filePath);
    if (!settings)
        return settings.error();
    const std::unique_ptr<QSettings> &store = settings.value();
    store->beginGroup(ProfilesGroup);
    QStringList names = store->childGroups();
    names.sort(Qt::CaseInsensitive);
    return names;
}

Result<DeviceProfile> ProfileStore::load(const QString &name) const
{
    auto list = names();
    if (!list)
        return list.error();
    if (!list->contains(name)) {
        const QString known = list->isEmpty() ? tr("there are none yet; groov-update-gui saves them")
                                              : tr("known profiles: %1").arg(list->join(QStringLiteral(", ")));
        return invalidInput(tr("No profile named \"%1\" (%2).").arg(name, known));
    }
    auto settings = openSettings(m_filePath);
    if (!settings)
        return settings.error();
    QSettings &store = *settings.value();
    store.beginGroup(ProfilesGroup + QLatin1Char('/') + name);
    DeviceProfile profile;
    profile.name = name;
    profile.address = store.value(QStringLiteral("address")).toString();
    const auto trust = trustFromId(store.value(QStringLiteral("trust"), trustId(profile.trust)).toString());
    if (!trust)
        return invalidInput(tr("Profile \"%1\" has an unknown trust setting; edit it in groov-update-gui.").arg(name));
    profile.trust = *trust;
    profile.pinnedFingerprint = store.value(QStringLiteral("fingerprint")).toString();
    profile.caFile = store.value(QStringLiteral("caFile")).toString();
    profile.preserveSettings = store.value(QStringLiteral("preserveSettings"), true).toBool();
    profile.lastFirmwareFolder = store.value(QStringLiteral("lastFirmwareFolder")).toString();
    profile.lastResult = store.value(QStringLiteral("lastResult")).toString();
    profile.lastResultAt = store.value(QStringLiteral("lastResultAt")).toDateTime();
    return profile;
}

Status ProfileStore::save(const DeviceProfile &profile)
{
    if (const Status name = validateName(profile.name); !name)
        return name;
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    auto settings = openSettings(m_filePath);
    if (!settings)
        return settings.error();
    QSettings &store = *settings.value();
    store.beginGroup(ProfilesGroup + QLatin1Char('/') + profile.name);
    store.remove(QString()); // a saved profile replaces the old one entirely
    store.setValue(QStringLiteral("address"), profile.address);
    store.setValue(QStringLiteral("trust"), trustId(profile.trust));
    if (profile.trust == DeviceProfile::Trust::Pinned)
        store.setValue(QStringLiteral("fingerprint"), profile.pinnedFingerprint);
    if (profile.trust == DeviceProfile::Trust::CaFile)
        store.setValue(QStringLiteral("caFile"), profile.caFile);
    store.setValue(QStringLiteral("preserveSettings"), profile.preserveSettings);
    if (!profile.lastFirmwareFolder.isEmpty())
        store.setValue(QStringLiteral("lastFirmwareFolder"), profile.lastFirmwareFolder);
    if (!profile.lastResult.isEmpty()) {
        store.setValue(QStringLiteral("lastResult"), profile.lastResult);
        store.setValue(QStringLiteral("lastResultAt"), profile.lastResultAt);
    }
    store.endGroup();
    return writeBack(store);
}

Status ProfileStore::remove(const QString &name)
{
    auto settings = openSettings(m_filePath);
    if (!settings)
        return settings.error();
    QSettings &store = *settings.value();
    store.remove(ProfilesGroup + QLatin1Char('/') + name);
    return writeBack(store);
}

Status ProfileStore::rename(const QString &from, const QString &to)
{
    if (const Status name = validateName(to); !name)
        return name;
    auto existing = names();
    if (!existing)
        return existing.error();
    if (existing->contains(to))
        return invalidInput(tr("A profile named \"%1\" already exists.").arg(to));
    auto profile = load(from);
    if (!profile)
        return profile.error();
    DeviceProfile renamed = profile.value();
    renamed.name = to;
    if (const Status saved = save(renamed); !saved)
        return saved;
    return remove(from);
}

} // namespace groov
