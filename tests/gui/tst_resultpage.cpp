// The Result page on its own, with reports built by hand: which device it names, what saving and copying tell the
// user, and the report file it proposes.
#include "PromptScript.h"
#include "ResultPage.h"
#include "SampleReport.h"
#include "WizardDriver.h"

#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace groov;
using namespace groov::gui;
using namespace groov::test;

class TestResultPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesTheDevice_data();
    void namesTheDevice();
    void showsTheDeviceAndTheVersionOnce();
    void savingSaysWhereTheReportWent();
    void failedSaveWarnsAndClaimsNothing();
    void copyingSaysTheSummaryIsOnTheClipboard();
    void suggestedNameNamesDeviceAndTime_data();
    void suggestedNameNamesDeviceAndTime();
};

namespace {

QLabel *statusOf(const ResultPage &page)
{
    return page.findChild<QLabel *>(QStringLiteral("statusLabel"));
}

void click(const ResultPage &page, const char *button)
{
    page.findChild<QPushButton *>(QLatin1String(button))->click();
}

} // namespace

void TestResultPage::namesTheDevice_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("expected");
    const QString epic = QStringLiteral("GRV-EPIC-PR2");
    const QString address = QStringLiteral("127.0.0.1:8443");
    QTest::newRow("epic") << epic << address << QString()
                          << QStringLiteral("groov EPIC GRV-EPIC-PR2 at 127.0.0.1:8443");
    QTest::newRow("rio") << QStringLiteral("GRV-R7-MM1001-10") << QStringLiteral("rio-7:443") << QString()
                         << QStringLiteral("groov RIO GRV-R7-MM1001-10 at rio-7:443");
    QTest::newRow("profile") << epic << address << QStringLiteral("Line 3")
                             << QStringLiteral("groov EPIC GRV-EPIC-PR2 at 127.0.0.1:8443, profile \"Line 3\"");
    // A profile named after its address, as the wizard names it by default, is not said twice.
    QTest::newRow("profile is the address")
        << epic << address << address << QStringLiteral("groov EPIC GRV-EPIC-PR2 at 127.0.0.1:8443");
    QTest::newRow("unknown family") << QStringLiteral("XYZ-1") << address << QString()
                                    << QStringLiteral("XYZ-1 at 127.0.0.1:8443");
    QTest::newRow("model unknown") << QString() << address << QString()
                                   << QStringLiteral("The device at 127.0.0.1:8443");
    QTest::newRow("address unknown") << epic << QString() << QString()
                                     << QStringLiteral("groov EPIC GRV-EPIC-PR2 at an unknown address");
    QTest::newRow("unknown family, address unknown")
        << QStringLiteral("XYZ-1") << QString() << QString() << QStringLiteral("XYZ-1 at an unknown address");
    QTest::newRow("nothing known") << QString() << QString() << QString()
                                   << QStringLiteral("The device at an unknown address");
}

void TestResultPage::namesTheDevice()
{
    QFETCH(QString, model);
    QFETCH(QString, address);
    QFETCH(QString, profile);
    QFETCH(QString, expected);
    UpdateReport report = sampleReport();
    report.model = model;
    report.deviceAddress = address;
    QCOMPARE(ResultPage::deviceText(report, profile), expected);

    ResultPage page;
    page.setProfileName(profile);
    page.showReport(report);
    QCOMPARE(page.subTitle(), expected);
}

// The device is named once, above the result; the version is one of the summary's facts and nowhere else.
void TestResultPage::showsTheDeviceAndTheVersionOnce()
{
    const UpdateReport report = sampleReport();
    ResultPage page;
    page.showReport(report);
    QStringList shown{page.title(), page.subTitle()};
    const auto labels = page.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        shown.append(label->text());
    const QString all = shown.join(QLatin1Char('\n'));
    QCOMPARE(all.count(report.versionAfter), 1);
    QCOMPARE(all.count(report.versionBefore), 1);
    QVERIFY2(page.subTitle().contains(report.model), qPrintable(page.subTitle()));
}

