// StepListModel as a view of an UpdateTimeline: the rows and roles it shows, and the changes it tells a view. What
// the timeline decides (states, times, words) is tested in tests/unit/tst_updatetimeline.cpp; here it is only fed.
#include "StepListModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace groov;
using namespace groov::gui;
using Step = StepListModel::Step;
using State = StepListModel::State;

namespace {
const QDateTime Start(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);

QDateTime at(int seconds)
{
    return Start.addSecs(seconds);
}

// The rows that dataChanged named, each once, whatever the roles.
QList<int> rowsIn(const QSignalSpy &spy)
{
    QList<int> rows;
    for (const QList<QVariant> &arguments : spy) {
        const int row = arguments.at(0).toModelIndex().row();
        if (!rows.contains(row))
            rows << row;
    }
    return rows;
}
} // namespace

class TestStepListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init();
    void cleanup();

    void oneRowPerStepWithTheTimelinesWords();
    void rolesMirrorTheTimeline();
    void onlyChangedRowsAreNotified();
    void uploadProgressUpdatesOnlyItsFigures();
    void stateChangesAreSignalledInOrder();
    void elapsedTimesMoveWithTheClock();
    void overallFractionAndRunningAreSignalledOnChange();

private:
    void show() { m_model->showTimeline(m_timeline); }

    QDateTime m_now;
    UpdateTimeline m_timeline;
    StepListModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

void TestStepListModel::init()
{
    m_now = Start;
    m_timeline = UpdateTimeline();
    m_timeline.begin(RunMode::Update, true);
    m_model = new StepListModel(this);
    m_model->setClock([this] { return m_now; });
    m_tester = new QAbstractItemModelTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
}

void TestStepListModel::cleanup()
{
    delete m_tester;
    delete m_model;
}

void TestStepListModel::oneRowPerStepWithTheTimelinesWords()
{
    QCOMPARE(m_model->rowCount(), UpdateTimeline::StepCount);
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        names << m_model->index(row).data().toString();
        QCOMPARE(m_model->index(row).data(StepListModel::StateRole).value<State>(), State::Pending);
        QCOMPARE(m_model->index(row).data(StepListModel::StepRole).value<Step>(), static_cast<Step>(row));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("Check device"), QStringLiteral("Prepare"), QStringLiteral("Upload"),
                                 QStringLiteral("Reassemble"), QStringLiteral("Unzip"), QStringLiteral("Decrypt"),
                                 QStringLiteral("Decompress"), QStringLiteral("Back up settings"),
                                 QStringLiteral("Install"), QStringLiteral("Finish and restart"),
                                 QStringLiteral("Two restarts and settings restore"), QStringLiteral("Ready")}));
    QCOMPARE(m_model->roleNames().value(StepListModel::DetailRole), QByteArray("detail"));
}

void TestStepListModel::rolesMirrorTheTimeline()
{
    m_timeline.phaseChanged(UpdatePhase::Preflight, at(0));
    DeviceInfo device;
    device.model = QStringLiteral("GRV-EPIC-PR2");
    m_timeline.deviceChecked(device);
    m_timeline.phaseChanged(UpdatePhase::Upload, at(2));
    m_timeline.uploadProgressed(15'000'000, 60'000'000, 0, 3, at(4));
    show();
    m_now = at(7);

    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto step = static_cast<Step>(row);
        const QModelIndex index = m_model->indexOf(step);
        QCOMPARE(index.data(StepListModel::StateRole).value<State>(), m_timeline.state(step));
        QCOMPARE(index.data(StepListModel::DetailRole).toString(), m_timeline.detailText(step, m_now));
        QCOMPARE(index.data(Qt::ToolTipRole).toString(), m_timeline.detailText(step, m_now));
        QCOMPARE(index.data(Qt::AccessibleTextRole).toString(), m_timeline.accessibleText(step, m_now));
        QCOMPARE(index.data(StepListModel::ElapsedRole).toString(), m_timeline.elapsedText(step, m_now));
        QCOMPARE(index.data(StepListModel::StartedRole).toDateTime(), m_timeline.step(step).startedAt);
        QCOMPARE(index.data(StepListModel::FinishedRole).toDateTime(), m_timeline.step(step).finishedAt);
        QCOMPARE(index.data(StepListModel::ProgressRole).toInt(), m_timeline.progressPerMille(step).value_or(-1));
    }
    QCOMPARE(m_model->indexOf(Step::CheckDevice).data(StepListModel::DetailRole).toString(),
             QStringLiteral("GRV-EPIC-PR2"));
    QCOMPARE(m_model->indexOf(Step::Upload).data(StepListModel::ProgressRole).toInt(), 250);
    QCOMPARE(m_model->indexOf(Step::Upload).data(StepListModel::ElapsedRole).toString(), QStringLiteral("0:05"));
    QCOMPARE(m_model->indexOf(Step::Prepare).data(StepListModel::ProgressRole).toInt(), -1);
}

