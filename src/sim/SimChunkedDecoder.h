#pragma once

#include <QByteArray>

namespace groov::sim {

// Decodes a body sent with "Transfer-Encoding: chunked" (RFC 9112, section 7.1) as its bytes arrive. Chunk
// extensions and trailer fields are read and dropped; a size line or the trailer section longer than the bounds
// below is malformed, so a client cannot make the server hold an endless line.
class SimChunkedDecoder
{
public:
    static constexpr qsizetype kMaxLineBytes = 4096;
    static constexpr qsizetype kMaxTrailerBytes = 64 * 1024;

    enum class Status { Incomplete, Complete, Malformed };

    // Takes what it can from the front of `input` and appends the data it carries to `data`. Once Complete, what is
    // left in input follows the body (the next request); once Malformed, nothing more is decoded.
    [[nodiscard]] Status decode(QByteArray &input, QByteArray &data);

private:
    enum class Step { Size, Data, DataEnd, Trailer, Done, Failed };

    // One line from input at pos (without its line end), advancing pos past it; false while it is not complete.
    [[nodiscard]] bool takeLine(const QByteArray &input, qsizetype &pos, QByteArray &line);
    [[nodiscard]] Status status() const;

    Step m_step = Step::Size;
    qint64 m_chunkLeft = 0;
    qsizetype m_trailerBytes = 0;
};

} // namespace groov::sim
