#include "LocalFile.h"

#include "DeviceText.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <iterator>
#include <limits>

#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace groov {

namespace {

constexpr qsizetype MaxShownPathLength = 300;
constexpr QChar Replacement(QChar::ReplacementCharacter);

bool isUtf8(const QByteArray &native)
{
    return QFile::encodeName(QFile::decodeName(native)) == native;
}

// A name as it is on disk, even when it is not UTF-8: each byte that is not ASCII becomes "\xE9".
QString shownNative(const QByteArray &native)
{
    if (isUtf8(native))
        return LocalFile::printable(QFile::decodeName(native));
    QString shown;
    for (const char byte : native) {
        const auto value = uchar(byte);
        if (value < 0x80)
            shown += QLatin1Char(byte);
        else
            shown += QStringLiteral("\\x") + QString::number(value, 16).toUpper();
    }
    return LocalFile::printable(shown);
}

// The names in a folder that Qt decodes to this name.
QList<QByteArray> entriesDecodingTo(const QByteArray &folder, const QString &name)
{
    QList<QByteArray> matches;
    DIR *dir = ::opendir(folder.constData());
    if (!dir)
        return matches;
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray entryName(entry->d_name);
        if (QFile::decodeName(entryName) == name)
            matches << entryName;
    }
    ::closedir(dir);
    return matches;
}

// Qt 6 decodes every local file name as UTF-8, so a name byte that is not UTF-8 (a Latin-1 "é" from an old archive)
// arrives as U+FFFD and the name leads nowhere. Such a part of the path is looked up in its folder among the names that
// decode the same way. Nothing when several match: which one was meant cannot be known.
std::optional<QByteArray> nativeName(const QString &path)
{
    if (!path.contains(Replacement))
        return QFile::encodeName(path);
    QByteArray native = path.startsWith(QLatin1Char('/')) ? QByteArrayLiteral("/") : QByteArray();
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QByteArray part = QFile::encodeName(parts.at(i));
        if (parts.at(i).contains(Replacement)) {
            const QList<QByteArray> matches =
                entriesDecodingTo(native.isEmpty() ? QByteArrayLiteral(".") : native, parts.at(i));
            if (matches.size() > 1)
                return std::nullopt;
            if (matches.size() == 1)
                part = matches.first();
        }
        native += part;
        if (i + 1 < parts.size())
            native += '/';
    }
    return native;
}

