// libFuzzer harness: the simulator's multipart/form-data parser (MultipartParser). The input's first line is the
// Content-Type, the rest the body. The body is parsed whole, then again cut into pieces at positions derived from the
// input, so that the incremental paths (a boundary cut anywhere) run; both must give the same result.
#include "FuzzCheck.h"
#include "MultipartParser.h"

#include <QList>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using groov::sim::MultipartParser;
using groov::sim::MultipartPart;

namespace {

constexpr qsizetype MaxContentTypeLine = 512;

struct Outcome
{
    QList<MultipartPart> parts;
    QList<QByteArray> contents;
    qsizetype contentBytes = 0;
    bool fedOk = true;
    bool finished = false;
    QString error;

    bool operator==(const Outcome &other) const
    {
        if (parts.size() != other.parts.size())
            return false;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            if (parts.at(i).name != other.parts.at(i).name || parts.at(i).fileName != other.parts.at(i).fileName)
                return false;
        }
        return contents == other.contents && fedOk == other.fedOk && finished == other.finished && error == other.error;
    }
};

class Collector : public MultipartParser::Receiver
{
public:
    Outcome outcome;

    void partBegan(const MultipartPart &part) override
    {
        outcome.parts.append(part);
        outcome.contents.append(QByteArray());
    }
    void partContent(const char *data, qsizetype size) override
    {
        FUZZ_CHECK(!outcome.parts.isEmpty()); // content belongs to a part that began
        FUZZ_CHECK(size > 0);
        outcome.contents.last().append(data, size);
        outcome.contentBytes += size;
    }
};

// Cut positions in [0, size], ascending, from a small deterministic generator seeded with the input.
QList<qsizetype> cutsFor(const QByteArray &input, qsizetype size)
{
    quint64 state = 0xcbf29ce484222325ull; // FNV-1a of the input
    for (const char c : input)
        state = (state ^ quint8(c)) * 0x100000001b3ull;
    const auto next = [&state] {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    };
    QList<qsizetype> cuts;
    if (size == 0)
        return cuts;
    if (next() % 4 == 0 && size <= 4096) {
        // One byte at a time: every possible cut at once.
        for (qsizetype i = 1; i < size; ++i)
            cuts.append(i);
        return cuts;
    }
    const int count = int(next() % 8) + 1;
    for (int i = 0; i < count; ++i)
        cuts.append(qsizetype(next() % quint64(size + 1)));
    std::sort(cuts.begin(), cuts.end());
    return cuts;
}

Outcome parse(const QByteArray &contentType, const QByteArray &body, const QList<qsizetype> &cuts)
{
    Collector collector;
    MultipartParser parser(contentType, &collector);
    qsizetype from = 0;
    QList<qsizetype> ends = cuts;
    ends.append(body.size());
    for (const qsizetype end : ends) {
        if (!parser.feed(body.constData() + from, end - from))
            collector.outcome.fedOk = false;
        from = end;
    }
    collector.outcome.finished = parser.finish();
    collector.outcome.error = parser.errorString();
    // A parser never passes on more bytes than it was given, nor reports success with an error.
    FUZZ_CHECK(collector.outcome.contentBytes <= body.size());
    FUZZ_CHECK(collector.outcome.finished == collector.outcome.error.isEmpty());
    if (collector.outcome.finished)
        FUZZ_CHECK(collector.outcome.fedOk);
    return collector.outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype lineEnd = input.indexOf('\n');
    if (lineEnd < 0 || lineEnd > MaxContentTypeLine)
        return 0;
    const QByteArray contentType = input.left(lineEnd);
    const QByteArray body = input.mid(lineEnd + 1);

    if (const auto boundary = MultipartParser::boundaryOf(contentType)) {
        FUZZ_CHECK(!boundary->isEmpty() && boundary->size() <= 70);
        FUZZ_CHECK(!boundary->contains('\r') && !boundary->contains('\n'));
    }

    const Outcome whole = parse(contentType, body, {});
    const Outcome pieces = parse(contentType, body, cutsFor(input, body.size()));
    FUZZ_CHECK(whole == pieces);
    return 0;
}
