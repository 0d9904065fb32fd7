#include "FirmwareImage.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace groov {

namespace {

// Names what a non-regular file is, so the message tells the user what they actually picked.
QString specialFileKind(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) == 0) {
        if (S_ISFIFO(info.st_mode))
            return FirmwareImage::tr("a named pipe (FIFO)");
        if (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode))
            return FirmwareImage::tr("a device file");
        if (S_ISSOCK(info.st_mode))
            return FirmwareImage::tr("a socket");
    }
#else
    Q_UNUSED(path)
#endif
    return FirmwareImage::tr("not a regular file");
}

} // namespace

Result<FirmwareImage> FirmwareImage::inspect(const QString &path)
{
    if (path.trimmed().isEmpty())
        return invalidInput(tr("No firmware file given. Choose the firmware file downloaded from Opto 22."));

    const QFileInfo info(path);
    if (info.isSymLink() && !info.exists()) {
        return invalidInput(tr("The firmware file \"%1\" is a link to \"%2\", which does not exist. "
                               "Choose the firmware file itself, or fix the link.")
                                .arg(path, info.symLinkTarget()));
    }
    if (!info.exists()) {
        return invalidInput(
            tr("The firmware file \"%1\" does not exist. Check the path and the spelling of the file name.").arg(path));
    }
    if (info.isDir()) {
        return invalidInput(
            tr("\"%1\" is a folder, not a firmware file. Choose the firmware file inside it.").arg(path));
    }
    const QString resolved = info.canonicalFilePath();
    if (!info.isFile() || resolved.isEmpty()) {
        return invalidInput(tr("\"%1\" is %2, not a firmware file. Choose the firmware file downloaded from Opto 22.")
                                .arg(path, specialFileKind(path)));
    }

    // Opening is the only reliable readability test (ACLs, root, network shares).
    QFile file(resolved);
    if (!file.open(QIODevice::ReadOnly)) {
        return invalidInput(tr("The firmware file \"%1\" cannot be read (%2). Check its permissions, or copy it "
                               "to a folder you can read.")
                                .arg(path, file.errorString()));
    }
    const qint64 size = file.size();
    file.close();
    if (size <= 0) {
        return invalidInput(tr("The firmware file \"%1\" is empty (0 bytes), so it is not a firmware image. "
                               "Download the firmware again.")
                                .arg(path));
    }

    FirmwareImage image;
    image.m_path = resolved;
    image.m_requestedPath = path;
    image.m_size = size;
    image.m_lastModified = QFileInfo(resolved).lastModified();
    return image;
}

QString FirmwareImage::path() const
{
    return m_path;
}

QString FirmwareImage::requestedPath() const
{
    return m_requestedPath;
}

QString FirmwareImage::fileName() const
{
    return QFileInfo(m_path).fileName();
}

qint64 FirmwareImage::size() const
{
    return m_size;
}

QDateTime FirmwareImage::lastModified() const
{
    return m_lastModified;
}

int FirmwareImage::chunkCount() const
{
    if (m_size <= 0)
        return 0;
    return int((m_size + ChunkSize - 1) / ChunkSize);
}

qint64 FirmwareImage::chunkOffset(int index) const
{
    if (index < 0 || index >= chunkCount())
        return 0;
    return qint64(index) * ChunkSize;
}

qint64 FirmwareImage::chunkLength(int index) const
{
    if (index < 0 || index >= chunkCount())
        return 0;
    return std::min(ChunkSize, m_size - chunkOffset(index));
}

std::unique_ptr<FileSliceDevice> FirmwareImage::chunkDevice(int index) const
{
    auto device = std::make_unique<FileSliceDevice>(m_path, chunkOffset(index), chunkLength(index));
    device->setFinalCheck([image = *this] { return image.checkUnchanged(); });
    return device;
}

Status FirmwareImage::checkUnchanged() const
{
    const auto changed = [](const QString &message) {
        return Error{ErrorCode::FileChanged, message};
    };

    const QFileInfo info(m_path); // a fresh QFileInfo: nothing cached from inspect()
    if (!info.exists()) {
        return changed(tr("The firmware file \"%1\" was removed or moved during the update. Put it back and start "
                          "the update again.")
                           .arg(m_path));
    }
    if (!info.isFile()) {
        return changed(
            tr("The firmware file \"%1\" was replaced by something that is not a file. Start the update again.")
                .arg(m_path));
    }
    if (info.size() != m_size) {
        const QLocale locale;
        return changed(tr("The firmware file \"%1\" changed size during the update (was %2 bytes, now %3 bytes). "
                          "Wait until it is completely downloaded or copied, then start the update again.")
                           .arg(m_path, locale.toString(m_size), locale.toString(info.size())));
    }
    if (info.lastModified() != m_lastModified) {
        return changed(tr("The firmware file \"%1\" was modified during the update. Make sure nothing writes to it, "
                          "then start the update again.")
                           .arg(m_path));
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return changed(tr("The firmware file \"%1\" can no longer be read (%2). Check its permissions and start the "
                          "update again.")
                           .arg(m_path, file.errorString()));
    }
    return Done{};
}

} // namespace groov
