#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace groov::sim {

// One part of a multipart/form-data body. The content is a range of the body, so a 25 MB chunk is never copied.
struct MultipartPart
{
    QByteArray name;     // from Content-Disposition: form-data; name="..."
    QByteArray fileName; // empty when the disposition has no filename
    qsizetype offset = 0;
    qsizetype length = 0;
};

// Splits a multipart/form-data body (RFC 7578). Accepts the boundary quoted (as QHttpMultiPart sends it,
// boundary="boundary_.oOo._...") or unquoted.
class MultipartParser
{
public:
    // The boundary parameter of a Content-Type value, or nullopt when it is not multipart/form-data with one.
    [[nodiscard]] static std::optional<QByteArray> boundaryOf(const QByteArray &contentType);
    // nullopt (and *error) when the body is not well-formed for that boundary.
    [[nodiscard]] static std::optional<QList<MultipartPart>> parse(const QByteArray &contentType,
                                                                   const QByteArray &body, QString *error);
};

} // namespace groov::sim
