#include "SoakRunner.h"

#include "ProcessProbe.h"
#include "SimConfig.h"
#include "SimFirmware.h"
#include "SimHarness.h"
#include "SimulatedDevice.h"
#include "UpdateController.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace groov::bench {

SoakRunner::SoakRunner(SoakOptions options, bool sanitized, std::FILE *table, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_sanitized(sanitized)
    , m_table(table)
    , m_stats(options.warmupUpdates, options.maxRssGrowthKb, !sanitized)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(m_options.updateTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, &SoakRunner::onUpdateTimeout);
}

SoakRunner::~SoakRunner() = default;

void SoakRunner::start()
{
    if (!m_dir.isValid()) {
        stop(Verdict::UpdateFailed, tr("Cannot create a temporary directory: %1").arg(m_dir.errorString()));
        return;
    }
    print(tr("groov-soak: %1 updates, %2-byte images, simulator speed %3%4")
              .arg(m_options.updates)
              .arg(m_options.imageSize)
              .arg(m_options.speed)
              .arg(m_sanitized ? tr(", sanitizer build (RSS not checked)") : QString()));
    print(SoakStats::tableHeader());
    startUpdate();
}

void SoakRunner::startUpdate()
{
    ++m_update;
    // A new image each time, with a new version, as a real rollout would bring.
    m_firmwarePath = m_dir.filePath(QStringLiteral("firmware-%1.bin").arg(m_update));
    const QString version = QStringLiteral("4.1.0-b.%1").arg(m_update);
    QString error;
    if (!sim::SimFirmware::write(m_firmwarePath, QStringLiteral("epic"), version, m_options.imageSize, &error)) {
        stop(Verdict::UpdateFailed, tr("Update %1: cannot write the firmware image: %2").arg(m_update).arg(error));
        return;
    }

    // A fresh device per update: its recorder keeps every request by design (tests read it), which would show up
    // here as growth that is not the client's.
    sim::SimConfig config;
    config.model = QStringLiteral("GRV-EPIC-PR2");
    config.port = 0;
    config.speed = m_options.speed;
    m_device = std::make_unique<sim::SimulatedDevice>(config);
    if (!m_device->start(&error)) {
        stop(Verdict::UpdateFailed, tr("Update %1: the simulator did not start: %2").arg(m_update).arg(error));
        return;
    }

    UpdateRequest request;
    request.address = m_device->baseUrl().toString();
    request.apiKey = m_device->apiKey();
    request.firmwarePath = m_firmwarePath;
    request.trust = TlsTrust::pinned(QString::fromLatin1(m_device->fingerprintSha256())).value();
    request.timings = test::SimHarness::fastTimings();

    m_restartSeen = false;
    m_controller = std::make_unique<UpdateController>();
    // Queued: the controller is destroyed afterwards, which must not happen inside its own signal.
    connect(m_controller.get(), &UpdateController::finished, this, &SoakRunner::onUpdateFinished, Qt::QueuedConnection);
    m_timeout.start();
    m_clock.start();
    m_controller->start(request);
}

void SoakRunner::onUpdateFinished()
{
    m_updateMs = m_clock.elapsed();
    m_timeout.stop();
    m_restartSeen = m_controller->report().restartSeen;
    const QString problem = verifyUpdate();
    tearDown();
    if (!problem.isEmpty()) {
        stop(Verdict::UpdateFailed, tr("Update %1 failed: %2").arg(m_update).arg(problem));
        return;
    }
    // Sample from the event loop, once the objects deleted later (replies, sockets, the server) are gone.
    QTimer::singleShot(0, this, &SoakRunner::sampleAndContinue);
}

void SoakRunner::onUpdateTimeout()
{
    const QString phase = phaseName(m_controller->phase());
    tearDown();
    stop(Verdict::UpdateFailed, tr("Update %1 did not finish within %2 s (it was in phase: %3).")
                                    .arg(m_update)
                                    .arg(m_options.updateTimeoutMs / 1000)
                                    .arg(phase));
}

QString SoakRunner::verifyUpdate() const
{
    const UpdateReport &report = m_controller->report();
    if (report.outcome != UpdateOutcome::Succeeded) {
        return tr("outcome %1: %2")
            .arg(outcomeId(report.outcome), report.error ? report.error->message : report.finalMessage);
    }
    const QJsonObject device = m_device->report();
    const QJsonObject upload = device.value(QLatin1String("upload")).toObject();
    const QByteArray expected = test::sha256OfFile(m_firmwarePath);
    const QByteArray received = upload.value(QLatin1String("sha256")).toString().toLatin1();
    if (!upload.value(QLatin1String("complete")).toBool() || expected.isEmpty() || received != expected) {
        return tr("the device reassembled SHA-256 %1, the image has %2")
            .arg(QString::fromLatin1(received), QString::fromLatin1(expected));
    }
    const QJsonArray violations = device.value(QLatin1String("violations")).toArray();
    if (!violations.isEmpty()) {
        return tr("the simulator saw protocol violations: %1")
            .arg(QString::fromUtf8(QJsonDocument(violations).toJson(QJsonDocument::Compact)));
    }
    return {};
}

void SoakRunner::tearDown()
{
    m_controller.reset();
    if (m_device)
        m_device->stop();
    m_device.reset();
    QFile::remove(m_firmwarePath);
}

void SoakRunner::sampleAndContinue()
{
    m_stats.add(SoakSample{m_update, ProcessProbe::residentKb(), ProcessProbe::openFileDescriptors(), m_updateMs,
                           m_restartSeen});
    if (m_stats.rowDue(m_options.updates))
        print(m_stats.tableRow());
    if (m_update < m_options.updates) {
        startUpdate();
        return;
    }
    const SoakStats::Summary summary = m_stats.summarize();
    print(SoakStats::toText(summary));
    if (m_options.json) {
        QJsonObject json = SoakStats::toJson(summary);
        json.insert(QStringLiteral("imageSize"), m_options.imageSize);
        json.insert(QStringLiteral("speed"), m_options.speed);
        json.insert(QStringLiteral("sanitizer"), m_sanitized);
        json.insert(QStringLiteral("ok"), summary.rssFlat() && summary.fdsFlat());
        std::fputs(QJsonDocument(json).toJson(QJsonDocument::Indented).constData(), stdout);
    }
    stop(summary.rssFlat() && summary.fdsFlat() ? Verdict::Flat : Verdict::Growing);
}

void SoakRunner::stop(Verdict verdict, const QString &error)
{
    if (!error.isEmpty()) {
        std::fprintf(stderr, "groov-soak: %s\n", qPrintable(error));
        if (m_options.json) {
            const QJsonObject json{{QStringLiteral("ok"), false}, {QStringLiteral("error"), error}};
            std::fputs(QJsonDocument(json).toJson(QJsonDocument::Indented).constData(), stdout);
        }
    }
    Q_EMIT finished(verdict);
}

void SoakRunner::print(const QString &text) const
{
    std::fprintf(m_table, "%s\n", qPrintable(text));
    std::fflush(m_table);
}

} // namespace groov::bench
