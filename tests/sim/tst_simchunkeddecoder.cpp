// The simulator's decoder of chunked request bodies: the same result however the bytes are cut, what follows the
// body left alone, and every malformed or endless input refused.

#include "SimChunkedDecoder.h"

#include <QTest>

using namespace groov::sim;

namespace {

struct Decoded
{
    SimChunkedDecoder::Status status = SimChunkedDecoder::Status::Incomplete;
    QByteArray data;
    QByteArray rest; // what the decoder left of the input
};

// Feeds the input in pieces of `piece` bytes, as they would arrive, and stops where the decoder does.
Decoded decodeInPieces(const QByteArray &input, qsizetype piece)
{
    SimChunkedDecoder decoder;
    Decoded decoded;
    for (qsizetype at = 0; at < input.size(); at += piece) {
        decoded.rest += input.mid(at, piece);
        decoded.status = decoder.decode(decoded.rest, decoded.data);
        if (decoded.status != SimChunkedDecoder::Status::Incomplete) {
            decoded.rest += input.mid(at + piece);
            break;
        }
    }
    return decoded;
}

} // namespace

class TestSimChunkedDecoder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodes_data();
    void decodes();
    void refusesMalformed_data();
    void refusesMalformed();
    void waitsForMore();
};

void TestSimChunkedDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("rest");
    QTest::newRow("empty") << QByteArray("0\r\n\r\n") << QByteArray() << QByteArray();
    QTest::newRow("two chunks") << QByteArray("5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n") << QByteArray("hello, world")
                                << QByteArray();
    QTest::newRow("hex sizes") << QByteArray("A\r\n0123456789\r\n1f\r\n") + QByteArray(31, 'x') + "\r\n0\r\n\r\n"
                               << QByteArray("0123456789") + QByteArray(31, 'x') << QByteArray();
    QTest::newRow("extensions") << QByteArray("3;name=value\r\nabc\r\n0;last\r\n\r\n") << QByteArray("abc")
                                << QByteArray();
    QTest::newRow("trailer fields") << QByteArray("3\r\nabc\r\n0\r\nX-Sum: 1\r\nX-Other: 2\r\n\r\n")
                                    << QByteArray("abc") << QByteArray();
    QTest::newRow("bare line feeds") << QByteArray("3\nabc\n0\n\n") << QByteArray("abc") << QByteArray();
    QTest::newRow("data with line ends") << QByteArray("4\r\n\r\n\r\n\r\n0\r\n\r\n") << QByteArray("\r\n\r\n")
                                         << QByteArray();
    QTest::newRow("next request after it") << QByteArray("3\r\nabc\r\n0\r\n\r\nGET / HTTP/1.1\r\n\r\n")
                                           << QByteArray("abc") << QByteArray("GET / HTTP/1.1\r\n\r\n");
}

void TestSimChunkedDecoder::decodes()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, rest);
    for (qsizetype piece = 1; piece <= input.size(); ++piece) {
        const Decoded decoded = decodeInPieces(input, piece);
        QVERIFY2(decoded.status == SimChunkedDecoder::Status::Complete, qPrintable(QString::number(piece)));
        QCOMPARE(decoded.data, data);
        QCOMPARE(decoded.rest, rest);
    }
}

void TestSimChunkedDecoder::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("no size") << QByteArray("\r\nabc\r\n0\r\n\r\n");
    QTest::newRow("not hex") << QByteArray("5g\r\nhello\r\n0\r\n\r\n");
    QTest::newRow("signed") << QByteArray("+5\r\nhello\r\n0\r\n\r\n");
    QTest::newRow("size too large") << QByteArray("1000000000000000\r\n");
    QTest::newRow("data longer than its size") << QByteArray("3\r\nabcd\r\n0\r\n\r\n");
    QTest::newRow("endless size line") << QByteArray(SimChunkedDecoder::kMaxLineBytes + 1, '1');
    QTest::newRow("endless extension") << QByteArray("3;") + QByteArray(SimChunkedDecoder::kMaxLineBytes, 'e') +
                                              "\r\nabc\r\n0\r\n\r\n";
    QByteArray trailer = "0\r\n";
    while (trailer.size() <= SimChunkedDecoder::kMaxTrailerBytes)
        trailer += "X-Filler: " + QByteArray(1000, 'f') + "\r\n";
    QTest::newRow("endless trailer") << trailer + "\r\n";
}

void TestSimChunkedDecoder::refusesMalformed()
{
    QFETCH(QByteArray, input);
    for (const qsizetype piece : {qsizetype(1), qsizetype(7), input.size()}) {
        const Decoded decoded = decodeInPieces(input, piece);
        QVERIFY2(decoded.status == SimChunkedDecoder::Status::Malformed, qPrintable(QString::number(piece)));
    }
    // Once malformed, always malformed.
    SimChunkedDecoder decoder;
    QByteArray rest = input;
    QByteArray data;
    QVERIFY(decoder.decode(rest, data) == SimChunkedDecoder::Status::Malformed);
    QByteArray more = "0\r\n\r\n";
    QVERIFY(decoder.decode(more, data) == SimChunkedDecoder::Status::Malformed);
}

void TestSimChunkedDecoder::waitsForMore()
{
    // Incomplete at every cut short of the end, and it gives out each chunk's data as it arrives.
    const QByteArray input = "5\r\nhello\r\n0\r\n\r\n";
    for (qsizetype size = 0; size < input.size(); ++size) {
        const Decoded decoded = decodeInPieces(input.left(size), 1);
        QVERIFY(decoded.status == SimChunkedDecoder::Status::Incomplete);
        QVERIFY(QByteArray("hello").startsWith(decoded.data));
    }
    QCOMPARE(decodeInPieces(input.left(6), 1).data, QByteArray("hel"));
}

QTEST_GUILESS_MAIN(TestSimChunkedDecoder)
#include "tst_simchunkeddecoder.moc"
