#include "ApiKeySource.h"

#include "LocalFile.h"

#include <QCoreApplication>

namespace groov {

namespace {
// A key file holds one short line; anything much larger is the wrong file. The pipe of <(secret-tool lookup ...)
// is read too, since it keeps the key off the disk; a named FIFO is not (LocalFile::Rules::mayBeInheritedPipe).
LocalFile::Rules keyFileRules()
{
    LocalFile::Rules rules(LocalFile::Kind::ApiKey);
    rules.rightFile = ApiKeySource::tr("Save the key in an ordinary file and give that, or set GROOV_API_KEY.");
    rules.maxBytes = 64 * 1024;
    rules.mayBeInheritedPipe = true;
    return rules;
}
} // namespace

Result<QString> ApiKeySource::fromFile(const QString &path)
{
    const auto contents = LocalFile::readAll(path, keyFileRules());
    if (!contents)
        return contents.error();
    const QString firstLine = QString::fromUtf8(contents.value()).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (firstLine.isEmpty())
        return invalidInput(
            tr("The API key file \"%1\" is empty; its first line must be the key.").arg(LocalFile::printable(path)));
    return firstLine;
}

QString ApiKeySource::exposureOf(const QString &path)
{
    const auto file = LocalFile::check(path, keyFileRules());
    if (!file || !(file->permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)))
        return {};
    return tr("The API key file \"%1\" can be read by other users of this computer. Make it private: chmod 600 %2")
        .arg(LocalFile::printable(path), LocalFile::shellWord(path));
}

Result<QString> ApiKeySource::fromEnvironment(const QString &value)
{
    if (value.trimmed().isEmpty())
        return invalidInput(tr("No API key: set the environment variable GROOV_API_KEY, or use --api-key-file FILE. "
                               "The key belongs to an administrator account of the device (groov Manage, Accounts)."));
    return value.trimmed();
}

} // namespace groov
