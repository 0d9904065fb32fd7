#include "UpdateStatus.h"

#include "DeviceText.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace groov {

namespace {

constexpr int ExcerptLength = 60;
constexpr int MaxStageMessageLength = 500; // a stage message is a sentence; a longer one is cut
constexpr int MaxStageNameLength = 60;
constexpr qsizetype MaxExtraStages = 16; // firmware adding stages adds a few, never dozens

// The nine stages the protocol names, in its order, with their names for people: the one list of them.
struct KnownStage
{
    const char *key;
    const char *displayName;
};
constexpr KnownStage KnownStages[] = {
    {"prepare", QT_TRANSLATE_NOOP("UpdateStatus", "Prepare")},
    {"upload", QT_TRANSLATE_NOOP("UpdateStatus", "Upload")},
    {"reassemble", QT_TRANSLATE_NOOP("UpdateStatus", "Reassemble")},
    {"unzip", QT_TRANSLATE_NOOP("UpdateStatus", "Unzip")},
    {"decrypt", QT_TRANSLATE_NOOP("UpdateStatus", "Decrypt")},
    {"decompress", QT_TRANSLATE_NOOP("UpdateStatus", "Decompress")},
    {"backupSettings", QT_TRANSLATE_NOOP("UpdateStatus", "Back up settings")},
    {"install", QT_TRANSLATE_NOOP("UpdateStatus", "Install")},
    {"finishAndRestart", QT_TRANSLATE_NOOP("UpdateStatus", "Finish and restart")},
};

QString humanise(const QString &name)
{
    QStringList words;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            words.append(current);
        current.clear();
    };
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == u'_' || c == u'-' || c.isSpace()) {
            flush();
            continue;
        }
        if (c.isUpper() && !current.isEmpty()) {
            const QChar previous = name.at(i - 1);
            const bool nextIsLower = i + 1 < name.size() && name.at(i + 1).isLower();
            // "checkCRC" -> check|CRC ; "HTTPServer" -> HTTP|Server
            if (previous.isLower() || previous.isDigit() || (previous.isUpper() && nextIsLower))
                flush();
        }
        current.append(c);
    }
    flush();
    if (words.isEmpty())
        return UpdateStatus::tr("Unnamed stage");

    for (int i = 0; i < words.size(); ++i) {
        QString &word = words[i];
        const bool acronym = word.size() > 1 && word == word.toUpper() && word != word.toLower();
        if (!acronym)
            word = word.toLower();
    }
    QString result = words.join(u' ');
    result[0] = result.at(0).toUpper();
    return result;
}

StageState stateFromText(const QJsonValue &value)
{
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("pending"))
        return StageState::Pending;
    if (text == QLatin1String("running"))
        return StageState::Running;
    if (text == QLatin1String("done"))
        return StageState::Done;
    if (text == QLatin1String("error"))
        return StageState::Error;
    return StageState::Unknown;
}

std::optional<int> intFromDouble(double number)
{
    if (!std::isfinite(number) || number != std::trunc(number))
        return std::nullopt;
    if (number < double(std::numeric_limits<int>::min()) || number > double(std::numeric_limits<int>::max()))
        return std::nullopt;
    return int(number);
}

std::optional<int> errorCodeFrom(const QJsonValue &value)
{
    if (value.isDouble())
        return intFromDouble(value.toDouble());
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        bool ok = false;
        const int asInt = text.toInt(&ok);
        if (ok)
            return asInt;
        const double asDouble = text.toDouble(&ok);
        if (ok)
            return intFromDouble(asDouble);
    }
    return std::nullopt;
}

DeviceStage stageFrom(const QString &name, const QJsonValue &value)
{
    DeviceStage stage;
    stage.name = name;
    if (!value.isObject())
        return stage;
    const QJsonObject object = value.toObject();
    stage.state = stateFromText(object.value(QLatin1String("status")));
    stage.errorCode = errorCodeFrom(object.value(QLatin1String("errorCode")));
    const QJsonValue message = object.value(QLatin1String("errorMessage"));
    if (message.isString())
        stage.errorMessage = printableDeviceText(message.toString(), MaxStageMessageLength);
    else if (message.isDouble())
        stage.errorMessage = QString::number(message.toDouble());
    stage.errorData = object.value(QLatin1String("errorData"));
    return stage;
}