// The descriptor N when the path is /dev/fd/N or /proc/self/fd/N.
std::optional<int> descriptorNamedBy(const QString &path)
{
    static const QRegularExpression pattern(QStringLiteral("^/(?:dev/fd|proc/self/fd)/([0-9]{1,6})$"));
    const QRegularExpressionMatch match = pattern.match(path);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

QString linkTarget(const QByteArray &native)
{
    QByteArray target(PATH_MAX, Qt::Uninitialized);
    const ssize_t length = ::readlink(native.constData(), target.data(), size_t(target.size()));
    return length < 0 ? QString() : shownNative(target.left(length));
}

QFileDevice::Permissions permissionsOf(mode_t mode)
{
    QFileDevice::Permissions permissions;
    const auto add = [&](mode_t bit, QFileDevice::Permissions flags) {
        if (mode & bit)
            permissions |= flags;
    };
    add(S_IRUSR, QFileDevice::ReadOwner | QFileDevice::ReadUser);
    add(S_IWUSR, QFileDevice::WriteOwner | QFileDevice::WriteUser);
    add(S_IXUSR, QFileDevice::ExeOwner | QFileDevice::ExeUser);
    add(S_IRGRP, QFileDevice::ReadGroup);
    add(S_IWGRP, QFileDevice::WriteGroup);
    add(S_IXGRP, QFileDevice::ExeGroup);
    add(S_IROTH, QFileDevice::ReadOther);
    add(S_IWOTH, QFileDevice::WriteOther);
    add(S_IXOTH, QFileDevice::ExeOther);
    return permissions;
}

// What went wrong with a file, and the values its sentence takes after the path (%1); each kind of file has its own
// whole sentence for each problem.
enum class Problem {
    DoesNotExist,
    FileOnTheWay, // a file where a folder of the path should be
    LinkLoop,
    FolderClosed,  // %2 the system's reason
    CannotExamine, // %2 the system's reason
    Folder,
    NamedPipeNotInherited, // %2 the advice
    NamedPipe,             // %2 the advice
    Socket,                // %2 the advice
    CharacterDevice,       // %2 the advice
    BlockDevice,           // %2 the advice
    NotRegular,            // %2 the advice
    CannotRead,            // %2 the system's reason
    Empty,                 // %2 the advice
    EmptyPath,             // no path: %1 the advice
    NulInPath,
    AmbiguousName,   // not UTF-8, and several names in the folder match
    DanglingLink,    // %2 where the link leads
    TooLarge,        // %2 its size, %3 the limit, %4 the advice
    NameNotUtf8,     // %2 the name as it is on disk
    PipeNotFinished, // %2 the deadline in seconds
    ReadFailed,      // %2 the system's reason
    PipeTooLarge,    // %2 the limit, %3 the advice
};

// Each problem's whole sentence for each kind of file, side by side: %1 is the path (for EmptyPath, the advice), then
// the values the problem's comment names. A kind of file has its own sentences so that a translation can make every
// word agree with the file's name.
struct Sentences
{
    Problem problem;
    const char *firmware;
    const char *apiKey;
    const char *caCertificate;
    const char *profiles;
    const char *plan;
    const char *deviceList;
};

constexpr Sentences SentencesByProblem[] = {
    {Problem::DoesNotExist,
     QT_TRANSLATE_NOOP("LocalFile",
                       "The firmware file \"%1\" does not exist. Check the path and the spelling of the file name."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The API key file \"%1\" does not exist. Check the path and the spelling of the file name."),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The CA certificate file \"%1\" does not exist. Check the path and the spelling of the file name."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The profiles file \"%1\" does not exist. Check the path and the spelling of the file name."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The plan file \"%1\" does not exist. Check the path and the spelling of the file name."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The device list \"%1\" does not exist. Check the path and the spelling of the file name.")},
    {Problem::FileOnTheWay,
     QT_TRANSLATE_NOOP("LocalFile",
                       "The firmware file \"%1\" does not exist: a part of the path before the file name is a "
                       "file, not a folder. Check the path."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The API key file \"%1\" does not exist: a part of the path before the file name is a "
                       "file, not a folder. Check the path."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The CA certificate file \"%1\" does not exist: a part of the path before the file name "
                       "is a file, not a folder. Check the path."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The profiles file \"%1\" does not exist: a part of the path before the file name is a "
                       "file, not a folder. Check the path."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The plan file \"%1\" does not exist: a part of the path before the file name is a file, "
                       "not a folder. Check the path."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The device list \"%1\" does not exist: a part of the path before the file name is a "
                       "file, not a folder. Check the path.")},
    {Problem::LinkLoop,
     QT_TRANSLATE_NOOP("LocalFile",
                       "The firmware file \"%1\" leads into a loop of symbolic links, so there is no file to "
                       "read. Fix the links, or give the file itself."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The API key file \"%1\" leads into a loop of symbolic links, so there is no file to "
                       "read. Fix the links, or give the file itself."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The CA certificate file \"%1\" leads into a loop of symbolic links, so there is no file "
                       "to read. Fix the links, or give the file itself."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The profiles file \"%1\" leads into a loop of symbolic links, so there is no file to "
                       "read. Fix the links, or give the file itself."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The plan file \"%1\" leads into a loop of symbolic links, so there is no file to read. "
                       "Fix the links, or give the file itself."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The device list \"%1\" leads into a loop of symbolic links, so there is no file to read. "
                       "Fix the links, or give the file itself.")},
    {Problem::FolderClosed,
     QT_TRANSLATE_NOOP("LocalFile",
                       "The firmware file \"%1\" cannot be reached: a folder on its path does not let this user "
                       "in (%2). Check the folders' permissions."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The API key file \"%1\" cannot be reached: a folder on its path does not let this user "
                       "in (%2). Check the folders' permissions."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The CA certificate file \"%1\" cannot be reached: a folder on its path does not let this "
                       "user in (%2). Check the folders' permissions."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The profiles file \"%1\" cannot be reached: a folder on its path does not let this user "
                       "in (%2). Check the folders' permissions."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The plan file \"%1\" cannot be reached: a folder on its path does not let this user in "
                       "(%2). Check the folders' permissions."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The device list \"%1\" cannot be reached: a folder on its path does not let this user in "
                       "(%2). Check the folders' permissions.")},
    {Problem::CannotExamine,
     QT_TRANSLATE_NOOP("LocalFile", "The firmware file \"%1\" cannot be examined (%2). Check the path."),
     QT_TRANSLATE_NOOP("LocalFile", "The API key file \"%1\" cannot be examined (%2). Check the path."),
     QT_TRANSLATE_NOOP("LocalFile", "The CA certificate file \"%1\" cannot be examined (%2). Check the path."),
     QT_TRANSLATE_NOOP("LocalFile", "The profiles file \"%1\" cannot be examined (%2). Check the path."),
     QT_TRANSLATE_NOOP("LocalFile", "The plan file \"%1\" cannot be examined (%2). Check the path."),
     QT_TRANSLATE_NOOP("LocalFile", "The device list \"%1\" cannot be examined (%2). Check the path.")},
    {Problem::Folder,
     QT_TRANSLATE_NOOP("LocalFile", "The firmware file \"%1\" is a folder, not a file. Give the file inside it."),
     QT_TRANSLATE_NOOP("LocalFile", "The API key file \"%1\" is a folder, not a file. Give the file inside it."),
     QT_TRANSLATE_NOOP("LocalFile", "The CA certificate file \"%1\" is a folder, not a file. Give the file inside it."),
     QT_TRANSLATE_NOOP("LocalFile", "The profiles file \"%1\" is a folder, not a file. Give the file inside it."),
     QT_TRANSLATE_NOOP("LocalFile", "The plan file \"%1\" is a folder, not a file. Give the file inside it."),
     QT_TRANSLATE_NOOP("LocalFile", "The device list \"%1\" is a folder, not a file. Give the file inside it.")},
    {Problem::NamedPipeNotInherited,
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The firmware file \"%1\" is a named pipe (FIFO) in the file system: opening it could wait forever. Only a "
         "pipe this command already holds open is read, given as /dev/fd/N (as bash's <(command) does). %2"),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The API key file \"%1\" is a named pipe (FIFO) in the file system: opening it could wait forever. Only a "
         "pipe this command already holds open is read, given as /dev/fd/N (as bash's <(command) does). %2"),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The CA certificate file \"%1\" is a named pipe (FIFO) in the file system: opening it could wait forever. "
         "Only a pipe this command already holds open is read, given as /dev/fd/N (as bash's <(command) does). %2"),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The profiles file \"%1\" is a named pipe (FIFO) in the file system: opening it could wait forever. Only a "
         "pipe this command already holds open is read, given as /dev/fd/N (as bash's <(command) does). %2"),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The plan file \"%1\" is a named pipe (FIFO) in the file system: opening it could wait forever. Only a "
         "pipe this command already holds open is read, given as /dev/fd/N (as bash's <(command) does). %2"),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The device list \"%1\" is a named pipe (FIFO) in the file system: opening it could wait forever. Only a "
         "pipe this command already holds open is read, given as /dev/fd/N (as bash's <(command) does). %2")},
    {Problem::NamedPipe,
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The firmware file \"%1\" is a named pipe (FIFO), not a regular file: opening it could wait forever. %2"),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The API key file \"%1\" is a named pipe (FIFO), not a regular file: opening it could wait forever. %2"),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The CA certificate file \"%1\" is a named pipe (FIFO), not a regular file: opening it "
                       "could wait forever. %2"),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The profiles file \"%1\" is a named pipe (FIFO), not a regular file: opening it could wait forever. %2"),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The plan file \"%1\" is a named pipe (FIFO), not a regular file: opening it could wait forever. %2"),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The device list \"%1\" is a named pipe (FIFO), not a regular file: opening it could wait forever. %2")},
    {Problem::Socket, QT_TRANSLATE_NOOP("LocalFile", "The firmware file \"%1\" is a socket, not a regular file. %2"),
     QT_TRANSLATE_NOOP("LocalFile", "The API key file \"%1\" is a socket, not a regular file. %2"),
     QT_TRANSLATE_NOOP("LocalFile", "The CA certificate file \"%1\" is a socket, not a regular file. %2"),
     QT_TRANSLATE_NOOP("LocalFile", "The profiles file \"%1\" is a socket, not a regular file. %2"),
     QT_TRANSLATE_NOOP("LocalFile", "The plan file \"%1\" is a socket, not a regular file. %2"),
     QT_TRANSLATE_NOOP("LocalFile", "The device list \"%1\" is a socket, not a regular file. %2")},
    {Problem::CharacterDevice,
     QT_TRANSLATE_NOOP("LocalFile",
                       "The firmware file \"%1\" is a device file (a character device, such as /dev/zero or a "
                       "terminal), not a regular file: reading it may never end. %2"),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The API key file \"%1\" is a device file (a character device, such as /dev/zero or a "
                       "terminal), not a regular file: reading it may never end. %2"),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The CA certificate file \"%1\" is a device file (a character device, such as /dev/zero "
                       "or a terminal), not a regular file: reading it may never end. %2"),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The profiles file \"%1\" is a device file (a character device, such as /dev/zero or a "
                       "terminal), not a regular file: reading it may never end. %2"),
     QT_TRANSLATE_NOOP("LocalFile", "The plan file \"%1\" is a device file (a character device, such as /dev/zero or a "
                                    "terminal), not a regular file: reading it may never end. %2"),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The device list \"%1\" is a device file (a character device, such as /dev/zero or a "
                       "terminal), not a regular file: reading it may never end. %2")},
    {Problem::BlockDevice,
     QT_TRANSLATE_NOOP("LocalFile",
                       "The firmware file \"%1\" is a device file (a block device: a disk or a partition), not a "
                       "regular file. %2"),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The API key file \"%1\" is a device file (a block device: a disk or a partition), not a regular file. %2"),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The CA certificate file \"%1\" is a device file (a block device: a disk or a partition), "
                       "not a regular file. %2"),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The profiles file \"%1\" is a device file (a block device: a disk or a partition), not a "
                       "regular file. %2"),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The plan file \"%1\" is a device file (a block device: a disk or a partition), not a regular file. %2"),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The device list \"%1\" is a device file (a block device: a disk or a partition), not a regular file. %2")},
    {Problem::NotRegular, QT_TRANSLATE_NOOP("LocalFile", "The firmware file \"%1\" is not a regular file. %2"),
     QT_TRANSLATE_NOOP("LocalFile", "The API key file \"%1\" is not a regular file. %2"),
     QT_TRANSLATE_NOOP("LocalFile", "The CA certificate file \"%1\" is not a regular file. %2"),
     QT_TRANSLATE_NOOP("LocalFile", "The profiles file \"%1\" is not a regular file. %2"),
     QT_TRANSLATE_NOOP("LocalFile", "The plan file \"%1\" is not a regular file. %2"),
     QT_TRANSLATE_NOOP("LocalFile", "The device list \"%1\" is not a regular file. %2")},
    {Problem::CannotRead,
     QT_TRANSLATE_NOOP("LocalFile", "The firmware file \"%1\" cannot be read (%2). Check its permissions."),
     QT_TRANSLATE_NOOP("LocalFile", "The API key file \"%1\" cannot be read (%2). Check its permissions."),
     QT_TRANSLATE_NOOP("LocalFile", "The CA certificate file \"%1\" cannot be read (%2). Check its permissions."),
     QT_TRANSLATE_NOOP("LocalFile", "The profiles file \"%1\" cannot be read (%2). Check its permissions."),
     QT_TRANSLATE_NOOP("LocalFile", "The plan file \"%1\" cannot be read (%2). Check its permissions."),
     QT_TRANSLATE_NOOP("LocalFile", "The device list \"%1\" cannot be read (%2). Check its permissions.")},
    {Problem::Empty, QT_TRANSLATE_NOOP("LocalFile", "The firmware file \"%1\" is empty (0 bytes). %2"),
     QT_TRANSLATE_NOOP("LocalFile", "The API key file \"%1\" is empty (0 bytes). %2"),
     QT_TRANSLATE_NOOP("LocalFile", "The CA certificate file \"%1\" is empty (0 bytes). %2"),
     QT_TRANSLATE_NOOP("LocalFile", "The profiles file \"%1\" is empty (0 bytes). %2"),
     QT_TRANSLATE_NOOP("LocalFile", "The plan file \"%1\" is empty (0 bytes). %2"),
     QT_TRANSLATE_NOOP("LocalFile", "The device list \"%1\" is empty (0 bytes). %2")},
    {Problem::EmptyPath, QT_TRANSLATE_NOOP("LocalFile", "The firmware file was given as an empty path. %1"),
     QT_TRANSLATE_NOOP("LocalFile", "The API key file was given as an empty path. %1"),
     QT_TRANSLATE_NOOP("LocalFile", "The CA certificate file was given as an empty path. %1"),
     QT_TRANSLATE_NOOP("LocalFile", "The profiles file was given as an empty path. %1"),
     QT_TRANSLATE_NOOP("LocalFile", "The plan file was given as an empty path. %1"),
     QT_TRANSLATE_NOOP("LocalFile", "The device list was given as an empty path. %1")},
    {Problem::NulInPath,
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The firmware file \"%1\" contains a NUL character, which no file name can hold. Check the path."),
     QT_TRANSLATE_NOOP(
         "LocalFile", "The API key file \"%1\" contains a NUL character, which no file name can hold. Check the path."),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The CA certificate file \"%1\" contains a NUL character, which no file name can hold. Check the path."),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The profiles file \"%1\" contains a NUL character, which no file name can hold. Check the path."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The plan file \"%1\" contains a NUL character, which no file name can hold. Check the path."),
     QT_TRANSLATE_NOOP(
         "LocalFile", "The device list \"%1\" contains a NUL character, which no file name can hold. Check the path.")},
    {Problem::AmbiguousName,
     QT_TRANSLATE_NOOP("LocalFile",
                       "The firmware file \"%1\" has a name that is not UTF-8 text, and several files in its "
                       "folder match it. Rename the file to a UTF-8 name and give the new name."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The API key file \"%1\" has a name that is not UTF-8 text, and several files in its "
                       "folder match it. Rename the file to a UTF-8 name and give the new name."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The CA certificate file \"%1\" has a name that is not UTF-8 text, and several files in "
                       "its folder match it. Rename the file to a UTF-8 name and give the new name."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The profiles file \"%1\" has a name that is not UTF-8 text, and several files in its "
                       "folder match it. Rename the file to a UTF-8 name and give the new name."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The plan file \"%1\" has a name that is not UTF-8 text, and several files in its folder "
                       "match it. Rename the file to a UTF-8 name and give the new name."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The device list \"%1\" has a name that is not UTF-8 text, and several files in its "
                       "folder match it. Rename the file to a UTF-8 name and give the new name.")},
    {Problem::DanglingLink,
     QT_TRANSLATE_NOOP("LocalFile",
                       "The firmware file \"%1\" is a link to \"%2\", which does not exist. Fix the link, or "
                       "give the file itself."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The API key file \"%1\" is a link to \"%2\", which does not exist. Fix the link, or give "
                       "the file itself."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The CA certificate file \"%1\" is a link to \"%2\", which does not exist. Fix the link, "
                       "or give the file itself."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The profiles file \"%1\" is a link to \"%2\", which does not exist. Fix the link, or "
                       "give the file itself."),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The plan file \"%1\" is a link to \"%2\", which does not exist. Fix the link, or give the file itself."),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The device list \"%1\" is a link to \"%2\", which does not exist. Fix the link, or give the file itself.")},
    {Problem::TooLarge,
     QT_TRANSLATE_NOOP("LocalFile",
                       "The firmware file \"%1\" is %2 bytes, more than such a file ever holds (at most %3 bytes). %4"),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The API key file \"%1\" is %2 bytes, more than such a file ever holds (at most %3 bytes). %4"),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The CA certificate file \"%1\" is %2 bytes, more than such a file ever holds (at most %3 bytes). %4"),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The profiles file \"%1\" is %2 bytes, more than such a file ever holds (at most %3 bytes). %4"),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The plan file \"%1\" is %2 bytes, more than such a file ever holds (at most %3 bytes). %4"),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The device list \"%1\" is %2 bytes, more than such a file ever holds (at most %3 bytes). %4")},
    {Problem::NameNotUtf8,
     QT_TRANSLATE_NOOP("LocalFile",
                       "The firmware file \"%1\" has a name that is not UTF-8 text (on disk: \"%2\"), which this "
                       "program cannot open. Rename it to a UTF-8 name and give the new name."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The API key file \"%1\" has a name that is not UTF-8 text (on disk: \"%2\"), which this "
                       "program cannot open. Rename it to a UTF-8 name and give the new name."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The CA certificate file \"%1\" has a name that is not UTF-8 text (on disk: \"%2\"), "
                       "which this program cannot open. Rename it to a UTF-8 name and give the new name."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The profiles file \"%1\" has a name that is not UTF-8 text (on disk: \"%2\"), which this "
                       "program cannot open. Rename it to a UTF-8 name and give the new name."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The plan file \"%1\" has a name that is not UTF-8 text (on disk: \"%2\"), which this "
                       "program cannot open. Rename it to a UTF-8 name and give the new name."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The device list \"%1\" has a name that is not UTF-8 text (on disk: \"%2\"), which this "
                       "program cannot open. Rename it to a UTF-8 name and give the new name.")},
    {Problem::PipeNotFinished,
     QT_TRANSLATE_NOOP("LocalFile",
                       "The firmware file \"%1\" is a pipe whose writer had not finished after %2 seconds. Make "
                       "sure the command that writes it ends, or save its output in an ordinary file."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The API key file \"%1\" is a pipe whose writer had not finished after %2 seconds. Make "
                       "sure the command that writes it ends, or save its output in an ordinary file."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The CA certificate file \"%1\" is a pipe whose writer had not finished after %2 seconds. "
                       "Make sure the command that writes it ends, or save its output in an ordinary file."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The profiles file \"%1\" is a pipe whose writer had not finished after %2 seconds. Make "
                       "sure the command that writes it ends, or save its output in an ordinary file."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The plan file \"%1\" is a pipe whose writer had not finished after %2 seconds. Make sure "
                       "the command that writes it ends, or save its output in an ordinary file."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The device list \"%1\" is a pipe whose writer had not finished after %2 seconds. Make "
                       "sure the command that writes it ends, or save its output in an ordinary file.")},
    {Problem::ReadFailed,
     QT_TRANSLATE_NOOP("LocalFile",
                       "The firmware file \"%1\" could not be read to the end (%2). Check the file and try again."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The API key file \"%1\" could not be read to the end (%2). Check the file and try again."),
     QT_TRANSLATE_NOOP(
         "LocalFile",
         "The CA certificate file \"%1\" could not be read to the end (%2). Check the file and try again."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The profiles file \"%1\" could not be read to the end (%2). Check the file and try again."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The plan file \"%1\" could not be read to the end (%2). Check the file and try again."),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The device list \"%1\" could not be read to the end (%2). Check the file and try again.")},
    {Problem::PipeTooLarge,
     QT_TRANSLATE_NOOP("LocalFile",
                       "The firmware file \"%1\" holds more than %2 bytes, more than such a file ever holds. %3"),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The API key file \"%1\" holds more than %2 bytes, more than such a file ever holds. %3"),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The CA certificate file \"%1\" holds more than %2 bytes, more than such a file ever holds. %3"),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The profiles file \"%1\" holds more than %2 bytes, more than such a file ever holds. %3"),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The plan file \"%1\" holds more than %2 bytes, more than such a file ever holds. %3"),
     QT_TRANSLATE_NOOP("LocalFile",
                       "The device list \"%1\" holds more than %2 bytes, more than such a file ever holds. %3")},
};
static_assert(std::size(SentencesByProblem) == std::size_t(Problem::PipeTooLarge) + 1, "a sentence row per problem");

