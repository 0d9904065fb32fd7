#include "ProfileStore.h"

#include "DeviceAddress.h"
#include "LocalFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QStringDecoder>

namespace groov {

namespace {

constexpr int MaxNameLength = 64;
const QString ProfilesGroup = QStringLiteral("profiles");
// Outside ProfilesGroup, so that it is never listed as a profile.
const QString LastUsedKey = QStringLiteral("state/lastUsed");

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

// A profiles file larger than this is not one the application wrote.
constexpr qint64 MaxFileBytes = 1024 * 1024;

// Why a profiles file is not read. Each is said in a whole sentence of its own, with the same advice.
enum class Damage { BinaryData, NotUtf8, NotKeyValueLine, NotIni };

Error damaged(const QString &path, Damage damage, int line = 0)
{
    const QString file = LocalFile::printable(path);
    switch (damage) {
    case Damage::BinaryData:
        return invalidInput(
            ProfileStore::tr("The profiles file %1 is damaged: it contains binary data. It was left as it is; fix it "
                             "in a text editor, or move it aside and save the profiles again in groov-update-gui.")
                .arg(file));
    case Damage::NotUtf8:
        return invalidInput(
            ProfileStore::tr("The profiles file %1 is damaged: it is not UTF-8 text. It was left as it is; fix it in "
                             "a text editor, or move it aside and save the profiles again in groov-update-gui.")
                .arg(file));
    case Damage::NotKeyValueLine:
        return invalidInput(
            ProfileStore::tr("The profiles file %1 is damaged: line %2 is neither a [section] nor a key=value line. It "
                             "was left as it is; fix it in a text editor, or move it aside and save the profiles "
                             "again in groov-update-gui.")
                .arg(file, QString::number(line)));
    case Damage::NotIni:
        break;
    }
    return invalidInput(
        ProfileStore::tr("The profiles file %1 is damaged: it is not an INI file. It was left as it is; fix it in a "
                         "text editor, or move it aside and save the profiles again in groov-update-gui.")
            .arg(file));
}

// QSettings reads almost anything as an empty or partial INI file and would then overwrite it on the next save.
// Check the text first, so a damaged file is reported and never silently replaced.
Status checkFileText(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return Done{};
    LocalFile::Rules rules(LocalFile::Kind::Profiles);
    rules.rightFile =
        ProfileStore::tr("The file was left as it is; move it aside and save the profiles again in groov-update-gui.");
    rules.maxBytes = MaxFileBytes;
    rules.mayBeEmpty = true;
    const auto bytes = LocalFile::readAll(path, rules);
    if (!bytes)
        return bytes.error();
    if (bytes->contains('\0'))
        return damaged(path, Damage::BinaryData);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes.value());
    if (decoder.hasError())
        return damaged(path, Damage::NotUtf8);
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char(';')) || line.startsWith(QLatin1Char('#')))
            continue;
        const bool section = line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'));
        if (!section && !line.contains(QLatin1Char('=')))
            return damaged(path, Damage::NotKeyValueLine, i + 1);
    }
    return Done{};
}

// Whoever can change the profiles can point one at their own server, pinned to their own certificate, and the key
// would be sent there. So profiles that another user of this computer can change are not used at all.
Status checkOnlyOwnerCanChange(const QString &path)
{
    const auto exposure = LocalFile::changeableByOthers(path);
    if (!exposure)
        return Done{};
    const QString file = LocalFile::printable(path);
    const QString culprit = LocalFile::printable(exposure->path);
    if (exposure->ownedByOther)
        return invalidInput(
            ProfileStore::tr("The profiles file %1 is not used: %2 belongs to another user of this computer, who "
                             "could point a profile at their own server and receive the device's API key. Keep the "
                             "profiles in a folder of your own (see XDG_CONFIG_HOME).")
                .arg(file, culprit));
    return invalidInput(
        ProfileStore::tr("The profiles file %1 is not used: other users of this computer can change %2, so they "
                         "could point a profile at their own server and receive the device's API key. Make it "
                         "private: chmod go-w %3")
            .arg(file, culprit, LocalFile::shellWord(exposure->path)));
}

