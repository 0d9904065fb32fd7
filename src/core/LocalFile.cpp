#include "LocalFile.h"

#include "DeviceText.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>

#include <cerrno>
#include <climits>
#include <cstdlib>
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

// The messages about one path: each starts with the file's role, then the path as it may be shown.
class Say
{
public:
    Say(const LocalFile::Rules &rules, const QString &path)
        : m_role(rules.role)
        , m_path(LocalFile::printable(path))
        , m_advice(rules.rightFile.isEmpty() ? LocalFile::tr("Check that it is the right file.") : rules.rightFile)
    {}

    // One arg() call for everything: a "%1" in a path must never be taken for a placeholder.
    template<typename... Texts>
    Error operator()(const QString &sentence, const Texts &...texts) const
    {
        return invalidInput(sentence.arg(m_role, m_path, texts...));
    }

    const QString &advice() const { return m_advice; }

private:
    QString m_role;
    QString m_path;
    QString m_advice;
};

Error cannotFind(const Say &say, int error)
{
    switch (error) {
    case ENOENT:
        return say(LocalFile::tr("%1 \"%2\" does not exist. Check the path and the spelling of the file name."));
    case ENOTDIR:
        return say(LocalFile::tr("%1 \"%2\" does not exist: a part of the path before the file name is a file, not a "
                                 "folder. Check the path."));
    case ELOOP:
        return say(LocalFile::tr("%1 \"%2\" leads into a loop of symbolic links, so there is no file to read. Fix the "
                                 "links, or give the file itself."));
    case EACCES:
        return say(LocalFile::tr("%1 \"%2\" cannot be reached: a folder on its path does not let this user in (%3). "
                                 "Check the folders' permissions."),
                   qt_error_string(error));
    default:
        return say(LocalFile::tr("%1 \"%2\" cannot be examined (%3). Check the path."), qt_error_string(error));
    }
}

Error wrongKind(const Say &say, mode_t mode, bool pipesAllowed)
{
    if (S_ISDIR(mode))
        return say(LocalFile::tr("%1 \"%2\" is a folder, not a file. Give the file inside it."));
    if (S_ISFIFO(mode) && pipesAllowed)
        return say(LocalFile::tr("%1 \"%2\" is a named pipe (FIFO) in the file system: opening it could wait forever. "
                                 "Only a pipe this command already holds open is read, given as /dev/fd/N (as bash's "
                                 "<(command) does). %3"),
                   say.advice());
    if (S_ISFIFO(mode))
        return say(LocalFile::tr("%1 \"%2\" is a named pipe (FIFO), not a regular file: opening it could wait "
                                 "forever. %3"),
                   say.advice());
    if (S_ISSOCK(mode))
        return say(LocalFile::tr("%1 \"%2\" is a socket, not a regular file. %3"), say.advice());
    if (S_ISCHR(mode))
        return say(LocalFile::tr("%1 \"%2\" is a device file (a character device, such as /dev/zero or a terminal), "
                                 "not a regular file: reading it may never end. %3"),
                   say.advice());
    if (S_ISBLK(mode))
        return say(LocalFile::tr("%1 \"%2\" is a device file (a block device: a disk or a partition), not a regular "
                                 "file. %3"),
                   say.advice());
    return say(LocalFile::tr("%1 \"%2\" is not a regular file. %3"), say.advice());
}

Error cannotRead(const Say &say, int error)
{
    return say(LocalFile::tr("%1 \"%2\" cannot be read (%3). Check its permissions."), qt_error_string(error));
}

Error isEmpty(const Say &say)
{
    return say(LocalFile::tr("%1 \"%2\" is empty (0 bytes). %3"), say.advice());
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
        return invalidInput(tr("%1 was given as an empty path. %2").arg(rules.role, say.advice()));
    if (path.contains(QChar(0)))
        return say(tr("%1 \"%2\" contains a NUL character, which no file name can hold. Check the path."));
    const std::optional<QByteArray> native = nativeName(path);
    if (!native)
        return say(tr("%1 \"%2\" has a name that is not UTF-8 text, and several files in its folder match it. Rename "
                      "the file to a UTF-8 name and give the new name."));

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
            return say(tr("%1 \"%2\" is a link to \"%3\", which does not exist. Fix the link, or give the file "
                          "itself."),
                       linkTarget(*native));
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
        return say(tr("%1 \"%2\" is %3 bytes, more than such a file ever holds (at most %4 bytes). %5"),
                   QString::number(opened.st_size), QString::number(rules.maxBytes), say.advice());
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
        return Say(rules, path)(tr("%1 \"%2\" has a name that is not UTF-8 text (on disk: \"%3\"), which this program "
                                   "cannot open. Rename it to a UTF-8 name and give the new name."),
                                shownNative(file->m_nativePath));
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
            return say(tr("%1 \"%2\" is a pipe whose writer had not finished after %3 seconds. Make sure the command "
                          "that writes it ends, or save its output in an ordinary file."),
                       QString::number(rules.pipeDeadlineMs / 1000.0));
        }
        const ssize_t got = polled < 0 ? -1 : ::read(descriptor, buffer, sizeof buffer);
        if (got < 0 && (errno == EINTR || errno == EAGAIN))
            continue;
        if (got < 0) {
            const int error = errno;
            closeOwn();
            return say(tr("%1 \"%2\" could not be read to the end (%3). Check the file and try again."),
                       qt_error_string(error));
        }
        if (got == 0)
            break;
        contents.append(buffer, got);
        if (contents.size() > limit) {
            closeOwn();
            return say(tr("%1 \"%2\" holds more than %3 bytes, more than such a file ever holds. %4"),
                       QString::number(limit), say.advice());
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