QString sentence(LocalFile::Kind kind, Problem problem)
{
    const auto row = std::find_if(std::cbegin(SentencesByProblem), std::cend(SentencesByProblem),
                                  [problem](const Sentences &sentences) { return sentences.problem == problem; });
    if (row == std::cend(SentencesByProblem))
        return {};
    switch (kind) {
    case LocalFile::Kind::Firmware:
        return LocalFile::tr(row->firmware);
    case LocalFile::Kind::ApiKey:
        return LocalFile::tr(row->apiKey);
    case LocalFile::Kind::CaCertificate:
        return LocalFile::tr(row->caCertificate);
    case LocalFile::Kind::Profiles:
        return LocalFile::tr(row->profiles);
    case LocalFile::Kind::Plan:
        return LocalFile::tr(row->plan);
    case LocalFile::Kind::DeviceList:
        return LocalFile::tr(row->deviceList);
    }
    return {};
}

// The messages about one path: a whole sentence for the kind of file, with the path as it may be shown.
class Say
{
public:
    Say(const LocalFile::Rules &rules, const QString &path)
        : m_kind(rules.kind)
        , m_path(LocalFile::printable(path))
        , m_advice(rules.rightFile.isEmpty() ? LocalFile::tr("Check that it is the right file.") : rules.rightFile)
    {}

