#include "MultipartParser.h"

#include <QRandomGenerator>
#include <QTest>

using groov::sim::MultipartParser;
using groov::sim::MultipartPart;

namespace {

struct ParsedPart
{
    QByteArray name;
    QByteArray fileName;
    QByteArray content;

    bool operator==(const ParsedPart &other) const
    {
        return name == other.name && fileName == other.fileName && content == other.content;
    }
};

// What a parser made of a body: its parts as they were reported, and whether (and why) it failed.
struct Outcome
{
    QList<ParsedPart> parts;
    bool ok = false;
    QString error;
    int contentCalls = 0;
};

class Collector : public MultipartParser::Receiver
{
public:
    Outcome outcome;

    void partBegan(const MultipartPart &part) override { outcome.parts.append({part.name, part.fileName, {}}); }
    void partContent(const char *data, qsizetype size) override
    {
        QVERIFY(!outcome.parts.isEmpty());
        QVERIFY(size > 0);
        outcome.parts.last().content.append(data, size);
        ++outcome.contentCalls;
    }
};

// Feeds the body cut at the given offsets (ascending), then ends it.
Outcome parseInPieces(const QByteArray &contentType, const QByteArray &body, const QList<qsizetype> &cuts)
{
    Collector collector;
    MultipartParser parser(contentType, &collector);
    qsizetype from = 0;
    QList<qsizetype> ends = cuts;
    ends << body.size();
    for (const qsizetype end : ends) {
        parser.feed(body.constData() + from, end - from);
        from = end;
    }
    collector.outcome.ok = parser.finish();
    collector.outcome.error = parser.errorString();
    return collector.outcome;
}

Outcome parseWhole(const QByteArray &contentType, const QByteArray &body)
{
    return parseInPieces(contentType, body, {});
}

const QByteArray kType = "multipart/form-data; boundary=b";

QByteArray sampleBody(const QByteArray &name)
{
    if (name == "qt")
        return "--boundary_.oOo._MTIz\r\n"
               "Content-Type: application/octet-stream\r\n"
               "Content-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n"
               "\r\n"
               "\x01\x02\r\n\x03\r\r\n-"
               "\r\n--boundary_.oOo._MTIz--\r\n";
    if (name == "two parts and preamble")
        return "ignored preamble\r\n--b\r\n"
               "content-disposition: form-data; name=a\r\n\r\n"
               "first\r\n--b\r\n"
               "Content-Disposition: form-data; name=\"b\"\r\n\r\n"
               "second\r\n--b--";
    if (name == "lookalikes")
        return "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n"
               "--b inside\r\n-b\r\n--bx is not it\r\n--b-x nor this\r\n--b \tnor\r\n--b\r\r\n--b\r"
               "\r\n--b  \t\r\n"
               "Content-Disposition: form-data; name=\"second\"\r\n\r\n\r\n\r\n--b--epilogue \r\n--b\r\n";
    if (name == "empty content")
        return "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n\r\n--b--\r\n";
    if (name == "empty content sharing the line break")
        return "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n--b--";
    return QByteArray();
}

QByteArray typeOf(const QByteArray &sample)
{
    return sample == "qt" ? QByteArray("multipart/form-data; boundary=\"boundary_.oOo._MTIz\"") : kType;
}

} // namespace

class TestMultipartParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void boundaryQuotedAndUnquoted_data();
    void boundaryQuotedAndUnquoted();
    void rejectsOtherContentTypes();
    void parsesOnePart();
    void parsesTwoPartsAndPreamble();
    void contentMayContainBoundaryLookalikes();
    void emptyContent();
    void sameResultWhereverTheBodyIsCut_data();
    void sameResultWhereverTheBodyIsCut();
    void sameResultOneByteAtATime_data();
    void sameResultOneByteAtATime();
    void largeContentInRandomPieces();
    void rejectsMalformedBodies_data();
    void rejectsMalformedBodies();
    void malformedBodiesFailTheSameWhereverCut_data();
    void malformedBodiesFailTheSameWhereverCut();
};

void TestMultipartParser::boundaryQuotedAndUnquoted_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("boundary");
    // QHttpMultiPart sends the boundary quoted.
    QTest::newRow("qt quoted") << QByteArray("multipart/form-data; boundary=\"boundary_.oOo._MTIzNDU2Nzg5\"")
                               << QByteArray("boundary_.oOo._MTIzNDU2Nzg5");
    QTest::newRow("unquoted") << QByteArray("multipart/form-data; boundary=----abc123") << QByteArray("----abc123");
    QTest::newRow("case and spacing") << QByteArray("Multipart/Form-Data ;  charset=utf-8 ; BOUNDARY = xyz")
                                      << QByteArray("xyz");
    QTest::newRow("quoted with semicolon") << QByteArray("multipart/form-data; boundary=\"a;b\"") << QByteArray("a;b");
}

