#pragma once

#include "SimChunkedDecoder.h"

#include <QByteArray>

#include <functional>
#include <optional>

class QIODevice;

namespace groov::sim {

class SimExchange;

// The body of one request, read off its connection as it arrives: as many bytes as its Content-Length says, or a
// chunked body, decoded. What follows the body is left where it is, for the next request.
class SimRequestBody
{
public:
    enum class Status { Incomplete, Complete, Malformed, Refused };
    // Given every piece as it arrives; false refuses it, and the read stops there (Refused).
    using Taker = std::function<bool(const char *data, qint64 size)>;
    // How much is taken off the connection at a time: a 25 MB chunk upload passes through in pieces this big.
    static constexpr qint64 kReadPiece = 256 * 1024;

    // How the request's head says its body ends (no body when it says nothing); nullopt when it says so in a way the
    // server refuses: a Content-Length that is not a plain decimal, a length and a transfer coding both, or a coding
    // other than chunked. Guessing there would let the server and the client disagree on where the next request
    // starts.
    [[nodiscard]] static std::optional<SimRequestBody> framedBy(const SimExchange &exchange);

    // The length the head announced; nullopt for a chunked body, whose length is known only at its end.
    [[nodiscard]] std::optional<qint64> announcedLength() const;
    // Reads what there is of the body: first from input (bytes already taken off the connection), then from the
    // connection itself, handing every piece to take as it comes.
    [[nodiscard]] Status read(QByteArray &input, QIODevice &connection, const Taker &take);

private:
    SimRequestBody() = default;

    [[nodiscard]] Status readLength(QByteArray &input, QIODevice &connection, const Taker &take);
    [[nodiscard]] Status readChunked(QByteArray &input, QIODevice &connection, const Taker &take);

    bool m_chunked = false;
    qint64 m_remaining = 0; // of a body with a length
    QByteArray m_piece;     // what the last read of a body with a length took off the connection
    SimChunkedDecoder m_decoder;
};

} // namespace groov::sim
