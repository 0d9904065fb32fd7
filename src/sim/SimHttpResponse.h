#pragma once

#include <QByteArray>

namespace groov::sim {

// How answers are written, for the faults of a hostile device: the head padded to headBytes, and every byte written on
// its own, trickleIntervalMs apart.
struct SimAnswerShape
{
    qint64 headBytes = 0;
    int trickleIntervalMs = 0;
};

// The bytes of an HTTP/1.1 answer with a complete body, as the server writes them to the connection.
class SimHttpResponse
{
public:
    // close: say that the connection ends after this answer.
    // reason: the reason phrase, or empty for the usual one of the status.
    [[nodiscard]] static QByteArray format(int status, const QByteArray &contentType, const QByteArray &body,
                                           bool close, const QByteArray &reason = {});
    // Adds filler header fields (each under 8 KiB, as servers allow) until the head is headBytes long.
    static void padHead(QByteArray &answer, qint64 headBytes);
    // The interim answer to "Expect: 100-continue": send the body.
    [[nodiscard]] static QByteArray continueResponse() { return QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"); }
    [[nodiscard]] static QByteArray reasonPhrase(int status);
};

} // namespace groov::sim
