#include "SimKeyEcho.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace groov::sim {

namespace {

QJsonValue echoed(const QJsonValue &value, const QString &key)
{
    static const QStringList texts{QStringLiteral("message"), QStringLiteral("errorMessage"), QStringLiteral("version"),
                                   QStringLiteral("part")};
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(echoed(item, key));
        return array;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString() && texts.contains(it.key()))
            it.value() = QString(it.value().toString() + QStringLiteral(" (request had apiKey: ") + key + u')');
        else
            it.value() = echoed(it.value(), key);
    }
    if (object.contains(QLatin1String("errorCode")))
        object.insert(QStringLiteral("errorData"),
                      QJsonObject{{QStringLiteral("requestHeaders"), QJsonObject{{QStringLiteral("apiKey"), key}}}});
    return object;
}

} // namespace

QByteArray SimKeyEcho::reason(const QByteArray &usualReason, const QByteArray &key)
{
    return usualReason + " (apiKey " + key + ')';
}

QByteArray SimKeyEcho::body(const QByteArray &body, const QByteArray &key)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return body + " [apiKey: " + key + ']';
    const QJsonValue answer = echoed(document.object(), QString::fromUtf8(key));
    return QJsonDocument(answer.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace groov::sim
