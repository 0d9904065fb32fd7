// The About dialog (issue 15): what it says, that every control has an accessible name, that Escape closes it, and
// that the wizard and the Fleet window open it. With $GROOV_SCREENSHOT_DIR set it saves a picture (about.png).
#include "AboutDialog.h"
#include "FleetWindow.h"
#include "UpdateWizard.h"
#include "WizardContext.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace groov;
using namespace groov::gui;

class TestAboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saysWhatItIsAndWhichVersion();
    void everyControlHasAnAccessibleName();
    void escapeClosesIt();
    void theWizardOpensItFromItsButtonRow();
    void theFleetWindowOpensIt();

private:
    static QString text(const QWidget &dialog, const char *label)
    {
        return dialog.findChild<QLabel *>(QLatin1String(label))->text();
    }
    // The dialog window-modal over parent, once it is shown.
    static AboutDialog *shownOver(QWidget &parent)
    {
        auto *dialog = parent.findChild<AboutDialog *>();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }

    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
};

void TestAboutDialog::saysWhatItIsAndWhichVersion()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(text(dialog, "productLabel"), QStringLiteral("groov Firmware Update"));
    QCOMPARE(text(dialog, "versionLabel"), QStringLiteral("Version " GROOV_VERSION));
    QCOMPARE(text(dialog, "qtLabel"), QStringLiteral("Running on Qt ") + QLatin1String(qVersion()));
    QVERIFY(text(dialog, "purposeLabel").contains(QLatin1String("groov EPIC")));
    QVERIFY2(text(dialog, "documentationLabel").contains(QLatin1String("/share/doc/groov-update")),
             qPrintable(text(dialog, "documentationLabel")));
    QCOMPARE(text(dialog, "copyrightLabel"), QStringLiteral("Copyright " GROOV_COPYRIGHT));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("iconLabel"))->pixmap().isNull());

    const QString folder = qEnvironmentVariable("GROOV_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(dialog.grab().save(folder + QStringLiteral("/about.png")));
}

void TestAboutDialog::everyControlHasAnAccessibleName()
{
    AboutDialog dialog;
    const auto widgets = dialog.findChildren<QWidget *>();
    int named = 0;
    for (QWidget *widget : widgets) {
        if (!qobject_cast<const QLabel *>(widget) && !qobject_cast<const QAbstractButton *>(widget))
            continue;
        // What a screen reader says: the accessible interface's name.
        const QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(accessible, qPrintable(widget->objectName()));
        const QString name = accessible->text(QAccessible::Name);
        QVERIFY2(!name.isEmpty(), qPrintable(widget->objectName()));
        // A label with text is heard with its text, not with a caption in its place.
        if (const auto *label = qobject_cast<const QLabel *>(widget); label && !label->text().isEmpty())
            QVERIFY2(name.contains(label->text().section(QLatin1Char('\n'), 0, 0)),
                     qPrintable(widget->objectName() + QStringLiteral(": ") + name));
        ++named;
    }
    QCOMPARE(named, 8); // seven labels and Close
}

void TestAboutDialog::escapeClosesIt()
{
    QWidget parent;
    parent.show();
    QPointer<AboutDialog> dialog = AboutDialog::openOver(&parent);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull()); // closed, and deleted with it
}

void TestAboutDialog::theWizardOpensItFromItsButtonRow()
{
    WizardContext context(ProfileStore(m_dir.filePath(QStringLiteral("p.ini"))), &m_secrets);
    UpdateWizard wizard(context);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QAbstractButton *about = wizard.button(QWizard::CustomButton2);
    QVERIFY(about->isVisible());
    QCOMPARE(about->text(), QStringLiteral("Ab&out"));
    QVERIFY(!about->accessibleName().isEmpty());
    // On the left of the row, before Next.
    QVERIFY(about->x() < wizard.button(QWizard::NextButton)->x());
    about->click();
    QTRY_VERIFY(shownOver(wizard));
    shownOver(wizard)->reject();
    QTRY_VERIFY(!wizard.findChild<AboutDialog *>());
    // Its accelerator, Alt+O.
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    QTest::keyClick(&wizard, Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(shownOver(wizard));
}

void TestAboutDialog::theFleetWindowOpensIt()
{
    FleetWindow window(ProfileStore(m_dir.filePath(QStringLiteral("fleet.ini"))), &m_secrets);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *about = window.findChild<QPushButton *>(QStringLiteral("aboutButton"));
    QVERIFY(about);
    QVERIFY(!about->accessibleName().isEmpty());
    about->click();
    QTRY_VERIFY(shownOver(window));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
