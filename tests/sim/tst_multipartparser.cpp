#include "MultipartParser.h"

#include <QTest>

using groov::sim::MultipartParser;
using groov::sim::MultipartPart;

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
    void rejectsMalformedBodies_data();
    void rejectsMalformedBodies();
};

namespace {

QByteArray content(const QByteArray &body, const MultipartPart &part)
{
    return body.mid(part.offset, part.length);
}

} // namespace

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
    QString error;
    QVERIFY(!MultipartParser::parse("text/plain", "hello", &error));
    QVERIFY(!error.isEmpty());
}

void TestMultipartParser::parsesOnePart()
{
    const QByteArray body = "--XYZ\r\n"
                            "Content-Type: application/octet-stream\r\n"
                            "Content-Disposition: form-data; name=\"file\"; filename=\"file\"\r\n"
                            "\r\n"
                            "\x01\x02\r\n\x03"
                            "\r\n--XYZ--\r\n";
    QString error;
    const auto parts = MultipartParser::parse("multipart/form-data; boundary=\"XYZ\"", body, &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 1);
    QCOMPARE(parts->first().name, QByteArray("file"));
    QCOMPARE(parts->first().fileName, QByteArray("file"));
    QCOMPARE(content(body, parts->first()), QByteArray("\x01\x02\r\n\x03"));
}

void TestMultipartParser::parsesTwoPartsAndPreamble()
{
    const QByteArray body = "ignored preamble\r\n--b1\r\n"
                            "content-disposition: form-data; name=a\r\n\r\n"
                            "first\r\n--b1\r\n"
                            "Content-Disposition: form-data; name=\"b\"\r\n\r\n"
                            "second\r\n--b1--";
    QString error;
    const auto parts = MultipartParser::parse("multipart/form-data; boundary=b1", body, &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 2);
    QCOMPARE(parts->at(0).name, QByteArray("a"));
    QVERIFY(parts->at(0).fileName.isEmpty());
    QCOMPARE(content(body, parts->at(0)), QByteArray("first"));
    QCOMPARE(parts->at(1).name, QByteArray("b"));
    QCOMPARE(content(body, parts->at(1)), QByteArray("second"));
}

void TestMultipartParser::contentMayContainBoundaryLookalikes()
{
    // Only CRLF "--" boundary delimits; the boundary text elsewhere is content.
    const QByteArray body = "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n"
                            "--b inside\r\n-b\r\n--bx is not it either"
                            "\r\n--b--\r\n";
    QString error;
    const auto parts = MultipartParser::parse("multipart/form-data; boundary=b", body, &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 1);
    QCOMPARE(content(body, parts->first()), QByteArray("--b inside\r\n-b\r\n--bx is not it either"));
}

void TestMultipartParser::emptyContent()
{
    const QByteArray body = "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\n\r\n--b--\r\n";
    QString error;
    const auto parts = MultipartParser::parse("multipart/form-data; boundary=b", body, &error);
    QVERIFY2(parts, qPrintable(error));
    QCOMPARE(parts->size(), 1);
    QCOMPARE(parts->first().length, qsizetype(0));
}

void TestMultipartParser::rejectsMalformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("no boundary") << QByteArray("just bytes");
    QTest::newRow("no closing boundary") << QByteArray(
        "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nabc");
    QTest::newRow("headers not terminated") << QByteArray("--b\r\nContent-Disposition: form-data; name=\"file\"");
    QTest::newRow("no disposition") << QByteArray("--b\r\nContent-Type: text/plain\r\n\r\nabc\r\n--b--");
    QTest::newRow("disposition without name")
        << QByteArray("--b\r\nContent-Disposition: form-data\r\n\r\nabc\r\n--b--");
    QTest::newRow("not form-data") << QByteArray("--b\r\nContent-Disposition: attachment; name=x\r\n\r\nabc\r\n--b--");
    QTest::newRow("garbage after boundary") << QByteArray("--bjunk\r\n\r\n--b--");
}

void TestMultipartParser::rejectsMalformedBodies()
{
    QFETCH(QByteArray, body);
    QString error;
    QVERIFY(!MultipartParser::parse("multipart/form-data; boundary=b", body, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestMultipartParser)
#include "tst_multipartparser.moc"
