#include "SimRequestHead.h"

#include <QUrl>

#include <cctype>

namespace groov::sim {

qsizetype SimRequestHead::endOf(const QByteArray &bytes)
{
    // A head ends at an empty line after some text; line ends may be CRLF or a bare LF. The first text is found
    // once: copying the bytes before every line feed would take time that grows with the square of the head.
    qsizetype firstText = 0;
    while (firstText < bytes.size() && std::isspace(static_cast<unsigned char>(bytes.at(firstText))))
        ++firstText;
    for (qsizetype lf = bytes.indexOf('\n', firstText); lf >= 0; lf = bytes.indexOf('\n', lf + 1)) {
        qsizetype next = lf + 1;
        if (next < bytes.size() && bytes.at(next) == '\r')
            ++next;
        if (next < bytes.size() && bytes.at(next) == '\n')
            return next + 1;
    }
    return -1;
}

std::optional<SimRequestHead> SimRequestHead::parse(const QByteArray &head)
{
    QList<QByteArray> lines = head.trimmed().split('\n');
    const QList<QByteArray> words = lines.takeFirst().simplified().split(' ');
    if (words.size() != 3 || words.at(0).isEmpty() || words.at(1).isEmpty() || !words.at(2).startsWith("HTTP/"))
        return std::nullopt;

    SimRequestHead parsed;
    parsed.m_method = QString::fromLatin1(words.at(0));
    parsed.m_path = QUrl::fromEncoded(words.at(1)).path();
    for (const QByteArray &line : lines) {
        if (line.startsWith(' ') || line.startsWith('\t')) {
            // An obsolete folded line continues the previous field.
            if (!parsed.m_headers.isEmpty())
                parsed.m_headers.last().second += ' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        parsed.m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return parsed;
}

std::optional<qint64> decimalHeaderValue(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    return text.toLongLong();
}

} // namespace groov::sim
