#include "KeyLeaks.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace groov::test {

QString KeyLeaks::leakIn(const QByteArray &haystack, const QString &key)
{
    constexpr qsizetype kWindow = 8;
    const QString text = QString::fromUtf8(haystack);
    if (text.contains(key))
        return key;
    for (qsizetype i = 0; i + kWindow <= key.size(); ++i) {
        const QString window = key.mid(i, kWindow);
        if (text.contains(window))
            return window;
    }
    return {};
}

void KeyLeaks::search(const QString &where, const QByteArray &haystack)
{
    ++m_searched;
    const QString leaked = leakIn(haystack, m_key);
    if (!leaked.isEmpty())
        m_found << QStringLiteral("\"%1\" in %2").arg(leaked, where);
}

void KeyLeaks::searchFolder(const QString &where, const QString &folder)
{
    QDirIterator files(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        const QString path = files.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            search(where + QLatin1Char(' ') + path.mid(folder.size()), file.readAll());
        else
            m_found << QStringLiteral("%1: cannot read %2 to search it").arg(where, path);
    }
}

void KeyLeaks::searchSimulatorRecord(const QJsonObject &report)
{
    const QJsonArray requests = report.value(QLatin1String("requests")).toArray();
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        const QString path = request.value(QLatin1String("path")).toString();
        const QString where = QStringLiteral("the simulator's record of %1 %2")
                                  .arg(request.value(QLatin1String("method")).toString(), path);
        QJsonObject withoutKeyState = request;
        withoutKeyState.remove(QLatin1String("apiKey"));
        search(where, QJsonDocument(withoutKeyState).toJson());
        if (!request.contains(QLatin1String("headers")))
            m_found << where + QStringLiteral(" has no header list to search");
        if (path.contains(QLatin1String("commission")) &&
            request.value(QLatin1String("apiKey")).toString() != QLatin1String("absent"))
            m_found << where + QStringLiteral(": the commission-status poll carried an apiKey header");
    }
    search(QStringLiteral("the simulator's whole record"), QJsonDocument(report).toJson());
}

} // namespace groov::test
