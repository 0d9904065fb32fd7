#pragma once

#include <QByteArray>

namespace groov::sim {

// The bytes of an HTTP/1.1 answer with a complete body, as the server writes them to the connection.
class SimHttpResponse
{
public:
    // close: say that the connection ends after this answer.
    [[nodiscard]] static QByteArray format(int status, const QByteArray &contentType, const QByteArray &body,
                                           bool close);
    // The interim answer to "Expect: 100-continue": send the body.
    [[nodiscard]] static QByteArray continueResponse() { return QByteArrayLiteral("HTTP/1.1 100 Continue\r\n\r\n"); }
    [[nodiscard]] static QByteArray reasonPhrase(int status);
};

} // namespace groov::sim