    // One arg() call for everything: a "%1" in a path must never be taken for a placeholder.
    template<typename... Texts>
    Error operator()(Problem problem, const Texts &...texts) const
    {
        return invalidInput(sentence(m_kind, problem).arg(m_path, texts...));
    }

    // The path was empty: the sentence says so, then what to give.
    Error emptyPath() const { return invalidInput(sentence(m_kind, Problem::EmptyPath).arg(m_advice)); }

    const QString &advice() const { return m_advice; }

private:
    LocalFile::Kind m_kind;
    QString m_path;
    QString m_advice;
};

Error cannotFind(const Say &say, int error)
{
    switch (error) {
    case ENOENT:
        return say(Problem::DoesNotExist);
    case ENOTDIR:
        return say(Problem::FileOnTheWay);
    case ELOOP:
        return say(Problem::LinkLoop);
    case EACCES:
        return say(Problem::FolderClosed, qt_error_string(error));
    default:
        return say(Problem::CannotExamine, qt_error_string(error));
    }
}

Error wrongKind(const Say &say, mode_t mode, bool pipesAllowed)
{
    if (S_ISDIR(mode))
        return say(Problem::Folder);
    if (S_ISFIFO(mode) && pipesAllowed)
        return say(Problem::NamedPipeNotInherited, say.advice());
    if (S_ISFIFO(mode))
        return say(Problem::NamedPipe, say.advice());
    if (S_ISSOCK(mode))
        return say(Problem::Socket, say.advice());
    if (S_ISCHR(mode))
        return say(Problem::CharacterDevice, say.advice());
    if (S_ISBLK(mode))
        return say(Problem::BlockDevice, say.advice());
    return say(Problem::NotRegular, say.advice());
}

