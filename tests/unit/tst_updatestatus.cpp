#include "UpdateStatus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace groov;

Q_DECLARE_METATYPE(groov::StageState)

namespace {

const QByteArray InProgress = R"({
  "prepare": {"status": "done"}, "upload": {"status": "done"},
  "reassemble": {"status": "done"}, "unzip": {"status": "done"},
  "decrypt": {"status": "done"}, "decompress": {"status": "done"},
  "backupSettings": {"status": "done"}, "install": {"status": "running"},
  "finishAndRestart": {"status": "pending"}, "active": "active"
})";

const QByteArray WrongFamily = R"({
  "prepare": {"status": "done"}, "upload": {"status": "done"},
  "reassemble": {"status": "done"}, "unzip": {"status": "done"},
  "decrypt": {"status": "error", "errorCode": 8,
              "errorMessage": "Failed to decrypt system update. Confirm that the firmware is correct for this device type."},
  "decompress": {"status": "pending"}, "backupSettings": {"status": "pending"},
  "install": {"status": "pending"}, "finishAndRestart": {"status": "pending"},
  "active": "inactive"
})";

QStringList namesOf(const QList<DeviceStage> &stages)
{
    QStringList names;
    for (const DeviceStage &stage : stages)
        names.append(stage.name);
    return names;
}

} // namespace

class TestUpdateStatus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownStageNames();
    void protocolInProgress();
    void protocolWrongFamily();
    void missingStages();
    void unknownStagesInDocumentOrder();
    void unknownStageKeyOrderWithTrickyValues();
    void errorData_data();
    void errorData();
    void errorCode_data();
    void errorCode();
    void stateNames_data();
    void stateNames();
    void active_data();
    void active();
    void notUnderstood_data();
    void notUnderstood();
    void hugeBody();
    void hugeValidBody();
    void stageNamesAreEscapedAndShownOnce();
    void defaultConstructed();
    void equality();
    void stateNameStrings();
};

void TestUpdateStatus::knownStageNames()
{
    QCOMPARE(
        UpdateStatus::knownStageNames(),
        QStringList({QStringLiteral("prepare"), QStringLiteral("upload"), QStringLiteral("reassemble"),
                     QStringLiteral("unzip"), QStringLiteral("decrypt"), QStringLiteral("decompress"),
                     QStringLiteral("backupSettings"), QStringLiteral("install"), QStringLiteral("finishAndRestart")}));
}

void TestUpdateStatus::protocolInProgress()
{
    const UpdateStatus status = UpdateStatus::parse(InProgress);
    QVERIFY(status.isValid());
    QVERIFY(status.problem().isEmpty());
    const QList<DeviceStage> stages = status.stages();
    QCOMPARE(namesOf(stages), UpdateStatus::knownStageNames());
    for (int i = 0; i < 7; ++i)
        QCOMPARE(stages.at(i).state, StageState::Done);
    QCOMPARE(stages.at(7).state, StageState::Running);
    QCOMPARE(stages.at(8).state, StageState::Pending);
    QCOMPARE(status.active(), std::optional<bool>(true));
    QVERIFY(!status.firstError());
    QVERIFY(status.hasStarted(QStringLiteral("install")));
    QVERIFY(status.hasStarted(QStringLiteral("prepare")));
    QVERIFY(!status.hasStarted(QStringLiteral("finishAndRestart")));
    QVERIFY(!status.hasStarted(QStringLiteral("noSuchStage")));
    QVERIFY(!stages.at(0).errorCode);
    QVERIFY(stages.at(0).errorData.isUndefined());
}

void TestUpdateStatus::protocolWrongFamily()
{
    const UpdateStatus status = UpdateStatus::parse(WrongFamily);
    QVERIFY(status.isValid());
    QCOMPARE(status.active(), std::optional<bool>(false));
    const std::optional<DeviceStage> error = status.firstError();
    QVERIFY(error);
    QCOMPARE(error->name, QStringLiteral("decrypt"));
    QCOMPARE(error->state, StageState::Error);
    QCOMPARE(error->errorCode, std::optional<int>(8));
    QCOMPARE(
        error->errorMessage,
        QStringLiteral("Failed to decrypt system update. Confirm that the firmware is correct for this device type."));
    QVERIFY(error->errorData.isUndefined());
    QVERIFY(status.hasStarted(QStringLiteral("decrypt")));
    QVERIFY(!status.hasStarted(QStringLiteral("decompress")));
    QCOMPARE(status.stage(QStringLiteral("decompress"))->state, StageState::Pending);
    QVERIFY(status.stage(QStringLiteral("decrypt")) == error);
}

