// The simulator's HTTPS server on its own: it reads every request off its connections itself, heads and bodies in
// whatever pieces they arrive, bodies a handler wants as they arrive straight into its sink, and refuses what it
// cannot take, and closes connections that stay idle. Where a test must know that the server has read a piece, it waits
// for the server's end of the connection to announce it (every send() is a TLS record of its own).

#include "RawHttpsClient.h"
#include "SelfSignedCertificate.h"
#include "SimBodySink.h"
#include "SimConnection.h"
#include "SimExchange.h"
#include "SimHttpServer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTest>

#include <memory>

using namespace groov::sim;
using namespace groov::sim::test;

namespace {

const QByteArray kStreamedPath = "/stream";
// The idle deadline the tests give a connection instead of SimConnection::kIdleTimeoutMs.
constexpr int kShortIdleMs = 1000;

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

// A request head of exactly `size` bytes, padded by one long header field; complete (ending in its blank line) or not.
QByteArray headOfSize(qsizetype size, bool complete)
{
    QByteArray head = "GET /plain HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ";
    const QByteArray end = complete ? "\r\n\r\n" : "";
    head += QByteArray(size - head.size() - end.size(), 'p');
    head += end;
    return head;
}

// Sends the bytes and returns once the server has read them.
bool sendAndWaitForServer(RawHttpsClient &client, QSslSocket *serverEnd, const QByteArray &bytes)
{
    QSignalSpy read(serverEnd, &QIODevice::readyRead);
    client.send(bytes);
    return read.wait();
}

// The two ways a body is taken: straight into the handler's sink, or buffered whole first.
void addBodyPathRows()
{
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("streamed") << kStreamedPath;
    QTest::newRow("buffered") << QByteArray("/plain");
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
    void headSplitAcrossManySegments();
    void bodySplitAcrossSegments_data();
    void bodySplitAcrossSegments();
    void requestsInARowOnOneConnection();
    void requestFollowingABodyInTheSameRead();
    void requestStartedBeforeALaterAnswer();
    void expectContinueGetsAnInterimAnswer_data();
    void expectContinueGetsAnInterimAnswer();
    void clientGoneMidBodyDropsTheRequest_data();
    void clientGoneMidBodyDropsTheRequest();
    void resetFromTheHandlerIsQuiet();
    void chunkedBodyIsDecoded();
    void connectionCloseIsHonoured();
    void headAtTheBoundIsTaken();
    void headOverTheBoundIsRefused();
    void unclearBodyIsRefused_data();
    void unclearBodyIsRefused();
    void bufferedBodyOverTheBoundIsRefused();
    void chunkedBodyOverTheBoundIsRefusedAsItArrives();
    void silentConnectionIsClosedWhenIdle();
    void headThatNeverEndsIsRefusedWhenIdle();
    void bodyThatKeepsComingIsNotIdle();

private:
    std::unique_ptr<RawHttpsClient> connectedClient();
    // The server's side of the one connection a test opened.
    SimConnection *serverConnection();
    // The server's end of the one connection a test opened.
    QSslSocket *serverEnd();

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

SimConnection *TestSimHttpServer::serverConnection()
{
    const auto connection = [this] {
        return m_server->findChild<SimConnection *>();
    };
    return QTest::qWaitFor([&] { return connection() != nullptr; }) ? connection() : nullptr;
}

QSslSocket *TestSimHttpServer::serverEnd()
{
    SimConnection *connection = serverConnection();
    return connection ? connection->findChild<QSslSocket *>() : nullptr;
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
    // Both kinds of request (body streamed or buffered) still work with their heads cut into single bytes.
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

void TestSimHttpServer::headSplitAcrossManySegments()
{
    // The server reads each piece as it comes, and starts the request only once its blank line is in, even when a
    // piece ends inside a field name or between the CR and the LF.
    const auto client = connectedClient();
    QVERIFY(client);
    QSslSocket *server = serverEnd();
    QVERIFY(server);
    QSignalSpy started(m_server.get(), &SimHttpServer::requestStarted);
    const QByteArray head = request("GET", "/plain/split", {}, "X-Split-Field: split value\r\n");
    for (qsizetype at = 0; at < head.size(); at += 5) {
        QCOMPARE(started.size(), 0);
        QVERIFY2(sendAndWaitForServer(*client, server, head.mid(at, 5)), qPrintable(QString::number(at)));
    }
    QCOMPARE(started.size(), 1);
    QCOMPARE(started.first().at(1).toString(), QStringLiteral("GET"));
    QCOMPARE(started.first().at(2).toString(), QStringLiteral("/plain/split"));
    const auto response = client->readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(m_handled.size(), 1);
    QCOMPARE(m_handled.first()->header("x-split-field"), QByteArray("split value"));
}

void TestSimHttpServer::bodySplitAcrossSegments_data()
{
    addBodyPathRows();
}

void TestSimHttpServer::bodySplitAcrossSegments()
{
    // The request is handled once its last byte is in, not before, with every byte where it belongs.
    QFETCH(QByteArray, path);
    const auto client = connectedClient();
    QVERIFY(client);
    QSslSocket *server = serverEnd();
    QVERIFY(server);
    QByteArray body;
    for (int i = 0; i < 300; ++i)
        body += char(i);
    const QByteArray bytes = request("POST", path, body);
    const qsizetype headSize = bytes.size() - body.size();
    // The head comes with the first piece of the body.
    QVERIFY(sendAndWaitForServer(*client, server, bytes.left(headSize + 10)));
    for (qsizetype at = headSize + 10; at < bytes.size(); at += 37) {
        QVERIFY(m_handled.isEmpty());
        QVERIFY2(sendAndWaitForServer(*client, server, bytes.mid(at, 37)), qPrintable(QString::number(at)));
    }
    const auto response = client->readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, path + ' ' + body);
    QCOMPARE(m_handled.size(), 1);
    QCOMPARE(m_handled.first()->bodySize(), body.size());
    QCOMPARE(m_handled.first()->body().isEmpty(), path == kStreamedPath);
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
    QSignalSpy closed(m_server.get(), &SimHttpServer::connectionClosed);
    for (const auto &[method, path] : requests) {
        const QByteArray body = method == "GET" ? QByteArray() : QByteArray(20000, 'b') + path;
        client->send(request(method, path, body));
        const auto response = client->readResponse();
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body, path + ' ' + body);
        QVERIFY(client->isConnected());
    }
    QCOMPARE(closed.size(), 0);
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
    // The next request begins to arrive while a streamed one still waits for its answer: its first bytes wait in the
    // connection, and the answer must neither lose them nor make them be read twice.
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
    addBodyPathRows();
}

void TestSimHttpServer::expectContinueGetsAnInterimAnswer()
{
    // curl asks before sending a large body, and waits a second for this answer when none comes.
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

void TestSimHttpServer::clientGoneMidBodyDropsTheRequest_data()
{
    addBodyPathRows();
}

void TestSimHttpServer::clientGoneMidBodyDropsTheRequest()
{
    QFETCH(QByteArray, path);
    const auto client = connectedClient();
    QVERIFY(client);
    QSslSocket *server = serverEnd();
    QVERIFY(server);
    QSignalSpy started(m_server.get(), &SimHttpServer::requestStarted);
    QSignalSpy closed(m_server.get(), &SimHttpServer::connectionClosed);
    const QByteArray bytes = request("POST", path, QByteArray(100000, 'h'));
    QVERIFY(sendAndWaitForServer(*client, server, bytes.left(bytes.size() / 2)));
    QTRY_COMPARE(started.size(), 1);
    client->abort();
    QVERIFY(closed.wait());
    QCOMPARE(closed.size(), 1);
    QCOMPARE(closed.first().first().toULongLong(), started.first().first().toULongLong());
    // Never handled, and the half body went with the connection.
    QVERIFY(m_handled.isEmpty());
    for (const auto &sink : std::as_const(m_sinks))
        QVERIFY(sink.expired());

    // The server goes on serving.
    const auto again = connectedClient();
    QVERIFY(again);
    again->send(request("GET", "/plain", {}));
    const auto response = again->readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
}

void TestSimHttpServer::resetFromTheHandlerIsQuiet()
{
    // Resetting from inside the server's own read of a request leaves nothing to trip over (init() fails the test on
    // any warning), and the connection is reported closed once.
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

void TestSimHttpServer::chunkedBodyIsDecoded()
{
    // A chunked body, cut anywhere, reaches the sink decoded; the request after it on the connection is unharmed.
    const auto client = connectedClient();
    QVERIFY(client);
    QSslSocket *server = serverEnd();
    QVERIFY(server);
    const QByteArray bytes = request("POST", kStreamedPath, {}, "Transfer-Encoding: chunked\r\n") +
                             "5\r\nhello\r\n7;ext=1\r\n, world\r\n0\r\nTrailer: x\r\n\r\n";
    for (qsizetype at = 0; at < bytes.size(); at += 4)
        QVERIFY(sendAndWaitForServer(*client, server, bytes.mid(at, 4)));
    client->send(request("GET", "/plain", {}));
    for (const QByteArray &expected : {QByteArray(kStreamedPath + " hello, world"), QByteArray("/plain ")}) {
        const auto response = client->readResponse();
        QVERIFY(response);
        QCOMPARE(response->body, expected);
    }
    QCOMPARE(m_handled.size(), 2);
    QVERIFY(m_handled.first()->body().isEmpty());
    QCOMPARE(m_handled.first()->bodySize(), qint64(12));
    QVERIFY(m_handled.first()->bodySink());
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

void TestSimHttpServer::headAtTheBoundIsTaken()
{
    const auto client = connectedClient();
    QVERIFY(client);
    client->send(headOfSize(SimConnection::kMaxHeadBytes, true));
    const auto response = client->readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(m_handled.size(), 1);
}

void TestSimHttpServer::headOverTheBoundIsRefused()
{
    // kMaxHeadBytes and still no blank line: refused, and no one hears of the request.
    const auto client = connectedClient();
    QVERIFY(client);
    QSignalSpy started(m_server.get(), &SimHttpServer::requestStarted);
    QSignalSpy closed(m_server.get(), &SimHttpServer::connectionClosed);
    client->send(headOfSize(SimConnection::kMaxHeadBytes, false));
    const auto response = client->readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 431);
    QCOMPARE(response->header("connection"), QByteArray("close"));
    QVERIFY(client->waitForClosed());
    QTRY_COMPARE(closed.size(), 1);
    QCOMPARE(started.size(), 0);
    QVERIFY(m_handled.isEmpty());
}

void TestSimHttpServer::unclearBodyIsRefused_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::newRow("length not a number") << QByteArray("Content-Length: 12abc\r\n");
    QTest::newRow("negative length") << QByteArray("Content-Length: -1\r\n");
    QTest::newRow("length and chunked") << QByteArray("Content-Length: 5\r\nTransfer-Encoding: chunked\r\n");
    QTest::newRow("unknown coding") << QByteArray("Transfer-Encoding: gzip\r\n");
}

void TestSimHttpServer::unclearBodyIsRefused()
{
    // Where the body ends (and the next request starts) must be beyond doubt.
    QFETCH(QByteArray, headers);
    const auto client = connectedClient();
    QVERIFY(client);
    client->send(request("POST", "/plain", {}, headers));
    const auto response = client->readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 400);
    QVERIFY(client->waitForClosed());
    QVERIFY(m_handled.isEmpty());
}

void TestSimHttpServer::bufferedBodyOverTheBoundIsRefused()
{
    // Refused on its announced length, before a byte of it is sent; a body the sink takes has no such bound.
    const auto client = connectedClient();
    QVERIFY(client);
    QByteArray length = "Content-Length: ";
    length += QByteArray::number(SimConnection::kMaxBufferedBodyBytes + 1);
    length += "\r\n";
    client->send(request("POST", "/plain", {}, length));
    const auto response = client->readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 413);
    QVERIFY(client->waitForClosed());
    QVERIFY(m_handled.isEmpty());

