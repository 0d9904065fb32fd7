#include "ApiKeySource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace groov::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ApiKeySource", text);
}

// A key file holds one short line; anything much larger is the wrong file.
constexpr qint64 MaxKeyFileBytes = 64 * 1024;
} // namespace

Result<QString> ApiKeySource::fromFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return invalidInput(tr("The API key file %1 does not exist.").arg(path));
    if (!info.isFile())
        return invalidInput(tr("The API key file %1 is not a regular file.").arg(path));
    if (info.size() > MaxKeyFileBytes)
        return invalidInput(
            tr("The API key file %1 is %2 bytes; it should hold only the key.").arg(path).arg(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalidInput(tr("Cannot read the API key file %1: %2").arg(path, file.errorString()));
    const QString firstLine = QString::fromUtf8(file.readLine(MaxKeyFileBytes)).trimmed();
    if (firstLine.isEmpty())
        return invalidInput(tr("The API key file %1 is empty; its first line must be the key.").arg(path));
    return firstLine;
}

Result<QString> ApiKeySource::fromEnvironment(const QString &value)
{
    if (value.trimmed().isEmpty())
        return invalidInput(tr("No API key: set the environment variable GROOV_API_KEY, or use --api-key-file FILE. "
                               "The key belongs to an administrator account of the device (groov Manage, Accounts)."));
    return value.trimmed();
}

} // namespace groov::cli
