#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace groov {

// A firmware version as groov Manage reports it and Opto 22 names its files: "4.1.0", "3.6.0-b.105". The image
// itself is encrypted, so its file name is the only place a client can read the version from before the upload:
// a hint to show and ask about, never proof of what the device will run.
class FirmwareVersion
{
    Q_DECLARE_TR_FUNCTIONS(FirmwareVersion)

public:
    // What installing `file` on a device that runs `device` would do.
    enum class Change { Unknown, Upgrade, Reinstall, Downgrade };

    // The whole text is a version ("4.1.0", "4.1.0-b.42"), surrounding spaces aside.
    static std::optional<FirmwareVersion> parse(const QString &text);
    // The first version in a file name ("groov-epic-firmware-4.1.0-b.42.bin"); none when it holds none, or two
    // different ones (no guess).
    static std::optional<FirmwareVersion> fromFileName(const QString &fileName);
    // Unknown when either is missing or unreadable. A build number counts only when both sides have one: the device
    // may report its release without the build.
    static Change compare(const QString &deviceVersion, const QString &fileName);
    // The same, with the target's version given as a version ("4.1.0-b.42"), such as a fleet plan's target.
    static Change compareVersions(const QString &deviceVersion, const QString &targetVersion);

    QString toString() const;
    // What the pages show for a file: "4.1.0 (from the file name): an upgrade from the device's 3.6.0-b.105", or
    // without the comparison when the device's version is unknown (empty); empty when the name holds no version.
    static QString fileVersionText(const QString &fileName, const QString &deviceVersion);

private:
    static Change change(const std::optional<FirmwareVersion> &device, const std::optional<FirmwareVersion> &target);
    static int compareReleases(const FirmwareVersion &a, const FirmwareVersion &b);

    int m_major = 0;
    int m_minor = 0;
    int m_patch = 0;
    std::optional<int> m_build;
};

} // namespace groov
