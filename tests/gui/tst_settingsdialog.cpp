// The desktop application's Settings: the language chosen there is kept, shown when the dialog opens again, and
// spoken by the next start (here, its --help); --lang wins over it for one run, and a language that is not shipped
// is refused before any window opens.
#include "LanguageSetting.h"
#include "SettingsDialog.h"
#include "TsCatalogue.h"
#include "UpdateWizard.h"
#include "WizardContext.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace groov;
using namespace groov::gui;
using namespace groov::test;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init() { LanguageSetting::write(QString()); }
    void theChosenLanguageIsKeptAndShownAgain();
    void cancelKeepsTheFormerChoice();
    void theWizardsSettingsButtonOpensIt();
    void theNextStartSpeaksTheChosenLanguage();
    void langWinsOverTheSetting();
    void anUnshippedLangIsRefusedBeforeAnyWindow();

private:
    QString runGui(const QStringList &arguments, int *exitCode = nullptr) const;
    static void choose(SettingsDialog &dialog, const QString &language);

    QTemporaryDir m_config;
};

void TestSettingsDialog::initTestCase()
{
    // The preferences are written under XDG_CONFIG_HOME: a folder of this test's own, for it and the program it runs.
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", m_config.path().toUtf8());
}

void TestSettingsDialog::choose(SettingsDialog &dialog, const QString &language)
{
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(combo);
    const int index = combo->findData(language);
    QVERIFY2(index >= 0, qPrintable(language));
    combo->setCurrentIndex(index);
}

QString TestSettingsDialog::runGui(const QStringList &arguments, int *exitCode) const
{
    QProcess gui;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
    gui.setProcessEnvironment(environment);
    gui.start(QStringLiteral(GROOV_UPDATE_GUI_BINARY), arguments);
    if (!gui.waitForFinished(60'000))
        return {};
    if (exitCode)
        *exitCode = gui.exitCode();
    return QString::fromUtf8(gui.readAllStandardOutput() + gui.readAllStandardError());
}

void TestSettingsDialog::theChosenLanguageIsKeptAndShownAgain()
{
    {
        SettingsDialog dialog;
        choose(dialog, QStringLiteral("es"));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    QCOMPARE(LanguageSetting::read(), QStringLiteral("es"));
    SettingsDialog again;
    QCOMPARE(again.chosenLanguage(), QStringLiteral("es"));
    // "As the system says" is the empty choice: nothing kept.
    choose(again, QString());
    again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(LanguageSetting::read(), QString());
}

void TestSettingsDialog::cancelKeepsTheFormerChoice()
{
    LanguageSetting::write(QStringLiteral("de"));
    SettingsDialog dialog;
    choose(dialog, QStringLiteral("en"));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(LanguageSetting::read(), QStringLiteral("de"));
}

void TestSettingsDialog::theWizardsSettingsButtonOpensIt()
{
    QTemporaryDir profiles;
    MemorySecretStore secrets;
    WizardContext context(ProfileStore(profiles.filePath(QStringLiteral("profiles.ini"))), &secrets);
    UpdateWizard wizard(context);
    wizard.show();
    QAbstractButton *settingsButton = wizard.button(QWizard::CustomButton1);
    QVERIFY(settingsButton->isVisible());
    QCOMPARE(settingsButton->text(), QStringLiteral("&Settings…"));
    settingsButton->click();
    QTRY_VERIFY(wizard.findChild<SettingsDialog *>() && wizard.findChild<SettingsDialog *>()->isVisible());
    wizard.findChild<SettingsDialog *>()->reject();
}

void TestSettingsDialog::theNextStartSpeaksTheChosenLanguage()
{
    const QString german = TsCatalogue(QStringLiteral("de")).translationOf(QStringLiteral("Firmware file."));
    QVERIFY(!german.isEmpty());
    QVERIFY2(runGui({QStringLiteral("--help")}).contains(QLatin1String("Firmware file.")), "English before");
    LanguageSetting::write(QStringLiteral("de"));
    const QString help = runGui({QStringLiteral("--help")});
    QVERIFY2(help.contains(german), qPrintable(help));
}

void TestSettingsDialog::langWinsOverTheSetting()
{
    LanguageSetting::write(QStringLiteral("de"));
    const QString spanish = TsCatalogue(QStringLiteral("es")).translationOf(QStringLiteral("Firmware file."));
    QVERIFY(!spanish.isEmpty());
    const QString help = runGui({QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("--help")});
    QVERIFY2(help.contains(spanish), qPrintable(help));
}

void TestSettingsDialog::anUnshippedLangIsRefusedBeforeAnyWindow()
{
    int exitCode = -1;
    // No display is needed for the refusal: it comes before the window (QT_QPA_PLATFORM is offscreen anyway).
    const QString said = runGui({QStringLiteral("--lang=fr")}, &exitCode);
    QCOMPARE(exitCode, 2);
    QVERIFY2(said.contains(QLatin1String("The language \"fr\" is not available. Choose one of: en, de, es.")),
             qPrintable(said));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
