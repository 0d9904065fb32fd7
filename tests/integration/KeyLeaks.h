#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace groov::test {

// Where an API key could leak, gathered from every output of a run, and searched for the key or any 8 characters of
// it in a row (a key cut short or masked at one end is still a leak).
class KeyLeaks
{
public:
    explicit KeyLeaks(QString key) : m_key(std::move(key)) {}

    // The part of the key found in haystack, or empty.
    [[nodiscard]] static QString leakIn(const QByteArray &haystack, const QString &key);

    void search(const QString &where, const QByteArray &haystack);
    void search(const QString &where, const QString &haystack) { search(where, haystack.toUtf8()); }
    // Every regular file below folder, recursively.
    void searchFolder(const QString &where, const QString &folder);
    // The simulator's record of each request: path, every header but apiKey, and small bodies. Also: only trusted,
    // keyed endpoints got the key, and the commission-status poll never did.
    void searchSimulatorRecord(const QJsonObject &report);

    [[nodiscard]] QStringList found() const { return m_found; }
    [[nodiscard]] int searched() const { return m_searched; }

private:
    QString m_key;
    QStringList m_found;
    int m_searched = 0;
};

} // namespace groov::test