    const auto streamed = connectedClient();
    QVERIFY(streamed);
    QSignalSpy started(m_server.get(), &SimHttpServer::requestStarted);
    streamed->send(request("POST", kStreamedPath, {}, length) + "first bytes");
    QTRY_VERIFY(!m_sinks.isEmpty() && m_sinks.last().lock() && m_sinks.last().lock()->received == "first bytes");
    QCOMPARE(started.size(), 1);
    QVERIFY(streamed->isConnected());
}

void TestSimHttpServer::chunkedBodyOverTheBoundIsRefusedAsItArrives()
{
    // A chunked body announces no length: it is refused once a byte more than the bound is in, though its chunk
    // promised more and its end never comes.
    const auto client = connectedClient();
    QVERIFY(client);
    QSignalSpy started(m_server.get(), &SimHttpServer::requestStarted);
    QByteArray bytes = request("POST", "/plain", {}, "Transfer-Encoding: chunked\r\n");
    bytes += QByteArray::number(2 * SimConnection::kMaxBufferedBodyBytes, 16) + "\r\n";
    bytes += QByteArray(SimConnection::kMaxBufferedBodyBytes + 1, 'c');
    client->send(bytes);
    const auto response = client->readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 413);
    QVERIFY(client->waitForClosed());
    QCOMPARE(started.size(), 1);
    QVERIFY(m_handled.isEmpty());
}

