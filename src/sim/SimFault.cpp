#include "SimFault.h"

#include <QCoreApplication>

namespace groov::sim {

namespace {

struct KindName
{
    SimFault::Kind kind;
    const char *name;
};

constexpr KindName kKindNames[] = {
    {SimFault::Kind::ResetChunk, "reset-chunk"},    {SimFault::Kind::Status503Chunk, "503-chunk"},
    {SimFault::Kind::StallChunk, "stall-chunk"},    {SimFault::Kind::GarbageStatus, "garbage-status"},
    {SimFault::Kind::NeverReturn, "never-return"},  {SimFault::Kind::SlowUpload, "slow-upload"},
    {SimFault::Kind::Unauthorized, "unauthorized"},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("SimFault", text);
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

} // namespace

bool SimFault::isChunkFault() const
{
    return kind == Kind::ResetChunk || kind == Kind::Status503Chunk || kind == Kind::StallChunk;
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
        fail(error, tr("Unknown fault \"%1\". Known: reset-chunk=N[xK], 503-chunk=N[xK], stall-chunk=N[xK], "
                       "garbage-status, never-return, slow-upload=BYTES_PER_SECOND, unauthorized.")
                        .arg(name));
        return std::nullopt;
    }

    if (fault.isChunkFault()) {
        if (eq < 0) {
            fail(error, tr("Fault \"%1\" needs a chunk number: %1=N or %1=NxK.").arg(name));
            return std::nullopt;
        }
        const qsizetype x = args.indexOf(QLatin1Char('x'));
        const auto chunk = parseDecimal(x < 0 ? args : args.left(x));
        const auto times = x < 0 ? std::optional<qint64>(1) : parseDecimal(args.mid(x + 1));
        if (!chunk || !times || *chunk > 1'000'000 || *times < 1 || *times > 1'000'000) {
            fail(error, tr("Fault \"%1\": \"%2\" is not N or NxK (N a chunk number from 0, K a count from 1).")
                            .arg(name, args));
            return std::nullopt;
        }
        fault.chunk = int(*chunk);
        fault.times = int(*times);
        return fault;
    }

    if (fault.kind == Kind::SlowUpload) {
        const auto rate = parseDecimal(args);
        if (eq < 0 || !rate || *rate < 1) {
            fail(error, tr("Fault \"slow-upload\" needs a rate in bytes per second above 0: slow-upload=BYTES."));
            return std::nullopt;
        }
        fault.bytesPerSecond = *rate;
        return fault;
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
    if (isChunkFault())
        return name + QLatin1Char('=') + QString::number(chunk) +
               (times == 1 ? QString() : QLatin1Char('x') + QString::number(times));
    if (kind == Kind::SlowUpload)
        return name + QLatin1Char('=') + QString::number(bytesPerSecond);
    return name;
}

} // namespace groov::sim
