#include "FirmwareImage.h"

#include "LocalFile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace groov {

LocalFile::Rules FirmwareImage::fileRules()
{
    LocalFile::Rules rules(LocalFile::Kind::Firmware);
    rules.rightFile = tr("Choose the firmware file downloaded from Opto 22, or download it again.");
    return rules;
}

Result<FirmwareImage> FirmwareImage::inspect(const QString &path)
{
    if (path.trimmed().isEmpty())
        return invalidInput(tr("No firmware file given. Choose the firmware file downloaded from Opto 22."));

    const auto file = LocalFile::check(path, fileRules());
    if (!file)
        return file.error();

    FirmwareImage image;
    image.m_path = file->path();
    image.m_requestedPath = path;
    image.m_size = file->size();
    image.m_lastModified = QFileInfo(image.m_path).lastModified();
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
    const QString shown = LocalFile::printable(m_path);
    if (!info.exists()) {
        return changed(tr("The firmware file \"%1\" was removed or moved during the update. Put it back and start "
                          "the update again.")
                           .arg(shown));
    }
    if (!info.isFile()) {
        return changed(
            tr("The firmware file \"%1\" was replaced by something that is not a file. Start the update again.")
                .arg(shown));
    }
    if (info.size() != m_size) {
        const QLocale locale;
        return changed(tr("The firmware file \"%1\" changed size during the update (was %2 bytes, now %3 bytes). "
                          "Wait until it is completely downloaded or copied, then start the update again.")
                           .arg(shown, locale.toString(m_size), locale.toString(info.size())));
    }
    if (info.lastModified() != m_lastModified) {
        return changed(tr("The firmware file \"%1\" was modified during the update. Make sure nothing writes to it, "
                          "then start the update again.")
                           .arg(shown));
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return changed(tr("The firmware file \"%1\" can no longer be read (%2). Check its permissions and start the "
                          "update again.")
                           .arg(shown, file.errorString()));
    }
    return Done{};
}

} // namespace groov
