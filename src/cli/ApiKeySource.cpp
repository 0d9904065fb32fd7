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
    // Only a regular file is opened: a FIFO would block and a device file never ends.
    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists())
        return invalidInput(tr("The API key file %1 is a link to %2, which does not exist. Fix the link or give the "
                               "key file itself.")
                                .arg(path, info.symLinkTarget()));
    if (!info.exists())
        return invalidInput(
            tr("The API key file %1 does not exist. Check the path, or set GROOV_API_KEY instead.").arg(path));
    if (info.isDir())
        return invalidInput(
            tr("The API key file %1 is a folder. Give the file inside it that holds the key.").arg(path));
    if (!info.isFile())
        return invalidInput(tr("The API key file %1 is not a regular file (a pipe, socket or device). Save the key "
                               "in an ordinary file and give that.")
                                .arg(path));
    if (info.size() > MaxKeyFileBytes)
        return invalidInput(tr("The API key file %1 is %2 bytes; it should hold only the key. Check that it is the "
                               "right file.")
                                .arg(path)
                                .arg(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalidInput(
            tr("Cannot read the API key file %1: %2. Check its permissions.").arg(path, file.errorString()));
    const QString firstLine = QString::fromUtf8(file.readLine(MaxKeyFileBytes)).trimmed();
    if (firstLine.isEmpty())
        return invalidInput(tr("The API key file %1 is empty; its first line must be the key.").arg(path));
    return firstLine;
}

QString ApiKeySource::exposureOf(const QString &path)
{
    const QFileDevice::Permissions permissions = QFileInfo(path).permissions();
    if (!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther)))
        return {};
    return tr("The API key file %1 can be read by other users of this computer. Make it private: chmod 600 %1")
        .arg(path);
}

Result<QString> ApiKeySource::fromEnvironment(const QString &value)
{
    if (value.trimmed().isEmpty())
        return invalidInput(tr("No API key: set the environment variable GROOV_API_KEY, or use --api-key-file FILE. "
                               "The key belongs to an administrator account of the device (groov Manage, Accounts)."));
    return value.trimmed();
}

} // namespace groov::cli