QList<DeviceStage> unknownStages()
{
    QList<DeviceStage> stages;
    for (const QString &name : UpdateStatus::knownStageNames())
        stages.append(DeviceStage{name, StageState::Unknown, std::nullopt, QString(), QJsonValue()});
    return stages;
}

// A short printable excerpt for messages; the raw body never goes into a message whole.
QString excerpt(const QByteArray &body)
{
    return printableDeviceText(QString::fromUtf8(body.left(ExcerptLength * 4)).simplified(), ExcerptLength);
}

// QJsonObject sorts its keys, so the top-level keys' document order is recovered from the raw text.
// Only called on a body that QJsonDocument already accepted as an object.
QStringList topLevelKeysInOrder(const QByteArray &body)
{
    QStringList keys;
    const char *p = body.constData();
    const char *const end = p + body.size();
    const auto skipSpace = [&] {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
            ++p;
    };
    // Returns the raw string token including quotes, or an empty array on malformed input.
    const auto readString = [&]() -> QByteArray {
        if (p >= end || *p != '"')
            return {};
        const char *start = p++;
        while (p < end && *p != '"') {
            if (*p == '\\' && p + 1 < end)
                ++p;
            ++p;
        }
        if (p >= end)
            return {};
        ++p;
        return QByteArray(start, int(p - start));
    };

    if (body.startsWith("\xEF\xBB\xBF"))
        p += 3;
    skipSpace();
    if (p >= end || *p != '{')
        return keys;
    ++p;
    for (;;) {
        skipSpace();
        if (p >= end || *p == '}')
            break;
        const QByteArray token = readString();
        if (token.isEmpty())
            break;
        // Let the JSON parser decode escapes in the key.
        const QJsonArray decoded = QJsonDocument::fromJson('[' + token + ']').array();
        const QString key = decoded.isEmpty() ? QString() : decoded.first().toString();
        if (!keys.contains(key))
            keys.append(key);
        skipSpace();
        if (p >= end || *p != ':')
            break;
        ++p;
        // Skip the value: strings may contain brackets, so track them separately from nesting.
        int depth = 0;
        while (p < end) {
            skipSpace();
            if (p >= end)
                break;
            if (*p == '"') {
                if (readString().isEmpty())
                    return keys;
                continue;
            }
            if (*p == '{' || *p == '[') {
                ++depth;
            } else if (*p == '}' || *p == ']') {
                if (depth == 0)
                    break; // end of the top-level object
                --depth;
            } else if (*p == ',' && depth == 0) {
                break;
            }
            ++p;
        }
        if (p < end && *p == ',')
            ++p;
    }
    return keys;
}

} // namespace

bool DeviceStage::operator==(const DeviceStage &other) const
{
    return name == other.name && state == other.state && errorCode == other.errorCode &&
           errorMessage == other.errorMessage && errorData == other.errorData;
}

UpdateStatus::UpdateStatus() : m_stages(unknownStages()) {}

const QStringList &UpdateStatus::knownStageNames()
{
    static const QStringList names = [] {
        QStringList keys;
        for (const KnownStage &stage : KnownStages)
            keys << QLatin1String(stage.key);
        return keys;
    }();
    return names;
}

