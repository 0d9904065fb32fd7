// The simulator's HTTPS server on its own: request bodies a handler wants as they arrive are read by the server itself,
// piece by piece, around QAbstractHttpServer, which still reads every other request on the same connections.

#include "RawHttpsClient.h"
#include "SelfSignedCertificate.h"
#include "SimBodySink.h"
#include "SimExchange.h"
#include "SimHttpServer.h"

#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

#include <memory>

using namespace groov::sim;
using namespace groov::sim::test;

namespace {

const QByteArray kStreamedPath = "/stream";

// Keeps what it was given, piece by piece, and says so.
class RecordingSink : public QObject, public SimBodySink
{
    Q_OBJECT
public:
    QByteArray received;
    QList<qint64> pieces;

    void write(const char *data, qint64 size) override
    {
        received.append(data, size);
        pieces.append(size);
        Q_EMIT wrote(received.size());
    }

Q_SIGNALS:
    void wrote(qint64 total);
};

QByteArray request(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                   const QByteArray &extraHeaders = QByteArray())
{
    QByteArray bytes = method;
    bytes += ' ';
    bytes += path;
    bytes += " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    if (!body.isEmpty()) {
        bytes += "Content-Length: ";
        bytes += QByteArray::number(body.size());
        bytes += "\r\n";
    }
    bytes += extraHeaders;
    bytes += "\r\n";
    bytes += body;
    return bytes;
}

} // namespace

class TestSimHttpServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void streamedBodyArrivesOneByteAtATime();
    void headsSplitAcrossReads();
    void requestsInARowOnOneConnection();
    void requestFollowingABodyInTheSameRead();
    void requestStartedBeforeALaterAnswer();
    void expectContinueGetsAnInterimAnswer_data();
    void expectContinueGetsAnInterimAnswer();
    void clientGoneMidBodyDropsTheRequest();
    void resetFromTheHandlerIsQuiet();
    void bodyWithoutALengthIsBufferedThenSunk();
    void connectionCloseIsHonoured();

private:
    std::unique_ptr<RawHttpsClient> connectedClient();

    std::optional<SelfSignedCertificate> m_certificate;
    std::unique_ptr<SimHttpServer> m_server;
    QList<std::shared_ptr<SimExchange>> m_handled;
    std::shared_ptr<SimExchange> m_later; // a request the handler leaves unanswered for now
    QList<std::weak_ptr<RecordingSink>> m_sinks;
};

void TestSimHttpServer::initTestCase()
{
    QString error;
    m_certificate = SelfSignedCertificate::generate(QHostAddress::LocalHost, &error);
    QVERIFY2(m_certificate, qPrintable(error));
}

void TestSimHttpServer::init()
{
    // Nothing here may make Qt complain about reading a closed socket, or anything else.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_handled.clear();
    m_later.reset();
    m_sinks.clear();
    m_server = std::make_unique<SimHttpServer>();
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_certificate->certificate());
    tls.setPrivateKey(m_certificate->privateKey());
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    QString error;
    QVERIFY2(m_server->listenOn(QHostAddress::LocalHost, 0, tls, &error), qPrintable(error));
    m_server->setBodySinkFactory([this](const SimExchange &exchange) -> std::shared_ptr<SimBodySink> {
        if (!exchange.path().startsWith(QLatin1String(kStreamedPath)))
            return nullptr;
        auto sink = std::make_shared<RecordingSink>();
        m_sinks.append(sink);
        return sink;
    });
    // Answers with what arrived: the path, then the body (from the sink when there was one).
    m_server->setHandler([this](const std::shared_ptr<SimExchange> &exchange) {
        m_handled.append(exchange);
        if (exchange->path().endsWith(QLatin1String("/reset")))
            return exchange->reset();
        if (exchange->path().endsWith(QLatin1String("/later"))) {
            m_later = exchange;
            return;
        }
        const auto sink = std::static_pointer_cast<RecordingSink>(exchange->bodySink());
        exchange->respond(200, exchange->path().toUtf8() + ' ' + (sink ? sink->received : exchange->body()),
                          "text/plain");
    });
}

void TestSimHttpServer::cleanup()
{
    m_server.reset();
}

std::unique_ptr<RawHttpsClient> TestSimHttpServer::connectedClient()
{
    auto client = std::make_unique<RawHttpsClient>(m_certificate->fingerprintSha256());
    if (!client->connectTo(m_server->port()))
        return nullptr;
    return client;
}

