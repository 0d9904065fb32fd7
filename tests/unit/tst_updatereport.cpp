#include "SampleReport.h"
#include "UpdateReport.h"

#include <QJsonArray>
#include <QTest>

using namespace groov;
using groov::test::sampleReport;

class TestUpdateReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void serialisesWhatHappened();
    void serialisesAFailedStage();
    void textNamesTheEssentials();
    void followIsOfferedOnlyWhenItCanTellMore_data();
    void followIsOfferedOnlyWhenItCanTellMore();
};

void TestUpdateReport::serialisesWhatHappened()
{
    const QJsonObject json = sampleReport().toJson();
    QCOMPARE(json.value(QLatin1String("durationMs")).toInteger(), 754'000);
    const QJsonObject device = json.value(QLatin1String("device")).toObject();
    QCOMPARE(device.value(QLatin1String("model")).toString(), QStringLiteral("GRV-EPIC-PR2"));
    QCOMPARE(device.value(QLatin1String("versionBefore")).toString(), QStringLiteral("3.6.0"));
    QCOMPARE(device.value(QLatin1String("versionAfter")).toString(), QStringLiteral("4.1.0"));
    const QJsonObject firmware = json.value(QLatin1String("firmware")).toObject();
    QCOMPARE(firmware.value(QLatin1String("chunks")).toInt(), 3);
    QCOMPARE(firmware.value(QLatin1String("sha256")).toString(), QString(64, QLatin1Char('a')));
    QCOMPARE(json.value(QLatin1String("phases")).toArray().at(1).toObject().value(QLatin1String("phase")).toString(),
             QStringLiteral("upload"));
    QCOMPARE(json.value(QLatin1String("retries")).toArray().at(0).toObject().value(QLatin1String("chunk")).toInt(), 1);
    QCOMPARE(json.value(QLatin1String("restartSteps")).toArray().at(0).toString(), QStringLiteral("restarting"));
    QCOMPARE(json.value(QLatin1String("options")).toObject().value(QLatin1String("mode")).toString(),
             QStringLiteral("update"));
    const QJsonObject result = json.value(QLatin1String("result")).toObject();
    QCOMPARE(result.value(QLatin1String("outcome")).toString(), QStringLiteral("succeeded"));
    const QJsonObject evidence = result.value(QLatin1String("evidence")).toObject();
    QCOMPARE(evidence.value(QLatin1String("restartSeen")), QJsonValue(true));
    QCOMPARE(evidence.value(QLatin1String("versionChanged")), QJsonValue(true));
    QVERIFY(!result.contains(QLatin1String("errorCode")));
}

void TestUpdateReport::serialisesAFailedStage()
{
    UpdateReport report = sampleReport();
    report.outcome = UpdateOutcome::Failed;
    report.error = Error{ErrorCode::StageFailed, QStringLiteral("decrypt failed")};
    DeviceStage stage;
    stage.name = QStringLiteral("decrypt");
    stage.state = StageState::Error;
    stage.errorCode = 8;
    stage.errorMessage = QStringLiteral("Failed to decrypt system update.");
    stage.errorData = QJsonArray{1, 2};
    report.failedStage = stage;
    report.hint = QStringLiteral("wrong family");
    const QJsonObject result = report.toJson().value(QLatin1String("result")).toObject();
    QCOMPARE(result.value(QLatin1String("outcome")).toString(), QStringLiteral("failed"));
    QCOMPARE(result.value(QLatin1String("errorCode")).toString(), QStringLiteral("stageFailed"));
    const QJsonObject failed = result.value(QLatin1String("failedStage")).toObject();
    QCOMPARE(failed.value(QLatin1String("name")).toString(), QStringLiteral("decrypt"));
    QCOMPARE(failed.value(QLatin1String("errorCode")).toInt(), 8);
    QCOMPARE(failed.value(QLatin1String("errorData")).toArray().size(), 2);
    QCOMPARE(result.value(QLatin1String("hint")).toString(), QStringLiteral("wrong family"));
}

void TestUpdateReport::textNamesTheEssentials()
{
    const QString text = sampleReport().toText();
    QVERIFY(text.contains(QStringLiteral("3.6.0 → 4.1.0")));
    QVERIFY(text.contains(QLatin1String("GRV-EPIC-PR2")));
    QVERIFY(text.contains(QLatin1String("12 min 34 s")));
    QVERIFY(text.contains(QLatin1String("Connection:  1 part(s) of the upload sent again")));
}

void TestUpdateReport::followIsOfferedOnlyWhenItCanTellMore_data()
{
    QTest::addColumn<UpdateOutcome>("outcome");
    QTest::addColumn<bool>("deviceMayHaveImage");
    QTest::addColumn<RunMode>("mode");
    QTest::addColumn<int>("errorCode"); // -1: none
    QTest::addColumn<bool>("offered");

    const int none = -1;
    const int network = int(ErrorCode::Network);
    QTest::newRow("cancelled during the upload")
        << UpdateOutcome::Cancelled << false << RunMode::Update << none << false;
    QTest::newRow("cancelled after the image") << UpdateOutcome::Cancelled << true << RunMode::Update << none << true;
    QTest::newRow("cancelled following") << UpdateOutcome::Cancelled << false << RunMode::Follow << none << true;
    QTest::newRow("network lost after the image")
        << UpdateOutcome::Failed << true << RunMode::Update << network << true;
    QTest::newRow("key refused after the image")
        << UpdateOutcome::Failed << true << RunMode::Update << int(ErrorCode::Unauthorized) << false;
    QTest::newRow("stage failed") << UpdateOutcome::Failed << true << RunMode::Update << int(ErrorCode::StageFailed)
                                  << false;
    QTest::newRow("network lost mid-upload") << UpdateOutcome::Failed << false << RunMode::Update << network << false;
    // Every byte of the last chunk was sent and no answer came: the engine says the device may have the image.
    QTest::newRow("last chunk's answer lost") << UpdateOutcome::Failed << true << RunMode::Update << network << true;
    QTest::newRow("timed out") << UpdateOutcome::TimedOut << true << RunMode::Update << int(ErrorCode::TimedOut)
                               << true;
    QTest::newRow("not verified") << UpdateOutcome::NotVerified << true << RunMode::Update << none << true;
    QTest::newRow("still updating") << UpdateOutcome::StillUpdating << true << RunMode::Update << none << true;
    QTest::newRow("succeeded") << UpdateOutcome::Succeeded << true << RunMode::Update << none << false;
    QTest::newRow("needs commissioning") << UpdateOutcome::NeedsCommissioning << true << RunMode::Update << none
                                         << false;
}

void TestUpdateReport::followIsOfferedOnlyWhenItCanTellMore()
{
    QFETCH(UpdateOutcome, outcome);
    QFETCH(bool, deviceMayHaveImage);
    QFETCH(RunMode, mode);
    QFETCH(int, errorCode);
    QFETCH(bool, offered);

    UpdateReport report;
    report.outcome = outcome;
    report.mode = mode;
    report.deviceMayHaveImage = deviceMayHaveImage;
    if (errorCode >= 0)
        report.error = Error{ErrorCode(errorCode), QStringLiteral("message")};
    QCOMPARE(report.followCanTellMore(), offered);
    const QJsonObject result = report.toJson().value(QLatin1String("result")).toObject();
    QCOMPARE(result.value(QLatin1String("followCanTellMore")).toBool(!offered), offered);
    QCOMPARE(result.value(QLatin1String("deviceMayHaveImage")).toBool(!deviceMayHaveImage), deviceMayHaveImage);
}

QTEST_GUILESS_MAIN(TestUpdateReport)
#include "tst_updatereport.moc"
