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
        const QByteArray piece = connection.read(std::min({m_remaining, connection.bytesAvailable(), kReadPiece}));
        if (piece.isEmpty())
            break;
        if (!take(piece.constData(), piece.size()))
            return Status::Refused;
        m_remaining -= piece.size();
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