// XDG asks for private configuration folders (0700); mkpath() would follow the umask, which may let the group in.
bool makePrivateFolder(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return true;
    if (info.absolutePath() != path && !makePrivateFolder(info.absolutePath()))
        return false;
    return QDir().mkdir(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

// Opens the file and turns a damaged one into an error that says where it is and what to do.
Result<std::unique_ptr<QSettings>> openSettings(const QString &path)
{
    if (const Status owned = checkOnlyOwnerCanChange(path); !owned)
        return owned.error();
    if (const Status text = checkFileText(path); !text)
        return text.error();
    auto settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    if (settings->status() != QSettings::NoError)
        return damaged(path, Damage::NotIni);
    return settings;
}

// A profile whose address or fingerprint is refused: the problem is the whole sentence DeviceAddress or TlsTrust says.
Error badEntry(const QString &name, const QString &problem)
{
    return invalidInput(
        ProfileStore::tr("Profile \"%1\" cannot be used: %2 Edit or delete it in groov-update-gui (Manage "
                         "profiles).")
            .arg(name, problem));
}

Status writeBack(QSettings &settings)
{
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return Error{
            ErrorCode::InvalidInput,
            ProfileStore::tr("Cannot write the profiles file %1.").arg(LocalFile::printable(settings.fileName()))};
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
        if (list->isEmpty())
            return invalidInput(tr("No profile named \"%1\" (there are none yet; groov-update-gui saves them). Check "
                                   "the name, or save the device as a profile in groov-update-gui.")
                                    .arg(name));
        return invalidInput(tr("No profile named \"%1\" (known profiles: %2). Check the name, or save the device as "
                               "a profile in groov-update-gui.")
                                .arg(name, list->join(QStringLiteral(", "))));
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
        return invalidInput(tr("Profile \"%1\" cannot be used: its trust setting \"%2\" is unknown. Edit or delete "
                               "it in groov-update-gui (Manage profiles).")
                                .arg(name, store.value(QStringLiteral("trust")).toString()));
    profile.trust = *trust;
    profile.pinnedFingerprint = store.value(QStringLiteral("fingerprint")).toString();
    profile.caFile = store.value(QStringLiteral("caFile")).toString();
    // A damaged flag must not quietly become "false": that would erase the device.
    const QString preserve = store.value(QStringLiteral("preserveSettings"), QStringLiteral("true")).toString();
    if (preserve != QLatin1String("true") && preserve != QLatin1String("false"))
        return invalidInput(tr("Profile \"%1\" cannot be used: its preserveSettings value \"%2\" is neither true "
                               "nor false. Edit or delete it in groov-update-gui (Manage profiles).")
                                .arg(name, preserve));
    profile.preserveSettings = preserve == QLatin1String("true");
    if (const auto address = DeviceAddress::parse(profile.address); !address)
        return badEntry(name, address.error().message);
    if (profile.trust == DeviceProfile::Trust::Pinned) {
        if (const auto pinned = TlsTrust::pinned(profile.pinnedFingerprint); !pinned)
            return badEntry(name, pinned.error().message);
    }
    profile.lastFirmwareFolder = store.value(QStringLiteral("lastFirmwareFolder")).toString();
    profile.lastResult = store.value(QStringLiteral("lastResult")).toString();
    profile.lastResultAt = store.value(QStringLiteral("lastResultAt")).toDateTime();
    profile.erasedByUpdateAt = store.value(QStringLiteral("erasedByUpdateAt")).toDateTime();
    return profile;
}

Status ProfileStore::save(const DeviceProfile &profile)
{
    if (const Status name = validateName(profile.name); !name)
        return name;
    makePrivateFolder(QFileInfo(m_filePath).absolutePath());
    if (const Status owned = checkOnlyOwnerCanChange(m_filePath); !owned)
        return owned;
    // Created private before the first profile is written into it: QSettings' atomic save keeps these permissions.
    if (QFile file(m_filePath); file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
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
    if (profile.erasedByUpdateAt.isValid())
        store.setValue(QStringLiteral("erasedByUpdateAt"), profile.erasedByUpdateAt);
    store.endGroup();
    return writeBack(store);
}

Status ProfileStore::recordOutcome(const QString &name, const UpdateReport &report)
{
    auto profile = load(name);
    if (!profile)
        return profile.error();
    DeviceProfile updated = profile.value();
    updated.recordOutcome(report);
    if (const Status saved = save(updated); !saved)
        return saved;
    // An update is a use, from either front end: the desktop application opens on this profile next time.
    return setLastUsed(name);
}

Status ProfileStore::remove(const QString &name)
{
    auto settings = openSettings(m_filePath);
    if (!settings)
        return settings.error();
    QSettings &store = *settings.value();
    store.remove(ProfilesGroup + QLatin1Char('/') + name);
    if (store.value(LastUsedKey).toString() == name)
        store.remove(LastUsedKey);
    return writeBack(store);
}

Result<QString> ProfileStore::unusedName(const QString &base) const
{
    const auto existing = names();
    if (!existing)
        return existing.error();
    if (!existing->contains(base))
        return base;
    for (int number = 2;; ++number) {
        const QString suffix = QStringLiteral(" (%1)").arg(number);
        // Shortened if need be, so that the name stays valid.
        const QString name = base.left(MaxNameLength - suffix.size()).trimmed() + suffix;
        if (!existing->contains(name))
            return name;
    }
}

Result<QString> ProfileStore::lastUsed() const
{
    auto settings = openSettings(m_filePath);
    if (!settings)
        return settings.error();
    const QString name = settings.value()->value(LastUsedKey).toString();
    const auto existing = names();
    if (!existing)
        return existing.error();
    return existing->contains(name) ? name : QString();
}

Status ProfileStore::setLastUsed(const QString &name)
{
    auto settings = openSettings(m_filePath);
    if (!settings)
        return settings.error();
    QSettings &store = *settings.value();
    if (store.value(LastUsedKey).toString() == name)
        return Done{}; // the file is left as it is
    store.setValue(LastUsedKey, name);
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
    const auto last = lastUsed();
    if (const Status removed = remove(from); !removed)
        return removed;
    // Still the same device: the next run starts from it under its new name.
    return last && last.value() == from ? setLastUsed(to) : Status(Done{});
}

} // namespace groov
