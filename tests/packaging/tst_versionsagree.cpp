// project(VERSION) is the one source of the version (issue 15): every place that shows or records one must say the
// same. The expected version comes from CMake on its own (GROOV_PROJECT_VERSION), not from GROOV_VERSION, so that a
// version produced any other way shows here.
#include "AboutDialog.h"
#include "UpdateReport.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace groov;

namespace {
const QString kVersion = QStringLiteral(GROOV_PROJECT_VERSION);
const QString kPackaging = QStringLiteral(GROOV_PACKAGING_BUILD_DIR);

// A program's standard output (and error) for these arguments.
QString outputOf(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30'000))
        return QStringLiteral("(%1 did not end: %2)").arg(program, process.errorString());
    return QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError()).trimmed();
}

QString firstLineOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(cannot read %1)").arg(path);
    return QString::fromUtf8(file.readLine()).trimmed();
}

// The version without a Debian revision: "0.1.0-1" -> "0.1.0".
QString upstreamPart(const QString &debianVersion)
{
    return debianVersion.section(QLatin1Char('-'), 0, -2);
}
} // namespace

class TestVersionsAgree : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void programs_data();
    void programs();
    void aboutDialog();
    void updateReportTool();
    void metainfoRelease();
    void manPages_data();
    void manPages();
    void debianChangelog();
    void builtPackages();
};

void TestVersionsAgree::programs_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("expected");
    QTest::newRow("groov-update") << QStringLiteral(GROOV_UPDATE_BINARY) << QStringLiteral("groov-update ") + kVersion;
    QTest::newRow("groov-update-gui") << QStringLiteral(GROOV_UPDATE_GUI_BINARY)
                                      << QStringLiteral("groov-update-gui ") + kVersion;
    QTest::newRow("groov-device-sim") << QStringLiteral(GROOV_DEVICE_SIM_BINARY)
                                      << QStringLiteral("groov-device-sim ") + kVersion;
}

void TestVersionsAgree::programs()
{
    QFETCH(QString, program);
    QFETCH(QString, expected);
    QCOMPARE(outputOf(program, {QStringLiteral("--version")}), expected);
}

void TestVersionsAgree::aboutDialog()
{
    gui::AboutDialog dialog;
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("versionLabel"))->text(), QStringLiteral("Version ") + kVersion);
}

// Every update report, and so every fleet report's device and history line, names the tool that wrote it.
void TestVersionsAgree::updateReportTool()
{
    QCOMPARE(UpdateReport().toJson().value(QLatin1String("tool")).toString(),
             QStringLiteral("groov-update ") + kVersion);
}

// The newest <release> of the metainfo as configured (what the package installs), and its date.
void TestVersionsAgree::metainfoRelease()
{
    QFile file(kPackaging + QStringLiteral("/io.github.groov_update.metainfo.xml"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) { // AppStream lists the releases newest first
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("release")) {
            QCOMPARE(xml.attributes().value(QLatin1String("version")).toString(), kVersion);
            QCOMPARE(xml.attributes().value(QLatin1String("date")).toString(), QStringLiteral(GROOV_RELEASE_DATE));
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no <release> in %1 %2").arg(file.fileName(), xml.errorString())));
}

void TestVersionsAgree::manPages_data()
{
    QTest::addColumn<QString>("page");
    for (const char *page : {"groov-update", "groov-update-gui", "groov-device-sim"})
        QTest::newRow(page) << kPackaging + QStringLiteral("/man/%1.1").arg(QLatin1String(page));
}

// The .TH line: title, section, date, source ("groov-update VERSION"), manual.
void TestVersionsAgree::manPages()
{
    QFETCH(QString, page);
    QFile file(page);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(page));
    const QString text = QString::fromUtf8(file.readAll());
    const QRegularExpressionMatch th =
        QRegularExpression(QStringLiteral("^\\.TH \\S+ 1 \"([^\"]*)\" \"groov-update ([^\"]*)\""),
                           QRegularExpression::MultilineOption)
            .match(text);
    QVERIFY2(th.hasMatch(), qPrintable(page + QStringLiteral(": no .TH line as expected")));
    QCOMPARE(th.captured(2), kVersion);
    QCOMPARE(th.captured(1), QStringLiteral(GROOV_RELEASE_DATE));
}

// "groov-update (0.1.0-1) unstable; urgency=medium": the changelog's newest entry is the package's version.
void TestVersionsAgree::debianChangelog()
{
    const QString line = firstLineOf(kPackaging + QStringLiteral("/doc/groov-update/changelog.Debian"));
    const QRegularExpressionMatch entry = QRegularExpression(QStringLiteral("^\\S+ \\(([^)]+)\\)")).match(line);
    QVERIFY2(entry.hasMatch(), qPrintable(line));
    QCOMPARE(upstreamPart(entry.captured(1)), kVersion);
}

// The packages scripts/test's package step has just made in the build folder (scripts/check-package), if any.
void TestVersionsAgree::builtPackages()
{
    const QDir packages(QStringLiteral(GROOV_PACKAGES_DIR));
    const QStringList debs = packages.entryList({QStringLiteral("*.deb")}, QDir::Files);
    if (debs.isEmpty())
        QSKIP("no .deb in the build folder's packages/ (scripts/test makes them before the tests)");
    for (const QString &deb : debs) {
        const QString version = outputOf(QStringLiteral("dpkg-deb"),
                                         {QStringLiteral("-f"), packages.filePath(deb), QStringLiteral("Version")});
        QVERIFY2(upstreamPart(version) == kVersion,
                 qPrintable(QStringLiteral("%1 has version %2, the project %3 (a package left from another build? "
                                           "scripts/test makes them again)")
                                .arg(deb, version, kVersion)));
    }
}

QTEST_MAIN(TestVersionsAgree)
#include "tst_versionsagree.moc"