QString stageDisplayName(const QString &stageName)
{
    for (const KnownStage &stage : KnownStages) {
        if (stageName == QLatin1String(stage.key))
            return UpdateStatus::tr(stage.displayName);
    }
    return humanise(stageName);
}
UpdateStatus UpdateStatus::parse(const QByteArray &body)
{
    UpdateStatus status;
    if (body.trimmed().isEmpty()) {
        status.m_problem = tr("The device sent an empty update status.");
        return status;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        status.m_problem = tr("The device's update status is not JSON (%1 at byte %2): \"%3\"")
                               .arg(parseError.errorString())
                               .arg(parseError.offset)
                               .arg(excerpt(body));
        return status;
    }
    if (!document.isObject()) {
        status.m_problem =
            (document.isArray() ? tr("The device's update status is an array instead of a JSON object: \"%1\"")
                                : tr("The device's update status is a single value instead of a JSON object: \"%1\""))
                .arg(excerpt(body));
        return status;
    }

    const QJsonObject root = document.object();
    status.m_valid = true;
    status.m_stages.clear();
    const QStringList &known = knownStageNames();
    for (const QString &name : known)
        status.m_stages.append(stageFrom(name, root.value(name)));

    const QString activeKey = QStringLiteral("active");
    const auto isExtraStage = [&](const QString &key) {
        if (known.contains(key) || key == activeKey)
            return false;
        const QJsonValue value = root.value(key);
        return value.isObject() && value.toObject().contains(QLatin1String("status"));
    };
    QStringList extraKeys;
    for (const QString &key : topLevelKeysInOrder(body)) {
        if (isExtraStage(key))
            extraKeys.append(key);
    }
    // Should the scan ever miss a key, still show the stage (in sorted order at the end).
    for (const QString &key : root.keys()) {
        if (isExtraStage(key) && !extraKeys.contains(key))
            extraKeys.append(key);
    }
    // A stage the device names itself is shown by that name, escaped and cut; a flood of them is cut too (each becomes
    // a row). Two names that look alike once escaped and cut are shown once.
    QStringList shownNames = known;
    for (const QString &key : std::as_const(extraKeys)) {
        if (status.m_stages.size() >= known.size() + MaxExtraStages)
            break;
        const QString shown = printableDeviceText(key, MaxStageNameLength);
        if (shownNames.contains(shown))
            continue;
        shownNames.append(shown);
        status.m_stages.append(stageFrom(shown, root.value(key)));
    }

    const QJsonValue active = root.value(activeKey);
    if (active.isBool()) {
        status.m_active = active.toBool();
    } else {
        const QString text = active.toString().trimmed().toLower();
        if (text == QLatin1String("active"))
            status.m_active = true;
        else if (text == QLatin1String("inactive"))
            status.m_active = false;
    }
    return status;
}

bool UpdateStatus::isValid() const
{
    return m_valid;
}

QString UpdateStatus::problem() const
{
    return m_problem;
}

QList<DeviceStage> UpdateStatus::stages() const
{
    return m_stages;
}

std::optional<DeviceStage> UpdateStatus::stage(const QString &name) const
{
    for (const DeviceStage &stage : m_stages) {
        if (stage.name == name)
            return stage;
    }
    return std::nullopt;
}

std::optional<DeviceStage> UpdateStatus::firstError() const
{
    for (const DeviceStage &stage : m_stages) {
        if (stage.state == StageState::Error)
            return stage;
    }
    return std::nullopt;
}

std::optional<bool> UpdateStatus::active() const
{
    return m_active;
}

bool UpdateStatus::hasStarted(const QString &name) const
{
    const std::optional<DeviceStage> found = stage(name);
    if (!found)
        return false;
    return found->state == StageState::Running || found->state == StageState::Done || found->state == StageState::Error;
}

bool UpdateStatus::operator==(const UpdateStatus &other) const
{
    return m_valid == other.m_valid && m_problem == other.m_problem && m_stages == other.m_stages &&
           m_active == other.m_active;
}

QList<DeviceStage> changedStages(const QList<DeviceStage> &previous, const QList<DeviceStage> &current)
{
    QList<DeviceStage> changed;
    for (const DeviceStage &stage : current) {
        const auto before = std::find_if(previous.cbegin(), previous.cend(),
                                         [&stage](const DeviceStage &old) { return old.name == stage.name; });
        if (before == previous.cend() || *before != stage)
            changed.append(stage);
    }
    return changed;
}

QString stageStateName(StageState state)
{
    switch (state) {
    case StageState::Pending:
        return QStringLiteral("pending");
    case StageState::Running:
        return QStringLiteral("running");
    case StageState::Done:
        return QStringLiteral("done");
    case StageState::Error:
        return QStringLiteral("error");
    case StageState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString stageStateDisplayName(StageState state)
{
    switch (state) {
    case StageState::Pending:
        return UpdateStatus::tr("Waiting");
    case StageState::Running:
        return UpdateStatus::tr("Running");
    case StageState::Done:
        return UpdateStatus::tr("Done");
    case StageState::Error:
        return UpdateStatus::tr("Failed");
    case StageState::Unknown:
        break;
    }
    return UpdateStatus::tr("Unknown");
}

} // namespace groov
