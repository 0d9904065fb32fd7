#include "SimRecorder.h"

#include "SimExchange.h"
#include "SimLogging.h"

#include <QDateTime>

namespace groov::sim {

namespace {

QString keyStateName(SimRecorder::KeyState key)
{
    switch (key) {
    case SimRecorder::KeyState::Valid:
        return QStringLiteral("valid");
    case SimRecorder::KeyState::Invalid:
        return QStringLiteral("invalid");
    case SimRecorder::KeyState::Absent:
        break;
    }
    return QStringLiteral("absent");
}

} // namespace

SimRecorder::SimRecorder(QObject *parent) : QObject(parent)
{
    m_clock.start();
    m_upload = QJsonObject{{QStringLiteral("fileId"), QString()}, {QStringLiteral("chunksTotal"), 0},
                           {QStringLiteral("chunksStored"), 0},   {QStringLiteral("bytes"), 0},
                           {QStringLiteral("sha256"), QString()}, {QStringLiteral("complete"), false}};
}

void SimRecorder::restartClock()
{
    m_clock.restart();
}

qint64 SimRecorder::elapsedMs() const
{
    return m_clock.elapsed();
}

int SimRecorder::recordRequest(const SimExchange &exchange, KeyState key, int status, qint64 ms)
{
    QJsonObject otherHeaders;
    for (const auto &[name, value] : exchange.headers()) {
        if (name.compare("apiKey", Qt::CaseInsensitive) != 0)
            otherHeaders.insert(QString::fromLatin1(name.toLower()), QString::fromLatin1(value));
    }
    QJsonObject entry{{QStringLiteral("method"), exchange.method()},
                      {QStringLiteral("path"), exchange.path()},
                      {QStringLiteral("apiKey"), keyStateName(key)},
                      {QStringLiteral("headers"), otherHeaders},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("ms"), ms},
                      // The wall clock when it was answered: comparable across the devices of a fleet test.
                      {QStringLiteral("answeredAtMs"), QDateTime::currentMSecsSinceEpoch()}};
    // Small bodies (JSON requests) are kept whole; uploads went to a sink and are described by the chunk log.
    constexpr qsizetype kLargestKeptBody = 4096;
    if (!exchange.body().isEmpty() && exchange.body().size() <= kLargestKeptBody)
        entry.insert(QStringLiteral("body"), QString::fromLatin1(exchange.body()));
    m_requests.append(entry);
    qCDebug(lcSim).noquote() << exchange.method() << exchange.path() << "->"
                             << (status == 0 ? QStringLiteral("no answer") : QString::number(status));
    Q_EMIT requestRecorded(entry);
    return int(m_requests.size() - 1);
}

void SimRecorder::recordClientClosed(int requestIndex, qint64 ms)
{
    if (requestIndex < 0 || requestIndex >= m_requests.size())
        return;
    QJsonObject entry = m_requests.at(requestIndex).toObject();
    entry.insert(QStringLiteral("clientClosedMs"), ms);
    m_requests.replace(requestIndex, entry);
}

void SimRecorder::recordStalled(const SimExchange &exchange, KeyState key, qint64 ms)
{
    m_stalled.insert(exchange.connectionId(), recordRequest(exchange, key, 0, ms));
}

void SimRecorder::recordConnectionClosed(quint64 connectionId, qint64 ms)
{
    const auto stalled = m_stalled.constFind(connectionId);
    if (stalled == m_stalled.cend())
        return;
    recordClientClosed(stalled.value(), ms);
    m_stalled.erase(stalled);
}

void SimRecorder::recordPrepare(const QJsonValue &preserveSettings, const QJsonValue &backupNetwork)
{
    m_prepare.append(QJsonObject{{QStringLiteral("preserveSettings"), preserveSettings},
                                 {QStringLiteral("backupNetwork"), backupNetwork}});
}

void SimRecorder::recordChunk(qint64 number, qint64 total, const QString &fileId, qint64 size, int status, qint64 ms)
{
    m_chunks.append(QJsonObject{{QStringLiteral("number"), number},
                                {QStringLiteral("total"), total},
                                {QStringLiteral("fileId"), fileId},
                                {QStringLiteral("size"), size},
                                {QStringLiteral("status"), status},
                                {QStringLiteral("ms"), ms}});
}

void SimRecorder::setUpload(const QJsonObject &upload)
{
    m_upload = upload;
}

void SimRecorder::recordStage(const QString &stage, const QString &status)
{
    m_stageLog.append(QJsonObject{
        {QStringLiteral("stage"), stage}, {QStringLiteral("status"), status}, {QStringLiteral("ms"), elapsedMs()}});
}

void SimRecorder::recordRestartDown(int number)
{
    // The restart cut every connection: no client will hang up on a stalled request now.
    m_stalled.clear();
    m_restarts.append(QJsonObject{{QStringLiteral("number"), number},
                                  {QStringLiteral("downMs"), elapsedMs()},
                                  {QStringLiteral("upMs"), QJsonValue()}});
}

void SimRecorder::recordRestartUp(int number)
{
    for (qsizetype i = m_restarts.size() - 1; i >= 0; --i) {
        QJsonObject entry = m_restarts.at(i).toObject();
        if (entry.value(QStringLiteral("number")).toInt() == number && entry.value(QStringLiteral("upMs")).isNull()) {
            entry.insert(QStringLiteral("upMs"), elapsedMs());
            m_restarts.replace(i, entry);
            return;
        }
    }
}

void SimRecorder::recordConcurrentApplies(int count)
{
    m_maxConcurrentApplies = qMax(m_maxConcurrentApplies, count);
}

void SimRecorder::recordHandshake()
{
    ++m_handshakes;
}

void SimRecorder::addViolation(const QString &violation)
{
    qCWarning(lcSim).noquote() << "client violation:" << violation;
    m_violations.append(violation);
    Q_EMIT violationRecorded(violation);
}

QJsonObject SimRecorder::toJson() const
{
    return QJsonObject{{QStringLiteral("requests"), m_requests},
                       {QStringLiteral("prepare"), m_prepare},
                       {QStringLiteral("chunks"), m_chunks},
                       {QStringLiteral("upload"), m_upload},
                       {QStringLiteral("stageLog"), m_stageLog},
                       {QStringLiteral("restarts"), m_restarts},
                       {QStringLiteral("maxConcurrentApplies"), m_maxConcurrentApplies},
                       {QStringLiteral("handshakes"), m_handshakes},
                       {QStringLiteral("violations"), m_violations}};
}

} // namespace groov::sim
