// UploadGate: turns in the order asked, and a pause that holds new turns without taking any away.
#include "UploadGate.h"

#include <QObject>
#include <QTest>

#include <memory>
#include <vector>

using namespace groov;

class TestUploadGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void turnsGoInTheOrderAsked();
    void whilePausedNobodyNewGetsATurn();
    void aWaitingOwnerCanLeaveWhilePaused();
};

namespace {
// Owners that note when they get their turn.
struct Owners
{
    explicit Owners(int count)
    {
        for (int i = 0; i < count; ++i)
            objects.push_back(std::make_unique<QObject>());
    }
    void enter(UploadGate &gate, int index)
    {
        gate.enter(objects.at(std::size_t(index)).get(), [this, index] { admitted.append(index); });
    }
    const QObject *at(int index) const { return objects.at(std::size_t(index)).get(); }

    std::vector<std::unique_ptr<QObject>> objects;
    QList<int> admitted;
};
} // namespace

void TestUploadGate::turnsGoInTheOrderAsked()
{
    UploadGate gate(2);
    Owners owners(4);
    for (int i = 0; i < 4; ++i)
        owners.enter(gate, i);
    QTRY_COMPARE(owners.admitted, (QList<int>{0, 1}));
    QCOMPARE(gate.waiting(), 2);
    gate.leave(owners.at(1));
    QTRY_COMPARE(owners.admitted, (QList<int>{0, 1, 2}));
    QCOMPARE(gate.mostAtOnce(), 2);
}

void TestUploadGate::whilePausedNobodyNewGetsATurn()
{
    UploadGate gate(1);
    Owners owners(3);
    owners.enter(gate, 0);
    QTRY_COMPARE(owners.admitted, QList<int>{0});
    gate.setPaused(true);
    QVERIFY(gate.isPaused());
    owners.enter(gate, 1);
    owners.enter(gate, 2);
    // The holder keeps its turn and gives it back; nobody takes it while paused.
    QCOMPARE(gate.holders(), 1);
    gate.leave(owners.at(0));
    QCoreApplication::processEvents();
    QCOMPARE(gate.holders(), 0);
    QCOMPARE(gate.waiting(), 2);
    QCOMPARE(owners.admitted, QList<int>{0});

    // Resumed: the line moves on, in its order.
    gate.setPaused(false);
    QTRY_COMPARE(owners.admitted, (QList<int>{0, 1}));
    QCOMPARE(gate.waiting(), 1);
    gate.leave(owners.at(1));
    QTRY_COMPARE(owners.admitted, (QList<int>{0, 1, 2}));
}

void TestUploadGate::aWaitingOwnerCanLeaveWhilePaused()
{
    UploadGate gate(1);
    Owners owners(2);
    gate.setPaused(true);
    owners.enter(gate, 0);
    owners.enter(gate, 1);
    gate.leave(owners.at(0)); // withdrawn from the line, as an interrupted fleet withdraws its waiting devices
    QCOMPARE(gate.waiting(), 1);
    gate.setPaused(false);
    QTRY_COMPARE(owners.admitted, QList<int>{1});
}

QTEST_GUILESS_MAIN(TestUploadGate)
#include "tst_uploadgate.moc"