void TestMultipartParser::boundaryQuotedAndUnquoted()
{
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, boundary);
    const auto found = MultipartParser::boundaryOf(contentType);
    QVERIFY(found);
    QCOMPARE(*found, boundary);
}

void TestMultipartParser::rejectsOtherContentTypes()
{
    QVERIFY(!MultipartParser::boundaryOf("application/json"));
    QVERIFY(!MultipartParser::boundaryOf("multipart/form-data"));
    QVERIFY(!MultipartParser::boundaryOf("multipart/form-data; boundary=\"\""));
    QVERIFY(!MultipartParser::boundaryOf("multipart/mixed; boundary=abc"));
    QVERIFY(!MultipartParser::boundaryOf("multipart/form-data; boundary=\"a\rb\""));
    const Outcome outcome = parseWhole("text/plain", "hello");
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.error.isEmpty());
    QVERIFY(outcome.parts.isEmpty());
}

void TestMultipartParser::parsesOnePart()
{
    const Outcome outcome = parseWhole(typeOf("qt"), sampleBody("qt"));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.parts.size(), 1);
    QCOMPARE(outcome.parts.first().name, QByteArray("file"));
    QCOMPARE(outcome.parts.first().fileName, QByteArray("file"));
    QCOMPARE(outcome.parts.first().content, QByteArray("\x01\x02\r\n\x03\r\r\n-"));
}

void TestMultipartParser::parsesTwoPartsAndPreamble()
{
    const Outcome outcome = parseWhole(kType, sampleBody("two parts and preamble"));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.parts.size(), 2);
    QCOMPARE(outcome.parts.at(0).name, QByteArray("a"));
    QVERIFY(outcome.parts.at(0).fileName.isEmpty());
    QCOMPARE(outcome.parts.at(0).content, QByteArray("first"));
    QCOMPARE(outcome.parts.at(1).name, QByteArray("b"));
    QCOMPARE(outcome.parts.at(1).content, QByteArray("second"));
}

void TestMultipartParser::contentMayContainBoundaryLookalikes()
{
    // Only CRLF "--" boundary, then "--" or blanks and CRLF, delimits; the boundary text elsewhere is content.
    const Outcome outcome = parseWhole(kType, sampleBody("lookalikes"));
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.parts.size(), 2);
    QCOMPARE(outcome.parts.at(0).content,
             QByteArray("--b inside\r\n-b\r\n--bx is not it\r\n--b-x nor this\r\n--b \tnor\r\n--b\r\r\n--b\r"));
    QCOMPARE(outcome.parts.at(1).name, QByteArray("second"));
    QCOMPARE(outcome.parts.at(1).content, QByteArray("\r\n")); // the epilogue is ignored
}

void TestMultipartParser::emptyContent()
{
    for (const char *sample : {"empty content", "empty content sharing the line break"}) {
        const Outcome outcome = parseWhole(kType, sampleBody(sample));
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
        QCOMPARE(outcome.parts.size(), 1);
        QVERIFY(outcome.parts.first().content.isEmpty());
        QCOMPARE(outcome.contentCalls, 0);
    }
}

void TestMultipartParser::sameResultWhereverTheBodyIsCut_data()
{
    QTest::addColumn<QByteArray>("sample");
    for (const char *sample :
         {"qt", "two parts and preamble", "lookalikes", "empty content", "empty content sharing the line break"})
        QTest::newRow(sample) << QByteArray(sample);
}

void TestMultipartParser::sameResultWhereverTheBodyIsCut()
{
    // Every delimiter, header block and lookalike split in two and in three pieces, at every position.
    QFETCH(QByteArray, sample);
    const QByteArray body = sampleBody(sample);
    const Outcome whole = parseWhole(typeOf(sample), body);
    QVERIFY2(whole.ok, qPrintable(whole.error));
    for (qsizetype first = 0; first <= body.size(); ++first) {
        for (qsizetype second = first; second <= body.size(); ++second) {
            const Outcome cut = parseInPieces(typeOf(sample), body, {first, second});
            QVERIFY2(cut.ok, qPrintable(QStringLiteral("cut at %1 and %2: %3").arg(first).arg(second).arg(cut.error)));
            QVERIFY2(cut.parts == whole.parts, qPrintable(QStringLiteral("cut at %1 and %2").arg(first).arg(second)));
        }
    }
}

