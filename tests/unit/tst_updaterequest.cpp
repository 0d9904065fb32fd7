#include "ApiReply.h"
#include "UpdateRequest.h"

#include <QTest>

using namespace groov;

class TestUpdateRequest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validatesApiKeys_data();
    void validatesApiKeys();
    void validatesTimings();
    void keyMessagesSayWhatIsWrong_data();
    void keyMessagesSayWhatIsWrong();
    void classifiesReplies_data();
    void classifiesReplies();
    void readsTheDeviceErrorMessage();
};

void TestUpdateRequest::validatesApiKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("typical") << QStringLiteral("Jz9RkQ2vT8xLmN4pW6yB3cD5fG7hK1sA") << true;
    QTest::newRow("punctuation") << QStringLiteral("a-b_c.d~e!") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("whitespace only") << QStringLiteral("   \t") << false;
    QTest::newRow("embedded newline") << QStringLiteral("abc\r\nX-Evil: 1") << false;
    QTest::newRow("embedded space") << QStringLiteral("abc def") << false;
    QTest::newRow("control character") << QStringLiteral("abc\x01") << false;
    QTest::newRow("non-ASCII") << QString::fromUtf8("schl\xc3\xbcssel") << false;
    QTest::newRow("10000 characters") << QString(10'000, QLatin1Char('k')) << false;
}

void TestUpdateRequest::validatesApiKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    const Status status = UpdateRequest::validateApiKey(key);
    QCOMPARE(status.ok(), valid);
    if (!valid) {
        QCOMPARE(status.error().code, ErrorCode::InvalidInput);
        // The message explains; it never echoes the key back.
        QVERIFY(!status.error().message.isEmpty());
        if (key.trimmed().size() > 3)
            QVERIFY(!status.error().message.contains(key));
    }
}

void TestUpdateRequest::validatesTimings()
{
    UpdateTimings timings;
    QVERIFY(timings.validate().ok());
    timings.deadlineMs = -1;
    QVERIFY(!timings.validate().ok());
    timings = {};
    timings.pollIntervalMs = 0;
    QVERIFY(!timings.validate().ok());
    timings = {};
    timings.maxAttemptsPerChunk = 0;
    QVERIFY(!timings.validate().ok());
    // Absurd values have documented upper bounds.
    timings = {};
    timings.deadlineMs = 25 * 60 * 60 * 1'000;
    QVERIFY2(timings.validate().error().message.contains(QLatin1String("at most 24 hours (1440 minutes)")),
             qPrintable(timings.validate().error().message));
    timings = {};
    timings.pollIntervalMs = 11 * 60 * 1'000;
    QVERIFY2(timings.validate().error().message.contains(QLatin1String("10 minutes")),
             qPrintable(timings.validate().error().message));
}

void TestUpdateRequest::keyMessagesSayWhatIsWrong_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("empty") << QString() << QStringLiteral("Create one in groov Manage");
    QTest::newRow("whitespace only") << QStringLiteral(" \t ") << QStringLiteral("only white space");
    QTest::newRow("tab inside") << QStringLiteral("abc\tdef") << QStringLiteral("only printable ASCII");
    QTest::newRow("DEL") << QStringLiteral("abc\x7f") << QStringLiteral("only printable ASCII");
    QTest::newRow("non-ASCII") << QString::fromUtf8("cl\xc3\xa9") << QStringLiteral("only printable ASCII");
    QTest::newRow("1025 characters") << QString(1025, QLatin1Char('k'))
                                     << QStringLiteral("1025 characters long; at most 1024");
    QTest::newRow("10000 characters") << QString(10'000, QLatin1Char('k'))
                                      << QStringLiteral("10000 characters long; at most 1024");
}

void TestUpdateRequest::keyMessagesSayWhatIsWrong()
{
    QFETCH(QString, key);
    QFETCH(QString, messagePart);
    const Status status = UpdateRequest::validateApiKey(key);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(messagePart), qPrintable(status.error().message));
    QVERIFY(UpdateRequest::validateApiKey(QString(1024, QLatin1Char('k'))).ok()); // the maximum itself is fine
}

void TestUpdateRequest::classifiesReplies_data()
{
    QTest::addColumn<int>("failure");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("transient");
    QTest::addColumn<int>("errorCode");
    using F = ApiReply::Failure;
    QTest::newRow("503") << int(F::HttpError) << 503 << true << int(ErrorCode::DeviceRejected);
    QTest::newRow("500") << int(F::HttpError) << 500 << true << int(ErrorCode::DeviceRejected);
    QTest::newRow("408") << int(F::HttpError) << 408 << true << int(ErrorCode::DeviceRejected);
    QTest::newRow("429") << int(F::HttpError) << 429 << true << int(ErrorCode::DeviceRejected);
    QTest::newRow("400") << int(F::HttpError) << 400 << false << int(ErrorCode::DeviceRejected);
    QTest::newRow("404") << int(F::HttpError) << 404 << false << int(ErrorCode::DeviceRejected);
    QTest::newRow("401") << int(F::Unauthorized) << 401 << false << int(ErrorCode::Unauthorized);
    QTest::newRow("redirect") << int(F::Redirect) << 302 << false << int(ErrorCode::DeviceRejected);
    QTest::newRow("reset") << int(F::Network) << 0 << true << int(ErrorCode::Network);
    QTest::newRow("timeout") << int(F::TimedOut) << 0 << true << int(ErrorCode::Network);
    QTest::newRow("untrusted") << int(F::Untrusted) << 0 << false << int(ErrorCode::CertificateUntrusted);
    QTest::newRow("cancelled") << int(F::Cancelled) << 0 << false << int(ErrorCode::Cancelled);
}

void TestUpdateRequest::classifiesReplies()
{
    QFETCH(int, failure);
    QFETCH(int, status);
    QFETCH(bool, transient);
    QFETCH(int, errorCode);
    ApiReply reply;
    reply.failure = ApiReply::Failure(failure);
    reply.httpStatus = status;
    QCOMPARE(reply.isTransient(), transient);
    QCOMPARE(int(reply.toError().code), errorCode);
    QVERIFY(!reply.describe().isEmpty());
}

void TestUpdateRequest::readsTheDeviceErrorMessage()
{
    QCOMPARE(ApiReply::deviceMessageFrom(R"({"error":{"code":409,"subCode":0,"message":"Update in progress"}})"),
             QStringLiteral("Update in progress"));
    QCOMPARE(ApiReply::deviceMessageFrom("<html>busy</html>"), QString());
    QCOMPARE(ApiReply::deviceMessageFrom(R"({"error":"text"})"), QString());
    ApiReply reply;
    reply.failure = ApiReply::Failure::HttpError;
    reply.httpStatus = 409;
    reply.deviceMessage = QStringLiteral("Update in progress");
    QVERIFY(reply.describe().contains(QLatin1String("409")));
    QVERIFY(reply.describe().contains(QLatin1String("Update in progress")));
}

QTEST_GUILESS_MAIN(TestUpdateRequest)
#include "tst_updaterequest.moc"
