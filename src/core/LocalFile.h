#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFileDevice>
#include <QString>

#include <optional>

namespace groov {

// A file the user named (firmware, API key, CA certificate, profiles, a fleet plan or device list), checked before
// anything opens it for reading. Opening a named pipe can block forever, a device file never ends, and a link loop or
// a name in another encoding must not be reported as "does not exist". Every message names the kind of file ("The
// API key file ..."), shows the path with control characters escaped and says what to do.
class LocalFile
{
    Q_DECLARE_TR_FUNCTIONS(LocalFile)

public:
    static constexpr int DefaultPipeDeadlineMs = 5'000;

    // Which file it is. Each kind has its own whole sentences (a translation makes every word agree with the file's
    // name), so a new kind needs its own set in LocalFile.cpp.
    enum class Kind { Firmware, ApiKey, CaCertificate, Profiles, Plan, DeviceList };

    struct Rules
    {
        explicit Rules(Kind fileKind) : kind(fileKind) {}

        Kind kind;           // names the file in every message: "The API key file ..."
        QString rightFile;   // which file is meant, a whole sentence said when the user picked the wrong kind of
                             // thing; may be empty
        qint64 maxBytes = 0; // larger files are refused; 0 means no limit
        bool mayBeEmpty = false;
        // An already-open pipe this process inherited, named /dev/fd/N or /proc/self/fd/N (what bash's <(command)
        // passes), is read from that descriptor. A named FIFO in the file system is refused all the same: opening it
        // waits for a writer that may never come.
        bool mayBeInheritedPipe = false;
        int pipeDeadlineMs = DefaultPipeDeadlineMs; // a pipe's writer must have finished by then
    };

    // Who besides this user can change a file: the first of the file and the folders above it that is writable by
    // group or others (a folder with the sticky bit, like /tmp, protects what others own in it) or owned by another
    // user than this one or root.
    struct Exposure
    {
        QString path;
        bool ownedByOther = false; // otherwise: writable by group or others
    };

    LocalFile() = default;

    // Only looks: nothing is read, and nothing that could block is opened. The file is then opened later by path();
    // a name that is not UTF-8 is refused, since Qt cannot open it by a QString.
    [[nodiscard]] static Result<LocalFile> check(const QString &path, const Rules &rules);
    // check(), then the whole contents, at most rules.maxBytes. Also reads a file whose name is not UTF-8.
    [[nodiscard]] static Result<QByteArray> readAll(const QString &path, const Rules &rules);

    [[nodiscard]] static std::optional<Exposure> changeableByOthers(const QString &path);

    // For messages: control characters escaped, at most 300 characters.
    [[nodiscard]] static QString printable(const QString &path);
    // For a command in a message that the user may copy: quoted when the shell would split or expand the path.
    [[nodiscard]] static QString shellWord(const QString &path);

    QString path() const { return m_path; } // absolute with symlinks resolved; for a pipe, the name as given
    qint64 size() const { return m_size; }  // for a pipe, 0
    QFileDevice::Permissions permissions() const { return m_permissions; }
    bool isInheritedPipe() const { return m_pipeDescriptor >= 0; }

private:
    [[nodiscard]] static Result<LocalFile> inspect(const QString &path, const Rules &rules);

    QString m_path;
    QByteArray m_nativePath; // what the system calls get: the bytes of the name on disk
    qint64 m_size = 0;
    QFileDevice::Permissions m_permissions;
    int m_pipeDescriptor = -1;
};

} // namespace groov
