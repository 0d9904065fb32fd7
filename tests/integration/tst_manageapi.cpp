// ManageApi against a bare HTTPS server that records the raw bytes it receives: the exact headers, what is never
// sent, redirects that must not be followed, and timeouts told apart from cancellation.
#include "FileSliceDevice.h"
#include "ManageApi.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace groov;

namespace {

// Answers every request with one canned response, or never when silent; keeps every raw request.
class RawHttpsServer : public QObject
{
public:
    RawHttpsServer()
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate());
        QFile keyFile(QStringLiteral(GROOV_TEST_DATA "/device-a.key"));
        keyFile.open(QIODevice::ReadOnly);
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        m_server.setSslConfiguration(configuration);
        QObject::connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (auto *socket = static_cast<QSslSocket *>(m_server.nextPendingConnection()))
                serve(socket);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }

    static QSslCertificate certificate()
    {
        return QSslCertificate::fromPath(QStringLiteral(GROOV_TEST_DATA "/device-a.pem")).first();
    }
    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort())); }

    QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
    bool silent = false;
    QList<QByteArray> requests; // head of each request (up to the blank line)
    int connections = 0;

private:
    void serve(QSslSocket *socket)
    {
        ++connections;
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QSslSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            const QByteArray head = buffer->left(headEnd);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer->size() < headEnd + 4 + length)
                return;
            requests.append(head);
            buffer->remove(0, headEnd + 4 + length);
            if (!silent)
                socket->write(response);
        });
    }

    QSslServer m_server;
};

TlsTrust pinnedToServer()
{
    return TlsTrust::pinned(QString::fromLatin1(TlsTrust::fingerprintOf(RawHttpsServer::certificate()))).value();
}

ApiReply waitFor(PendingCall *call)
{
    QSignalSpy spy(call, &PendingCall::finished);
    if (!spy.wait(20'000))
        return ApiReply();
    return spy.at(0).at(0).value<ApiReply>();
}

bool hasHeader(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
            return true;
    }
    return false;
}

QByteArray headerValue(const QByteArray &head, const QByteArray &name)
{
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
            return line.mid(name.size() + 1).trimmed();
    }
    return {};
}

} // namespace

class TestManageApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keyedCallsCarryTheKey();
    void commissionStatusCarriesNoKey();
    void prepareSendsBothSwitches();
    void chunkCarriesUploaderHeaders();
    void redirectIsNotFollowed();
    void oversizedAnswerIsNotKept();
    void untrustedCertificateGetsNoRequest();
    void transferTimeoutIsNotCancellation();
    void abortIsCancellation();
    void deviceErrorMessageIsKept();
};

void TestManageApi::keyedCallsCarryTheKey()
{
    RawHttpsServer server;
    ManageApi api(server.url(), pinnedToServer(), "the-key");
    QVERIFY(waitFor(api.getDeviceInfo()).ok());
    QVERIFY(waitFor(api.getUpdateStatus()).ok());
    QCOMPARE(server.requests.size(), 2);
    QVERIFY(server.requests.at(0).startsWith("GET /manage/api/v1/io/local/info HTTP/1.1"));
    QVERIFY(server.requests.at(1).startsWith("GET /manage/api/v1/maintenance/update/status HTTP/1.1"));
    for (const QByteArray &head : std::as_const(server.requests))
        QCOMPARE(headerValue(head, "apiKey"), QByteArray("the-key"));
}

void TestManageApi::commissionStatusCarriesNoKey()
{
    RawHttpsServer server;
    ManageApi api(server.url(), pinnedToServer(), "the-key");
    QVERIFY(waitFor(api.getCommissionStatus()).ok());
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(server.requests.at(0).startsWith("GET /auth/access/user/commission/status HTTP/1.1"));
    QVERIFY(!hasHeader(server.requests.at(0), "apiKey"));
    QVERIFY(!server.requests.at(0).contains("the-key"));
}

void TestManageApi::prepareSendsBothSwitches()
{
    RawHttpsServer server;
    ManageApi api(server.url(), pinnedToServer(), "k");
    QVERIFY(waitFor(api.prepare(false)).ok());
    QVERIFY(server.requests.at(0).startsWith("POST /manage/api/v1/maintenance/update/prepare HTTP/1.1"));
    QCOMPARE(headerValue(server.requests.at(0), "Content-Type"), QByteArray("application/json"));
    QCOMPARE(headerValue(server.requests.at(0), "Content-Length").toInt(),
             QByteArray(R"({"backupNetwork":false,"preserveSettings":false})").size());
}

