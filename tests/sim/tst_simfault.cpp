#include "SimFault.h"

#include <QTest>

using groov::sim::SimFault;

class TestSimFault : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesValidSpecs_data();
    void parsesValidSpecs();
    void parsesGeneralFaults_data();
    void parsesGeneralFaults();
    void rejectsInvalidSpecs_data();
    void rejectsInvalidSpecs();
    void explainsWhatItWants_data();
    void explainsWhatItWants();
};

void TestSimFault::parsesValidSpecs_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("chunk");
    QTest::addColumn<int>("times");
    QTest::addColumn<qint64>("rate");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("reset") << "reset-chunk=3" << int(SimFault::Kind::ResetChunk) << 3 << 1 << qint64(0)
                           << "reset-chunk=3";
    QTest::newRow("reset x2") << "reset-chunk=0x2" << int(SimFault::Kind::ResetChunk) << 0 << 2 << qint64(0)
                              << "reset-chunk=0x2";
    QTest::newRow("503") << "503-chunk=1x3" << int(SimFault::Kind::Status503Chunk) << 1 << 3 << qint64(0)
                         << "503-chunk=1x3";
    QTest::newRow("stall") << "stall-chunk=2" << int(SimFault::Kind::StallChunk) << 2 << 1 << qint64(0)
                           << "stall-chunk=2";
    QTest::newRow("garbage") << "garbage-status" << int(SimFault::Kind::GarbageStatus) << -1 << SimFault::kAlways
                             << qint64(0) << "garbage-status";
    QTest::newRow("garbage x3") << "garbage-status=3" << int(SimFault::Kind::GarbageStatus) << -1 << 3 << qint64(0)
                                << "garbage-status=3";
    QTest::newRow("lose answer") << "lose-answer=2x4" << int(SimFault::Kind::LoseAnswer) << 2 << 4 << qint64(0)
                                 << "lose-answer=2x4";
    QTest::newRow("never") << " never-return " << int(SimFault::Kind::NeverReturn) << -1 << 1 << qint64(0)
                           << "never-return";
    QTest::newRow("slow") << "slow-upload=65536" << int(SimFault::Kind::SlowUpload) << -1 << 1 << qint64(65536)
                          << "slow-upload=65536";
    QTest::newRow("unauthorized") << "unauthorized" << int(SimFault::Kind::Unauthorized) << -1 << 1 << qint64(0)
                                  << "unauthorized";
}

void TestSimFault::parsesValidSpecs()
{
    QFETCH(QString, spec);
    QFETCH(int, kind);
    QFETCH(int, chunk);
    QFETCH(int, times);
    QFETCH(qint64, rate);
    QFETCH(QString, canonical);

    QString error;
    const auto fault = SimFault::parse(spec, &error);
    QVERIFY2(fault, qPrintable(error));
    QCOMPARE(int(fault->kind), kind);
    QCOMPARE(fault->chunk, chunk);
    QCOMPARE(fault->times, times);
    QCOMPARE(fault->bytesPerSecond, rate);
    QCOMPARE(fault->toSpec(), canonical);
}

void TestSimFault::parsesGeneralFaults_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("target");
    QTest::addColumn<int>("chunk");
    QTest::addColumn<int>("times");
    QTest::addColumn<int>("durationMs");

    QTest::newRow("401 on chunk 1") << "status=401@chunk1" << int(SimFault::Kind::Status) << 401 << "apply" << 1 << 1
                                    << 0;
    QTest::newRow("500 on status x3") << "status=500@statusx3" << int(SimFault::Kind::Status) << 500 << "status" << -1
                                      << 3 << 0;
    QTest::newRow("404 on info") << "status=404@info" << int(SimFault::Kind::Status) << 404 << "info" << -1 << 1 << 0;
    QTest::newRow("409 on prepare") << "status=409@prepare" << int(SimFault::Kind::Status) << 409 << "prepare" << -1
                                    << 1 << 0;
    QTest::newRow("503 on any chunk x2") << "status=503@applyx2" << int(SimFault::Kind::Status) << 503 << "apply" << -1
                                         << 2 << 0;
    QTest::newRow("stage error") << "stage-error=8@decrypt" << int(SimFault::Kind::StageError) << 8 << "decrypt" << -1
                                 << 1 << 0;
    QTest::newRow("finishAndRestart") << "stage-error=12@finishAndRestart" << int(SimFault::Kind::StageError) << 12
                                      << "finishAndRestart" << -1 << 1 << 0;
    QTest::newRow("restart-down") << "restart-down=5000" << int(SimFault::Kind::RestartDown) << 0 << "" << -1 << 1
                                  << 5000;
    QTest::newRow("restart-down 0") << "restart-down=0" << int(SimFault::Kind::RestartDown) << 0 << "" << -1 << 1 << 0;
    QTest::newRow("stall status") << "stall=status" << int(SimFault::Kind::Stall) << 0 << "status" << -1 << 1 << 0;
    QTest::newRow("stall info x2") << "stall=infox2" << int(SimFault::Kind::Stall) << 0 << "info" << -1 << 2 << 0;
    QTest::newRow("stall prepare") << "stall=prepare" << int(SimFault::Kind::Stall) << 0 << "prepare" << -1 << 1 << 0;
    QTest::newRow("stall commission x3") << "stall=commissionx3" << int(SimFault::Kind::Stall) << 0 << "commission"
                                         << -1 << 3 << 0;
    QTest::newRow("restore visible") << "restore-visible" << int(SimFault::Kind::RestoreVisible) << 0 << "" << -1 << 1
                                     << 0;
}

