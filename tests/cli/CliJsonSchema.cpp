#include "CliJsonSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace groov::test::CliJsonSchema {

namespace {

// JSON types a field may have, as flags.
enum Type : unsigned {
    String = 1,
    Number = 2,
    Bool = 4,
    Object = 8,
    Array = 16,
    Null = 32,
    Any = String | Number | Bool | Object | Array | Null,
};

struct Field
{
    const char *name;
    unsigned types;
};

QString typeNames(unsigned types)
{
    QStringList names;
    if (types & String)
        names << QStringLiteral("string");
    if (types & Number)
        names << QStringLiteral("number");
    if (types & Bool)
        names << QStringLiteral("bool");
    if (types & Object)
        names << QStringLiteral("object");
    if (types & Array)
        names << QStringLiteral("array");
    if (types & Null)
        names << QStringLiteral("null");
    return names.join(QLatin1Char('|'));
}

unsigned typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return String;
    case QJsonValue::Double:
        return Number;
    case QJsonValue::Bool:
        return Bool;
    case QJsonValue::Object:
        return Object;
    case QJsonValue::Array:
        return Array;
    case QJsonValue::Null:
        return Null;
    case QJsonValue::Undefined:
        break;
    }
    return 0;
}

QString compact(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.size() > 300 ? json.left(300) + "..." : json);
}

// Checks that every field is present with an allowed type.
void requireFields(const QJsonObject &object, std::initializer_list<Field> fields, const QString &where,
                   QStringList &problems)
{
    for (const Field &field : fields) {
        const QString name = QLatin1String(field.name);
        if (!object.contains(name)) {
            problems << QStringLiteral("%1: missing field \"%2\" in %3").arg(where, name, compact(object));
            continue;
        }
        if (!(typeOf(object.value(name)) & field.types))
            problems << QStringLiteral("%1: field \"%2\" should be %3 in %4")
                            .arg(where, name, typeNames(field.types), compact(object));
    }
}

// Checks the type of fields that may be absent.
void optionalFields(const QJsonObject &object, std::initializer_list<Field> fields, const QString &where,
                    QStringList &problems)
{
    for (const Field &field : fields) {
        const QString name = QLatin1String(field.name);
        if (object.contains(name) && !(typeOf(object.value(name)) & field.types))
            problems << QStringLiteral("%1: field \"%2\" should be %3 in %4")
                            .arg(where, name, typeNames(field.types), compact(object));
    }
}

void requireOneOf(const QJsonObject &object, const char *field, const QStringList &allowed, const QString &where,
                  QStringList &problems)
{
    const QJsonValue value = object.value(QLatin1String(field));
    if (value.isString() && !allowed.contains(value.toString()))
        problems << QStringLiteral("%1: \"%2\" is \"%3\", not one of %4")
                        .arg(where, QLatin1String(field), value.toString(), allowed.join(QStringLiteral(", ")));
}

void requireSha256(const QJsonObject &object, const char *field, const QString &where, QStringList &problems)
{
    const QJsonValue value = object.value(QLatin1String(field));
    if (value.isString() && !isLowerHexSha256(value.toString()))
        problems << QStringLiteral("%1: \"%2\" is not a lowercase hex SHA-256: \"%3\"")
                        .arg(where, QLatin1String(field), value.toString());
}

void requireNonNegative(const QJsonObject &object, std::initializer_list<const char *> fields, const QString &where,
                        QStringList &problems)
{
    for (const char *field : fields) {
        const QJsonValue value = object.value(QLatin1String(field));
        if (value.isDouble() && value.toDouble() < 0)
            problems
                << QStringLiteral("%1: \"%2\" is negative (%3)").arg(where, QLatin1String(field)).arg(value.toDouble());
    }
}

} // namespace

QStringList eventTypes()
{
    return {QStringLiteral("preflight"), QStringLiteral("hash"),        QStringLiteral("phase"),
            QStringLiteral("upload"),    QStringLiteral("stage"),       QStringLiteral("restart"),
            QStringLiteral("retry"),     QStringLiteral("certificate"), QStringLiteral("log"),
            QStringLiteral("result"),    QStringLiteral("restartWait"), QStringLiteral("step")};
}

