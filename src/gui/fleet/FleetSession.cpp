#include "FleetSession.h"

#include "FleetReport.h"
#include "FleetTargetResolver.h"
#include "SecretStore.h"
#include "UpdateHistory.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QThreadPool>

#include <functional>

namespace groov::gui {

namespace {
// Runs work on a pool thread and hands its result to done on context's thread: the GUI never waits for a disk.
void inBackground(QObject *context, std::function<QString()> work, std::function<void(const QString &)> done)
{
    QThreadPool::globalInstance()->start([context = QPointer<QObject>(context), work, done] {
        const QString result = work();
        if (context)
            QMetaObject::invokeMethod(
                context.data(), [done, result] { done(result); }, Qt::QueuedConnection);
    });
}
} // namespace

FleetSession::FleetSession(ProfileStore profiles, SecretStore *keychain, QObject *parent)
    : QObject(parent), m_profiles(std::move(profiles)), m_keychain(keychain)
{}

FleetSession::~FleetSession() = default;

Status FleetSession::loadPlan(const QString &path)
{
    auto plan = FleetPlan::load(path);
    if (!plan)
        return plan.error();
    m_plan = *plan;
    m_planPath = QFileInfo(path).absoluteFilePath();
    Q_EMIT planChanged();
    return Done{};
}

void FleetSession::setPlan(const FleetPlan &plan)
{
    m_plan = plan;
    m_planPath.clear();
    Q_EMIT planChanged();
}

bool FleetSession::isBusy() const
{
    return m_resolving || (m_run && m_run->stage() != FleetRun::Stage::Finished);
}

void FleetSession::start(const FleetRunOptions &options)
{
    if (isBusy() || !hasPlan())
        return;
    m_options = options;
    m_options.timings = m_timings;
    m_resolving = true;
    // The keychain may ask the user: asynchronous, and nothing is sent before every key is found.
    auto *resolver = new FleetTargetResolver(m_plan, m_profiles, m_keychain, this);
    connect(resolver, &FleetTargetResolver::resolved, this, [this, resolver](const QList<FleetTarget> &targets) {
        resolver->deleteLater();
        for (const QString &warning : resolver->warnings())
            Q_EMIT message(tr("WARNING: %1").arg(warning));
        onResolved(targets);
    });
    connect(resolver, &FleetTargetResolver::failed, this, [this, resolver](const Error &error) {
        resolver->deleteLater();
        m_resolving = false;
        Q_EMIT refused(error.message);
    });
    resolver->start();
}

void FleetSession::onResolved(const QList<FleetTarget> &targets)
{
    m_resolving = false;
    delete m_run;
    m_interruptions = 0;
    m_logs = QList<QStringList>(targets.size());
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_run = new FleetRun(m_plan, targets, m_options, this);
    connect(m_run, &FleetRun::deviceLog, this, &FleetSession::addToLog);
    connect(m_run, &FleetRun::deviceWarning, this,
            [this](int index, const QString &warning) { addToLog(index, tr("WARNING: %1").arg(warning)); });
    connect(m_run, &FleetRun::logMessage, this, &FleetSession::message);
    connect(m_run, &FleetRun::pausedChanged, this, &FleetSession::pausedChanged);
    connect(m_run, &FleetRun::finished, this, &FleetSession::onFinished);
    Q_EMIT runStarted(m_run);
    m_run->start();
}

void FleetSession::setPaused(bool paused)
{
    if (m_run)
        m_run->setPaused(paused);
}

QString FleetSession::interruptConsequence() const
{
    return m_run ? m_run->interruptConsequence() : QString();
}

void FleetSession::interrupt()
{
    if (!m_run || m_run->stage() == FleetRun::Stage::Finished)
        return;
    ++m_interruptions;
    m_run->interrupt();
}

void FleetSession::addToLog(int index, const QString &line)
{
    m_logs[index].append(line);
    Q_EMIT deviceLogged(index, line);
}

void FleetSession::onFinished()
{
    Q_EMIT message(m_run->finalMessage());
    // Every device update that ran goes into the history, as the command records it.
    const QList<QByteArray> lines = FleetReport(*m_run, m_planPath, m_startedAt).historyLines();
    inBackground(
        this,
        [lines] {
            const Status recorded = UpdateHistory::append(lines);
            return recorded ? QString() : recorded.error().message;
        },
        [this](const QString &problem) {
            if (!problem.isEmpty())
                Q_EMIT message(tr("WARNING: %1").arg(problem));
        });
    Q_EMIT finished(m_run->outcome());
}

void FleetSession::exportReport(const QString &jsonPath)
{
    if (!m_run || m_run->stage() != FleetRun::Stage::Finished)
        return;
    // Built here, where the run lives; written on a pool thread.
    const FleetReport report(*m_run, m_planPath, m_startedAt);
    const QByteArray json = QJsonDocument(report.toJson()).toJson();
    const QByteArray csv = report.toCsv();
    const QString csvPath = FleetReport::csvPathFor(jsonPath);
    inBackground(
        this,
        [jsonPath, csvPath, json, csv] {
            for (const auto &[path, contents] : {std::pair{jsonPath, json}, std::pair{csvPath, csv}}) {
                if (const Status written = FleetReport::writeFile(path, contents); !written)
                    return written.error().message;
            }
            return QString();
        },
        [this, jsonPath, csvPath](const QString &problem) {
            if (problem.isEmpty())
                Q_EMIT exported({jsonPath, csvPath});
            else
                Q_EMIT exportFailed(problem);
        });
}

} // namespace groov::gui
