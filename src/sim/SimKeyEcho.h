#pragma once

#include <QByteArray>

namespace groov::sim {

// The echo-key fault: a device (or whatever answers in its place) that quotes the apiKey header it received in every
// text it sends back, as a debugging proxy or a careless error page does. A client must never show or store it.
class SimKeyEcho
{
public:
    // The usual reason phrase, with the key after it.
    [[nodiscard]] static QByteArray reason(const QByteArray &usualReason, const QByteArray &key);
    // A JSON answer gets the key appended to each message, version and model text, and an errorData object quoting
    // it in every object that has an errorCode; any other body gets it appended.
    [[nodiscard]] static QByteArray body(const QByteArray &body, const QByteArray &key);
};

} // namespace groov::sim