Error cannotRead(const Say &say, int error)
{
    return say(Problem::CannotRead, qt_error_string(error));
}

Error isEmpty(const Say &say)
{
    return say(Problem::Empty, say.advice());
}

// O_NONBLOCK: should a FIFO have taken the file's place since it was looked at, open() returns at once instead of
// waiting for a writer. A regular file ignores the flag.
int openForReading(const QByteArray &native)
{
    int descriptor = -1;
    do {
        descriptor = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    } while (descriptor < 0 && errno == EINTR);
    return descriptor;
}

} // namespace

Result<LocalFile> LocalFile::inspect(const QString &path, const Rules &rules)
{
    const Say say(rules, path);
    if (path.isEmpty())
        return say.emptyPath();
    if (path.contains(QChar(0)))
        return say(Problem::NulInPath);
    const std::optional<QByteArray> native = nativeName(path);
    if (!native)
        return say(Problem::AmbiguousName);

    if (rules.mayBeInheritedPipe) {
        // Read from the descriptor itself, never opened again: nothing here can wait for a writer.
        if (const std::optional<int> descriptor = descriptorNamedBy(path)) {
            struct stat info
            {};
            if (::fstat(*descriptor, &info) == 0 && S_ISFIFO(info.st_mode)) {
                LocalFile pipe;
                pipe.m_path = path;
                pipe.m_nativePath = *native;
                pipe.m_permissions = permissionsOf(info.st_mode);
                pipe.m_pipeDescriptor = *descriptor;
                return pipe;
            }
        }
    }

    // lstat() and stat() tell a dangling link from a loop and a missing file, and name the kind of a special file,
    // which QFileInfo cannot.
    struct stat link
    {};
    if (::lstat(native->constData(), &link) != 0)
        return cannotFind(say, errno);
    struct stat target
    {};
    if (::stat(native->constData(), &target) != 0) {
        const int error = errno;
        if (error == ENOENT && S_ISLNK(link.st_mode))
            return say(Problem::DanglingLink, linkTarget(*native));
        return cannotFind(say, error);
    }
    if (!S_ISREG(target.st_mode))
        return wrongKind(say, target.st_mode, rules.mayBeInheritedPipe);

    // Opening is the only reliable readability test (ACLs, root, network shares).
    const int descriptor = openForReading(*native);
    if (descriptor < 0)
        return cannotRead(say, errno);
    struct stat opened
    {};
    const bool examined = ::fstat(descriptor, &opened) == 0;
    const int error = errno;
    ::close(descriptor);
    if (!examined)
        return cannotRead(say, error);
    if (!S_ISREG(opened.st_mode))
        return wrongKind(say, opened.st_mode, rules.mayBeInheritedPipe);
    if (rules.maxBytes > 0 && opened.st_size > rules.maxBytes)
        return say(Problem::TooLarge, QString::number(opened.st_size), QString::number(rules.maxBytes), say.advice());
    if (opened.st_size == 0 && !rules.mayBeEmpty)
        return isEmpty(say);

    LocalFile file;
    char *resolved = ::realpath(native->constData(), nullptr);
    file.m_nativePath = resolved ? QByteArray(resolved) : *native;
    std::free(resolved);
    file.m_path = QFile::decodeName(file.m_nativePath);
    file.m_size = opened.st_size;
    file.m_permissions = permissionsOf(opened.st_mode);
    return file;
}

