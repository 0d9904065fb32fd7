// The upload speed over a sliding window, and the time left at that speed.
#include "UploadRate.h"

#include <QTest>

using namespace groov;

class TestUploadRate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unknownUntilTheWindowSpansEnough();
    void steadyRateAndTimeLeft();
    void oldSamplesLeaveTheWindow();
    void aRetryStartsAfresh();
    void stalledUploadHasNoTimeLeft();
};

void TestUploadRate::unknownUntilTheWindowSpansEnough()
{
    UploadRate rate;
    QVERIFY(!rate.bytesPerSecond());
    rate.add(0, 0);
    QVERIFY(!rate.bytesPerSecond());
    rate.add(100, 1'000'000); // 100 ms say little
    QVERIFY(!rate.bytesPerSecond());
    QVERIFY(!rate.msecsLeft(1'000));
}

void TestUploadRate::steadyRateAndTimeLeft()
{
    UploadRate rate;
    for (int second = 0; second <= 3; ++second)
        rate.add(second * 1'000, second * 2'000'000);
    QCOMPARE(*rate.bytesPerSecond(), 2'000'000.0);
    QCOMPARE(*rate.msecsLeft(5'000'000), 3'000); // 2.5 s, shown as whole seconds
    QCOMPARE(*rate.msecsLeft(0), 0);
}

void TestUploadRate::oldSamplesLeaveTheWindow()
{
    UploadRate rate(5'000);
    rate.add(0, 0);
    rate.add(1'000, 10'000'000); // a fast start...
    for (int second = 2; second <= 12; ++second)
        rate.add(second * 1'000, 10'000'000 + (second - 1) * 1'000'000); // ...then 1 MB/s for ten seconds
    QVERIFY(qAbs(*rate.bytesPerSecond() - 1'000'000.0) < 1.0);
}

void TestUploadRate::aRetryStartsAfresh()
{
    UploadRate rate;
    rate.add(0, 0);
    rate.add(1'000, 20'000'000);
    rate.add(2'000, 5'000'000); // the chunk is sent again from its start
    QVERIFY(!rate.bytesPerSecond());
    rate.add(3'000, 7'000'000);
    QCOMPARE(*rate.bytesPerSecond(), 2'000'000.0);
}

void TestUploadRate::stalledUploadHasNoTimeLeft()
{
    UploadRate rate;
    rate.add(0, 1'000);
    rate.add(2'000, 1'000);
    QCOMPARE(*rate.bytesPerSecond(), 0.0);
    QVERIFY(!rate.msecsLeft(1'000));
}

QTEST_GUILESS_MAIN(TestUploadRate)
#include "tst_uploadrate.moc"
