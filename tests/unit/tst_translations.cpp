// Which language a run speaks: the system's preference, --lang, and what is refused.
#include "Translations.h"

#include <QTest>

using namespace groov;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theSystemsFirstShippedLanguageIsChosen_data();
    void theSystemsFirstShippedLanguageIsChosen();
    void langIsReadFromTheRawArguments_data();
    void langIsReadFromTheRawArguments();
    void langThenTheSettingThenTheSystemChoose_data();
    void langThenTheSettingThenTheSystemChoose();
    void anUnshippedLanguageIsRefusedWithTheChoices();
    void everyShippedLanguageLoadsItsEmbeddedTranslation();
    void englishCountsHaveTheirPluralForms();
};

void TestTranslations::theSystemsFirstShippedLanguageIsChosen_data()
{
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("chosen");
    QTest::newRow("German of Austria") << QStringList{QStringLiteral("de-AT")} << QStringLiteral("de");
    QTest::newRow("underscore form") << QStringList{QStringLiteral("es_MX")} << QStringLiteral("es");
    QTest::newRow("first shipped wins") << QStringList{QStringLiteral("fr-FR"), QStringLiteral("es-ES"),
                                                       QStringLiteral("de-DE")}
                                        << QStringLiteral("es");
    QTest::newRow("none shipped: English")
        << QStringList{QStringLiteral("fr-FR"), QStringLiteral("ja")} << QStringLiteral("en");
    QTest::newRow("C locale: English") << QStringList{QStringLiteral("C")} << QStringLiteral("en");
    QTest::newRow("nothing said: English") << QStringList() << QStringLiteral("en");
}

void TestTranslations::theSystemsFirstShippedLanguageIsChosen()
{
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, chosen);
    QCOMPARE(Translations::preferredOf(uiLanguages), chosen);
}

void TestTranslations::langIsReadFromTheRawArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("requested");
    const QString program = QStringLiteral("groov-update");
    QTest::newRow("separate value") << QStringList{program, QStringLiteral("--lang"), QStringLiteral("de")}
                                    << QStringLiteral("de");
    QTest::newRow("with =") << QStringList{program, QStringLiteral("--device"), QStringLiteral("x"),
                                           QStringLiteral("--lang=es")}
                            << QStringLiteral("es");
    QTest::newRow("absent") << QStringList{program, QStringLiteral("--device"), QStringLiteral("x")} << QString();
    QTest::newRow("no value") << QStringList{program, QStringLiteral("--lang")} << QString();
    QTest::newRow("after --") << QStringList{program, QStringLiteral("--"), QStringLiteral("--lang"),
                                             QStringLiteral("de")}
                              << QString();
    QTest::newRow("the program's own name is no option") << QStringList{QStringLiteral("--lang=de")} << QString();
}

void TestTranslations::langIsReadFromTheRawArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, requested);
    QCOMPARE(Translations::requestedIn(arguments), requested);
}

void TestTranslations::langThenTheSettingThenTheSystemChoose_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("chosen");
    const QString program = QStringLiteral("groov-update-gui");
    const QStringList german{QStringLiteral("de-DE")};
    QTest::newRow("--lang over the setting and the system")
        << QStringList{program, QStringLiteral("--lang=en")} << QStringLiteral("es") << german << QStringLiteral("en");
    QTest::newRow("the setting over the system")
        << QStringList{program} << QStringLiteral("es") << german << QStringLiteral("es");
    QTest::newRow("an unshipped --lang is passed over")
        << QStringList{program, QStringLiteral("--lang=fr")} << QStringLiteral("es") << german << QStringLiteral("es");
    QTest::newRow("an unshipped setting is passed over")
        << QStringList{program} << QStringLiteral("fr") << german << QStringLiteral("de");
    QTest::newRow("nothing said: the system") << QStringList{program} << QString() << german << QStringLiteral("de");
    QTest::newRow("nothing shipped: English")
        << QStringList{program} << QString() << QStringList{QStringLiteral("fr-FR")} << QStringLiteral("en");
}

void TestTranslations::langThenTheSettingThenTheSystemChoose()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, saved);
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, chosen);
    QCOMPARE(Translations::chosen(arguments, saved, uiLanguages), chosen);
}

void TestTranslations::anUnshippedLanguageIsRefusedWithTheChoices()
{
    QVERIFY(Translations::problemWith(QString()).isEmpty());
    for (const QString &language : Translations::languages())
        QVERIFY2(Translations::problemWith(language).isEmpty(), qPrintable(language));
    QCOMPARE(Translations::problemWith(QStringLiteral("fr")),
             QStringLiteral("The language \"fr\" is not available. Choose one of: en, de, es."));
    // What was typed is cut, so a pasted page of text does not fill the terminal.
    QVERIFY(Translations::problemWith(QString(500, QLatin1Char('x'))).size() < 120);
    // ... and escaped: a typed escape sequence must not reach the terminal as one.
    const QString escape = Translations::problemWith(QStringLiteral("\x1b[2J"));
    QVERIFY2(!escape.contains(QChar(0x1b)), qPrintable(escape));
    QVERIFY2(escape.contains(QLatin1String("[2J")), qPrintable(escape));
}

void TestTranslations::everyShippedLanguageLoadsItsEmbeddedTranslation()
{
    for (const QString &language : Translations::languages().mid(1)) {
        QTranslator translator;
        QVERIFY2(translator.load(QStringLiteral("groov_") + language, QStringLiteral(":/i18n")), qPrintable(language));
        const QString translated = translator.translate("Translations", "The language \"%1\" is not available. "
                                                                        "Choose one of: %2.");
        QVERIFY2(!translated.isEmpty() && translated.contains(QLatin1String("%1")), qPrintable(language));
    }
}

// English is the source language, but "%n part(s)" is no English sentence: its embedded file gives the forms.
void TestTranslations::englishCountsHaveTheirPluralForms()
{
    const char *const source = "%n part(s) of the upload sent again";
    QCOMPARE(QCoreApplication::translate("UpdateSummary", source, nullptr, 1),
             QStringLiteral("1 part(s) of the upload sent again"));
    Translations english;
    QVERIFY(english.install(QStringLiteral("en")));
    QCOMPARE(QCoreApplication::translate("UpdateSummary", source, nullptr, 1),
             QStringLiteral("1 part of the upload sent again"));
    QCOMPARE(QCoreApplication::translate("UpdateSummary", source, nullptr, 3),
             QStringLiteral("3 parts of the upload sent again"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
