#pragma once

#include "DeviceProfile.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace groov {

// Device profiles in one INI file in the user's configuration folder, shared by the desktop application and the
// command line. Holds no API key. The file is readable by its owner only. A file that another user of the computer
// could change (it, or a folder above it, is writable by group or others) is refused by every call: they could point
// a profile at their own server and receive the key.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    explicit ProfileStore(const QString &filePath = defaultPath());

    // $XDG_CONFIG_HOME/groov-update/profiles.ini (or the platform's equivalent).
    static QString defaultPath();
    QString filePath() const { return m_filePath; }

    [[nodiscard]] Result<QStringList> names() const;
    [[nodiscard]] Result<DeviceProfile> load(const QString &name) const;
    [[nodiscard]] Status save(const DeviceProfile &profile);
    [[nodiscard]] Status remove(const QString &name);
    [[nodiscard]] Status rename(const QString &from, const QString &to);
    // Loads the profile, records how an update of it ended (DeviceProfile::recordOutcome) and saves it; the profile
    // becomes the last one used.
    [[nodiscard]] Status recordOutcome(const QString &name, const UpdateReport &report);
    // `base` if no profile has that name, else the first free "base (2)", "base (3)"...: a new profile never
    // replaces one the user saved.
    [[nodiscard]] Result<QString> unusedName(const QString &base) const;

    // The profile last used for a check or an update, so that the next run starts from it: only its name, never
    // its key. Empty if none, or if it was removed since; a rename carries it along.
    [[nodiscard]] Result<QString> lastUsed() const;
    [[nodiscard]] Status setLastUsed(const QString &name);

    [[nodiscard]] static Status validateName(const QString &name);

private:
    QString m_filePath;
};

} // namespace groov