void TestSimHttpServer::silentConnectionIsClosedWhenIdle()
{
    // A client that connects and says nothing is closed, without an answer, as there was no request.
    const auto client = connectedClient();
    QVERIFY(client);
    SimConnection *connection = serverConnection();
    QVERIFY(connection);
    QSignalSpy closed(m_server.get(), &SimHttpServer::connectionClosed);
    connection->setIdleTimeout(kShortIdleMs);
    QVERIFY(client->waitForClosed());
    QVERIFY(!client->readResponse(0));
    QTRY_COMPARE(closed.size(), 1);
}

void TestSimHttpServer::headThatNeverEndsIsRefusedWhenIdle()
{
    // The whole head must come within the deadline: bytes of it that keep trickling in do not hold the connection.
    const auto client = connectedClient();
    QVERIFY(client);
    QSslSocket *server = serverEnd();
    QVERIFY(server);
    QSignalSpy started(m_server.get(), &SimHttpServer::requestStarted);
    QVERIFY(sendAndWaitForServer(*client, server, "GET /plain HTTP/1.1\r\nX-Slow: "));
    serverConnection()->setIdleTimeout(kShortIdleMs);
    std::optional<RawResponse> response;
    for (int i = 0; i < 1000 && !response && client->isConnected(); ++i) {
        client->send("s");
        response = client->readResponse(kShortIdleMs / 10);
    }
    QVERIFY(response);
    QCOMPARE(response->status, 408);
    QVERIFY(client->waitForClosed());
    QCOMPARE(started.size(), 0);
    QVERIFY(m_handled.isEmpty());
}

