// BandwidthBudget: never more than the rate allows (plus one burst), readers woken in turn, on a clock of the test's.
#include "BandwidthBudget.h"

#include <QObject>
#include <QTest>

#include <memory>
#include <vector>

using namespace groov;

class TestBandwidthBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grantsTheBurstThenTheRate();
    void neverMoreThanRateTimesTimePlusBurst();
    void aSmallCapStillGrantsOneReadAtATime();
    void waitingReadersAreWokenInTheOrderTheyAsked();
    void aReaderGoneOrForgottenIsNotWoken();
};

void TestBandwidthBudget::grantsTheBurstThenTheRate()
{
    qint64 nowMs = 0;
    BandwidthBudget budget(1'000'000, nullptr, [&nowMs] { return nowMs; });
    QCOMPARE(budget.burstBytes(), qint64(100'000)); // a tenth of a second's worth
    QCOMPARE(budget.take(1'000'000), qint64(100'000));
    QCOMPARE(budget.take(1), qint64(0));
    nowMs = 10;
    QCOMPARE(budget.take(1'000'000), qint64(10'000));
    nowMs = 20;
    QCOMPARE(budget.take(4'000), qint64(4'000)); // what is not taken stays
    QCOMPARE(budget.take(1'000'000), qint64(6'000));
    nowMs = 60'000; // a long pause fills it to the burst, no more
    QCOMPARE(budget.take(10'000'000), qint64(100'000));
    QCOMPARE(budget.take(0), qint64(0));
    QCOMPARE(budget.take(-5), qint64(0));
}

void TestBandwidthBudget::neverMoreThanRateTimesTimePlusBurst()
{
    qint64 nowMs = 0;
    BandwidthBudget budget(2'500'000, nullptr, [&nowMs] { return nowMs; });
    qint64 taken = 0;
    // Greedy readers asking for 16 kB every 3 ms for ten seconds.
    for (nowMs = 0; nowMs <= 10'000; nowMs += 3) {
        for (int reader = 0; reader < 4; ++reader)
            taken += budget.take(16 * 1024);
        QVERIFY(taken <= budget.burstBytes() + nowMs * 2'500'000 / 1000);
    }
    // And the readers were not starved either: within one burst of the rate.
    QVERIFY(taken >= qint64(10'000) * 2'500'000 / 1000 - budget.burstBytes());
}

void TestBandwidthBudget::aSmallCapStillGrantsOneReadAtATime()
{
    qint64 nowMs = 0;
    BandwidthBudget budget(1'000, nullptr, [&nowMs] { return nowMs; });
    QCOMPARE(budget.burstBytes(), BandwidthBudget::ReadBytes);
    QCOMPARE(budget.take(1'000'000), BandwidthBudget::ReadBytes);
    nowMs = 500;
    QCOMPARE(budget.take(1'000'000), qint64(500));
}

void TestBandwidthBudget::waitingReadersAreWokenInTheOrderTheyAsked()
{
    qint64 nowMs = 0;
    BandwidthBudget budget(1'000'000, nullptr, [&nowMs] { return nowMs; });
    QCOMPARE(budget.take(1'000'000), qint64(100'000));
    std::vector<std::unique_ptr<QObject>> readers;
    QList<int> woken;
    for (int i = 0; i < 3; ++i) {
        readers.push_back(std::make_unique<QObject>());
        budget.wakeWhenAvailable(readers.back().get(), [&woken, i] { woken.append(i); });
    }
    budget.wakeWhenAvailable(readers.front().get(), [&woken] { woken.append(99); }); // asking twice: once in line
    QCOMPARE(budget.waiting(), 3);
    QVERIFY(woken.isEmpty()); // never from inside the call

    nowMs = 100; // 100 kB: six reads' worth, enough for all three
    QTRY_COMPARE_WITH_TIMEOUT(woken, (QList<int>{0, 1, 2}), 10'000);
    QCOMPARE(budget.waiting(), 0);
}

void TestBandwidthBudget::aReaderGoneOrForgottenIsNotWoken()
{
    qint64 nowMs = 0;
    BandwidthBudget budget(1'000'000, nullptr, [&nowMs] { return nowMs; });
    budget.take(1'000'000);
    QList<int> woken;
    auto gone = std::make_unique<QObject>();
    QObject forgotten;
    QObject staying;
    budget.wakeWhenAvailable(gone.get(), [&woken] { woken.append(0); });
    budget.wakeWhenAvailable(&forgotten, [&woken] { woken.append(1); });
    budget.wakeWhenAvailable(&staying, [&woken] { woken.append(2); });
    gone.reset();
    budget.forget(&forgotten);
    nowMs = 100;
    QTRY_COMPARE_WITH_TIMEOUT(woken, QList<int>{2}, 10'000);
}

QTEST_GUILESS_MAIN(TestBandwidthBudget)
#include "tst_bandwidthbudget.moc"
