#pragma once

#include "FileSliceDevice.h"
#include "LocalFile.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

namespace groov {

// A firmware file checked before any request is sent, and its plan of upload chunks.
class FirmwareImage
{
    Q_DECLARE_TR_FUNCTIONS(FirmwareImage)

public:
    // groov Manage's own web page uses this chunk size; PROTOCOL.md says to keep it.
    static constexpr qint64 ChunkSize = 25'000'000;

    // An empty, invalid image; use inspect() to get a real one.
    FirmwareImage() = default;

    // A readable, non-empty regular file (LocalFile::check with fileRules()). Symlinks are resolved.
    [[nodiscard]] static Result<FirmwareImage> inspect(const QString &path);
    // How a firmware file is checked and named in messages.
    static LocalFile::Rules fileRules();

    bool isValid() const { return m_size > 0; }
    QString path() const;          // absolute path with symlinks resolved: what is actually read
    QString requestedPath() const; // the path as given to inspect()
    QString fileName() const;      // file name of path()
    qint64 size() const;
    QDateTime lastModified() const;

    int chunkCount() const;              // ceil(size / ChunkSize)
    qint64 chunkOffset(int index) const; // 0 for an index out of range
    qint64 chunkLength(int index) const; // ChunkSize except the last; 0 for an index out of range
    // Not opened yet; its last byte is read only if checkUnchanged() still passes then.
    std::unique_ptr<FileSliceDevice> chunkDevice(int index) const;

    // ErrorCode::FileChanged when size or modification time differ from inspect(), or the file is gone/unreadable.
    [[nodiscard]] Status checkUnchanged() const;

private:
    QString m_path;
    QString m_requestedPath;
    qint64 m_size = 0;
    QDateTime m_lastModified;
};

} // namespace groov
