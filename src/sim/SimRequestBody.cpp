#include "SimRequestBody.h"

#include "SimExchange.h"
#include "SimRequestHead.h"

#include <QIODevice>

#include <algorithm>

namespace groov::sim {

std::optional<SimRequestBody> SimRequestBody::framedBy(const SimExchange &exchange)
{
    SimRequestBody body;
    if (exchange.hasHeader("transfer-encoding")) {
        if (exchange.hasHeader("content-length") ||
            exchange.header("transfer-encoding").trimmed().compare("chunked", Qt::CaseInsensitive) != 0)
            return std::nullopt;
        body.m_chunked = true;
        return body;
    }
    if (exchange.hasHeader("content-length")) {
        const std::optional<qint64> length = decimalHeaderValue(exchange.header("content-length").trimmed());
        if (!length)
            return std::nullopt;
        body.m_remaining = *length;
    }
    return body;
}

std::optional<qint64> SimRequestBody::announcedLength() const
{
    if (m_chunked)
        return std::nullopt;
    return m_remaining;
}

SimRequestBody::Status SimRequestBody::read(QByteArray &input, QIODevice &connection, const Taker &take)
{
    return m_chunked ? readChunked(input, connection, take) : readLength(input, connection, take);
}

SimRequestBody::Status SimRequestBody::readLength(QByteArray &input, QIODevice &connection, const Taker &take)
{
    const qsizetype buffered = qsizetype(std::min<qint64>(m_remaining, input.size()));
    if (buffered > 0) {
        if (!take(input.constData(), buffered))
            return Status::Refused;
        input.remove(0, buffered);
        m_remaining -= buffered;
    }
    while (m_remaining > 0 && connection.bytesAvailable() > 0) {
        // One buffer for the whole body: a new 256 KB one per read costs a page fault per 4 KB it is written to.
        if (m_piece.size() < kReadPiece)
            m_piece.resize(kReadPiece);
        const qint64 got =
            connection.read(m_piece.data(), std::min({m_remaining, connection.bytesAvailable(), kReadPiece}));
        if (got <= 0)
            break;
        if (!take(m_piece.constData(), got))
            return Status::Refused;
        m_remaining -= got;
    }
    return m_remaining == 0 ? Status::Complete : Status::Incomplete;
}

SimRequestBody::Status SimRequestBody::readChunked(QByteArray &input, QIODevice &connection, const Taker &take)
{
    for (;;) {
        QByteArray data;
        const SimChunkedDecoder::Status status = m_decoder.decode(input, data);
        if (!data.isEmpty() && !take(data.constData(), data.size()))
            return Status::Refused;
        if (status == SimChunkedDecoder::Status::Complete)
            return Status::Complete;
        if (status == SimChunkedDecoder::Status::Malformed)
            return Status::Malformed;
        if (connection.bytesAvailable() <= 0)
            return Status::Incomplete;
        input += connection.read(std::min(connection.bytesAvailable(), kReadPiece));
    }
}

} // namespace groov::sim
