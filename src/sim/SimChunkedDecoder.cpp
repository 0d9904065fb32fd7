#include "SimChunkedDecoder.h"

#include <algorithm>
#include <optional>

namespace groov::sim {

namespace {

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The chunk size at the start of a size line: hex digits, then nothing or an extension (";..."). At most 15
// digits, so the size fits in a qint64.
std::optional<qint64> chunkSize(const QByteArray &line)
{
    const qsizetype semicolon = line.indexOf(';');
    const QByteArray digits = (semicolon < 0 ? line : line.left(semicolon)).trimmed();
    if (digits.isEmpty() || digits.size() > 15)
        return std::nullopt;
    qint64 size = 0;
    for (const char c : digits) {
        const int digit = hexDigit(c);
        if (digit < 0)
            return std::nullopt;
        size = size * 16 + digit;
    }
    return size;
}

} // namespace

SimChunkedDecoder::Status SimChunkedDecoder::decode(QByteArray &input, QByteArray &data)
{
    qsizetype pos = 0;
    QByteArray line;
    while (m_step != Step::Done && m_step != Step::Failed) {
        if (m_step == Step::Data) {
            const qsizetype take = qsizetype(std::min<qint64>(m_chunkLeft, input.size() - pos));
            if (take == 0)
                break;
            data.append(input.constData() + pos, take);
            pos += take;
            m_chunkLeft -= take;
            if (m_chunkLeft == 0)
                m_step = Step::DataEnd;
            continue;
        }
        if (!takeLine(input, pos, line))
            break;
        if (m_step == Step::Size) {
            const std::optional<qint64> size = chunkSize(line);
            m_chunkLeft = size.value_or(0);
            m_step = !size ? Step::Failed : *size == 0 ? Step::Trailer : Step::Data;
        } else if (m_step == Step::DataEnd) {
            // The data must end exactly where its size said.
            m_step = line.isEmpty() ? Step::Size : Step::Failed;
        } else if (line.isEmpty()) {
            m_step = Step::Done; // the blank line that ends the trailer section
        }
    }
    input.remove(0, pos);
    return status();
}

bool SimChunkedDecoder::takeLine(const QByteArray &input, qsizetype &pos, QByteArray &line)
{
    const qsizetype lf = input.indexOf('\n', pos);
    const qsizetype length = (lf < 0 ? input.size() : lf + 1) - pos;
    if (m_step == Step::Trailer)
        m_trailerBytes += lf < 0 ? 0 : length;
    if (length > kMaxLineBytes || m_trailerBytes > kMaxTrailerBytes) {
        m_step = Step::Failed;
        return false;
    }
    if (lf < 0)
        return false;
    line = input.mid(pos, lf - pos);
    if (line.endsWith('\r'))
        line.chop(1);
    pos = lf + 1;
    return true;
}

SimChunkedDecoder::Status SimChunkedDecoder::status() const
{
    switch (m_step) {
    case Step::Done:
        return Status::Complete;
    case Step::Failed:
        return Status::Malformed;
    default:
        break;
    }
    return Status::Incomplete;
}

} // namespace groov::sim