void TestManageApi::chunkCarriesUploaderHeaders()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("image.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(1000, 'z'));
    file.close();

    RawHttpsServer server;
    ManageApi api(server.url(), pinnedToServer(), "k");
    auto chunk = std::make_unique<FileSliceDevice>(path, 600, 400);
    QVERIFY(chunk->open(QIODevice::ReadOnly));
    QVERIFY(waitFor(api.applyChunk(std::move(chunk), 1, 2, "12345")).ok());
    const QByteArray head = server.requests.at(0);
    QVERIFY(head.startsWith("POST /manage/api/v1/maintenance/update/apply HTTP/1.1"));
    QCOMPARE(headerValue(head, "uploader-chunk-number"), QByteArray("1"));
    QCOMPARE(headerValue(head, "uploader-chunks-total"), QByteArray("2"));
    QCOMPARE(headerValue(head, "uploader-file-id"), QByteArray("12345"));
    QVERIFY(headerValue(head, "Content-Type").startsWith("multipart/form-data"));
    QVERIFY(headerValue(head, "Content-Length").toInt() > 400);
}

void TestManageApi::redirectIsNotFollowed()
{
    RawHttpsServer server;
    server.response = "HTTP/1.1 302 Found\r\nLocation: https://127.0.0.1:1/elsewhere\r\nContent-Length: 0\r\n\r\n";
    ManageApi api(server.url(), pinnedToServer(), "k");
    const ApiReply reply = waitFor(api.getDeviceInfo());
    QCOMPARE(reply.failure, ApiReply::Failure::Redirect);
    QCOMPARE(reply.httpStatus, 302);
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(!reply.isTransient());
}

void TestManageApi::oversizedAnswerIsNotKept()
{
    // 8 MB of "JSON": far beyond any groov Manage answer.
    constexpr int kSize = 8 * 1024 * 1024;
    RawHttpsServer server;
    server.response =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(kSize) +
        "\r\n\r\n" + QByteArray(kSize, ' ');
    ManageApi api(server.url(), pinnedToServer(), "k");
    const ApiReply reply = waitFor(api.getUpdateStatus());
    QCOMPARE(reply.failure, ApiReply::Failure::TooLarge);
    QVERIFY(reply.body.isEmpty());
    QVERIFY(!reply.isTransient());
    QVERIFY2(reply.describe().contains(QLatin1String("not read")), qPrintable(reply.describe()));
}

void TestManageApi::untrustedCertificateGetsNoRequest()
{
    RawHttpsServer server;
    ManageApi api(server.url(), TlsTrust::system(), "the-key");
    const ApiReply reply = waitFor(api.getDeviceInfo());
    QCOMPARE(reply.failure, ApiReply::Failure::Untrusted);
    QCOMPARE(reply.presentedCertificate, RawHttpsServer::certificate());
    QVERIFY(!reply.sslErrors.isEmpty());
    QCOMPARE(server.requests.size(), 0);

    // Trusting it afterwards makes a fresh, checked connection.
    api.setTrust(pinnedToServer());
    QVERIFY(waitFor(api.getDeviceInfo()).ok());
    QCOMPARE(server.requests.size(), 1);
}

void TestManageApi::transferTimeoutIsNotCancellation()
{
    RawHttpsServer server;
    server.silent = true;
    ApiTimeouts timeouts;
    timeouts.requestMs = 300;
    ManageApi api(server.url(), pinnedToServer(), "k", timeouts);
    const ApiReply reply = waitFor(api.getUpdateStatus());
    QCOMPARE(reply.failure, ApiReply::Failure::TimedOut);
    QVERIFY(reply.isTransient());
}

void TestManageApi::abortIsCancellation()
{
    RawHttpsServer server;
    server.silent = true;
    ManageApi api(server.url(), pinnedToServer(), "k");
    PendingCall *call = api.getUpdateStatus();
    QSignalSpy spy(call, &PendingCall::finished);
    QTRY_COMPARE_WITH_TIMEOUT(server.requests.size(), 1, 20'000);
    call->abort();
    QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 20'000);
    QCOMPARE(spy.at(0).at(0).value<ApiReply>().failure, ApiReply::Failure::Cancelled);
}

void TestManageApi::deviceErrorMessageIsKept()
{
    RawHttpsServer server;
    const QByteArray body = R"({"error":{"code":409,"subCode":0,"message":"An update is already in progress"}})";
    server.response = "HTTP/1.1 409 Conflict\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\n\r\n" + body;
    ManageApi api(server.url(), pinnedToServer(), "k");
    const ApiReply reply = waitFor(api.prepare(true));
    QCOMPARE(reply.failure, ApiReply::Failure::HttpError);
    QCOMPARE(reply.httpStatus, 409);
    QCOMPARE(reply.deviceMessage, QStringLiteral("An update is already in progress"));
    QVERIFY(!reply.isTransient());
}

QTEST_GUILESS_MAIN(TestManageApi)
#include "tst_manageapi.moc"