void TestMultipartParser::sameResultOneByteAtATime_data()
{
    sameResultWhereverTheBodyIsCut_data();
}

void TestMultipartParser::sameResultOneByteAtATime()
{
    QFETCH(QByteArray, sample);
    const QByteArray body = sampleBody(sample);
    QList<qsizetype> cuts;
    for (qsizetype i = 1; i < body.size(); ++i)
        cuts << i;
    const Outcome bytewise = parseInPieces(typeOf(sample), body, cuts);
    QVERIFY2(bytewise.ok, qPrintable(bytewise.error));
    QVERIFY(bytewise.parts == parseWhole(typeOf(sample), body).parts);
}

void TestMultipartParser::largeContentInRandomPieces()
{
    // Binary content full of CRs, line breaks and beginnings of the delimiter (each cut short by an "x"), as a
    // firmware chunk may be.
    QRandomGenerator random(4711);
    const QByteArray fragments[] = {"\r",          "\r\n",           "\r\n-",           "\r\n--",
                                    "\r\n--bound", "\r\n--boundary", "\r\n--boundary-", "\r\n--boundary \r"};
    QByteArray content;
    while (content.size() < 2'000'000) {
        if (random.bounded(8) == 0) {
            content += fragments[random.bounded(int(std::size(fragments)))];
            content += 'x';
        } else {
            QByteArray noise(random.bounded(1, 600), Qt::Uninitialized);
            for (char &c : noise)
                c = char(random.bounded(256));
            content += noise;
        }
    }
    const QByteArray body = "--boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n\r\n" +
                            content + "\r\n--boundary--\r\n";
    QList<qsizetype> cuts;
    for (qsizetype at = random.bounded(1, 20000); at < body.size(); at += random.bounded(1, 40000))
        cuts << at;
    const Outcome outcome = parseInPieces("multipart/form-data; boundary=boundary", body, cuts);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.parts.size(), 1);
    QVERIFY(outcome.parts.first().content == content);
}

void TestMultipartParser::rejectsMalformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QTest::newRow("no boundary") << QByteArray("just bytes") << QStringLiteral("does not contain the boundary");
    QTest::newRow("only a lookalike") << QByteArray("x\r\n--bx\r\n") << QStringLiteral("does not contain the boundary");
    QTest::newRow("no closing boundary") << QByteArray(
                                                "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc")
                                         << QStringLiteral("without a closing boundary");
    QTest::newRow("headers not terminated")
        << QByteArray("--b\r\nContent-Disposition: form-data; name=\"file\"") << QStringLiteral("not terminated");
    QTest::newRow("no disposition") << QByteArray("--b\r\nContent-Type: text/plain\r\n\r\nabc\r\n--b--")
                                    << QStringLiteral("no Content-Disposition");
    QTest::newRow("disposition without name")
        << QByteArray("--b\r\nContent-Disposition: form-data\r\n\r\nabc\r\n--b--") << QStringLiteral("has no name");
    QTest::newRow("not form-data") << QByteArray("--b\r\nContent-Disposition: attachment; name=x\r\n\r\nabc\r\n--b--")
                                   << QStringLiteral("not form-data");
    QTest::newRow("malformed header line")
        << QByteArray("--b\r\nno colon here\r\n\r\nabc\r\n--b--") << QStringLiteral("malformed header line");
    QTest::newRow("garbage after boundary")
        << QByteArray("--bjunk\r\n\r\n--b--") << QStringLiteral("not followed by a line break");
    QTest::newRow("body is just the boundary") << QByteArray("--b") << QStringLiteral("not followed by a line break");
}

void TestMultipartParser::rejectsMalformedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const Outcome outcome = parseWhole(kType, body);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(error), qPrintable(outcome.error));
}

void TestMultipartParser::malformedBodiesFailTheSameWhereverCut_data()
{
    rejectsMalformedBodies_data();
}

void TestMultipartParser::malformedBodiesFailTheSameWhereverCut()
{
    QFETCH(QByteArray, body);
    const QString whole = parseWhole(kType, body).error;
    for (qsizetype cut = 0; cut <= body.size(); ++cut) {
        const Outcome outcome = parseInPieces(kType, body, {cut});
        QVERIFY(!outcome.ok);
        QCOMPARE(outcome.error, whole);
    }
}

QTEST_GUILESS_MAIN(TestMultipartParser)
#include "tst_multipartparser.moc"
