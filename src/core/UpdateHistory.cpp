#include "UpdateHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace groov {

QString UpdateHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/groov-update/history.jsonl");
}

Status UpdateHistory::append(const QList<QByteArray> &lines, const QString &path)
{
    if (lines.isEmpty())
        return Done{};
    const auto failure = [&path](const QString &why) {
        return invalidInput(tr("Could not add to the update history %1: %2").arg(path, why));
    };
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return invalidInput(tr("Could not add to the update history %1: its folder cannot be created.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append))
        return failure(file.errorString());
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QByteArray text;
    for (const QByteArray &line : lines)
        text += line + '\n';
    // One write: two runs appending at once do not interleave inside a line.
    if (file.write(text) != text.size() || !file.flush())
        return failure(file.errorString());
    return Done{};
}

} // namespace groov
