// The benchmarks' stall probe: a loop kept busy shows as a stall at least as long as it was kept.
#include "EventLoopProbe.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace groov::gui;

class TestEventLoopProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blockedLoopIsMeasured();
    void restartForgetsTheLastStall();
};

namespace {
constexpr int BlockMs = 80;

// Keeps the event loop from running for BlockMs, then lets the probe tick again.
void blockTheLoop()
{
    QTest::qWait(3 * EventLoopProbe::IntervalMs);
    QThread::msleep(BlockMs);
    QTest::qWait(3 * EventLoopProbe::IntervalMs);
}
} // namespace

void TestEventLoopProbe::blockedLoopIsMeasured()
{
    EventLoopProbe probe;
    probe.start();
    blockTheLoop();
    // A lower bound only: a busy machine may add to the stall, never take from it.
    QVERIFY2(probe.longestStallMs() >= BlockMs - EventLoopProbe::IntervalMs,
             qPrintable(QString::number(probe.longestStallMs())));
}

void TestEventLoopProbe::restartForgetsTheLastStall()
{
    EventLoopProbe probe;
    probe.start();
    blockTheLoop();
    const qint64 first = probe.longestStallMs();
    probe.stop();
    probe.start();
    QCOMPARE(probe.longestStallMs(), qint64(0));
    QVERIFY(first > 0);
}

QTEST_MAIN(TestEventLoopProbe)
#include "tst_eventloopprobe.moc"
