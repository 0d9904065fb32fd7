#include "FirmwareVersion.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace groov {

namespace {

// Bounded numbers: a version part that does not fit an int is no version of groov firmware.
const QString VersionPattern = QStringLiteral("(\\d{1,5})\\.(\\d{1,5})\\.(\\d{1,5})(?:-b\\.(\\d{1,7}))?");

std::optional<FirmwareVersion> fromMatch(const QRegularExpressionMatch &match)
{
    QString text = match.captured(1) + QLatin1Char('.') + match.captured(2) + QLatin1Char('.') + match.captured(3);
    if (match.hasCaptured(4) && !match.captured(4).isEmpty())
        text += QStringLiteral("-b.") + match.captured(4);
    return FirmwareVersion::parse(text);
}

} // namespace

std::optional<FirmwareVersion> FirmwareVersion::parse(const QString &text)
{
    static const QRegularExpression whole(QRegularExpression::anchoredPattern(VersionPattern));
    const QRegularExpressionMatch match = whole.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    FirmwareVersion version;
    version.m_major = match.captured(1).toInt();
    version.m_minor = match.captured(2).toInt();
    version.m_patch = match.captured(3).toInt();
    if (match.hasCaptured(4) && !match.captured(4).isEmpty())
        version.m_build = match.captured(4).toInt();
    return version;
}

std::optional<FirmwareVersion> FirmwareVersion::fromFileName(const QString &fileName)
{
    // Not inside a longer run of digits and dots ("1.2.3.4" is an address or a date, not a version).
    static const QRegularExpression anywhere(QStringLiteral("(?<![\\d.])") + VersionPattern +
                                             QStringLiteral("(?![\\d]|\\.\\d)"));
    const QString name = QFileInfo(fileName).fileName();
    std::optional<FirmwareVersion> found;
    for (auto it = anywhere.globalMatch(name); it.hasNext();) {
        const std::optional<FirmwareVersion> version = fromMatch(it.next());
        if (found && version && found->toString() != version->toString())
            return std::nullopt;
        found = version;
    }
    return found;
}

FirmwareVersion::Change FirmwareVersion::compare(const QString &deviceVersion, const QString &fileName)
{
    return change(parse(deviceVersion), fromFileName(fileName));
}

FirmwareVersion::Change FirmwareVersion::compareVersions(const QString &deviceVersion, const QString &targetVersion)
{
    return change(parse(deviceVersion), parse(targetVersion));
}

FirmwareVersion::Change FirmwareVersion::change(const std::optional<FirmwareVersion> &device,
                                                const std::optional<FirmwareVersion> &target)
{
    if (!device || !target)
        return Change::Unknown;
    const int order = compareReleases(*target, *device);
    if (order != 0)
        return order > 0 ? Change::Upgrade : Change::Downgrade;
    if (!target->m_build || !device->m_build || *target->m_build == *device->m_build)
        return Change::Reinstall;
    return *target->m_build > *device->m_build ? Change::Upgrade : Change::Downgrade;
}

int FirmwareVersion::compareReleases(const FirmwareVersion &a, const FirmwareVersion &b)
{
    for (const auto &[x, y] :
         {std::pair{a.m_major, b.m_major}, std::pair{a.m_minor, b.m_minor}, std::pair{a.m_patch, b.m_patch}}) {
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

QString FirmwareVersion::toString() const
{
    QString text = QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_patch);
    if (m_build)
        text += QStringLiteral("-b.%1").arg(*m_build);
    return text;
}

QString FirmwareVersion::fileVersionText(const QString &fileName, const QString &deviceVersion)
{
    const std::optional<FirmwareVersion> version = fromFileName(fileName);
    if (!version)
        return {};
    const QString file = version->toString();
    // One whole text for each change: the change is no phrase put into another sentence.
    switch (compare(deviceVersion, fileName)) {
    case Change::Upgrade:
        return tr("%1 (from the file name): an upgrade from the device's %2").arg(file, deviceVersion);
    case Change::Reinstall:
        return tr("%1 (from the file name): a reinstall of the device's %2").arg(file, deviceVersion);
    case Change::Downgrade:
        return tr("%1 (from the file name): a downgrade from the device's %2").arg(file, deviceVersion);
    case Change::Unknown:
        break;
    }
    return tr("%1 (from the file name)").arg(file);
}

} // namespace groov