QStringList stepIds()
{
    return {QStringLiteral("checkDevice"),      QStringLiteral("prepare"),        QStringLiteral("upload"),
            QStringLiteral("reassemble"),       QStringLiteral("unzip"),          QStringLiteral("decrypt"),
            QStringLiteral("decompress"),       QStringLiteral("backUpSettings"), QStringLiteral("install"),
            QStringLiteral("finishAndRestart"), QStringLiteral("restarts"),       QStringLiteral("ready")};
}

QStringList stepStates()
{
    return {QStringLiteral("pending"), QStringLiteral("running"), QStringLiteral("done"),
            QStringLiteral("failed"),  QStringLiteral("skipped"), QStringLiteral("unverified")};
}

QStringList phaseIds()
{
    return {QStringLiteral("preflight"),    QStringLiteral("prepare"),  QStringLiteral("upload"),
            QStringLiteral("deviceStages"), QStringLiteral("restarts"), QStringLiteral("verify"),
            QStringLiteral("finished")};
}

QStringList restartSteps()
{
    return {QStringLiteral("waitingForRestart"), QStringLiteral("restarting"), QStringLiteral("restoringSettings"),
            QStringLiteral("restartingAgain"), QStringLiteral("ready")};
}

QStringList successOutcomes()
{
    return {QStringLiteral("succeeded"), QStringLiteral("notVerified"), QStringLiteral("needsCommissioning"),
            QStringLiteral("stillUpdating")};
}

QStringList outcomes()
{
    return successOutcomes() +
           QStringList{QStringLiteral("failed"), QStringLiteral("timedOut"), QStringLiteral("cancelled")};
}