void TestSimHttpServer::streamedBodyArrivesOneByteAtATime()
{
    const auto client = connectedClient();
    QVERIFY(client);
    QSignalSpy started(m_server.get(), &SimHttpServer::requestStarted);
    const QByteArray body = "--x\r\nno multipart needed here: any bytes \x00\xff\r\n\r\n--x--";
    const QByteArray bytes = request("POST", kStreamedPath, body);
    client->send(bytes.left(bytes.size() - body.size()));
    QVERIFY(started.wait());
    QCOMPARE(m_sinks.size(), 1);
    const std::shared_ptr<RecordingSink> sink = m_sinks.first().lock();
    QVERIFY(sink);

    // Each byte reaches the sink on its own, as it arrives, and the handler only hears of the request at the end.
    QSignalSpy wrote(sink.get(), &RecordingSink::wrote);
    for (qsizetype i = 0; i < body.size(); ++i) {
        QVERIFY(m_handled.isEmpty());
        client->send(body.mid(i, 1));
        QVERIFY2(wrote.wait(), qPrintable(QString::number(i)));
        QCOMPARE(sink->received.size(), i + 1);
    }
    QCOMPARE(sink->pieces, QList<qint64>(body.size(), 1));

    const auto response = client->readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, kStreamedPath + ' ' + body);
    QCOMPARE(m_handled.size(), 1);
    const SimExchange &exchange = *m_handled.first();
    QVERIFY(exchange.body().isEmpty()); // it went to the sink, never into memory
    QCOMPARE(exchange.bodySize(), body.size());
    QCOMPARE(exchange.bodySink(), std::static_pointer_cast<SimBodySink>(sink));
    QCOMPARE(exchange.method(), QStringLiteral("POST"));
    QCOMPARE(started.first().at(2).toString(), QString::fromLatin1(kStreamedPath));
}

void TestSimHttpServer::headsSplitAcrossReads()
{
    // The server holds an incomplete head back, from QAbstractHttpServer too; both kinds of request still work with
    // their heads cut into single bytes.
    const auto client = connectedClient();
    QVERIFY(client);
    for (const QByteArray &bytes : {request("POST", kStreamedPath + "/a", "streamed body"),
                                    request("POST", "/plain", "{\"buffered\": true}"), request("GET", "/plain", {})}) {
        for (const char c : bytes) {
            client->send(QByteArray(1, c));
            QCoreApplication::processEvents(); // the server reads what arrived, if anything did
        }
        const auto response = client->readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
    }
    QCOMPARE(m_handled.size(), 3);
    QCOMPARE(m_handled.at(0)->path(), QStringLiteral("/stream/a"));
    QCOMPARE(m_handled.at(0)->bodySize(), qint64(13));
    QVERIFY(m_handled.at(0)->bodySink());
    QCOMPARE(m_handled.at(1)->body(), QByteArray("{\"buffered\": true}"));
    QVERIFY(!m_handled.at(1)->bodySink());
    QCOMPARE(m_handled.at(2)->method(), QStringLiteral("GET"));
}

void TestSimHttpServer::requestsInARowOnOneConnection()
{
    // Keep-alive: after a streamed request, the connection goes back to normal, and the next one may stream again.
    const auto client = connectedClient();
    QVERIFY(client);
    const QList<QPair<QByteArray, QByteArray>> requests{{"POST", kStreamedPath + "/1"},
                                                        {"POST", kStreamedPath + "/2"},
                                                        {"GET", "/plain"},
                                                        {"POST", "/plain"},
                                                        {"POST", kStreamedPath + "/3"}};
    for (const auto &[method, path] : requests) {
        const QByteArray body = method == "GET" ? QByteArray() : QByteArray(20000, 'b') + path;
        client->send(request(method, path, body));
        const auto response = client->readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, path + ' ' + body);
    }
    QCOMPARE(m_handled.size(), requests.size());
    for (const auto &exchange : m_handled)
        QCOMPARE(exchange->connectionId(), m_handled.first()->connectionId());
    QCOMPARE(m_sinks.size(), 3);
}

void TestSimHttpServer::requestFollowingABodyInTheSameRead()
{
    // A client that does not wait for the answer: the next request follows the streamed body in the same bytes.
    const auto client = connectedClient();
    QVERIFY(client);
    client->send(request("POST", kStreamedPath, "first") + request("GET", "/plain", {}) +
                 request("POST", kStreamedPath, "third"));
    for (const QByteArray &expected :
         {QByteArray(kStreamedPath + " first"), QByteArray("/plain "), QByteArray(kStreamedPath + " third")}) {
        const auto response = client->readResponse();
        QVERIFY(response);
        QCOMPARE(response->body, expected);
    }
}

