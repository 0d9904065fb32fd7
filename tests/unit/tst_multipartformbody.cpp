// MultipartFormBody: the bytes of a one-file form, rewound for a resend, and an upload through Qt that waits while
// the file's bandwidth budget is spent instead of spinning or ending early.
#include "MultipartFormBody.h"

#include "BandwidthBudget.h"
#include "FileSliceDevice.h"
#include "SeededBytes.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace groov;

namespace {

std::unique_ptr<QIODevice> openBuffer(const QByteArray &bytes)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes);
    buffer->open(QIODevice::ReadOnly);
    return buffer;
}

QByteArray boundaryOf(const MultipartFormBody &body)
{
    const QByteArray type = body.contentType();
    const qsizetype at = type.indexOf("boundary=\"");
    return at < 0 ? QByteArray() : type.mid(at + 10).chopped(1);
}

// A plain-HTTP loopback server that answers one request once its whole body is in: the bytes on the wire.
class OneRequestServer : public QObject
{
public:
    OneRequestServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                request += socket->readAll();
                const qsizetype headerEnd = request.indexOf("\r\n\r\n");
                if (headerEnd < 0 || complete)
                    return;
                const qsizetype lengthAt = request.toLower().indexOf("content-length:");
                if (lengthAt < 0 || lengthAt > headerEnd)
                    return;
                const qsizetype lineEnd = request.indexOf("\r\n", lengthAt);
                const qint64 length = request.mid(lengthAt + 15, lineEnd - lengthAt - 15).trimmed().toLongLong();
                if (request.size() - (headerEnd + 4) >= length) {
                    complete = true;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                }
            });
        });
    }
    QUrl url() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_server.serverPort());
        return url;
    }
    QByteArray headers() const { return request.left(request.indexOf("\r\n\r\n")).toLower(); }
    QByteArray body() const { return request.mid(request.indexOf("\r\n\r\n") + 4); }

    QByteArray request;
    bool complete = false;

private:
    QTcpServer m_server;
};

} // namespace

class TestMultipartFormBody : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bytesAreTheFormWithOneFile();
    void eachBodyHasItsOwnBoundary();
    void rewindsForAResend();
    void refusesAFileNotOpen();
    void uploadsThroughQt_data();
    void uploadsThroughQt();
};

void TestMultipartFormBody::bytesAreTheFormWithOneFile()
{
    const QByteArray file = seededBytes(70'001, 1);
    MultipartFormBody body("file", "file", openBuffer(file));
    QVERIFY(body.open(QIODevice::ReadOnly));
    QVERIFY(!body.isSequential());
    const QByteArray boundary = boundaryOf(body);
    QVERIFY(boundary.size() >= 32);
    QVERIFY(body.contentType().startsWith("multipart/form-data; boundary=\""));
    const QByteArray expected = "--" + boundary +
                                "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n"
                                "Content-Type: application/octet-stream\r\n\r\n" +
                                file + "\r\n--" + boundary + "--\r\n";
    QCOMPARE(body.size(), qint64(expected.size()));
    // Read in odd pieces, so reads that straddle the head, the file and the tail are covered.
    QByteArray read;
    char piece[997];
    for (qint64 got; (got = body.read(piece, sizeof(piece))) > 0;)
        read.append(piece, got);
    QVERIFY(read == expected);
    QVERIFY(body.atEnd());
}

void TestMultipartFormBody::eachBodyHasItsOwnBoundary()
{
    MultipartFormBody first("file", "file", openBuffer("x"));
    MultipartFormBody second("file", "file", openBuffer("x"));
    QVERIFY(boundaryOf(first) != boundaryOf(second));
}

void TestMultipartFormBody::rewindsForAResend()
{
    MultipartFormBody body("file", "file", openBuffer(seededBytes(5'000, 2)));
    QVERIFY(body.open(QIODevice::ReadOnly));
    const QByteArray whole = body.readAll();
    QVERIFY(body.reset());
    QCOMPARE(body.read(10), whole.left(10));
    QVERIFY(body.seek(whole.size() - 3'000)); // inside the file
    QCOMPARE(body.readAll(), whole.right(3'000));
    QVERIFY(body.seek(0));
    QCOMPARE(body.readAll(), whole);
    QVERIFY(!body.seek(whole.size() + 1));
}

void TestMultipartFormBody::refusesAFileNotOpen()
{
    MultipartFormBody body("file", "file", std::make_unique<QBuffer>());
    QVERIFY(!body.open(QIODevice::ReadOnly));
    QVERIFY(!body.errorString().isEmpty());
    MultipartFormBody writable("file", "file", openBuffer("x"));
    QVERIFY(!writable.open(QIODevice::ReadWrite));
}

void TestMultipartFormBody::uploadsThroughQt_data()
{
    QTest::addColumn<qint64>("bytesPerSecond");
    QTest::newRow("no cap") << qint64(0);
    // 200 kB at 1 MB/s: the budget is spent after the first 100 kB, and Qt must wait for the rest.
    QTest::newRow("capped") << qint64(1'000'000);
}

void TestMultipartFormBody::uploadsThroughQt()
{
    QFETCH(qint64, bytesPerSecond);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray bytes = seededBytes(260'000, 3);
    const QString path = dir.filePath(QStringLiteral("image.bin"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), qint64(bytes.size()));
    }
    const qint64 offset = 30'000;
    const qint64 length = 200'000;
    std::unique_ptr<BandwidthBudget> budget;
    QElapsedTimer clock; // from the budget's start: it holds its burst then, and no more
    clock.start();
    auto slice = std::make_unique<FileSliceDevice>(path, offset, length);
    if (bytesPerSecond > 0) {
        budget = std::make_unique<BandwidthBudget>(bytesPerSecond);
        slice->setBandwidth(budget.get());
    }
    QVERIFY(slice->open(QIODevice::ReadOnly));
    auto *body = new MultipartFormBody("file", "file", std::move(slice));
    QVERIFY(body->open(QIODevice::ReadOnly));

    OneRequestServer server;
    QNetworkAccessManager manager;
    QNetworkRequest request(server.url());
    request.setHeader(QNetworkRequest::ContentTypeHeader, body->contentType());
    QNetworkReply *reply = manager.post(request, body);
    body->setParent(reply);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 60'000);
    QCOMPARE(reply->error(), QNetworkReply::NoError);
    reply->deleteLater();
    // Capped, the upload did wait for the budget: the 100 kB beyond its burst take at least 0.1 s at 1 MB/s. (A lower
    // bound only: a slow machine makes it longer, never shorter; 1 ms for the clocks' rounding.)
    if (budget)
        QVERIFY2(clock.elapsed() >= 99, qPrintable(QStringLiteral("%1 ms").arg(clock.elapsed())));

    QVERIFY(server.complete);
    // A known size up front, no chunked transfer encoding: Qt read the body as a random-access device.
    QVERIFY(!server.headers().contains("transfer-encoding"));
    QVERIFY(server.headers().contains("content-type: multipart/form-data; boundary="));
    const QByteArray received = server.body();
    const qsizetype at = received.indexOf(bytes.mid(offset, length));
    QVERIFY(at > 0);
    QVERIFY(received.left(at).endsWith("\r\n\r\n"));
    QVERIFY(received.left(at).contains("name=\"file\""));
    QVERIFY(received.mid(at + length).startsWith("\r\n--"));
    QVERIFY(received.endsWith("--\r\n"));
}

QTEST_GUILESS_MAIN(TestMultipartFormBody)
#include "tst_multipartformbody.moc"
