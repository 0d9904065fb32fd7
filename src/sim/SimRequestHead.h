#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace groov::sim {

// The head of an HTTP/1.1 request (request line and header fields) as read off the wire by SimConnection.
class SimRequestHead
{
public:
    // Where the head ends in `bytes` (just past its blank line), or -1 while it is not complete. Leading blank lines,
    // which may trail a previous request, belong to no head.
    [[nodiscard]] static qsizetype endOf(const QByteArray &bytes);
    // nullopt when the request line is not "METHOD target HTTP/x.y".
    [[nodiscard]] static std::optional<SimRequestHead> parse(const QByteArray &head);

    [[nodiscard]] QString method() const { return m_method; }
    // The target's path, percent-decoded, without query or fragment.
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] QList<QPair<QByteArray, QByteArray>> headers() const { return m_headers; }

private:
    QString m_method;
    QString m_path;
    QList<QPair<QByteArray, QByteArray>> m_headers;
};

// A header value that must be a plain decimal number (Content-Length, uploader-*): digits only, no sign, no
// spaces, at most 18 of them; anything else is nullopt, which is the client's mistake.
[[nodiscard]] std::optional<qint64> decimalHeaderValue(const QByteArray &text);

} // namespace groov::sim
