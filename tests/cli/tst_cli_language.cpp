// groov-update in the user's language: the system's locale, --lang over it, English for --json, and a language that
// is not shipped refused. Each expected text comes from translations/groov_<language>.ts (TsCatalogue), for the
// English the same command prints with --lang en.
#include "CliRun.h"
#include "TsCatalogue.h"

#include <QTest>

using namespace groov::test;

namespace {

const QString Program = QStringLiteral("groov-update: ");

// A run with the system's locale set to `locale` (LANGUAGE cleared, so LC_ALL alone decides).
bool runIn(CliRun &cli, const QString &locale, const QStringList &arguments)
{
    cli.environment().insert(QStringLiteral("LC_ALL"), locale);
    cli.environment().remove(QStringLiteral("LANGUAGE"));
    return cli.run(arguments);
}

// The one message line of a refused command, without the program's name.
QString messageOf(const CliRun &cli)
{
    QString text = cli.errorText().trimmed();
    return text.startsWith(Program) ? text.mid(Program.size()) : text;
}

QString englishMessageFor(const QStringList &arguments)
{
    CliRun english;
    if (!runIn(english, QStringLiteral("C.UTF-8"),
               arguments + QStringList{QStringLiteral("--lang"), QStringLiteral("en")}))
        return {};
    return messageOf(english);
}

const QStringList NoFirmware{QStringLiteral("--device"), QStringLiteral("epic.example")};

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aGermanSystemGetsGermanMessages();
    void langWinsOverTheSystem();
    void jsonStaysEnglishWhateverTheLocale();
    void theHelpIsTranslated();
    void aPlanRunSpeaksTheLanguageToo();
    void aLanguageThatIsNotShippedIsRefused();
    void englishCountsHavePluralForms();
};

void TestCliLanguage::aGermanSystemGetsGermanMessages()
{
    const TsCatalogue german(QStringLiteral("de"));
    QVERIFY(german.isLoaded());
    const QString english = englishMessageFor(NoFirmware);
    const QString expected = german.translationOf(english);
    QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("no German for: ") + english));

    CliRun cli;
    QVERIFY(runIn(cli, QStringLiteral("de_DE.UTF-8"), NoFirmware));
    QCOMPARE(cli.exitCode(), 2);
    QCOMPARE(messageOf(cli), expected);
}

void TestCliLanguage::langWinsOverTheSystem()
{
    const TsCatalogue spanish(QStringLiteral("es"));
    const QString expected = spanish.translationOf(englishMessageFor(NoFirmware));
    QVERIFY(!expected.isEmpty());

    CliRun cli;
    QVERIFY(runIn(cli, QStringLiteral("de_DE.UTF-8"), NoFirmware + QStringList{QStringLiteral("--lang=es")}));
    QCOMPARE(cli.exitCode(), 2);
    QCOMPARE(messageOf(cli), expected);
}

void TestCliLanguage::jsonStaysEnglishWhateverTheLocale()
{
    const QString english = englishMessageFor(NoFirmware);
    CliRun cli;
    QVERIFY(runIn(cli, QStringLiteral("de_DE.UTF-8"),
                  NoFirmware + QStringList{QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("de")}));
    QCOMPARE(cli.exitCode(), 2);
    const QList<QJsonObject> results = cli.eventsOfType(QStringLiteral("result"));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().value(QLatin1String("message")).toString(), english);
    QCOMPARE(messageOf(cli), english); // the line on standard error too: one language per run
}

void TestCliLanguage::theHelpIsTranslated()
{
    const TsCatalogue german(QStringLiteral("de"));
    const QString showHelp = german.translationOf(QStringLiteral("Show this help."));
    QVERIFY(!showHelp.isEmpty());
    CliRun cli;
    QVERIFY(runIn(cli, QStringLiteral("de_DE.UTF-8"), {QStringLiteral("--help")}));
    QCOMPARE(cli.exitCode(), 0);
    QVERIFY2(QString::fromUtf8(cli.standardOutput()).contains(showHelp),
             qPrintable(QString::fromUtf8(cli.standardOutput())));
    QVERIFY2(!QString::fromUtf8(cli.standardOutput()).contains(QLatin1String("Show this help.")),
             qPrintable(QString::fromUtf8(cli.standardOutput())));
    // Options are never translated.
    QVERIFY(QString::fromUtf8(cli.standardOutput()).contains(QLatin1String("--firmware")));
}

void TestCliLanguage::aPlanRunSpeaksTheLanguageToo()
{
    const QStringList bothVerbosities{QStringLiteral("--plan"), QStringLiteral("plan.json"), QStringLiteral("--quiet"),
                                      QStringLiteral("--verbose")};
    const QString english = englishMessageFor(bothVerbosities);
    const QString expected = TsCatalogue(QStringLiteral("de")).translationOf(english);
    QVERIFY2(!expected.isEmpty(), qPrintable(QStringLiteral("no German for: ") + english));
    CliRun cli;
    QVERIFY(runIn(cli, QStringLiteral("C.UTF-8"), bothVerbosities + QStringList{QStringLiteral("--lang=de")}));
    QCOMPARE(cli.exitCode(), 2);
    QCOMPARE(messageOf(cli), expected);
}

void TestCliLanguage::aLanguageThatIsNotShippedIsRefused()
{
    CliRun cli;
    QVERIFY(runIn(cli, QStringLiteral("C.UTF-8"),
                  NoFirmware + QStringList{QStringLiteral("--lang"), QStringLiteral("fr")}));
    QCOMPARE(cli.exitCode(), 2);
    QCOMPARE(messageOf(cli), QStringLiteral("The language \"fr\" is not available. Choose one of: en, de, es."));
}

// English gets its plural forms from translations/groov_en.ts ("3 times", never "time(s)"), in a --json run too,
// which is English as a whole. (tst_cli_badinput has the singular: "at least 1 second".)
void TestCliLanguage::englishCountsHavePluralForms()
{
    const QStringList timeoutThrice{
        QStringLiteral("--device"),  QStringLiteral("epic.example"), QStringLiteral("--timeout"), QStringLiteral("10"),
        QStringLiteral("--timeout"), QStringLiteral("20"),           QStringLiteral("--timeout"), QStringLiteral("30")};
    for (const QStringList &mode : {QStringList(), QStringList{QStringLiteral("--json")}}) {
        CliRun cli;
        QVERIFY(runIn(cli, QStringLiteral("C.UTF-8"), timeoutThrice + mode));
        QCOMPARE(cli.exitCode(), 2);
        QCOMPARE(messageOf(cli), QStringLiteral("--timeout was given 3 times: \"10\", \"20\", \"30\". Give it once, "
                                                "with the value you mean."));
    }
}

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