void TestSimFault::parsesGeneralFaults()
{
    QFETCH(QString, spec);
    QFETCH(int, kind);
    QFETCH(int, code);
    QFETCH(QString, target);
    QFETCH(int, chunk);
    QFETCH(int, times);
    QFETCH(int, durationMs);

    QString error;
    const auto fault = SimFault::parse(spec, &error);
    QVERIFY2(fault, qPrintable(error));
    QCOMPARE(int(fault->kind), kind);
    QCOMPARE(fault->code, code);
    QCOMPARE(fault->target, target);
    QCOMPARE(fault->chunk, chunk);
    QCOMPARE(fault->times, times);
    QCOMPARE(fault->durationMs, durationMs);
    QCOMPARE(fault->toSpec(), spec);
    QVERIFY(!fault->isChunkFault());
}

void TestSimFault::rejectsInvalidSpecs_data()
{
    QTest::addColumn<QString>("spec");
    for (const char *spec : {"",
                             "bogus",
                             "reset-chunk",
                             "reset-chunk=",
                             "reset-chunk=a",
                             "reset-chunk=-1",
                             "reset-chunk=1x0",
                             "reset-chunk=1x",
                             "reset-chunk=1y2",
                             "503-chunk=1x-2",
                             "stall-chunk=0x1x2",
                             "slow-upload",
                             "slow-upload=0",
                             "slow-upload=fast",
                             "garbage-status=0",
                             "garbage-status=x",
                             "never-return=yes",
                             "unauthorized=1",
                             "reset-chunk=99999999999",
                             "lose-answer",
                             "lose-answer=1x0",
                             "status",
                             "status=401",
                             "status=401@",
                             "status=401@nowhere",
                             "status=200@info",
                             "status=600@info",
                             "status=abc@info",
                             "status=401@chunk",
                             "status=401@chunkx2",
                             "status=401@infox0",
                             "status=401@info@info",
                             "stage-error=8",
                             "stage-error=0@decrypt",
                             "stage-error=8@bogus",
                             "stage-error=@decrypt",
                             "restart-down",
                             "restart-down=-1",
                             "restart-down=9999999",
                             "restart-down=1s",
                             "stall",
                             "stall=",
                             "stall=apply",
                             "stall=chunk1",
                             "stall=report",
                             "stall=statusx0",
                             "stall=statusx",
                             "stall=status@info",
                             "stall=Status",
                             "restore-visible=1",
                             "restore-visible="})
        QTest::newRow(spec) << QString::fromLatin1(spec);
}

void TestSimFault::rejectsInvalidSpecs()
{
    QFETCH(QString, spec);
    QString error;
    QVERIFY(!SimFault::parse(spec, &error));
    QVERIFY(!error.isEmpty());
}

void TestSimFault::explainsWhatItWants_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("hint");
    QTest::newRow("stall without endpoint") << "stall"
                                            << "ENDPOINT one of info, prepare, status, commission";
    QTest::newRow("stall on a chunk") << "stall=apply"
                                      << "ENDPOINT one of info, prepare, status, commission";
    QTest::newRow("stall count") << "stall=statusx0"
                                 << "K a count from 1";
    QTest::newRow("restore-visible value") << "restore-visible=yes"
                                           << "Fault \"restore-visible\" takes no value.";
    QTest::newRow("restart-down covers the restore") << "restart-down=soon"
                                                     << "each restart, and the restore between them";
    QTest::newRow("unknown lists stall") << "stal"
                                         << "stall=ENDPOINT[xK]";
    QTest::newRow("unknown lists restore-visible") << "restore"
                                                   << "restore-visible";
}

void TestSimFault::explainsWhatItWants()
{
    QFETCH(QString, spec);
    QFETCH(QString, hint);
    QString error;
    QVERIFY(!SimFault::parse(spec, &error));
    QVERIFY2(error.contains(hint), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSimFault)
#include "tst_simfault.moc"
