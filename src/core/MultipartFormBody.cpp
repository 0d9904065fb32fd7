#include "MultipartFormBody.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cstring>

namespace groov {

namespace {

// 128 random bits: a boundary that a firmware image will not happen to contain.
QByteArray randomBoundary()
{
    std::array<quint32, 4> random{};
    QRandomGenerator::system()->fillRange(random.data(), qsizetype(random.size()));
    return QByteArrayLiteral("groov-update-") +
           QByteArray(reinterpret_cast<const char *>(random.data()), qsizetype(sizeof(random))).toHex();
}

} // namespace

MultipartFormBody::MultipartFormBody(const QByteArray &fieldName, const QByteArray &fileName,
                                     std::unique_ptr<QIODevice> file, QObject *parent)
    : QIODevice(parent), m_boundary(randomBoundary()), m_file(std::move(file))
{
    m_head = "--" + m_boundary + "\r\n" + "Content-Disposition: form-data; name=\"" + fieldName + "\"; filename=\"" +
             fileName + "\"\r\n" + "Content-Type: application/octet-stream\r\n\r\n";
    m_tail = "\r\n--" + m_boundary + "--\r\n";
    connect(m_file.get(), &QIODevice::readyRead, this, &QIODevice::readyRead);
}

MultipartFormBody::~MultipartFormBody()
{
    if (isOpen())
        close();
}

QByteArray MultipartFormBody::contentType() const
{
    return "multipart/form-data; boundary=\"" + m_boundary + '"';
}

bool MultipartFormBody::open(OpenMode mode)
{
    if ((mode & ReadWrite) != ReadOnly) {
        setErrorString(tr("A request body can only be opened for reading."));
        return false;
    }
    if (!m_file->isOpen() || m_file->isSequential()) {
        setErrorString(tr("The file field's device must be open, with random access."));
        return false;
    }
    m_file->seek(0);
    return QIODevice::open(mode | Unbuffered);
}

bool MultipartFormBody::isSequential() const
{
    return false;
}

qint64 MultipartFormBody::size() const
{
    return fileEnd() + m_tail.size();
}

bool MultipartFormBody::seek(qint64 pos)
{
    if (!isOpen() || pos < 0 || pos > size() || !QIODevice::seek(pos))
        return false;
    // The file follows; rewinding it to its start is what tells its digest that a resend begins.
    return m_file->seek(std::clamp<qint64>(pos - m_head.size(), 0, m_file->size()));
}

bool MultipartFormBody::atEnd() const
{
    return !isOpen() || pos() >= size();
}

qint64 MultipartFormBody::copyFrom(const QByteArray &bytes, qint64 from, char *data, qint64 maxSize)
{
    const qint64 count = std::min(maxSize, bytes.size() - from);
    std::memcpy(data, bytes.constData() + from, size_t(count));
    return count;
}

qint64 MultipartFormBody::readData(char *data, qint64 maxSize)
{
    qint64 at = pos();
    qint64 done = 0;
    while (done < maxSize && at < size()) {
        qint64 got = 0;
        if (at < m_head.size()) {
            got = copyFrom(m_head, at, data + done, maxSize - done);
        } else if (at < fileEnd()) {
            got = m_file->read(data + done, std::min(maxSize - done, fileEnd() - at));
            if (got < 0) {
                setErrorString(m_file->errorString());
                return -1;
            }
            if (got == 0)
                break; // nothing for now: the file's readyRead() says when there is
        } else {
            got = copyFrom(m_tail, at - fileEnd(), data + done, maxSize - done);
        }
        done += got;
        at += got;
    }
    return done;
}

qint64 MultipartFormBody::writeData(const char *data, qint64 maxSize)
{
    Q_UNUSED(data)
    Q_UNUSED(maxSize)
    return -1;
}

} // namespace groov
