#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace groov::sim {

// The headers of one part of a multipart/form-data body.
struct MultipartPart
{
    QByteArray name;     // from Content-Disposition: form-data; name="..."
    QByteArray fileName; // empty when the disposition has no filename
};

// Splits a multipart/form-data body (RFC 7578) as it arrives, in pieces of any size: a boundary may be cut anywhere.
// Each part's content goes to the receiver as it is recognised, so a 25 MB chunk is never held. Accepts the boundary
// quoted (as QHttpMultiPart sends it, boundary="boundary_.oOo._...") or unquoted.
class MultipartParser
{
public:
    class Receiver
    {
    public:
        virtual ~Receiver() = default;
        virtual void partBegan(const MultipartPart &part) = 0;
        // The next bytes of the part that began last.
        virtual void partContent(const char *data, qsizetype size) = 0;
    };

    // A Content-Type that is not multipart/form-data with a boundary makes a parser that has already failed.
    MultipartParser(const QByteArray &contentType, Receiver *receiver);

    // The boundary parameter of a Content-Type value, or nullopt when it is not multipart/form-data with one.
    [[nodiscard]] static std::optional<QByteArray> boundaryOf(const QByteArray &contentType);

    // The next bytes of the body. Returns false once the body is known to be malformed.
    bool feed(const char *data, qsizetype size);
    // The body is over: true when it was well-formed and complete.
    [[nodiscard]] bool finish();
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    enum class State { Opening, Preamble, Headers, Content, Epilogue, Failed };
    // Where a possible delimiter stands: in "CRLF--boundary" itself, or in what must follow it ("--" closes the body;
    // blanks then CRLF start the next part).
    enum class Match { Delimiter, AfterDelimiter, Dash, Blanks, LineFeed };
    enum class Step { Pending, Complete, Closing, Failed };

    Step matchDelimiter(char c);
    // alreadyMatched: 2 where a CRLF that is not content may begin the delimiter (body start, end of part headers).
    void resetMatch(int alreadyMatched);
    void fail(const QString &message);
    qsizetype feedHeaders(const char *data, qsizetype size);
    qsizetype feedDelimited(const char *data, qsizetype size);

    Receiver *m_receiver;
    QByteArray m_delimiter; // CRLF "--" boundary
    State m_state = State::Opening;
    Match m_match = Match::Delimiter;
    int m_matched = 0;    // bytes of m_delimiter matched so far
    QByteArray m_held;    // bytes matched since then, held back while they may still turn out to be a delimiter
    QByteArray m_headers; // a part's header block so far, from the CRLF that ended its boundary line
    QString m_error;
};

} // namespace groov::sim