void TestUpdateStatus::missingStages()
{
    const UpdateStatus status =
        UpdateStatus::parse(R"({"prepare":{"status":"done"},"upload":{"status":"running"},"install":"weird"})");
    QVERIFY(status.isValid());
    const QList<DeviceStage> stages = status.stages();
    QCOMPARE(namesOf(stages), UpdateStatus::knownStageNames());
    QCOMPARE(stages.at(0).state, StageState::Done);
    QCOMPARE(stages.at(1).state, StageState::Running);
    for (int i = 2; i < 9; ++i)
        QCOMPARE(stages.at(i).state, StageState::Unknown);
    QVERIFY(!status.active());
    // A missing stage is still there to ask about.
    QVERIFY(status.stage(QStringLiteral("finishAndRestart")));
    QCOMPARE(status.stage(QStringLiteral("finishAndRestart"))->state, StageState::Unknown);
    QVERIFY(!status.stage(QStringLiteral("noSuchStage")));
}

void TestUpdateStatus::unknownStagesInDocumentOrder()
{
    // Keys deliberately not alphabetical, mixed with known stages and non-stage properties.
    const QByteArray body = R"({
      "zeta": {"status": "done"},
      "prepare": {"status": "done"},
      "verifySignature": {"status": "error", "errorCode": 12},
      "version": "4.1",
      "active": "active",
      "notAStage": {"progress": 5},
      "alpha": {"status": "pending"},
      "upload": {"status": "done"}
    })";
    const UpdateStatus status = UpdateStatus::parse(body);
    QVERIFY(status.isValid());
    QStringList expected = UpdateStatus::knownStageNames();
    expected << QStringLiteral("zeta") << QStringLiteral("verifySignature") << QStringLiteral("alpha");
    QCOMPARE(namesOf(status.stages()), expected);
    QCOMPARE(status.stage(QStringLiteral("zeta"))->state, StageState::Done);
    QCOMPARE(status.stage(QStringLiteral("alpha"))->state, StageState::Pending);
    // Known stages come first, so the first error is the extra stage only if no known stage failed.
    QCOMPARE(status.firstError()->name, QStringLiteral("verifySignature"));
    QCOMPARE(status.firstError()->errorCode, std::optional<int>(12));
    QVERIFY(!status.stage(QStringLiteral("notAStage")));
    QVERIFY(!status.stage(QStringLiteral("version")));
}

void TestUpdateStatus::unknownStageKeyOrderWithTrickyValues()
{
    // Strings holding braces, commas, quotes and escapes must not confuse the key scan; escaped keys decode.
    const QByteArray body = "\xEF\xBB\xBF"
                            R"({"b\u0065ta":{"status":"done","errorMessage":"a}, \"x\": {","errorData":[1,{"y":"]"}]},)"
                            R"("nested":{"status":"running","errorData":{"deep":{"deeper":[[],{}]}}},)"
                            R"("aaa":{"status":"pending"}})";
    const UpdateStatus status = UpdateStatus::parse(body);
    if (!status.isValid())
        QSKIP("This Qt does not accept a UTF-8 byte order mark in JSON");
    const QStringList names = namesOf(status.stages()).mid(9);
    QCOMPARE(names, QStringList({QStringLiteral("beta"), QStringLiteral("nested"), QStringLiteral("aaa")}));
    QCOMPARE(status.stage(QStringLiteral("beta"))->errorMessage, QStringLiteral("a}, \"x\": {"));
}

void TestUpdateStatus::errorData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("object") << QByteArray(R"({"file":"x.bin","offset":3})")
                            << QJsonValue(QJsonObject{{QStringLiteral("file"), QStringLiteral("x.bin")},
                                                      {QStringLiteral("offset"), 3}});
    QTest::newRow("array") << QByteArray(R"([1,"two",null])")
                           << QJsonValue(QJsonArray{1, QStringLiteral("two"), QJsonValue(QJsonValue::Null)});
    QTest::newRow("string") << QByteArray(R"("disk full")") << QJsonValue(QStringLiteral("disk full"));
    QTest::newRow("number") << QByteArray("3.25") << QJsonValue(3.25);
    QTest::newRow("null") << QByteArray("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("true") << QByteArray("true") << QJsonValue(true);
    QTest::newRow("false") << QByteArray("false") << QJsonValue(false);
}

void TestUpdateStatus::errorData()
{
    QFETCH(QByteArray, json);
    QFETCH(QJsonValue, expected);
    const QByteArray body = R"({"backupSettings":{"status":"error","errorCode":5,"errorData":)" + json + "}}";
    const UpdateStatus status = UpdateStatus::parse(body);
    QVERIFY(status.isValid());
    const std::optional<DeviceStage> stage = status.firstError();
    QVERIFY(stage);
    QCOMPARE(stage->name, QStringLiteral("backupSettings"));
    QCOMPARE(stage->errorData, expected);
    QCOMPARE(stage->errorCode, std::optional<int>(5));
}

