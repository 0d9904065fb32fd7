#include "StageErrorHints.h"

#include <QTest>

using namespace groov;

class TestStageErrorHints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayName_data();
    void displayName();
    void wrongFamilyAtDecrypt();
    void hints_data();
    void hints();
    void everyKnownStageHasAHint();
};

void TestStageErrorHints::displayName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("display");
    const auto row = [](const char *name, const char *display) {
        QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(display);
    };
    row("prepare", "Prepare");
    row("upload", "Upload");
    row("reassemble", "Reassemble");
    row("unzip", "Unzip");
    row("decrypt", "Decrypt");
    row("decompress", "Decompress");
    row("backupSettings", "Back up settings");
    row("install", "Install");
    row("finishAndRestart", "Finish and restart");
    row("verifySignature", "Verify signature");
    row("checkCRC", "Check CRC");
    row("HTTPUpload", "HTTP upload");
    row("stage2Cleanup", "Stage2 cleanup");
    row("copy_files", "Copy files");
    row("post-install", "Post install");
    row("x", "X");
    row("", "Unnamed stage");
}

void TestStageErrorHints::displayName()
{
    QFETCH(QString, name);
    QFETCH(QString, display);
    QCOMPARE(stageDisplayName(name), display);
}

void TestStageErrorHints::wrongFamilyAtDecrypt()
{
    DeviceStage stage;
    stage.name = QStringLiteral("decrypt");
    stage.state = StageState::Error;
    stage.errorCode = 8;
    stage.errorMessage = QStringLiteral("Failed to decrypt system update.");
    QCOMPARE(stageErrorHint(stage),
             QStringLiteral("This firmware is for a different device family (EPIC firmware on a RIO or the reverse). "
                            "Download the firmware for this device's model and try again."));

    stage.errorCode = 3;
    const QString other = stageErrorHint(stage);
    QVERIFY(!other.contains(QLatin1String("EPIC firmware on a RIO")));
    QVERIFY(other.contains(QLatin1String("decrypt")));

    stage.errorCode.reset();
    QVERIFY(!stageErrorHint(stage).contains(QLatin1String("EPIC firmware on a RIO")));
}

void TestStageErrorHints::hints_data()
{
    QTest::addColumn<QString>("stage");
    QTest::addColumn<QStringList>("mustContain");
    const auto row = [](const char *stage, const QStringList &parts) {
        QTest::newRow(stage) << QString::fromUtf8(stage) << parts;
    };
    row("upload", {QStringLiteral("corrupted in transit"), QStringLiteral("Download the firmware again")});
    row("reassemble", {QStringLiteral("incomplete"), QStringLiteral("run the update again")});
    row("unzip", {QStringLiteral("not a groov firmware image")});
    row("decompress", {QStringLiteral("decompress"), QStringLiteral("Download the firmware again")});
    row("backupSettings", {QStringLiteral("could not back up its settings"), QStringLiteral("nothing was installed"),
                           QStringLiteral("free storage space"), QStringLiteral("try again")});
    row("install", {QStringLiteral("Contact Opto 22 support"), QStringLiteral("recovery")});
    row("finishAndRestart", {QStringLiteral("Contact Opto 22 support"), QStringLiteral("recovery")});
    row("prepare", {QStringLiteral("try again")});
    row("verifySignature", {QStringLiteral("\"Verify signature\""), QStringLiteral("Try the update again")});
}

void TestStageErrorHints::hints()
{
    QFETCH(QString, stage);
    QFETCH(QStringList, mustContain);
    DeviceStage failed;
    failed.name = stage;
    failed.state = StageState::Error;
    failed.errorCode = 1;
    const QString hint = stageErrorHint(failed);
    for (const QString &part : mustContain)
        QVERIFY2(hint.contains(part, Qt::CaseInsensitive), qPrintable(part + QStringLiteral(" | ") + hint));
}

void TestStageErrorHints::everyKnownStageHasAHint()
{
    for (const QString &name : UpdateStatus::knownStageNames()) {
        DeviceStage stage;
        stage.name = name;
        stage.state = StageState::Error;
        const QString hint = stageErrorHint(stage);
        QVERIFY(!hint.isEmpty());
        QVERIFY2(!hint.contains(QLatin1String("at the stage")), qPrintable(name)); // specific, not the fallback
        QVERIFY(!stageDisplayName(name).isEmpty());
    }
    DeviceStage unknown;
    unknown.name = QStringLiteral("mysteryStep");
    unknown.errorCode = 42;
    const QString fallback = stageErrorHint(unknown);
    QVERIFY(fallback.contains(QLatin1String("42")));
    QVERIFY(fallback.contains(QLatin1String("Mystery step")));
}

QTEST_GUILESS_MAIN(TestStageErrorHints)
#include "tst_stageerrorhints.moc"
