#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace groov {

// Removes a secret (the API key) from text before it is shown, logged or written, whatever the text's source: a
// device, or whatever answers in its place, may echo the key it was sent. Any letter case of the key is removed,
// and so are its percent-encoded and JSON-escaped forms. A secret shorter than MinimumLength is not searched for:
// it would mangle ordinary words, and no groov key is that short.
class SecretRedaction
{
    Q_DECLARE_TR_FUNCTIONS(SecretRedaction)

public:
    static constexpr qsizetype MinimumLength = 8;

    SecretRedaction() = default;
    explicit SecretRedaction(const QByteArray &secret);

    // Whether text contains the secret in any of the forms above.
    bool isIn(const QString &text) const;
    [[nodiscard]] QString apply(const QString &text) const;
    [[nodiscard]] QByteArray apply(const QByteArray &utf8) const;
    // A device's answer: a JSON document has the key removed from every string after its escapes are decoded (so
    // "\u0041..." cannot smuggle it past), then is written again; any other body is treated as text.
    [[nodiscard]] QByteArray applyToAnswer(const QByteArray &body) const;

    // What takes the key's place, so a reader sees that something was removed and why.
    static QString placeholder();

private:
    QStringList m_forms; // longest first, so a longer form is never half-replaced by a shorter one
};

} // namespace groov