void TestUpdateStatus::errorCode_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("expected"); // -1000 for "no code"
    QTest::newRow("integer") << QByteArray("8") << 8;
    QTest::newRow("negative") << QByteArray("-2") << -2;
    QTest::newRow("integral double") << QByteArray("8.0") << 8;
    QTest::newRow("exponent") << QByteArray("1e2") << 100;
    QTest::newRow("string") << QByteArray(R"("8")") << 8;
    QTest::newRow("string with spaces") << QByteArray(R"(" 12 ")") << 12;
    QTest::newRow("string double") << QByteArray(R"("8.0")") << 8;
    QTest::newRow("fraction") << QByteArray("8.5") << -1000;
    QTest::newRow("too big") << QByteArray("1e20") << -1000;
    QTest::newRow("text") << QByteArray(R"("E_DECRYPT")") << -1000;
    QTest::newRow("bool") << QByteArray("true") << -1000;
    QTest::newRow("null") << QByteArray("null") << -1000;
    QTest::newRow("object") << QByteArray(R"({"code":8})") << -1000;
}

void TestUpdateStatus::errorCode()
{
    QFETCH(QByteArray, json);
    QFETCH(int, expected);
    const UpdateStatus status = UpdateStatus::parse(R"({"decrypt":{"status":"error","errorCode":)" + json + "}}");
    QVERIFY(status.isValid());
    const std::optional<DeviceStage> stage = status.firstError();
    QVERIFY(stage);
    if (expected == -1000)
        QVERIFY(!stage->errorCode);
    else
        QCOMPARE(stage->errorCode, std::optional<int>(expected));
}

void TestUpdateStatus::stateNames_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<StageState>("state");
    QTest::newRow("pending") << QByteArray(R"("pending")") << StageState::Pending;
    QTest::newRow("running") << QByteArray(R"("running")") << StageState::Running;
    QTest::newRow("done") << QByteArray(R"("done")") << StageState::Done;
    QTest::newRow("error") << QByteArray(R"("error")") << StageState::Error;
    QTest::newRow("upper case") << QByteArray(R"("DONE")") << StageState::Done;
    QTest::newRow("padded") << QByteArray(R"(" running ")") << StageState::Running;
    QTest::newRow("unknown word") << QByteArray(R"("skipped")") << StageState::Unknown;
    QTest::newRow("number") << QByteArray("3") << StageState::Unknown;
    QTest::newRow("null") << QByteArray("null") << StageState::Unknown;
}

void TestUpdateStatus::stateNames()
{
    QFETCH(QByteArray, json);
    QFETCH(StageState, state);
    const UpdateStatus status = UpdateStatus::parse(R"({"unzip":{"status":)" + json + "}}");
    QVERIFY(status.isValid());
    QCOMPARE(status.stage(QStringLiteral("unzip"))->state, state);
}

void TestUpdateStatus::active_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("expected"); // 1 true, 0 false, -1 nullopt
    QTest::newRow("active") << QByteArray(R"("active")") << 1;
    QTest::newRow("inactive") << QByteArray(R"("inactive")") << 0;
    QTest::newRow("Active upper") << QByteArray(R"("ACTIVE")") << 1;
    QTest::newRow("bool true") << QByteArray("true") << 1;
    QTest::newRow("bool false") << QByteArray("false") << 0;
    QTest::newRow("other word") << QByteArray(R"("busy")") << -1;
    QTest::newRow("number") << QByteArray("1") << -1;
    QTest::newRow("null") << QByteArray("null") << -1;
    QTest::newRow("object") << QByteArray(R"({"status":"active"})") << -1;
}

void TestUpdateStatus::active()
{
    QFETCH(QByteArray, json);
    QFETCH(int, expected);
    const UpdateStatus status = UpdateStatus::parse(R"({"active":)" + json + "}");
    QVERIFY(status.isValid());
    if (expected < 0)
        QVERIFY(!status.active());
    else
        QCOMPARE(status.active(), std::optional<bool>(expected == 1));
    // "active" is never mistaken for a stage, even when it looks like one.
    QCOMPARE(status.stages().size(), 9);
}

void TestUpdateStatus::notUnderstood_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problemPart");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
    QTest::newRow("whitespace") << QByteArray(" \r\n") << QStringLiteral("empty");
    QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>") << QStringLiteral("not JSON");
    QTest::newRow("truncated") << QByteArray(R"({"prepare":{"status":"do)") << QStringLiteral("not JSON");
    QTest::newRow("array") << QByteArray(R"([{"prepare":{"status":"done"}}])") << QStringLiteral("an array");
    QTest::newRow("number") << QByteArray("42") << QStringLiteral("JSON");
    QTest::newRow("string") << QByteArray(R"("done")") << QStringLiteral("JSON");
    QTest::newRow("null") << QByteArray("null") << QStringLiteral("JSON");
    QTest::newRow("binary") << QByteArray("\x00\x01\xff\xfe", 4) << QStringLiteral("not JSON");
}

