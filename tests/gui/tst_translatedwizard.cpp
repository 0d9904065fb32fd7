// The desktop application in German: an update from the first page to the result against the in-process simulator,
// and the dialogs. Each screen shows German words and no English text that has a translation, and every text the
// program looks up is found under the context it asks for (TranslationAudit). With GROOV_SCREENSHOT_DIR set
// (scripts/screenshots), the pages are saved as pictures (docs/screenshots/de/). Each screen also passes the
// accessibility audit in German: the accelerators are the translator's, each letter once in a window.
#include "AboutDialog.h"
#include "AccessibilityAudit.h"
#include "FleetWindow.h"
#include "ProfilesDialog.h"
#include "ProgressPage.h"
#include "SettingsDialog.h"
#include "TranslationAudit.h"
#include "Translations.h"
#include "TsCatalogue.h"
#include "UpdateWizard.h"
#include "WizardDriver.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QLabel>
#include <QLibraryInfo>
#include <QTest>
#include <QTextDocumentFragment>

using namespace groov;
using namespace groov::gui;
using namespace groov::test;

namespace {

// What a person reads on the window: its title, the page's title and subtitle, labels, buttons, group titles.
QStringList visibleTexts(QWidget &window)
{
    QStringList texts{window.windowTitle()};
    if (auto *wizard = qobject_cast<QWizard *>(&window); wizard && wizard->currentPage())
        texts << wizard->currentPage()->title() << wizard->currentPage()->subTitle();
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts << group->title();
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestTranslatedWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { qputenv("GROOV_API_KEY", QByteArray()); }
    void everyPageOfAnUpdateIsGerman();
    void theDialogsAreGerman();
    void qtsOwnButtonsAreGermanWhereDebianShipsThem();
    void everyTextLookedUpWasFoundUnderItsContext();

private:
    void verifyGerman(QWidget &window, const QString &screen);

    Translations m_translations;
    std::unique_ptr<TranslationAudit> m_audit;
    TsCatalogue m_german{QStringLiteral("de")};
};

void TestTranslatedWizard::initTestCase()
{
    QVERIFY(m_translations.install(QStringLiteral("de")));
    m_audit = std::make_unique<TranslationAudit>(QStringLiteral("de"));
    QVERIFY(m_audit->isReady());
    QVERIFY(m_german.isLoaded());
    QCoreApplication::installTranslator(m_audit.get()); // the last installed is asked first
}

void TestTranslatedWizard::verifyGerman(QWidget &window, const QString &screen)
{
    QCoreApplication::processEvents();
    QStringList english;
    int german = 0;
    for (const QString &text : visibleTexts(window)) {
        const QString shown = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
        if (m_german.isUntranslatedEnglish(text) || m_german.isUntranslatedEnglish(shown))
            english << text;
        if (m_german.isTranslation(text))
            ++german;
    }
    QVERIFY2(english.isEmpty(),
             qPrintable(screen + QStringLiteral(" shows English: ") + english.join(QStringLiteral(" | "))));
    QVERIFY2(german > 0, qPrintable(screen + QStringLiteral(" shows no German text: ") +
                                    visibleTexts(window).join(QStringLiteral(" | "))));

    AccessibilityAudit accessibility(window);
    if (auto *wizard = qobject_cast<QWizard *>(&window))
        accessibility.setReadingOrderScope(wizard->currentPage());
    const QStringList problems = accessibility.problems();
    for (const QString &problem : problems)
        qWarning().noquote() << screen + QStringLiteral(": ") + problem;
    QVERIFY2(problems.isEmpty(),
             qPrintable(screen + QStringLiteral(": accessibility problems in German, listed above")));
}

void TestTranslatedWizard::everyPageOfAnUpdateIsGerman()
{
    WizardFixture fixture;
    UpdateWizard &wizard = fixture.wizard;
    const QString firmware =
        fixture.sim.makeFirmware(QStringLiteral("epic"), 3'000'000, QStringLiteral("GRV-EPIC-firmware-4.1.0-b.42.bin"));
    QStringList visited;
    WizardDriver::Walk walk;
    walk.grabPages = true;
    walk.visit = [this, &visited](QWidget &window, const QString &screen) {
        visited << screen;
        verifyGerman(window, screen);
    };
    WizardDriver::walkToProgress(fixture, firmware, walk);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(visited, (QStringList{QStringLiteral("2-trust"), QStringLiteral("1-device"), QStringLiteral("3-firmware"),
                                   QStringLiteral("4-review")}));

    QTRY_VERIFY_WITH_TIMEOUT(wizard.controller().phase() >= UpdatePhase::Upload, 30'000);
    WizardDriver::grabIfAsked(wizard, QStringLiteral("5-progress"));
    verifyGerman(wizard, QStringLiteral("5-progress"));
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(UpdateWizard::ResultPageId), 60'000);
    WizardDriver::grabIfAsked(wizard, QStringLiteral("7-result-success"));
    verifyGerman(wizard, QStringLiteral("7-result-success"));
    QCOMPARE(wizard.controller().report().outcome, UpdateOutcome::Succeeded);
}

void TestTranslatedWizard::theDialogsAreGerman()
{
    QTemporaryDir dir;
    MemorySecretStore secrets;
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.ini")));

    SettingsDialog settings;
    settings.show();
    WizardDriver::grabIfAsked(settings, QStringLiteral("12-settings"));
    verifyGerman(settings, QStringLiteral("Settings"));

    AboutDialog about;
    about.show();
    verifyGerman(about, QStringLiteral("About"));

    ProfilesDialog profilesDialog(profiles, secrets);
    profilesDialog.show();
    verifyGerman(profilesDialog, QStringLiteral("Profiles"));

    FleetWindow fleet(profiles, &secrets);
    fleet.show();
    WizardDriver::grabIfAsked(fleet, QStringLiteral("13-fleet"));
    verifyGerman(fleet, QStringLiteral("Fleet"));
}

void TestTranslatedWizard::qtsOwnButtonsAreGermanWhereDebianShipsThem()
{
    // Debian's qt6-translations-l10n (scripts/setup installs it) holds Qt's own words, such as the wizard's buttons.
    QTranslator qts;
    if (!qts.load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QSKIP("Qt's German translation is not installed here");
    WizardFixture fixture;
    fixture.wizard.show();
    const QString cancel = fixture.wizard.button(QWizard::CancelButton)->text();
    QCOMPARE(cancel, qts.translate("QWizard", "Cancel"));
    QVERIFY(!cancel.isEmpty());
}

void TestTranslatedWizard::everyTextLookedUpWasFoundUnderItsContext()
{
    QVERIFY2(m_audit->missed().isEmpty(),
             qPrintable(QStringLiteral("not found under the context looked up (run scripts/translations; check the "
                                       "tr() idiom):\n") +
                        m_audit->missed().join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestTranslatedWizard)
#include "tst_translatedwizard.moc"
