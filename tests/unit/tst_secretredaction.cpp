#include "DeviceText.h"
#include "SecretRedaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace groov;

namespace {
const QByteArray Key = QByteArrayLiteral("Zq7Kp2Lm9Xw4Rt6Y");
} // namespace

class TestSecretRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void removesEveryFormOfTheKey_data();
    void removesEveryFormOfTheKey();
    void leavesTextWithoutTheKeyAlone();
    void answersHaveTheKeyRemovedAfterTheirEscapesAreDecoded();
    void answersThatAreNotJsonAreTreatedAsText();
    void aKeyTooShortToSearchForIsNotSearchedFor();
    void deviceTextIsEscapedAndCut();
};

void TestSecretRedaction::removesEveryFormOfTheKey_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("text");
    QTest::newRow("as sent") << Key << QStringLiteral("Unauthorized: apiKey Zq7Kp2Lm9Xw4Rt6Y refused");
    QTest::newRow("another letter case") << Key << QStringLiteral("key zQ7kP2lM9xW4rT6y");
    QTest::newRow("twice") << Key << QStringLiteral("Zq7Kp2Lm9Xw4Rt6Y/Zq7Kp2Lm9Xw4Rt6Y");
    QTest::newRow("percent-encoded") << QByteArrayLiteral("key with/slash+plus")
                                     << QStringLiteral("GET /?k=key%20with%2Fslash%2Bplus");
    QTest::newRow("JSON-escaped") << QByteArrayLiteral("quote\"and\\back")
                                  << QStringLiteral("{\"k\":\"quote\\\"and\\\\back\"}");
}

void TestSecretRedaction::removesEveryFormOfTheKey()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, text);
    const SecretRedaction redaction(key);
    QVERIFY(redaction.isIn(text));
    const QString cleaned = redaction.apply(text);
    QVERIFY2(!redaction.isIn(cleaned), qPrintable(cleaned));
    QVERIFY(cleaned.contains(SecretRedaction::placeholder()));
    QVERIFY(!redaction.apply(text.toUtf8()).contains(key));
}

void TestSecretRedaction::leavesTextWithoutTheKeyAlone()
{
    const SecretRedaction redaction(Key);
    const QString text = QStringLiteral("Firmware 4.1.0-b.42, Zq7Kp2Lm (a part of a key is not the key)");
    QCOMPARE(redaction.apply(text), text);
    const QByteArray bytes("\xff\xfe not UTF-8 and no key");
    QCOMPARE(redaction.apply(bytes), bytes); // bytes without the key come back as they were, byte for byte
}

void TestSecretRedaction::answersHaveTheKeyRemovedAfterTheirEscapesAreDecoded()
{
    const SecretRedaction redaction(Key);
    // "\u005a" is Z: the raw bytes do not contain the key, the decoded string does.
    const QByteArray body =
        R"({"error":{"message":"bad key \u005aq7Kp2Lm9Xw4Rt6Y","code":401},"list":["Zq7Kp2Lm9Xw4Rt6Y"]})";
    const QByteArray cleaned = redaction.applyToAnswer(body);
    const QJsonObject object = QJsonDocument::fromJson(cleaned).object();
    const QString message = object.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    QCOMPARE(message, QStringLiteral("bad key ") + SecretRedaction::placeholder());
    QVERIFY(!redaction.isIn(QString::fromUtf8(cleaned)));
    QCOMPARE(object.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toInt(), 401);

    const QByteArray innocent = R"({"firmware":{"version":"4.1.0"}})";
    QCOMPARE(redaction.applyToAnswer(innocent), innocent);
}

void TestSecretRedaction::answersThatAreNotJsonAreTreatedAsText()
{
    const SecretRedaction redaction(Key);
    const QByteArray cleaned = redaction.applyToAnswer("<html>Gateway error for apiKey=Zq7Kp2Lm9Xw4Rt6Y</html>");
    QVERIFY(!cleaned.contains(Key));
    QVERIFY(cleaned.contains(SecretRedaction::placeholder().toUtf8()));
}

void TestSecretRedaction::aKeyTooShortToSearchForIsNotSearchedFor()
{
    const SecretRedaction redaction(QByteArrayLiteral("the"));
    const QString text = QStringLiteral("the device is there");
    QCOMPARE(redaction.apply(text), text);
    QCOMPARE(SecretRedaction().apply(text), text);
}

void TestSecretRedaction::deviceTextIsEscapedAndCut()
{
    const QString forged = QStringLiteral("4.1.0\n\x1B[2JResult: SUCCEEDED\u202E");
    const QString shown = printableDeviceText(forged, 100);
    QVERIFY(!shown.contains(QLatin1Char('\n')));
    QVERIFY(!shown.contains(QChar(0x1B)));
    QVERIFY(!shown.contains(QChar(0x202E)));
    QCOMPARE(shown, QStringLiteral("4.1.0\\x0A\\x1B[2JResult: SUCCEEDED\\u202E"));
    QCOMPARE(printableDeviceText(QString(1000, QLatin1Char('a')), 10), QString(10, QLatin1Char('a')) + QChar(0x2026));
}

QTEST_GUILESS_MAIN(TestSecretRedaction)
#include "tst_secretredaction.moc"