Result<LocalFile> LocalFile::check(const QString &path, const Rules &rules)
{
    auto file = inspect(path, rules);
    if (file && !file->isInheritedPipe() && !isUtf8(file->m_nativePath)) {
        return Say(rules, path)(Problem::NameNotUtf8, shownNative(file->m_nativePath));
    }
    return file;
}

Result<QByteArray> LocalFile::readAll(const QString &path, const Rules &rules)
{
    const auto inspected = inspect(path, rules);
    if (!inspected)
        return inspected.error();
    const LocalFile &file = inspected.value();
    const Say say(rules, path);

    int descriptor = file.m_pipeDescriptor;
    if (!file.isInheritedPipe()) {
        descriptor = openForReading(file.m_nativePath);
        if (descriptor < 0)
            return cannotRead(say, errno);
        // Checked again on what was opened: the name may lead elsewhere by now.
        struct stat opened
        {};
        if (::fstat(descriptor, &opened) != 0 || !S_ISREG(opened.st_mode)) {
            ::close(descriptor);
            return wrongKind(say, opened.st_mode, rules.mayBeInheritedPipe);
        }
    }
    const auto closeOwn = [&] {
        if (!file.isInheritedPipe())
            ::close(descriptor);
    };

    // A pipe's writer gets a deadline; a regular file is always ready, so its read never waits.
    const QDeadlineTimer deadline =
        file.isInheritedPipe() ? QDeadlineTimer(rules.pipeDeadlineMs) : QDeadlineTimer(QDeadlineTimer::Forever);
    const qint64 limit = rules.maxBytes > 0 ? rules.maxBytes : std::numeric_limits<qint64>::max() - 1;
    QByteArray contents;
    char buffer[16 * 1024];
    for (;;) {
        pollfd ready{descriptor, POLLIN, 0};
        const int polled = ::poll(&ready, 1, deadline.isForever() ? -1 : int(deadline.remainingTime()));
        if (polled < 0 && errno == EINTR)
            continue;
        if (polled == 0) {
            closeOwn();
            return say(Problem::PipeNotFinished, QString::number(rules.pipeDeadlineMs / 1000.0));
        }
        const ssize_t got = polled < 0 ? -1 : ::read(descriptor, buffer, sizeof buffer);
        if (got < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (got < 0) {
            const int error = errno;
            closeOwn();
            return say(Problem::ReadFailed, qt_error_string(error));
        }
        if (got == 0)
            break;
        contents.append(buffer, got);
        if (contents.size() > limit) {
            closeOwn();
            return say(Problem::PipeTooLarge, QString::number(limit), say.advice());
        }
    }
    closeOwn();
    if (contents.isEmpty() && !rules.mayBeEmpty)
        return isEmpty(say);
    return contents;
}

std::optional<LocalFile::Exposure> LocalFile::changeableByOthers(const QString &path)
{
    const QString absolute = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QStringList chains{absolute};
    // Both where the name is and where its links lead: either could be swapped.
    if (const QString canonical = QFileInfo(absolute).canonicalFilePath();
        !canonical.isEmpty() && canonical != absolute)
        chains << canonical;
    const uid_t self = ::geteuid();
    for (const QString &start : std::as_const(chains)) {
        for (QString current = start;;) {
            struct stat info
            {};
            if (::stat(QFile::encodeName(current).constData(), &info) == 0) {
                if (info.st_uid != self && info.st_uid != 0)
                    return Exposure{current, true};
                // In a sticky folder (/tmp) others may add names, but not rename or remove what is not theirs.
                const bool sticky = S_ISDIR(info.st_mode) && (info.st_mode & S_ISVTX);
                if ((info.st_mode & (S_IWGRP | S_IWOTH)) && !sticky)
                    return Exposure{current, false};
            }
            const QString parent = QFileInfo(current).path();
            if (parent == current)
                break;
            current = parent;
        }
    }
    return std::nullopt;
}

QString LocalFile::printable(const QString &path)
{
    return printableDeviceText(path, MaxShownPathLength);
}

QString LocalFile::shellWord(const QString &path)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./:@%+=,-]+$"));
    if (plain.match(path).hasMatch())
        return printable(path);
    return printable(QLatin1Char('\'') + QString(path).replace(QLatin1Char('\''), QLatin1String("'\\''")) +
                     QLatin1Char('\''));
}

} // namespace groov
