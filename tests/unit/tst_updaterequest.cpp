#include "ApiReply.h"
#include "ExitCode.h"
#include "UpdateRequest.h"

#include <QTest>

using namespace groov;

Q_DECLARE_METATYPE(std::optional<groov::Error>)

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
    void followNeedsNoFirmwareAndErasesNothing();
    void everyOutcomeHasItsExitCode_data();
    void everyOutcomeHasItsExitCode();
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

void TestUpdateRequest::followNeedsNoFirmwareAndErasesNothing()
{
    UpdateRequest request;
    request.address = QStringLiteral("10.0.0.5");
    request.apiKey = QStringLiteral("key");
    QVERIFY(!request.validate().ok()); // an update needs its firmware
    request.mode = RunMode::Follow;
    QVERIFY(request.validate().ok());
    request.preserveSettings = false; // expecting the device back factory-fresh needs no confirmation
    QVERIFY(request.validate().ok());
    request.versionBefore = QStringLiteral("3.6.0-b.105");
    QVERIFY(request.validate().ok());
    request.versionBefore = QStringLiteral("3.6\n4.1");
    QVERIFY(!request.validate().ok());
    request.versionBefore = QString(65, QLatin1Char('9'));
    QVERIFY2(request.validate().error().message.contains(QLatin1String("at most 64")),
             qPrintable(request.validate().error().message));
}

void TestUpdateRequest::everyOutcomeHasItsExitCode_data()
{
    QTest::addColumn<UpdateOutcome>("outcome");
    QTest::addColumn<std::optional<Error>>("error");
    QTest::addColumn<int>("exitCode");
    const std::optional<Error> none;
    QTest::newRow("succeeded") << UpdateOutcome::Succeeded << none << 0;
    QTest::newRow("not verified") << UpdateOutcome::NotVerified << none << 0;
    QTest::newRow("needs commissioning") << UpdateOutcome::NeedsCommissioning << none << 0;
    QTest::newRow("still updating") << UpdateOutcome::StillUpdating << none << 0;
    QTest::newRow("settings lost") << UpdateOutcome::Failed << std::optional<Error>(Error{ErrorCode::SettingsLost, {}})
                                   << 1;
    QTest::newRow("stage failed") << UpdateOutcome::Failed << std::optional<Error>(Error{ErrorCode::StageFailed, {}})
                                  << 1;
    QTest::newRow("unauthorized") << UpdateOutcome::Failed << std::optional<Error>(Error{ErrorCode::Unauthorized, {}})
                                  << 3;
    QTest::newRow("network") << UpdateOutcome::Failed << std::optional<Error>(Error{ErrorCode::Network, {}}) << 5;
    QTest::newRow("timed out") << UpdateOutcome::TimedOut << std::optional<Error>(Error{ErrorCode::TimedOut, {}}) << 6;
    QTest::newRow("cancelled") << UpdateOutcome::Cancelled << std::optional<Error>(Error{ErrorCode::Cancelled, {}})
                               << 130;
}

void TestUpdateRequest::everyOutcomeHasItsExitCode()
{
    QFETCH(UpdateOutcome, outcome);
    QFETCH(std::optional<Error>, error);
    QFETCH(int, exitCode);
    QCOMPARE(int(exitCodeFor(outcome, error)), exitCode);
    QCOMPARE(outcomeIsSuccess(outcome), exitCode == 0);
    QVERIFY(!outcomeId(outcome).isEmpty());
    QVERIFY(!outcomeName(outcome).isEmpty());
}

QTEST_GUILESS_MAIN(TestUpdateRequest)
#include "tst_updaterequest.moc"