void TestUpdateStatus::notUnderstood()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problemPart);
    const UpdateStatus status = UpdateStatus::parse(body);
    QVERIFY(!status.isValid());
    QVERIFY2(status.problem().contains(problemPart), qPrintable(status.problem()));
    QVERIFY(status.problem().size() < 200);
    // Still safe to use: nine unknown stages, no error, no activity flag.
    QCOMPARE(namesOf(status.stages()), UpdateStatus::knownStageNames());
    for (const DeviceStage &stage : status.stages())
        QCOMPARE(stage.state, StageState::Unknown);
    QVERIFY(!status.firstError());
    QVERIFY(!status.active());
    QVERIFY(!status.hasStarted(QStringLiteral("prepare")));
}

void TestUpdateStatus::hugeBody()
{
    // 8 MB of non-JSON (say, a proxy's error page gone wrong): no crash, short problem text.
    const QByteArray body = QByteArray("<html>") + QByteArray(8 * 1024 * 1024, 'x');
    const UpdateStatus status = UpdateStatus::parse(body);
    QVERIFY(!status.isValid());
    QVERIFY(!status.problem().isEmpty());
    QVERIFY2(status.problem().size() < 200, qPrintable(QString::number(status.problem().size())));
}

void TestUpdateStatus::hugeValidBody()
{
    // A valid object with a very large errorData and many extra stages still parses; the extra stages are cut at 16
    // (each becomes a row on screen).
    QByteArray body =
        R"({"install":{"status":"error","errorCode":3,"errorData":")" + QByteArray(2 * 1024 * 1024, 'y') + R"("})";
    for (int i = 0; i < 2000; ++i)
        body += ",\"extra" + QByteArray::number(i) + "\":{\"status\":\"done\"}";
    body += '}';
    const UpdateStatus status = UpdateStatus::parse(body);
    QVERIFY(status.isValid());
    QCOMPARE(status.stages().size(), 9 + 16);
    QCOMPARE(status.stages().at(9).name, QStringLiteral("extra0"));
    QCOMPARE(status.stages().last().name, QStringLiteral("extra15"));
    QCOMPARE(status.firstError()->errorData.toString().size(), 2 * 1024 * 1024);
}

void TestUpdateStatus::defaultConstructed()
{
    const UpdateStatus status;
    QVERIFY(!status.isValid());
    QCOMPARE(status.stages().size(), 9);
    QVERIFY(!status.firstError());
}

void TestUpdateStatus::equality()
{
    QVERIFY(UpdateStatus::parse(InProgress) == UpdateStatus::parse(InProgress));
    QVERIFY(UpdateStatus::parse(InProgress) != UpdateStatus::parse(WrongFamily));
    const DeviceStage a = *UpdateStatus::parse(WrongFamily).stage(QStringLiteral("decrypt"));
    DeviceStage b = a;
    QVERIFY(a == b);
    b.errorData = QJsonValue(1);
    QVERIFY(a != b);
}

void TestUpdateStatus::stateNameStrings()
{
    QCOMPARE(stageStateName(StageState::Pending), QStringLiteral("pending"));
    QCOMPARE(stageStateName(StageState::Running), QStringLiteral("running"));
    QCOMPARE(stageStateName(StageState::Done), QStringLiteral("done"));
    QCOMPARE(stageStateName(StageState::Error), QStringLiteral("error"));
    QCOMPARE(stageStateName(StageState::Unknown), QStringLiteral("unknown"));
    QVERIFY(!stageStateDisplayName(StageState::Error).isEmpty());
}

void TestUpdateStatus::stageNamesAreEscapedAndShownOnce()
{
    // Two names that differ only past the cut, and one with a terminal escape (found by fuzz_updatestatus).
    const QByteArray longName(80, 'n');
    const QByteArray body = R"({"prepare":{"status":"done"},")" + longName + R"(A":{"status":"done"},")" + longName +
                            R"(B":{"status":"done"},"evil\u001b[2J":{"status":"running"}})";
    const UpdateStatus status = UpdateStatus::parse(body);
    QVERIFY(status.isValid());
    const QList<DeviceStage> stages = status.stages();
    const qsizetype known = UpdateStatus::knownStageNames().size();
    QCOMPARE(stages.size(), known + 2);
    QCOMPARE(stages.at(known).name, QString(60, QLatin1Char('n')) + QChar(0x2026));
    QCOMPARE(stages.at(known + 1).name, QStringLiteral("evil\\x1B[2J"));
}

QTEST_GUILESS_MAIN(TestUpdateStatus)
#include "tst_updatestatus.moc"
