// The command's live block on a terminal: every device while they fit, then the devices at work and a count of the
// rest; never a line wider than the terminal (a wrapped line would break the redraw).
#include "FleetLiveBlock.h"

#include <QTest>

using namespace groov;
using namespace groov::cli;

namespace {

struct Fleet
{
    void add(const QString &name, FleetDeviceState state)
    {
        names.append(name);
        FleetDeviceStatus status;
        status.state = state;
        statuses.append(status);
    }
    QStringList names;
    QList<FleetDeviceStatus> statuses;
};

} // namespace

class TestFleetLiveBlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDeviceWhileTheyFit();
    void devicesAtWorkAndACountWhenTheyDoNot();
    void noLineWiderThanTheTerminal();
    void anUnknownSizeIsTakenAsTwentyFourByEighty();
};

void TestFleetLiveBlock::everyDeviceWhileTheyFit()
{
    Fleet fleet;
    for (int i = 0; i < 5; ++i)
        fleet.add(QStringLiteral("plant-%1").arg(i), FleetDeviceState::Waiting);
    const QStringList lines = fleetLiveBlock(fleet.names, fleet.statuses, 7, 100);
    QCOMPARE(lines.size(), 5);
    for (int i = 0; i < 5; ++i)
        QVERIFY2(lines.at(i).startsWith(fleet.names.at(i)), qPrintable(lines.at(i)));
}

void TestFleetLiveBlock::devicesAtWorkAndACountWhenTheyDoNot()
{
    Fleet fleet;
    for (int i = 0; i < 20; ++i)
        fleet.add(QStringLiteral("s%1").arg(i), FleetDeviceState::Succeeded);
    fleet.add(QStringLiteral("u1"), FleetDeviceState::Updating);
    for (int i = 0; i < 9; ++i)
        fleet.add(QStringLiteral("w%1").arg(i), FleetDeviceState::Waiting);
    fleet.add(QStringLiteral("u2"), FleetDeviceState::Updating);
    fleet.add(QStringLiteral("h1"), FleetDeviceState::BeforeHook);
    fleet.add(QStringLiteral("f1"), FleetDeviceState::Failed);

    const QStringList lines = fleetLiveBlock(fleet.names, fleet.statuses, 12, 120);
    QVERIFY(lines.size() <= 10); // the terminal's 12 rows, less the cursor's and a log line's
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines.at(0).startsWith(QLatin1String("u1")));
    QVERIFY(lines.at(1).startsWith(QLatin1String("u2")));
    QVERIFY(lines.at(2).startsWith(QLatin1String("h1")));
    QCOMPARE(lines.at(3), QStringLiteral("... and 30 more: 9 waiting, 20 succeeded, 1 failed"));

    // More devices at work than rows: as many as fit, and the count says the rest.
    Fleet busy;
    for (int i = 0; i < 50; ++i)
        busy.add(QStringLiteral("d%1").arg(i), FleetDeviceState::Updating);
    const QStringList busyLines = fleetLiveBlock(busy.names, busy.statuses, 24, 80);
    QCOMPARE(busyLines.size(), 22);
    QCOMPARE(busyLines.last(), QStringLiteral("... and 29 more: 29 updating"));
}

void TestFleetLiveBlock::noLineWiderThanTheTerminal()
{
    Fleet fleet;
    fleet.add(QString(300, QLatin1Char('n')), FleetDeviceState::Failed);
    fleet.statuses.last().message = QString(500, QLatin1Char('m'));
    fleet.add(QStringLiteral("short"), FleetDeviceState::Waiting);
    for (const int columns : {20, 40, 80, 200}) {
        for (const QString &line : fleetLiveBlock(fleet.names, fleet.statuses, 10, columns))
            QVERIFY2(line.size() < columns, qPrintable(QStringLiteral("%1 columns: %2").arg(columns).arg(line)));
    }
    // A long name does not push the others' states out of sight.
    const QStringList lines = fleetLiveBlock(fleet.names, fleet.statuses, 10, 80);
    QVERIFY2(lines.at(1).contains(fleetDeviceStateName(FleetDeviceState::Waiting)), qPrintable(lines.at(1)));
}

void TestFleetLiveBlock::anUnknownSizeIsTakenAsTwentyFourByEighty()
{
    Fleet fleet;
    for (int i = 0; i < 30; ++i)
        fleet.add(QStringLiteral("d%1").arg(i), FleetDeviceState::Waiting);
    const QStringList lines = fleetLiveBlock(fleet.names, fleet.statuses, 0, 0);
    QCOMPARE(lines.size(), 1); // nobody at work: only the count
    QCOMPARE(lines.first(), QStringLiteral("... and 30 more: 30 waiting"));
}

QTEST_GUILESS_MAIN(TestFleetLiveBlock)
#include "tst_fleetliveblock.moc"
