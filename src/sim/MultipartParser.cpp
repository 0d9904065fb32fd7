#include "MultipartParser.h"

#include <QCoreApplication>

namespace groov::sim {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MultipartParser", text);
}

// Splits "a; b=c; d=\"e;f\"" at the semicolons that are not inside quotes.
QList<QByteArray> splitParameters(const QByteArray &value)
{
    QList<QByteArray> items;
    QByteArray current;
    bool quoted = false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (quoted && c == '\\' && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
            continue;
        }
        if (c == '"')
            quoted = !quoted;
        if (c == ';' && !quoted) {
            items << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    items << current.trimmed();
    return items;
}

QByteArray unquote(const QByteArray &value)
{
    if (value.size() < 2 || !value.startsWith('"') || !value.endsWith('"'))
        return value;
    QByteArray out;
    for (qsizetype i = 1; i + 1 < value.size(); ++i) {
        if (value.at(i) == '\\' && i + 2 < value.size())
            ++i;
        out += value.at(i);
    }
    return out;
}

// The value of parameter `key` (case-insensitive) in a header value with ;-separated parameters.
std::optional<QByteArray> parameter(const QList<QByteArray> &items, const QByteArray &key)
{
    for (qsizetype i = 1; i < items.size(); ++i) {
        const qsizetype eq = items.at(i).indexOf('=');
        if (eq < 0)
            continue;
        if (items.at(i).left(eq).trimmed().compare(key, Qt::CaseInsensitive) == 0)
            return unquote(items.at(i).mid(eq + 1).trimmed());
    }
    return std::nullopt;
}

// The next delimiter at or after `from`: CRLF "--" boundary, then "--" or optional blanks and CRLF. A lookalike
// followed by anything else (the boundary as a prefix of longer text) is content.
qsizetype findDelimiter(const QByteArray &body, const QByteArray &delimiter, qsizetype from)
{
    for (qsizetype at = body.indexOf(delimiter, from); at >= 0; at = body.indexOf(delimiter, at + 1)) {
        qsizetype after = at + delimiter.size();
        if (body.mid(after, 2) == "--")
            return at;
        while (after < body.size() && (body.at(after) == ' ' || body.at(after) == '\t'))
            ++after;
        if (body.mid(after, 2) == "\r\n")
            return at;
    }
    return -1;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool parseHeaders(const QByteArray &block, MultipartPart *part, QString *error)
{
    bool sawDisposition = false;
    for (const QByteArray &line : block.split('\n')) {
        const QByteArray header = line.trimmed();
        if (header.isEmpty())
            continue;
        const qsizetype colon = header.indexOf(':');
        if (colon <= 0)
            return fail(error, tr("A part has a malformed header line."));
        if (header.left(colon).trimmed().compare("content-disposition", Qt::CaseInsensitive) != 0)
            continue;
        const QList<QByteArray> items = splitParameters(header.mid(colon + 1));
        if (items.isEmpty() || items.first().compare("form-data", Qt::CaseInsensitive) != 0)
            return fail(error, tr("A part's Content-Disposition is not form-data."));
        const auto name = parameter(items, "name");
        if (!name)
            return fail(error, tr("A part's Content-Disposition has no name."));
        part->name = *name;
        part->fileName = parameter(items, "filename").value_or(QByteArray());
        sawDisposition = true;
    }
    if (!sawDisposition)
        return fail(error, tr("A part has no Content-Disposition header."));
    return true;
}

} // namespace

std::optional<QByteArray> MultipartParser::boundaryOf(const QByteArray &contentType)
{
    const QList<QByteArray> items = splitParameters(contentType);
    if (items.isEmpty() || items.first().compare("multipart/form-data", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const auto boundary = parameter(items, "boundary");
    // RFC 2046: 1 to 70 characters.
    if (!boundary || boundary->isEmpty() || boundary->size() > 70)
        return std::nullopt;
    return boundary;
}

std::optional<QList<MultipartPart>> MultipartParser::parse(const QByteArray &contentType, const QByteArray &body,
                                                           QString *error)
{
    const auto boundary = boundaryOf(contentType);
    if (!boundary) {
        fail(error, tr("The Content-Type is not multipart/form-data with a boundary."));
        return std::nullopt;
    }
    const QByteArray dashBoundary = "--" + *boundary;
    const QByteArray delimiter = "\r\n" + dashBoundary;

    // The first boundary may open the body or follow a preamble.
    qsizetype position;
    if (body.startsWith(dashBoundary)) {
        position = dashBoundary.size();
    } else {
        const qsizetype first = findDelimiter(body, delimiter, 0);
        if (first < 0) {
            fail(error, tr("The body does not contain the boundary."));
            return std::nullopt;
        }
        position = first + delimiter.size();
    }

    QList<MultipartPart> parts;
    for (;;) {
        // After a boundary: "--" ends the body; otherwise optional padding, then CRLF and a part.
        if (body.mid(position, 2) == "--")
            return parts;
        while (position < body.size() && (body.at(position) == ' ' || body.at(position) == '\t'))
            ++position;
        if (body.mid(position, 2) != "\r\n") {
            fail(error, tr("A boundary is not followed by a line break."));
            return std::nullopt;
        }
        position += 2;

        const qsizetype headersEnd = body.indexOf("\r\n\r\n", position - 2);
        if (headersEnd < 0) {
            fail(error, tr("A part's headers are not terminated."));
            return std::nullopt;
        }
        MultipartPart part;
        const QByteArray headerBlock = headersEnd > position ? body.mid(position, headersEnd - position) : QByteArray();
        if (!parseHeaders(headerBlock, &part, error))
            return std::nullopt;
        const qsizetype contentStart = headersEnd + 4;
        const qsizetype next = findDelimiter(body, delimiter, contentStart - 2);
        if (next < 0) {
            fail(error, tr("The body ends without a closing boundary."));
            return std::nullopt;
        }
        part.offset = contentStart;
        part.length = qMax<qsizetype>(0, next - contentStart);
        parts << part;
        position = next + delimiter.size();
    }
}

} // namespace groov::sim
