#include "FileSliceDevice.h"

#include "BandwidthBudget.h"
#include "SentImageDigest.h"

#include <algorithm>

namespace groov {

FileSliceDevice::FileSliceDevice(const QString &filePath, qint64 offset, qint64 length, QObject *parent)
    : QIODevice(parent), m_filePath(filePath), m_offset(offset), m_length(length)
{}

FileSliceDevice::~FileSliceDevice()
{
    if (m_bandwidth)
        m_bandwidth->forget(this);
    if (isOpen())
        close();
}

bool FileSliceDevice::open(OpenMode mode)
{
    if (isOpen()) {
        setErrorString(tr("The firmware file slice is already open."));
        return false;
    }
    if ((mode & ReadWrite) != ReadOnly) {
        setErrorString(tr("A firmware file slice can only be opened for reading."));
        return false;
    }
    if (m_offset < 0 || m_length < 0) {
        setErrorString(
            tr("Invalid byte range (offset %1, length %2) of \"%3\".").arg(m_offset).arg(m_length).arg(m_filePath));
        return false;
    }
    // Unbuffered so a file that shrinks underneath us shows up at the next read instead of hiding in a buffer.
    m_file.setFileName(m_filePath);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setErrorString(tr("Cannot open \"%1\": %2").arg(m_filePath, m_file.errorString()));
        return false;
    }
    const qint64 fileSize = m_file.size();
    if (fileSize < m_offset + m_length) {
        setErrorString(tr("\"%1\" is shorter (%2 bytes) than expected (at least %3 bytes); it changed or was "
                          "truncated. Check the file and start again.")
                           .arg(m_filePath)
                           .arg(fileSize)
                           .arg(m_offset + m_length));
        m_file.close();
        return false;
    }
    if (!m_file.seek(m_offset)) {
        setErrorString(tr("Cannot seek in \"%1\": %2").arg(m_filePath, m_file.errorString()));
        m_file.close();
        return false;
    }
    m_pos = 0;
    if (m_digest)
        m_digest->startChunkAt(m_offset);
    // Our own reads are already large; a second buffer in QIODevice would only copy the bytes twice.
    return QIODevice::open(mode | Unbuffered);
}

void FileSliceDevice::close()
{
    QIODevice::close();
    m_file.close();
    m_pos = 0;
}

bool FileSliceDevice::isSequential() const
{
    return false;
}

qint64 FileSliceDevice::size() const
{
    return m_length;
}

bool FileSliceDevice::seek(qint64 pos)
{
    if (!isOpen() || pos < 0 || pos > m_length)
        return false;
    if (!QIODevice::seek(pos))
        return false;
    m_pos = pos;
    // Only a rewind to the start is a resend; any other jump shows in the digest as a gap, and it then claims nothing.
    if (pos == 0 && m_digest)
        m_digest->startChunkAt(m_offset);
    return true;
}

bool FileSliceDevice::atEnd() const
{
    return !isOpen() || pos() >= m_length;
}

qint64 FileSliceDevice::readData(char *data, qint64 maxSize)
{
    const qint64 remaining = m_length - m_pos;
    if (remaining <= 0 || maxSize <= 0)
        return 0;
    qint64 wanted = std::min(maxSize, remaining);
    if (m_bandwidth) {
        wanted = m_bandwidth->take(wanted);
        if (wanted == 0) {
            m_bandwidth->wakeWhenAvailable(this, [this] { Q_EMIT readyRead(); });
            return 0;
        }
    }
    if (m_file.pos() != m_offset + m_pos && !m_file.seek(m_offset + m_pos))
        return readFailure(tr("Cannot seek in \"%1\": %2").arg(m_filePath, m_file.errorString()));
    const qint64 got = m_file.read(data, wanted);
    if (got < 0)
        return readFailure(tr("Reading \"%1\" failed: %2").arg(m_filePath, m_file.errorString()));
    if (got == 0) {
        // End of file inside our range: the file shrank after it was checked.
        return readFailure(tr("\"%1\" became shorter while it was being read; it was changed or truncated. "
                              "Check the file and start again.")
                               .arg(m_filePath));
    }
    if (m_pos + got == m_length && m_finalCheck) {
        // Every byte before this one was read from the file as it was checked, or the check fails now: a file
        // changed in the middle of a chunk never reaches the device as a whole, mixed chunk.
        if (const Status unchanged = m_finalCheck(); !unchanged)
            return readFailure(unchanged.error().message);
    }
    if (m_digest)
        m_digest->add(m_offset + m_pos, data, got);
    m_pos += got;
    return got;
}

qint64 FileSliceDevice::readFailure(const QString &message)
{
    setErrorString(message);
    m_failed = true;
    return -1;
}

qint64 FileSliceDevice::writeData(const char *data, qint64 maxSize)
{
    Q_UNUSED(data)
    Q_UNUSED(maxSize)
    return -1;
}

} // namespace groov
