#include "SecretRedaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QUrl>

#include <algorithm>

namespace groov {

namespace {

// The forms in which an echoed key reaches our text: as sent, percent-encoded (a URL or form body echoed back),
// and escaped as a JSON string value (the key inside a JSON body that is shown raw).
QStringList formsOf(const QByteArray &secret)
{
    const QString plain = QString::fromUtf8(secret);
    const QString percent = QString::fromLatin1(QUrl::toPercentEncoding(plain));
    QString json = QString::fromUtf8(QJsonDocument(QJsonArray{plain}).toJson(QJsonDocument::Compact));
    json = json.mid(2, json.size() - 4); // ["..."] -> ...
    QStringList forms{plain, percent, json};
    forms.removeDuplicates();
    std::sort(forms.begin(), forms.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return forms;
}

} // namespace

namespace {

QJsonValue redactedValue(const SecretRedaction &redaction, const QJsonValue &value)
{
    if (value.isString())
        return redaction.apply(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(redactedValue(redaction, item));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject original = value.toObject();
        for (auto it = original.begin(); it != original.end(); ++it)
            object.insert(redaction.apply(it.key()), redactedValue(redaction, it.value()));
        return object;
    }
    return value;
}

} // namespace

SecretRedaction::SecretRedaction(const QByteArray &secret)
{
    if (secret.size() >= MinimumLength)
        m_forms = formsOf(secret);
}

QString SecretRedaction::placeholder()
{
    return tr("[API key removed]");
}

bool SecretRedaction::isIn(const QString &text) const
{
    return std::any_of(m_forms.cbegin(), m_forms.cend(),
                       [&](const QString &form) { return text.contains(form, Qt::CaseInsensitive); });
}

QString SecretRedaction::apply(const QString &text) const
{
    if (!isIn(text))
        return text;
    QString cleaned = text;
    for (const QString &form : m_forms)
        cleaned.replace(form, placeholder(), Qt::CaseInsensitive);
    return cleaned;
}

QByteArray SecretRedaction::applyToAnswer(const QByteArray &body) const
{
    if (m_forms.isEmpty())
        return body;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return apply(body);
    const QJsonValue original = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    const QJsonValue cleaned = redactedValue(*this, original);
    if (cleaned == original)
        return body;
    return cleaned.isObject() ? QJsonDocument(cleaned.toObject()).toJson(QJsonDocument::Compact)
                              : QJsonDocument(cleaned.toArray()).toJson(QJsonDocument::Compact);
}

QByteArray SecretRedaction::apply(const QByteArray &utf8) const
{
    if (m_forms.isEmpty())
        return utf8;
    const QString text = QString::fromUtf8(utf8);
    return isIn(text) ? apply(text).toUtf8() : utf8;
}

} // namespace groov