void TestStepListModel::onlyChangedRowsAreNotified()
{
    m_timeline.phaseChanged(UpdatePhase::Preflight, at(0));
    show();
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_timeline.phaseChanged(UpdatePhase::Prepare, at(1));
    show();
    // Check device ended, Prepare started: those two rows, laid out again (no roles means every role).
    QCOMPARE(rowsIn(changed), (QList<int>{int(Step::CheckDevice), int(Step::Prepare)}));
    for (const QList<QVariant> &arguments : changed)
        QVERIFY(arguments.at(2).value<QList<int>>().isEmpty());

    changed.clear();
    show(); // the same timeline again: nothing to tell
    QCOMPARE(changed.size(), 0);
}

void TestStepListModel::uploadProgressUpdatesOnlyItsFigures()
{
    m_timeline.phaseChanged(UpdatePhase::Preflight, at(0));
    m_timeline.phaseChanged(UpdatePhase::Upload, at(1));
    m_timeline.uploadProgressed(0, 60'000'000, 0, 3, at(1));
    show();
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_timeline.uploadProgressed(30'000'000, 60'000'000, 1, 3, at(3));
    show();
    QCOMPARE(rowsIn(changed), QList<int>{int(Step::Upload)});
    const QList<int> roles = changed.constLast().at(2).value<QList<int>>();
    QVERIFY2(roles.contains(StepListModel::ProgressRole) && roles.contains(StepListModel::DetailRole),
             qPrintable(QString::number(roles.size())));
    QVERIFY(!roles.contains(StepListModel::StateRole));
    QCOMPARE(m_model->indexOf(Step::Upload).data(StepListModel::ProgressRole).toInt(), 500);
}

void TestStepListModel::stateChangesAreSignalledInOrder()
{
    QSignalSpy states(m_model, &StepListModel::stateChanged);
    m_timeline.phaseChanged(UpdatePhase::Preflight, at(0));
    m_timeline.phaseChanged(UpdatePhase::Prepare, at(1));
    show(); // two events at once: Check device ran and ended, Prepare runs
    QCOMPARE(states.size(), 2);
    QCOMPARE(states.at(0).at(0).value<Step>(), Step::CheckDevice);
    QCOMPARE(states.at(0).at(1).value<State>(), State::Done);
    QCOMPARE(states.at(1).at(0).value<Step>(), Step::Prepare);
    QCOMPARE(states.at(1).at(1).value<State>(), State::Running);
}

void TestStepListModel::elapsedTimesMoveWithTheClock()
{
    m_timeline.phaseChanged(UpdatePhase::Preflight, at(0));
    m_timeline.phaseChanged(UpdatePhase::Upload, at(1));
    m_timeline.phaseChanged(UpdatePhase::DeviceStages, at(2));
    m_timeline.restartStepSeen(RestartStep::Restarting, at(3));
    m_timeline.restartWaiting(RestartStep::Restarting, 1'000, at(3));
    show();
    const QString restartsBefore = m_model->indexOf(Step::Restarts).data(StepListModel::DetailRole).toString();
    QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
    m_now = at(64);
    m_model->refreshElapsed();
    // Only the running row is told; its "no answer for" moved on, so it is laid out again.
    QCOMPARE(rowsIn(changed), QList<int>{int(Step::Restarts)});
    QVERIFY(changed.constLast().at(2).value<QList<int>>().isEmpty());
    const QString restartsAfter = m_model->indexOf(Step::Restarts).data(StepListModel::DetailRole).toString();
    QVERIFY2(restartsAfter != restartsBefore && restartsAfter.contains(QLatin1String("1:02")),
             qPrintable(restartsAfter));
    QCOMPARE(m_model->indexOf(Step::Restarts).data(StepListModel::ElapsedRole).toString(), QStringLiteral("1:01"));
}

void TestStepListModel::overallFractionAndRunningAreSignalledOnChange()
{
    QSignalSpy fraction(m_model, &StepListModel::overallFractionChanged);
    QSignalSpy running(m_model, &StepListModel::runningChanged);
    m_timeline.phaseChanged(UpdatePhase::Preflight, at(0));
    show();
    QCOMPARE(running.size(), 1);
    QVERIFY(running.constLast().at(0).toBool());
    QCOMPARE(fraction.size(), 0); // nothing is over yet
    m_timeline.phaseChanged(UpdatePhase::Upload, at(1));
    m_timeline.uploadProgressed(30'000'000, 60'000'000, 0, 3, at(2));
    show();
    QCOMPARE(fraction.size(), 1);
    QCOMPARE(fraction.constLast().at(0).toDouble(), m_timeline.overallFraction());
    QCOMPARE(m_model->overallFraction(), 2.5 / UpdateTimeline::StepCount);
    m_timeline.finished({UpdateOutcome::Cancelled, false, {}, {}}, at(3));
    show();
    QCOMPARE(running.size(), 2);
    QVERIFY(!running.constLast().at(0).toBool());
    QVERIFY(!m_model->isRunning());
}

QTEST_MAIN(TestStepListModel)
#include "tst_steplistmodel.moc"
