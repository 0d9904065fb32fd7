// groov-bench-qnam-upload: the bare QNetworkAccessManager upload that groov-update's upload is measured against
// (bench/README.md, "Upload"). It sends a file the way the real client does (docs/protocol.md, step 2): the device
// check and prepare, then one multipart POST per 25,000,000-byte chunk, one at a time, with the same headers and
// request attributes as ManageApi, streaming each chunk from disk. Nothing else: no engine, no hashing, no retries,
// no timers. The API key comes from GROOV_API_KEY; certificate errors are ignored for loopback addresses only.

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

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

class Uploader : public QObject
{
public:
    Uploader(QUrl base, QByteArray key, QString path, qint64 size, bool preflight)
        : m_base(std::move(base))
        , m_key(std::move(key))
        , m_path(std::move(path))
        , m_size(size)
        , m_chunkCount(int((size + ChunkSize - 1) / ChunkSize))
        , m_preflight(preflight)
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

        auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        QHttpPart filePart;
        filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QByteArrayLiteral("form-data; name=\"file\"; filename=\"file\""));
        filePart.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
        auto *device = new SliceDevice(m_path, offset, length, multiPart);
        if (!device->open(QIODevice::ReadOnly)) {
            say(QStringLiteral("cannot read %1").arg(m_path));
            QCoreApplication::exit(1);
            return;
        }
        filePart.setBodyDevice(device);
        multiPart->append(filePart);
        QNetworkReply *reply = m_network.post(chunk, multiPart);
        multiPart->setParent(reply);
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

    QNetworkAccessManager m_network;
    QUrl m_base;
    QByteArray m_key;
    QString m_path;
    qint64 m_size;
    int m_chunkCount;
    bool m_preflight;
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
    parser.addOptions({url, firmware, chunksOnly});
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

    Uploader uploader(base, key, path, size, !parser.isSet(chunksOnly));
    uploader.start();
    return QCoreApplication::exec();
}
