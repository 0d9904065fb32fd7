#include "MultipartParser.h"

#include <QCoreApplication>
#include <QList>

#include <cstring>

namespace groov::sim {

namespace {

// Generous for a part's headers (QHttpMultiPart sends two short lines); beyond it the body is not what it claims.
constexpr qsizetype kMaxHeaderBlock = 64 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("groov::sim::MultipartParser", text);
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

// The part's name and file name from its header lines, or nullopt with *error.
std::optional<MultipartPart> parseHeaders(const QByteArray &block, QString *error)
{
    std::optional<MultipartPart> part;
    for (const QByteArray &line : block.split('\n')) {
        const QByteArray header = line.trimmed();
        if (header.isEmpty())
            continue;
        const qsizetype colon = header.indexOf(':');
        if (colon <= 0) {
            *error = tr("A part has a malformed header line.");
            return std::nullopt;
        }
        if (header.left(colon).trimmed().compare("content-disposition", Qt::CaseInsensitive) != 0)
            continue;
        const QList<QByteArray> items = splitParameters(header.mid(colon + 1));
        if (items.isEmpty() || items.first().compare("form-data", Qt::CaseInsensitive) != 0) {
            *error = tr("A part's Content-Disposition is not form-data.");
            return std::nullopt;
        }
        const auto name = parameter(items, "name");
        if (!name) {
            *error = tr("A part's Content-Disposition has no name.");
            return std::nullopt;
        }
        part = MultipartPart{*name, parameter(items, "filename").value_or(QByteArray())};
    }
    if (!part)
        *error = tr("A part has no Content-Disposition header.");
    return part;
}

} // namespace

MultipartParser::MultipartParser(const QByteArray &contentType, Receiver *receiver) : m_receiver(receiver)
{
    const auto boundary = boundaryOf(contentType);
    if (!boundary) {
        fail(tr("The Content-Type is not multipart/form-data with a boundary."));
        return;
    }
    m_delimiter = "\r\n--" + *boundary;
    // The body may open with the boundary itself, as though a line break came before it.
    resetMatch(2);
}

std::optional<QByteArray> MultipartParser::boundaryOf(const QByteArray &contentType)
{
    const QList<QByteArray> items = splitParameters(contentType);
    if (items.isEmpty() || items.first().compare("multipart/form-data", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const auto boundary = parameter(items, "boundary");
    // RFC 2046: 1 to 70 characters, none of them a line break.
    if (!boundary || boundary->isEmpty() || boundary->size() > 70 || boundary->contains('\r') ||
        boundary->contains('\n'))
        return std::nullopt;
    return boundary;
}

void MultipartParser::fail(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
    m_held.clear();
    m_headers.clear();
}

void MultipartParser::resetMatch(int alreadyMatched)
{
    m_match = Match::Delimiter;
    m_matched = alreadyMatched;
    m_held.clear();
}

bool MultipartParser::feed(const char *data, qsizetype size)
{
    while (size > 0) {
        qsizetype used = 0;
        switch (m_state) {
        case State::Failed:
            return false;
        case State::Epilogue:
            return true; // whatever follows the closing boundary is ignored
        case State::Headers:
            used = feedHeaders(data, size);
            break;
        case State::Opening:
        case State::Preamble:
        case State::Content:
            used = feedDelimited(data, size);
            break;
        }
        data += used;
        size -= used;
    }
    return m_state != State::Failed;
}

bool MultipartParser::finish()
{
    switch (m_state) {
    case State::Epilogue:
        return true;
    case State::Failed:
        return false;
    case State::Opening:
        fail(m_match == Match::Delimiter ? tr("The body does not contain the boundary.")
                                         : tr("A boundary is not followed by a line break."));
        return false;
    case State::Preamble:
        fail(tr("The body does not contain the boundary."));
        return false;
    case State::Headers:
        fail(tr("A part's headers are not terminated."));
        return false;
    case State::Content:
        fail(tr("The body ends without a closing boundary."));
        return false;
    }
    return false;
}

MultipartParser::Step MultipartParser::matchDelimiter(char c)
{
    switch (m_match) {
    case Match::Delimiter:
        if (c != m_delimiter.at(m_matched))
            return Step::Failed;
        if (++m_matched == m_delimiter.size())
            m_match = Match::AfterDelimiter;
        break;
    case Match::AfterDelimiter:
        if (c == '-')
            m_match = Match::Dash;
        else if (c == ' ' || c == '\t')
            m_match = Match::Blanks;
        else if (c == '\r')
            m_match = Match::LineFeed;
        else
            return Step::Failed;
        break;
    case Match::Dash:
        return c == '-' ? Step::Closing : Step::Failed;
    case Match::Blanks:
        if (c == '\r')
            m_match = Match::LineFeed;
        else if (c != ' ' && c != '\t')
            return Step::Failed;
        break;
    case Match::LineFeed:
        return c == '\n' ? Step::Complete : Step::Failed;
    }
    m_held.append(c);
    return Step::Pending;
}

qsizetype MultipartParser::feedDelimited(const char *data, qsizetype size)
{
    const auto passOn = [this](const char *bytes, qsizetype count) {
        if (m_state == State::Content && count > 0)
            m_receiver->partContent(bytes, count);
    };
    qsizetype i = 0;
    qsizetype run = 0;                             // the content from here on has not been passed on yet
    qsizetype matchStart = m_matched > 0 ? -1 : 0; // where a possible delimiter began; -1: in an earlier piece
    while (i < size) {
        if (m_matched == 0) {
            // Only a CR can begin a delimiter: skip to the next one.
            const auto *cr = static_cast<const char *>(std::memchr(data + i, '\r', size_t(size - i)));
            if (!cr) {
                i = size;
                break;
            }
            i = cr - data;
            matchStart = i;
        }
        const Step step = matchDelimiter(data[i]);
        if (step == Step::Pending) {
            ++i;
            continue;
        }
        if (step == Step::Failed) {
            if (m_state == State::Opening) {
                // The body opened with the boundary, but not with a whole boundary line.
                if (m_match != Match::Delimiter) {
                    fail(tr("A boundary is not followed by a line break."));
                    return i;
                }
                m_state = State::Preamble;
            }
            // A lookalike: the bytes held back are content after all. Those from this piece are still part of the
            // run; those from earlier pieces go now. The byte that broke the match may begin the real delimiter (the
            // boundary holds no CR, so none can begin inside the held bytes).
            if (matchStart < 0) {
                passOn(m_held.constData(), m_held.size());
                run = i;
            }
            resetMatch(0);
            continue;
        }
        passOn(data + run, qMax<qsizetype>(matchStart, run) - run);
        m_state = step == Step::Closing ? State::Epilogue : State::Headers;
        if (m_state == State::Headers)
            m_headers = "\r\n";
        m_held.clear();
        return i + 1;
    }
    // A delimiter still pending at the end of the piece stays held back.
    passOn(data + run, (m_matched > 0 ? qMax<qsizetype>(matchStart, run) : size) - run);
    return size;
}

qsizetype MultipartParser::feedHeaders(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        m_headers.append(data[i]);
        if (data[i] != '\n' || !m_headers.endsWith("\r\n\r\n")) {
            if (m_headers.size() > kMaxHeaderBlock) {
                fail(tr("A part's headers are longer than %1 bytes.").arg(kMaxHeaderBlock));
                return i + 1;
            }
            continue;
        }
        // The block began with the CRLF of the boundary line; the header lines sit between that and the blank line.
        const qsizetype end = m_headers.size() - 4;
        const QByteArray lines = end > 2 ? m_headers.mid(2, end - 2) : QByteArray();
        m_headers.clear();
        QString error;
        const std::optional<MultipartPart> part = parseHeaders(lines, &error);
        if (!part) {
            fail(error);
            return i + 1;
        }
        m_state = State::Content;
        // The CRLF that ended the headers may also be the one that begins the delimiter (an empty part).
        resetMatch(2);
        m_receiver->partBegan(*part);
        return i + 1;
    }
    return size;
}

} // namespace groov::sim
