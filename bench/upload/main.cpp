// groov-bench-qnam-upload: the bare QNetworkAccessManager upload that groov-update's upload is measured against
// (bench/README.md, "Upload"). It sends a file the way the real client does (docs/protocol.md, step 2): the device
// check and prepare, then one multipart POST per 25,000,000-byte chunk, one at a time, with the same headers and
// request attributes as ManageApi, streaming each chunk from disk. Nothing else: no engine, no hashing, no retries,
// no timers. The API key comes from GROOV_API_KEY; certificate errors are ignored for loopback addresses only.
// --body says how the chunk is given to QNAM, to try what it offers: multipart (QHttpMultiPart over a file-slice
// device, as ManageApi did until it had a bandwidth cap; the default, so earlier figures compare), device (one
// QIODevice of our own holding the multipart framing and the slice, as ManageApi's MultipartFormBody does now) or
// bytearray (the whole multipart body read into memory first).

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QHttpMultiPart>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslError>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <optional>

namespace {

constexpr qint64 ChunkSize = 25'000'000;

const QString InfoPath = QStringLiteral("/manage/api/v1/io/local/info");
const QString PreparePath = QStringLiteral("/manage/api/v1/maintenance/update/prepare");
const QString ApplyPath = QStringLiteral("/manage/api/v1/maintenance/update/apply");

void say(const QString &text)
{
    std::fprintf(stderr, "groov-bench-qnam-upload: %s\n", qPrintable(text));
}

// One chunk of the file, random access, read straight from an unbuffered QFile (as FileSliceDevice does, minus the
// digest and the checks).
class SliceDevice : public QIODevice
{
public:
    SliceDevice(const QString &path, qint64 offset, qint64 length, QObject *parent)
        : QIODevice(parent), m_offset(offset), m_length(length)
    {
        m_file.setFileName(path);
    }

    bool open(OpenMode mode) override
    {
        if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered) || !m_file.seek(m_offset))
            return false;
        m_pos = 0;
        return QIODevice::open(mode | Unbuffered);
    }

    void close() override
    {
        QIODevice::close();
        m_file.close();
    }

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_length; }

    bool seek(qint64 pos) override
    {
        if (pos < 0 || pos > m_length || !m_file.seek(m_offset + pos))
            return false;
        m_pos = pos;
        return QIODevice::seek(pos);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 wanted = std::min(maxSize, m_length - m_pos);
        if (wanted <= 0)
            return 0;
        const qint64 got = m_file.read(data, wanted);
        if (got > 0)
            m_pos += got;
        return got;
    }

    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QFile m_file;
    qint64 m_offset;
    qint64 m_length;
    qint64 m_pos = 0;
};

// The multipart body of one chunk as one random-access device: the part's head, the file slice, the closing line.
class MultipartBodyDevice : public QIODevice
{
public:
    MultipartBodyDevice(const QByteArray &head, SliceDevice *slice, const QByteArray &tail, QObject *parent)
        : QIODevice(parent), m_head(head), m_slice(slice), m_tail(tail)
    {}

    bool open(OpenMode mode) override
    {
        return m_slice->open(QIODevice::ReadOnly) && QIODevice::open(mode | Unbuffered);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_head.size() + m_slice->size() + m_tail.size(); }

    bool seek(qint64 pos) override
    {
        if (pos < 0 || pos > size())
            return false;
        m_slice->seek(std::clamp(pos - m_head.size(), qint64(0), m_slice->size()));
        return QIODevice::seek(pos);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 at = pos();
        const qint64 headSize = m_head.size();
        const qint64 bodyEnd = headSize + m_slice->size();
        if (at < headSize) {
            const qint64 count = std::min(maxSize, headSize - at);
            std::memcpy(data, m_head.constData() + at, size_t(count));
            return count;
        }
        if (at < bodyEnd)
            return m_slice->read(data, std::min(maxSize, bodyEnd - at));
        const qint64 count = std::min(maxSize, size() - at);
        std::memcpy(data, m_tail.constData() + (at - bodyEnd), size_t(count));
        return count;
    }

    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_head;
    SliceDevice *m_slice;
    QByteArray m_tail;
};