void TestSimHttpServer::bodyThatKeepsComingIsNotIdle()
{
    // A byte at a time, with pauses well within the deadline, for several deadlines in all: every byte that arrives
    // keeps the connection alive, and the request is answered.
    const auto client = connectedClient();
    QVERIFY(client);
    QSslSocket *server = serverEnd();
    QVERIFY(server);
    const QByteArray body(1000, 'b');
    const QByteArray bytes = request("POST", "/plain", body);
    qsizetype at = bytes.size() - body.size() + 1;
    QVERIFY(sendAndWaitForServer(*client, server, bytes.left(at)));
    serverConnection()->setIdleTimeout(kShortIdleMs);
    QElapsedTimer sending;
    sending.start();
    while (!sending.hasExpired(3 * kShortIdleMs)) {
        QTest::qWait(kShortIdleMs / 10);
        QVERIFY(at < bytes.size() - 1);
        QVERIFY2(sendAndWaitForServer(*client, server, bytes.mid(at++, 1)), qPrintable(QString::number(at)));
    }
    client->send(bytes.mid(at));
    const auto response = client->readResponse();
    QVERIFY(response);
    QCOMPARE(response->status, 200);
    QCOMPARE(response->body, "/plain " + body);
    QVERIFY(client->isConnected());
}

QTEST_GUILESS_MAIN(TestSimHttpServer)
#include "tst_simhttpserver.moc"