void TestSimHttpServer::requestStartedBeforeALaterAnswer()
{
    // The next request begins to arrive while a streamed one still waits for its answer: QAbstractHttpServer reads
    // its first bytes, and the answer must neither lose them nor make them be read twice.
    const auto client = connectedClient();
    QVERIFY(client);
    const QByteArray next = request("GET", "/plain", {});
    client->send(request("POST", kStreamedPath + "/later", "body") + next.left(7));
    QTRY_VERIFY(m_later);
    m_later->respond(200, "later", "text/plain");
    auto response = client->readResponse();
    QVERIFY(response);
    QCOMPARE(response->body, QByteArray("later"));
    client->send(next.mid(7));
    response = client->readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, QByteArray("/plain "));
    QCOMPARE(m_handled.size(), 2);
}

void TestSimHttpServer::expectContinueGetsAnInterimAnswer_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("streamed") << kStreamedPath;
    QTest::newRow("buffered") << QByteArray("/plain");
}

void TestSimHttpServer::expectContinueGetsAnInterimAnswer()
{
    // curl asks before sending a large body; QAbstractHttpServer 6.4 would never answer.
    QFETCH(QByteArray, path);
    const auto client = connectedClient();
    QVERIFY(client);
    const QByteArray body = "the body";
    const QByteArray bytes = request("POST", path, body, "Expect: 100-continue\r\n");
    client->send(bytes.left(bytes.size() - body.size()));
    const auto interim = client->readResponse();
    QVERIFY(interim);
    QCOMPARE(interim->status, 100);
    QVERIFY(m_handled.isEmpty());
    client->send(body);
    const auto response = client->readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, path + ' ' + body);
}

void TestSimHttpServer::clientGoneMidBodyDropsTheRequest()
{
    const auto client = connectedClient();
    QVERIFY(client);
    QSignalSpy closed(m_server.get(), &SimHttpServer::connectionClosed);
    const QByteArray bytes = request("POST", kStreamedPath, QByteArray(100000, 'h'));
    client->send(bytes.left(bytes.size() / 2));
    QTRY_VERIFY(!m_sinks.isEmpty() && m_sinks.first().lock() && !m_sinks.first().lock()->received.isEmpty());
    client->abort();
    QVERIFY(closed.wait());
    // Never handled, and the half body went with the connection.
    QVERIFY(m_handled.isEmpty());
    QVERIFY(m_sinks.first().expired());
}

void TestSimHttpServer::resetFromTheHandlerIsQuiet()
{
    // Resetting inside the server's own read of a body must leave QAbstractHttpServer nothing to trip over (init()
    // fails the test on any warning).
    const auto client = connectedClient();
    QVERIFY(client);
    QSignalSpy closed(m_server.get(), &SimHttpServer::connectionClosed);
    client->send(request("POST", kStreamedPath + "/reset", "body"));
    QVERIFY(client->waitForClosed());
    QVERIFY(!client->readResponse(0));
    QCOMPARE(closed.size(), 1);
    QCOMPARE(m_handled.size(), 1);

    const auto again = connectedClient();
    QVERIFY(again);
    again->send(request("GET", "/plain", {}));
    const auto response = again->readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
}

void TestSimHttpServer::bodyWithoutALengthIsBufferedThenSunk()
{
    // Only QAbstractHttpServer knows where a chunked body ends: it reads it, and the sink gets it whole.
    const auto client = connectedClient();
    QVERIFY(client);
    client->send(request("POST", kStreamedPath, {}, "Transfer-Encoding: chunked\r\n") + "5\r\nhello\r\n0\r\n\r\n");
    const auto response = client->readResponse();
    QVERIFY(response);
    QCOMPARE(response->body, kStreamedPath + " hello");
    QCOMPARE(m_handled.size(), 1);
    QVERIFY(m_handled.first()->body().isEmpty());
    QCOMPARE(m_handled.first()->bodySize(), qint64(5));
    const auto sink = std::static_pointer_cast<RecordingSink>(m_handled.first()->bodySink());
    QVERIFY(sink);
    QCOMPARE(sink->pieces, QList<qint64>{5});
}

void TestSimHttpServer::connectionCloseIsHonoured()
{
    for (const QByteArray &path : {kStreamedPath, QByteArray("/plain")}) {
        const auto client = connectedClient();
        QVERIFY(client);
        client->send(request("POST", path, "bye", "Connection: close\r\n"));
        const auto response = client->readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->header("connection"), QByteArray("close"));
        QVERIFY(client->waitForClosed());
    }
}

QTEST_GUILESS_MAIN(TestSimHttpServer)
#include "tst_simhttpserver.moc"