enum class Body { Multipart, Device, ByteArray };

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

class Uploader : public QObject
{
public:
    Uploader(QUrl base, QByteArray key, QString path, qint64 size, bool preflight, Body body)
        : m_base(std::move(base))
        , m_key(std::move(key))
        , m_path(std::move(path))
        , m_size(size)
        , m_chunkCount(int((size + ChunkSize - 1) / ChunkSize))
        , m_preflight(preflight)
        , m_body(body)
    {
        m_fileId = QByteArray::number(QRandomGenerator::global()->bounded(100'000'000, 2'000'000'000));
        connect(&m_network, &QNetworkAccessManager::sslErrors, this,
                [](QNetworkReply *reply, const QList<QSslError> &errors) {
                    if (isLoopback(reply->url()))
                        reply->ignoreSslErrors(errors);
                });
    }

    void start()
    {
        m_clock.start();
        if (!m_preflight) {
            sendChunk();
            return;
        }
        expect(m_network.get(request(InfoPath)), [this] {
            QNetworkRequest prepare = request(PreparePath);
            prepare.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            expect(m_network.post(prepare, QByteArrayLiteral("{\"backupNetwork\":true,\"preserveSettings\":true}")),
                   [this] { sendChunk(); });
        });
    }

private:
    QNetworkRequest request(const QString &path) const
    {
        QUrl url = m_base;
        url.setPath(path);
        QNetworkRequest result(url);
        result.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        result.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        result.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        result.setRawHeader("apiKey", m_key);
        return result;
    }

    template<typename Next>
    void expect(QNetworkReply *reply, Next next)
    {
        connect(reply, &QNetworkReply::finished, this, [this, reply, next] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->readAll();
            if (reply->error() != QNetworkReply::NoError || status < 200 || status > 299) {
                say(QStringLiteral("%1 failed: HTTP %2, %3")
                        .arg(reply->url().path())
                        .arg(status)
                        .arg(reply->errorString()));
                QCoreApplication::exit(1);
                return;
            }
            next();
        });
    }

    void sendChunk()
    {
        const qint64 offset = qint64(m_index) * ChunkSize;
        const qint64 length = std::min(ChunkSize, m_size - offset);
        QNetworkRequest chunk = request(ApplyPath);
        chunk.setRawHeader("uploader-chunk-number", QByteArray::number(m_index));
        chunk.setRawHeader("uploader-chunks-total", QByteArray::number(m_chunkCount));
        chunk.setRawHeader("uploader-file-id", m_fileId);

        QNetworkReply *reply =
            m_body == Body::Multipart ? postMultipart(chunk, offset, length) : postFramed(chunk, offset, length);
        if (!reply) {
            say(QStringLiteral("cannot read %1").arg(m_path));
            QCoreApplication::exit(1);
            return;
        }
        expect(reply, [this, length] {
            m_sent += length;
            if (++m_index < m_chunkCount) {
                sendChunk();
                return;
            }
            const double seconds = double(m_clock.nsecsElapsed()) / 1e9;
            say(QStringLiteral("%1 chunks, %2 bytes in %3 s (%4 MB/s)")
                    .arg(m_chunkCount)
                    .arg(m_sent)
                    .arg(seconds, 0, 'f', 3)
                    .arg(double(m_sent) / 1e6 / seconds, 0, 'f', 1));
            QCoreApplication::exit(0);
        });
    }

    QNetworkReply *postMultipart(QNetworkRequest chunk, qint64 offset, qint64 length)
    {
        auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart filePart;
        filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QByteArrayLiteral("form-data; name=\"file\"; filename=\"file\""));
        filePart.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        auto *device = new SliceDevice(m_path, offset, length, multiPart);
        if (!device->open(QIODevice::ReadOnly)) {
            delete multiPart;
            return nullptr;
        }
        filePart.setBodyDevice(device);
        multiPart->append(filePart);
        QNetworkReply *reply = m_network.post(chunk, multiPart);
        multiPart->setParent(reply);
        return reply;
    }

