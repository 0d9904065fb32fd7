#include "FleetReport.h"

#include "FleetRun.h"
#include "ToolVersion.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStringList>

namespace groov {

FleetReport::FleetReport(const FleetRun &run, const QString &planPath, const QDateTime &startedAt)
    : m_run(run), m_planPath(planPath), m_startedAt(startedAt), m_finishedAt(QDateTime::currentDateTimeUtc())
{}

QJsonObject FleetReport::deviceJson(int index) const
{
    const FleetTarget &target = m_run.target(index);
    const FleetDeviceStatus &status = m_run.status(index);
    QJsonObject device{{QStringLiteral("name"), target.device.name},
                       {QStringLiteral("address"), target.address},
                       {QStringLiteral("model"), status.model},
                       {QStringLiteral("versionBefore"), status.versionBefore},
                       {QStringLiteral("versionAfter"), status.versionAfter},
                       {QStringLiteral("state"), fleetDeviceStateId(status.state)},
                       {QStringLiteral("wave"), status.wave >= 0 ? QJsonValue(status.wave + 1) : QJsonValue()},
                       {QStringLiteral("message"), status.message},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(status.warnings)}};
    if (status.report) {
        const UpdateReport &report = *status.report;
        device.insert(QStringLiteral("outcome"), outcomeId(report.outcome));
        device.insert(QStringLiteral("durationMs"), report.durationMs());
        device.insert(QStringLiteral("retries"), report.retries.size());
        device.insert(QStringLiteral("sha256"), QString::fromLatin1(report.firmwareSha256));
        if (report.failedStage) {
            device.insert(QStringLiteral("failedStage"), report.failedStage->name);
            if (report.failedStage->errorCode)
                device.insert(QStringLiteral("stageErrorCode"), *report.failedStage->errorCode);
        }
        if (report.error)
            device.insert(QStringLiteral("errorCode"), errorCodeId(report.error->code));
        device.insert(QStringLiteral("update"), report.toJson());
    }
    for (const auto &[key, hook] : {std::pair{QStringLiteral("beforeHook"), status.beforeHook},
                                    std::pair{QStringLiteral("afterHook"), status.afterHook}}) {
        if (hook)
            device.insert(key, QJsonObject{{QStringLiteral("succeeded"), hook->succeeded},
                                           {QStringLiteral("exitCode"), hook->exitCode},
                                           {QStringLiteral("timedOut"), hook->timedOut},
                                           {QStringLiteral("message"), hook->message},
                                           {QStringLiteral("output"), hook->output}});
    }
    return device;
}

QJsonObject FleetReport::toJson() const
{
    QJsonArray devices;
    for (int i = 0; i < m_run.deviceCount(); ++i)
        devices.append(deviceJson(i));
    const FleetPlan &plan = m_run.plan();
    return QJsonObject{{QStringLiteral("tool"), toolNameAndVersion()},
                       {QStringLiteral("plan"), m_planPath},
                       {QStringLiteral("firmware"), plan.firmwarePath},
                       {QStringLiteral("sha256"), QString::fromLatin1(m_run.firmwareSha256())},
                       {QStringLiteral("targetVersion"), m_run.targetVersion()},
                       {QStringLiteral("preserveSettings"), plan.preserveSettings},
                       {QStringLiteral("outcome"), fleetOutcomeId(m_run.outcome())},
                       {QStringLiteral("message"), m_run.finalMessage()},
                       {QStringLiteral("haltReason"), m_run.haltReason()},
                       {QStringLiteral("startedAt"), m_startedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("finishedAt"), m_finishedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("devices"), devices}};
}

QString FleetReport::csvField(const QString &text)
{
    QString field = text;
    if (!field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.front()))
        field.prepend(QLatin1Char('\''));
    if (field.contains(QLatin1Char(',')) || field.contains(QLatin1Char('"')) || field.contains(QLatin1Char('\n')) ||
        field.contains(QLatin1Char('\r')) || field.contains(QLatin1Char('\''))) {
        field.replace(QLatin1String("\""), QLatin1String("\"\""));
        field = QLatin1Char('"') + field + QLatin1Char('"');
    }
    return field;
}

QByteArray FleetReport::toCsv() const
{
    static const QStringList columns{
        QStringLiteral("device"),         QStringLiteral("address"),       QStringLiteral("model"),
        QStringLiteral("version_before"), QStringLiteral("version_after"), QStringLiteral("state"),
        QStringLiteral("outcome"),        QStringLiteral("failed_stage"),  QStringLiteral("error_code"),
        QStringLiteral("duration_s"),     QStringLiteral("retries"),       QStringLiteral("sha256"),
        QStringLiteral("message")};
    QByteArray csv = columns.join(QLatin1Char(',')).toUtf8() + "\r\n";
    for (int i = 0; i < m_run.deviceCount(); ++i) {
        const QJsonObject device = deviceJson(i);
        const auto text = [&device](const char *key) {
            return device.value(QLatin1String(key)).toVariant().toString();
        };
        QString errorCode = text("stageErrorCode");
        if (errorCode.isEmpty())
            errorCode = text("errorCode");
        const QString duration =
            device.contains(QLatin1String("durationMs"))
                ? QString::number(device.value(QLatin1String("durationMs")).toDouble() / 1000.0, 'f', 1)
                : QString();
        const QStringList row{text("name"),
                              text("address"),
                              text("model"),
                              text("versionBefore"),
                              text("versionAfter"),
                              text("state"),
                              text("outcome"),
                              text("failedStage"),
                              errorCode,
                              duration,
                              text("retries"),
                              text("sha256"),
                              text("message")};
        QStringList fields;
        for (const QString &field : row)
            fields.append(csvField(field));
        csv += fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return csv;
}

QList<QByteArray> FleetReport::historyLines() const
{
    QList<QByteArray> lines;
    for (int i = 0; i < m_run.deviceCount(); ++i) {
        // An update that ran, whatever its end; not a pre-flight that failed.
        if (!m_run.status(i).report || m_run.status(i).report->dryRun)
            continue;
        QJsonObject line = deviceJson(i);
        line.insert(QStringLiteral("plan"), m_planPath);
        line.insert(QStringLiteral("firmware"), m_run.plan().firmwarePath);
        line.insert(QStringLiteral("recordedAt"), m_finishedAt.toString(Qt::ISODateWithMs));
        lines.append(QJsonDocument(line).toJson(QJsonDocument::Compact));
    }
    return lines;
}

QString FleetReport::csvPathFor(const QString &jsonPath)
{
    return (jsonPath.endsWith(QLatin1String(".json")) ? jsonPath.chopped(5) : jsonPath) + QStringLiteral(".csv");
}

Status FleetReport::writeFile(const QString &path, const QByteArray &contents)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size() || !file.commit())
        return invalidInput(tr("Could not write the report %1: %2").arg(path, file.errorString()));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return Done{};
}

} // namespace groov