void TestResultPage::savingSaysWhereTheReportWent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("epic-01.json"));
    PromptScript prompts;
    prompts.answerFile(path);
    ResultPage page;
    page.setProfileName(QStringLiteral("Line 3"));
    const UpdateReport report = sampleReport();
    page.showReport(report);
    QVERIFY(statusOf(page)->text().isEmpty());

    click(page, "saveReportButton");
    QCOMPARE(prompts.fileQuestions().size(), 1);
    QCOMPARE(prompts.fileQuestions().first().start,
             ResultPage::suggestedFileName(QStringLiteral("Line 3"), report.finishedAt.toLocalTime()));
    QCOMPARE(statusOf(page)->text(), QStringLiteral("Report saved to %1").arg(QDir::toNativeSeparators(path)));
    QVERIFY(prompts.warnings().isEmpty());
    QFile saved(path);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(saved.readAll()).object();
    QCOMPARE(json.value(QLatin1String("device")).toObject().value(QLatin1String("address")).toString(),
             report.deviceAddress);
    page.resize(640, 480);
    page.show();
    WizardDriver::grabIfAsked(page, QStringLiteral("12-result-saved"));

    // A new report (checking the device again) starts without the last one's news.
    page.showReport(report);
    QVERIFY(statusOf(page)->text().isEmpty());
}

void TestResultPage::failedSaveWarnsAndClaimsNothing()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PromptScript prompts;
    prompts.answerFile(dir.filePath(QStringLiteral("saved.json")));
    prompts.answerFile(dir.filePath(QStringLiteral("missing/folder/report.json")));
    ResultPage page;
    page.showReport(sampleReport());
    click(page, "saveReportButton");
    QVERIFY(statusOf(page)->text().startsWith(QLatin1String("Report saved to ")));

    click(page, "saveReportButton");
    QCOMPARE(prompts.warnings().size(), 1);
    QCOMPARE(prompts.warnings().first().title, QStringLiteral("Report not saved"));
    QVERIFY(statusOf(page)->text().isEmpty());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("missing/folder/report.json"))));
}

void TestResultPage::copyingSaysTheSummaryIsOnTheClipboard()
{
    QGuiApplication::clipboard()->clear();
    ResultPage page;
    page.showReport(sampleReport());
    click(page, "copySummaryButton");
    QCOMPARE(statusOf(page)->text(), QStringLiteral("Summary copied to the clipboard."));
    const QString copied = QGuiApplication::clipboard()->text();
    QCOMPARE(copied, page.summary());
    QVERIFY2(copied.contains(sampleAddress()), qPrintable(copied));
}

void TestResultPage::suggestedNameNamesDeviceAndTime_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("expected");
    QTest::newRow("profile") << QStringLiteral("Line 3") << QStringLiteral("groov-update-Line 3-2026-11-27-0905.json");
    QTest::newRow("host and port") << QStringLiteral("127.0.0.1:8443")
                                   << QStringLiteral("groov-update-127.0.0.1-8443-2026-11-27-0905.json");
    QTest::newRow("unsafe") << QStringLiteral("a/b\\c:d*e?f\"g<h>i|j")
                            << QStringLiteral("groov-update-a-b-c-d-e-f-g-h-i-j-2026-11-27-0905.json");
    QTest::newRow("path") << QStringLiteral("../etc/x") << QStringLiteral("groov-update-..-etc-x-2026-11-27-0905.json");
    QTest::newRow("control") << QStringLiteral("a\tb\nc\u007fd\u202ee")
                             << QStringLiteral("groov-update-a-b-c-d-e-2026-11-27-0905.json");
    QTest::newRow("beyond the BMP kept whole")
        << QStringLiteral("Pump \U0001F6B0") << QStringLiteral("groov-update-Pump \U0001F6B0-2026-11-27-0905.json");
    QTest::newRow("nothing") << QString() << QStringLiteral("groov-update-2026-11-27-0905.json");
}

void TestResultPage::suggestedNameNamesDeviceAndTime()
{
    QFETCH(QString, device);
    QFETCH(QString, expected);
    const QDateTime when(QDate(2026, 11, 27), QTime(9, 5, 59));
    QCOMPARE(ResultPage::suggestedFileName(device, when), expected);
}

QTEST_MAIN(TestResultPage)
#include "tst_resultpage.moc"
