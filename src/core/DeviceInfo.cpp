#include "DeviceInfo.h"

#include "DeviceText.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonValue>
#include <QRegularExpression>

namespace groov {

namespace {

// Part numbers, versions and dates are short; anything longer is not worth showing whole.
constexpr qsizetype MaxFieldLength = 100;

// Accept numbers too: a firmware that sends "version": 4.1 should not lose the field. What the device sends is
// shown and reported, so it is made printable here, once.
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return printableDeviceText(value.toString().trimmed(), MaxFieldLength);
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

} // namespace

DeviceFamily DeviceInfo::family() const
{
    const QString part = model.trimmed();
    if (part.startsWith(QLatin1String("GRV-EPIC-"), Qt::CaseInsensitive))
        return DeviceFamily::Epic;
    if (part.startsWith(QLatin1String("GRV-R7-"), Qt::CaseInsensitive))
        return DeviceFamily::Rio;
    return DeviceFamily::Unknown;
}

Result<DeviceInfo> DeviceInfo::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error{ErrorCode::DeviceRejected,
                     DeviceInfo::tr("The device's answer to the information request was not understood "
                                    "(expected a JSON object). Check that the address belongs to a groov "
                                    "EPIC or groov RIO.")};
    }
    const QJsonObject root = document.object();
    const QJsonObject firmware = root.value(QLatin1String("firmware")).toObject();
    const QJsonObject hardware = root.value(QLatin1String("hardware")).toObject();

    DeviceInfo info;
    info.model = textOf(hardware.value(QLatin1String("part")));
    info.hardwareRevision = textOf(hardware.value(QLatin1String("revision")));
    info.firmwareVersion = textOf(firmware.value(QLatin1String("version")));
    info.firmwareDate = textOf(firmware.value(QLatin1String("date")));
    return info;
}

QJsonObject DeviceInfo::toJson() const
{
    return QJsonObject{
        {QStringLiteral("model"), model},
        {QStringLiteral("firmwareVersion"), firmwareVersion},
        {QStringLiteral("firmwareDate"), firmwareDate},
        {QStringLiteral("hardwareRevision"), hardwareRevision},
        {QStringLiteral("family"), familyKey(family())},
    };
}

QString familyName(DeviceFamily family)
{
    switch (family) {
    case DeviceFamily::Epic:
        return DeviceInfo::tr("groov EPIC");
    case DeviceFamily::Rio:
        return DeviceInfo::tr("groov RIO");
    case DeviceFamily::Unknown:
        break;
    }
    return DeviceInfo::tr("unknown");
}

QString familyKey(DeviceFamily family)
{
    switch (family) {
    case DeviceFamily::Epic:
        return QStringLiteral("epic");
    case DeviceFamily::Rio:
        return QStringLiteral("rio");
    case DeviceFamily::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

DeviceFamily familyFromFileName(const QString &fileName)
{
    // Word-ish: the keyword may touch digits or punctuation ("epic4", "grv_r7-mm1001") but not letters ("period").
    static const QRegularExpression epic(QStringLiteral("(?<![a-z])epic(?![a-z])"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rio(QStringLiteral("(?<![a-z])rio(?![a-z])|(?<![a-z0-9])r7(?![0-9])"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QString name = QFileInfo(fileName).fileName();
    const bool isEpic = epic.match(name).hasMatch();
    const bool isRio = rio.match(name).hasMatch();
    if (isEpic == isRio) // neither, or both: no guess
        return DeviceFamily::Unknown;
    return isEpic ? DeviceFamily::Epic : DeviceFamily::Rio;
}

} // namespace groov
