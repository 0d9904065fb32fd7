#include "SimFault.h"

#include <QTest>

using groov::sim::SimFault;

class TestSimFault : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesValidSpecs_data();
    void parsesValidSpecs();
    void rejectsInvalidSpecs_data();
    void rejectsInvalidSpecs();
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
    QTest::newRow("garbage") << "garbage-status" << int(SimFault::Kind::GarbageStatus) << -1 << 1 << qint64(0)
                             << "garbage-status";
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

void TestSimFault::rejectsInvalidSpecs_data()
{
    QTest::addColumn<QString>("spec");
    for (const char *spec :
         {"", "bogus", "reset-chunk", "reset-chunk=", "reset-chunk=a", "reset-chunk=-1", "reset-chunk=1x0",
          "reset-chunk=1x", "reset-chunk=1y2", "503-chunk=1x-2", "stall-chunk=0x1x2", "slow-upload", "slow-upload=0",
          "slow-upload=fast", "garbage-status=1", "never-return=yes", "unauthorized=1", "reset-chunk=99999999999"})
        QTest::newRow(spec) << QString::fromLatin1(spec);
}

void TestSimFault::rejectsInvalidSpecs()
{
    QFETCH(QString, spec);
    QString error;
    QVERIFY(!SimFault::parse(spec, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestSimFault)
#include "tst_simfault.moc"