    // The same body as QHttpMultiPart makes, framed by hand: given as one device, or read into memory first.
    QNetworkReply *postFramed(QNetworkRequest chunk, qint64 offset, qint64 length)
    {
        const QByteArray boundary = "groov-bench-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        const QByteArray head = "--" + boundary +
                                "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n"
                                "Content-Type: application/octet-stream\r\n\r\n";
        const QByteArray tail = "\r\n--" + boundary + "--\r\n";
        chunk.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("multipart/form-data; boundary=" + boundary));
        auto *slice = new SliceDevice(m_path, offset, length, nullptr);
        if (m_body == Body::Device) {
            auto *device = new MultipartBodyDevice(head, slice, tail, nullptr);
            slice->setParent(device);
            if (!device->open(QIODevice::ReadOnly)) {
                delete device;
                return nullptr;
            }
            QNetworkReply *reply = m_network.post(chunk, device);
            device->setParent(reply);
            return reply;
        }
        QByteArray body = head;
        body.reserve(head.size() + length + tail.size());
        const bool read = slice->open(QIODevice::ReadOnly) && (body += slice->readAll()).size() == head.size() + length;
        delete slice;
        if (!read)
            return nullptr;
        body += tail;
        return m_network.post(chunk, body);
    }

    QNetworkAccessManager m_network;
    QUrl m_base;
    QByteArray m_key;
    QString m_path;
    qint64 m_size;
    int m_chunkCount;
    bool m_preflight;
    Body m_body;
    QByteArray m_fileId;
    int m_index = 0;
    qint64 m_sent = 0;
    QElapsedTimer m_clock;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("groov-bench-qnam-upload"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Uploads FILE to https://HOST:PORT the way groov-update does (info, prepare, 25,000,000-byte "
                       "multipart chunks one at a time) with a bare QNetworkAccessManager. The API key comes from "
                       "GROOV_API_KEY. Certificate errors are ignored for loopback addresses only."));
    parser.addHelpOption();
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("The device, https://HOST:PORT."),
                                 QStringLiteral("URL"));
    const QCommandLineOption firmware(QStringLiteral("firmware"), QStringLiteral("The file to upload."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption chunksOnly(QStringLiteral("chunks-only"),
                                        QStringLiteral("Skip the device check and prepare; send the chunks only."));
    const QCommandLineOption body(QStringLiteral("body"),
                                  QStringLiteral("How each chunk is given to QNAM: multipart (QHttpMultiPart, the "
                                                 "default), device (one QIODevice) or bytearray (read into memory)."),
                                  QStringLiteral("HOW"), QStringLiteral("multipart"));
    parser.addOptions({url, firmware, chunksOnly, body});
    parser.process(app);

    const QUrl base(parser.value(url));
    if (!base.isValid() || base.scheme() != QLatin1String("https") || !parser.isSet(firmware)) {
        say(QStringLiteral("give --url https://HOST:PORT and --firmware FILE"));
        return 2;
    }
    const QByteArray key = qgetenv("GROOV_API_KEY");
    if (key.isEmpty()) {
        say(QStringLiteral("set GROOV_API_KEY"));
        return 2;
    }
    const QString path = parser.value(firmware);
    const qint64 size = QFile(path).size();
    if (size <= 0) {
        say(QStringLiteral("%1 is missing or empty").arg(path));
        return 2;
    }

    const QString how = parser.value(body);
    const std::optional<Body> chosen = how == QLatin1String("multipart")   ? std::optional(Body::Multipart)
                                       : how == QLatin1String("device")    ? std::optional(Body::Device)
                                       : how == QLatin1String("bytearray") ? std::optional(Body::ByteArray)
                                                                           : std::nullopt;
    if (!chosen) {
        say(QStringLiteral("--body is multipart, device or bytearray"));
        return 2;
    }
    Uploader uploader(base, key, path, size, !parser.isSet(chunksOnly), *chosen);
    uploader.start();
    return QCoreApplication::exec();
}
