#include "SimFault.h"

#include "UpdatePipeline.h"

#include <QCoreApplication>
#include <QStringList>

#include <utility>

namespace groov::sim {

namespace {

struct KindName
{
    SimFault::Kind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    {SimFault::Kind::ResetChunk, "reset-chunk"},
    {SimFault::Kind::Status503Chunk, "503-chunk"},
    {SimFault::Kind::StallChunk, "stall-chunk"},
    {SimFault::Kind::GarbageStatus, "garbage-status"},
    {SimFault::Kind::NeverReturn, "never-return"},
    {SimFault::Kind::SlowUpload, "slow-upload"},
    {SimFault::Kind::Unauthorized, "unauthorized"},
    {SimFault::Kind::LoseAnswer, "lose-answer"},
    {SimFault::Kind::Status, "status"},
    {SimFault::Kind::StageError, "stage-error"},
    {SimFault::Kind::RestartDown, "restart-down"},
    {SimFault::Kind::Stall, "stall"},
    {SimFault::Kind::RestoreVisible, "restore-visible"},
    {SimFault::Kind::ForgetSettings, "forget-settings"},
    {SimFault::Kind::EchoKey, "echo-key"},
    {SimFault::Kind::HugeHeader, "huge-header"},
    {SimFault::Kind::Trickle, "trickle"},
    {SimFault::Kind::NoRestart, "no-restart"},
};

const char kKnown[] = "reset-chunk=N[xK], 503-chunk=N[xK], stall-chunk=N[xK], lose-answer=N[xK], "
                      "status=CODE@ENDPOINT[xK], stall=ENDPOINT[xK], stage-error=CODE@STAGE, "
                      "restart-down=MILLISECONDS, restore-visible, garbage-status[=K], never-return, "
                      "slow-upload=BYTES_PER_SECOND, unauthorized, forget-settings, echo-key, huge-header=BYTES, "
                      "trickle=MILLISECONDS, no-restart";

QString tr(const char *text)
{
    return QCoreApplication::translate("groov::sim::SimFault", text);
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Strict decimal: no sign, no spaces, no hex; QString::toLongLong alone accepts too much.
std::optional<qint64> parseDecimal(const QString &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
    }
    return text.toLongLong();
}

// "WHAT" or "WHATxK": what, and how many times (default 1). Nothing a spec counts has an 'x' in its name.
std::optional<std::pair<QString, int>> splitCount(const QString &text)
{
    const qsizetype x = text.indexOf(QLatin1Char('x'));
    const auto times = x < 0 ? std::optional<qint64>(1) : parseDecimal(text.mid(x + 1));
    if (!times || *times < 1 || *times > 1'000'000)
        return std::nullopt;
    return std::make_pair(x < 0 ? text : text.left(x), int(*times));
}

// "N" or "NxK": a number and how many times.
std::optional<std::pair<qint64, int>> parseCounted(const QString &text)
{
    const auto counted = splitCount(text);
    const auto number = counted ? parseDecimal(counted->first) : std::nullopt;
    if (!number || *number > 1'000'000)
        return std::nullopt;
    return std::make_pair(*number, counted->second);
}

const QStringList &statusEndpoints()
{
    static const QStringList endpoints{QStringLiteral("info"), QStringLiteral("prepare"), QStringLiteral("status"),
                                       QStringLiteral("apply")};
    return endpoints;
}

// Chunks have stall-chunk=N; the commission poll has no key, so only a stall can be aimed at it.
const QStringList &stallEndpoints()
{
    static const QStringList endpoints{QStringLiteral("info"), QStringLiteral("prepare"), QStringLiteral("status"),
                                       QStringLiteral("commission")};
    return endpoints;
}

// ENDPOINT[xK] of status=CODE@ENDPOINT[xK]: info, prepare, status, apply or chunkN.
bool parseStatusTarget(const QString &text, SimFault &fault)
{
    const auto counted = splitCount(text);
    if (!counted)
        return false;
    const QString &endpoint = counted->first;
    fault.times = counted->second;
    if (statusEndpoints().contains(endpoint)) {
        fault.target = endpoint;
        return true;
    }
    if (!endpoint.startsWith(QLatin1String("chunk")))
        return false;
    const auto chunk = parseDecimal(endpoint.mid(5));
    if (!chunk || *chunk > 1'000'000)
        return false;
    fault.target = QStringLiteral("apply");
    fault.chunk = int(*chunk);
    return true;
}

// CODE@REST, CODE a decimal in [low, high].
std::optional<std::pair<int, QString>> parseCodeAt(const QString &args, int low, int high)
{
    const qsizetype at = args.indexOf(QLatin1Char('@'));
    if (at < 0)
        return std::nullopt;
    const auto code = parseDecimal(args.left(at));
    if (!code || *code < low || *code > high)
        return std::nullopt;
    return std::make_pair(int(*code), args.mid(at + 1));
}

} // namespace

QString SimFault::syntax()
{
    return QLatin1String(kKnown);
}

bool SimFault::isChunkFault() const
{
    return kind == Kind::ResetChunk || kind == Kind::Status503Chunk || kind == Kind::StallChunk ||
           kind == Kind::LoseAnswer;
}

std::optional<SimFault> SimFault::parse(const QString &spec, QString *error)
{
    const QString trimmed = spec.trimmed();
    const qsizetype eq = trimmed.indexOf(QLatin1Char('='));
    const QString name = eq < 0 ? trimmed : trimmed.left(eq);
    const QString args = eq < 0 ? QString() : trimmed.mid(eq + 1);

    SimFault fault;
    bool known = false;
    for (const KindName &entry : kKindNames) {
        if (name == QLatin1String(entry.name)) {
            fault.kind = entry.kind;
            known = true;
            break;
        }
    }
    if (!known) {
        fail(error, tr("Unknown fault \"%1\". Known: %2.").arg(name, syntax()));
        return std::nullopt;
    }

    if (fault.isChunkFault()) {
        const auto counted = eq < 0 ? std::nullopt : parseCounted(args);
        if (!counted) {
            fail(error, tr("Fault \"%1\" needs N or NxK (N a chunk number from 0, K a count from 1): %1=N or %1=NxK.")
                            .arg(name));
            return std::nullopt;
        }
        fault.chunk = int(counted->first);
        fault.times = counted->second;
        return fault;
    }

    switch (fault.kind) {
    case Kind::Status: {
        const auto codeAt = parseCodeAt(args, 400, 599);
        if (eq < 0 || !codeAt || !parseStatusTarget(codeAt->second, fault)) {
            fail(error, tr("Fault \"status\" needs CODE@ENDPOINT[xK]: CODE from 400 to 599, ENDPOINT one of info, "
                           "prepare, status, apply, chunkN (for example status=401@chunk1 or status=500@statusx3)."));
            return std::nullopt;
        }
        fault.code = codeAt->first;
        return fault;
    }
    case Kind::Stall: {
        const auto counted = eq < 0 ? std::nullopt : splitCount(args);
        if (!counted || !stallEndpoints().contains(counted->first)) {
            fail(error, tr("Fault \"stall\" needs ENDPOINT[xK]: ENDPOINT one of info, prepare, status, commission, "
                           "K a count from 1 (for example stall=status or stall=infox2)."));
            return std::nullopt;
        }
        fault.target = counted->first;
        fault.times = counted->second;
        return fault;
    }
    case Kind::StageError: {
        const auto codeAt = parseCodeAt(args, 1, 1'000'000);
        if (eq < 0 || !codeAt || !UpdatePipeline::stageNames().contains(codeAt->second)) {
            fail(error, tr("Fault \"stage-error\" needs CODE@STAGE: CODE a number from 1, STAGE one of %1.")
                            .arg(UpdatePipeline::stageNames().join(QStringLiteral(", "))));
            return std::nullopt;
        }
        fault.code = codeAt->first;
        fault.target = codeAt->second;
        return fault;
    }
    case Kind::RestartDown: {
        const auto ms = parseDecimal(args);
        if (eq < 0 || !ms || *ms > 3'600'000) {
            fail(error, tr("Fault \"restart-down\" needs how long each restart, and the restore between them, "
                           "lasts, in milliseconds from 0 to 3600000: restart-down=MILLISECONDS."));
            return std::nullopt;
        }
        fault.durationMs = int(*ms);
        return fault;
    }
    case Kind::HugeHeader: {
        const auto bytes = parseDecimal(args);
        if (eq < 0 || !bytes || *bytes < 1 || *bytes > 4'000'000'000) {
            fail(error, tr("Fault \"huge-header\" needs the size of every answer's head in bytes, from 1 to "
                           "4000000000: huge-header=BYTES."));
            return std::nullopt;
        }
        fault.bytes = *bytes;
        return fault;
    }
    case Kind::Trickle: {
        const auto ms = parseDecimal(args);
        if (eq < 0 || !ms || *ms < 1 || *ms > 60'000) {
            fail(error,
                 tr("Fault \"trickle\" needs the pause between two bytes of an answer, in milliseconds from 1 to "
                    "60000: trickle=MILLISECONDS."));
            return std::nullopt;
        }
        fault.durationMs = int(*ms);
        return fault;
    }
    case Kind::SlowUpload: {
        const auto rate = parseDecimal(args);
        if (eq < 0 || !rate || *rate < 1) {
            fail(error, tr("Fault \"slow-upload\" needs a rate in bytes per second above 0: slow-upload=BYTES."));
            return std::nullopt;
        }
        fault.bytesPerSecond = *rate;
        return fault;
    }
    case Kind::GarbageStatus: {
        const auto times = eq < 0 ? std::optional<qint64>(kAlways) : parseDecimal(args);
        if (!times || *times == 0 || *times > 1'000'000) {
            fail(error, tr("Fault \"garbage-status\" takes nothing (every answer) or a count from 1: "
                           "garbage-status=K."));
            return std::nullopt;
        }
        fault.times = int(*times);
        return fault;
    }
    default:
        break;
    }

    if (eq >= 0) {
        fail(error, tr("Fault \"%1\" takes no value.").arg(name));
        return std::nullopt;
    }
    return fault;
}

QString SimFault::toSpec() const
{
    QString name;
    for (const KindName &entry : kKindNames) {
        if (entry.kind == kind)
            name = QLatin1String(entry.name);
    }
    const QString count = times == 1 ? QString() : QLatin1Char('x') + QString::number(times);
    if (isChunkFault())
        return name + QLatin1Char('=') + QString::number(chunk) + count;
    switch (kind) {
    case Kind::Status: {
        const QString endpoint = chunk >= 0 ? QStringLiteral("chunk") + QString::number(chunk) : target;
        return name + QLatin1Char('=') + QString::number(code) + QLatin1Char('@') + endpoint + count;
    }
    case Kind::Stall:
        return name + QLatin1Char('=') + target + count;
    case Kind::StageError:
        return name + QLatin1Char('=') + QString::number(code) + QLatin1Char('@') + target;
    case Kind::RestartDown:
    case Kind::Trickle:
        return name + QLatin1Char('=') + QString::number(durationMs);
    case Kind::HugeHeader:
        return name + QLatin1Char('=') + QString::number(bytes);
    case Kind::SlowUpload:
        return name + QLatin1Char('=') + QString::number(bytesPerSecond);
    case Kind::GarbageStatus:
        return times == kAlways ? name : name + QLatin1Char('=') + QString::number(times);
    default:
        break;
    }
    return name;
}

} // namespace groov::sim