bool isLowerHexSha256(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

QStringList checkEvent(const QJsonObject &event)
{
    QStringList problems;
    const QString type = event.value(QLatin1String("type")).toString();
    const QString where = type.isEmpty() ? QStringLiteral("event") : QStringLiteral("event \"%1\"").arg(type);
    requireFields(event, {{"type", String}, {"time", String}, {"elapsedMs", Number}}, where, problems);

    // UTC, ISO 8601, with milliseconds.
    static const QRegularExpression isoUtcMs(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    const QJsonValue time = event.value(QLatin1String("time"));
    if (time.isString() && !isoUtcMs.match(time.toString()).hasMatch())
        problems
            << QStringLiteral("%1: \"time\" is not UTC ISO 8601 with milliseconds: \"%2\"").arg(where, time.toString());
    requireNonNegative(event, {"elapsedMs"}, where, problems);

    if (type == QLatin1String("preflight")) {
        requireFields(event,
                      {{"device", String},
                       {"model", String},
                       {"version", String},
                       {"fingerprint", String},
                       {"firmware", String},
                       {"size", Number},
                       {"chunks", Number},
                       {"sha256", String | Null}},
                      where, problems);
        requireSha256(event, "fingerprint", where, problems);
        requireSha256(event, "sha256", where, problems);
        requireNonNegative(event, {"size", "chunks"}, where, problems);
    } else if (type == QLatin1String("hash")) {
        requireFields(event, {{"sha256", String}}, where, problems);
        requireSha256(event, "sha256", where, problems);
    } else if (type == QLatin1String("phase")) {
        requireFields(event, {{"phase", String}, {"name", String}}, where, problems);
        requireOneOf(event, "phase", phaseIds(), where, problems);
    } else if (type == QLatin1String("upload")) {
        requireFields(event,
                      {{"sent", Number},
                       {"total", Number},
                       {"chunk", Number},
                       {"chunks", Number},
                       {"bytesPerSecond", Number},
                       {"etaSeconds", Number | Null}},
                      where, problems);
        requireNonNegative(event, {"sent", "total", "chunk", "chunks", "bytesPerSecond", "etaSeconds"}, where,
                           problems);
        const double sent = event.value(QLatin1String("sent")).toDouble();
        const double total = event.value(QLatin1String("total")).toDouble();
        if (sent > total)
            problems << QStringLiteral("%1: sent %2 > total %3").arg(where).arg(sent).arg(total);
        const double chunk = event.value(QLatin1String("chunk")).toDouble();
        const double chunks = event.value(QLatin1String("chunks")).toDouble();
        if (chunk >= chunks)
            problems << QStringLiteral("%1: chunk %2 is not below chunks %3").arg(where).arg(chunk).arg(chunks);
    } else if (type == QLatin1String("stage")) {
        requireFields(event, {{"stage", String}, {"name", String}, {"status", String}}, where, problems);
        requireOneOf(event, "status",
                     {QStringLiteral("pending"), QStringLiteral("running"), QStringLiteral("done"),
                      QStringLiteral("error"), QStringLiteral("unknown")},
                     where, problems);
        if (event.value(QLatin1String("status")).toString() == QLatin1String("error"))
            requireFields(event, {{"errorCode", Number | Null}, {"errorMessage", String | Null}, {"errorData", Any}},
                          where, problems);
    } else if (type == QLatin1String("restart")) {
        requireFields(event, {{"step", String}, {"name", String}}, where, problems);
        requireOneOf(event, "step", restartSteps(), where, problems);
    } else if (type == QLatin1String("step")) {
        requireFields(event, {{"step", String}, {"name", String}, {"state", String}, {"detail", String}}, where,
                      problems);
        requireOneOf(event, "step", stepIds(), where, problems);
        requireOneOf(event, "state", stepStates(), where, problems);
    } else if (type == QLatin1String("restartWait")) {
        requireFields(event, {{"step", String}, {"forMs", Number}, {"message", String}}, where, problems);
        requireOneOf(event, "step", restartSteps().mid(0, 4), where, problems);
        requireNonNegative(event, {"forMs"}, where, problems);
    } else if (type == QLatin1String("retry")) {
        requireFields(
            event,
            {{"chunk", Number}, {"attempt", Number}, {"maxAttempts", Number}, {"delayMs", Number}, {"reason", String}},
            where, problems);
        requireNonNegative(event, {"chunk", "attempt", "maxAttempts", "delayMs"}, where, problems);
    } else if (type == QLatin1String("certificate")) {
        requireFields(event,
                      {{"subject", String},
                       {"issuer", String},
                       {"notBefore", String},
                       {"notAfter", String},
                       {"fingerprint", String},
                       {"trusted", Bool},
                       {"differsFromPin", Bool}},
                      where, problems);
        requireSha256(event, "fingerprint", where, problems);
        if (event.value(QLatin1String("trusted")) != QJsonValue(false))
            problems << QStringLiteral("%1: \"trusted\" should be false").arg(where);
    } else if (type == QLatin1String("log")) {
        requireFields(event, {{"level", String}, {"message", String}}, where, problems);
        requireOneOf(event, "level", {QStringLiteral("info"), QStringLiteral("warning")}, where, problems);
    } else if (type == QLatin1String("result")) {
        requireFields(event,
                      {{"outcome", String}, {"exitCode", Number}, {"message", String}, {"report", Object | Null}},
                      where, problems);
        requireOneOf(event, "outcome", outcomes(), where, problems);
        const bool success = successOutcomes().contains(event.value(QLatin1String("outcome")).toString());
        if (success != (event.value(QLatin1String("exitCode")).toInt(-1) == 0))
            problems << QStringLiteral("%1: outcome %2 with exit code %3")
                            .arg(where, event.value(QLatin1String("outcome")).toString())
                            .arg(event.value(QLatin1String("exitCode")).toInt(-1));
        if (event.value(QLatin1String("report")).isObject())
            problems << checkReport(event.value(QLatin1String("report")).toObject());
    } else {
        problems << QStringLiteral("unknown event type \"%1\" in %2").arg(type, compact(event));
    }
    return problems;
}

QStringList checkReport(const QJsonObject &report)
{
    QStringList problems;
    const QString where = QStringLiteral("report");
    requireFields(report,
                  {{"tool", String},
                   {"device", Object},
                   {"firmware", Object},
                   {"options", Object},
                   {"startedAt", String},
                   {"finishedAt", String},
                   {"durationMs", Number},
                   {"phases", Array},
                   {"retries", Array},
                   {"interruptions", Array},
                   {"interruptionCount", Number},
                   {"deviceStages", Array},
                   {"restartSteps", Array},
                   {"steps", Array},
                   {"result", Object}},
                  where, problems);
    requireNonNegative(report, {"durationMs"}, where, problems);
    requireFields(report.value(QLatin1String("device")).toObject(),
                  {{"address", String},
                   {"model", String},
                   {"versionBefore", String},
                   {"versionAfter", String},
                   {"trust", String},
                   {"certificateSha256", String}},
                  QStringLiteral("report.device"), problems);
    requireFields(report.value(QLatin1String("firmware")).toObject(),
                  {{"path", String}, {"size", Number}, {"chunks", Number}, {"sha256", String}},
                  QStringLiteral("report.firmware"), problems);
    requireFields(report.value(QLatin1String("options")).toObject(),
                  {{"mode", String}, {"preserveSettings", Bool}, {"dryRun", Bool}, {"waitForDevice", Bool}},
                  QStringLiteral("report.options"), problems);
    requireOneOf(report.value(QLatin1String("options")).toObject(), "mode",
                 {QStringLiteral("update"), QStringLiteral("follow")}, QStringLiteral("report.options"), problems);
    for (const QJsonValue &phase : report.value(QLatin1String("phases")).toArray()) {
        requireFields(phase.toObject(), {{"phase", String}, {"startedAt", String}}, QStringLiteral("report.phases[]"),
                      problems);
        requireOneOf(phase.toObject(), "phase", phaseIds(), QStringLiteral("report.phases[]"), problems);
    }
    for (const QJsonValue &step : report.value(QLatin1String("steps")).toArray()) {
        const QString stepWhere = QStringLiteral("report.steps[]");
        requireFields(step.toObject(), {{"step", String}, {"state", String}, {"startedAt", String | Null}}, stepWhere,
                      problems);
        requireOneOf(step.toObject(), "step", stepIds(), stepWhere, problems);
        requireOneOf(step.toObject(), "state", stepStates(), stepWhere, problems);
    }
    for (const QJsonValue &retry : report.value(QLatin1String("retries")).toArray())
        requireFields(retry.toObject(), {{"chunk", Number}, {"attempt", Number}, {"reason", String}},
                      QStringLiteral("report.retries[]"), problems);
    for (const QJsonValue &stage : report.value(QLatin1String("deviceStages")).toArray())
        requireFields(stage.toObject(), {{"name", String}, {"status", String}}, QStringLiteral("report.deviceStages[]"),
                      problems);
    for (const QJsonValue &step : report.value(QLatin1String("restartSteps")).toArray()) {
        if (!restartSteps().contains(step.toString()))
            problems << QStringLiteral("report.restartSteps[]: %1 is not a restart step").arg(step.toString());
    }
    const QJsonObject result = report.value(QLatin1String("result")).toObject();
    requireFields(result,
                  {{"outcome", String},
                   {"message", String},
                   {"evidence", Object},
                   {"deviceMayHaveImage", Bool},
                   {"followCanTellMore", Bool}},
                  QStringLiteral("report.result"), problems);
    requireOneOf(result, "outcome", outcomes(), QStringLiteral("report.result"), problems);
    requireFields(result.value(QLatin1String("evidence")).toObject(), {{"restartSeen", Bool}, {"versionChanged", Bool}},
                  QStringLiteral("report.result.evidence"), problems);
    optionalFields(result,
                   {{"errorCode", String | Number | Null},
                    {"error", String | Null},
                    {"failedStage", Object | Null},
                    {"hint", String | Null}},
                   QStringLiteral("report.result"), problems);
    return problems;
}

QStringList checkStream(const QList<QJsonObject> &events, const QStringList &badLines, int processExitCode)
{
    QStringList problems;
    for (const QString &line : badLines)
        problems << QStringLiteral("stdout line is not a JSON object: %1").arg(line.left(300));
    if (events.isEmpty()) {
        problems << QStringLiteral("no JSON event on stdout");
        return problems;
    }
    double lastElapsed = -1;
    int results = 0;
    for (const QJsonObject &event : events) {
        problems << checkEvent(event);
        const double elapsed = event.value(QLatin1String("elapsedMs")).toDouble();
        if (elapsed < lastElapsed)
            problems << QStringLiteral("elapsedMs goes back from %1 to %2").arg(lastElapsed).arg(elapsed);
        lastElapsed = elapsed;
        if (event.value(QLatin1String("type")).toString() == QLatin1String("result"))
            ++results;
    }
    const QJsonObject last = events.last();
    if (last.value(QLatin1String("type")).toString() != QLatin1String("result"))
        problems << QStringLiteral("the last line is not the result event: %1").arg(compact(last));
    else if (last.value(QLatin1String("exitCode")).toInt(-1) != processExitCode)
        problems << QStringLiteral("result.exitCode %1 differs from the process's exit code %2")
                        .arg(last.value(QLatin1String("exitCode")).toInt(-1))
                        .arg(processExitCode);
    if (results != 1)
        problems << QStringLiteral("%1 result events; exactly one expected").arg(results);
    return problems;
}

} // namespace groov::test::CliJsonSchema
