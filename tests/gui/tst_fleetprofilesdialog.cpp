// The dialog that makes a fleet plan of saved profiles or of a device list (FleetProfilesDialog): what it lists, the
// plan its choices build, Cancel building nothing (also from the Fleet window), its checks, and the typed confirmation
// that turning off "preserve settings" needs.
#include "FleetProfilesDialog.h"
#include "FleetSession.h"
#include "FleetWindow.h"
#include "PromptScript.h"
#include "SecretStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace groov;
using namespace groov::gui;

namespace {

const QStringList Profiles{QStringLiteral("oven"), QStringLiteral("press line"), QStringLiteral("saw")};

struct Fixture
{
    PromptScript prompts;
    QTemporaryDir dir;
    ProfileStore profiles{dir.filePath(QStringLiteral("profiles.ini"))};
    QString firmware = dir.filePath(QStringLiteral("epic-4.1.0-b.42.bin"));
    std::unique_ptr<FleetProfilesDialog> dialog;

    Fixture()
    {
        for (const QString &name : Profiles) {
            DeviceProfile profile;
            profile.name = name;
            profile.address = QStringLiteral("10.0.0.%1").arg(Profiles.indexOf(name) + 1);
            QVERIFY(profiles.save(profile).ok());
        }
        QFile file(firmware);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(QByteArray(4096, 'f')) == 4096);
    }
    void build()
    {
        dialog = std::make_unique<FleetProfilesDialog>(profiles);
        dialog->show();
    }
    template<typename Widget>
    Widget *child(const char *name) const
    {
        return dialog->findChild<Widget *>(QLatin1String(name));
    }
    QListWidget *list() const { return child<QListWidget>("profileList"); }
    void uncheck(int row) { list()->item(row)->setCheckState(Qt::Unchecked); }
    void setFirmware(const QString &path) { child<QLineEdit>("firmwareEdit")->setText(path); }
    void press(QDialogButtonBox::StandardButton which)
    {
        QTest::mouseClick(child<QDialogButtonBox>("buttonBox")->button(which), Qt::LeftButton);
    }
    QLabel *problem() const { return child<QLabel>("problemLabel"); }
    // The words the factory reset's question asks the user to type.
    QString wordsAsked() const
    {
        const QString label = prompts.textQuestions().constLast().label;
        const QLatin1String marker("type: ");
        return label.mid(label.lastIndexOf(marker) + marker.size());
    }
};

} // namespace

class TestFleetProfilesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsEverySavedProfileChosen();
    void theChosenProfilesBecomeThePlansDevices();
    void aDeviceListsDevicesBecomeThePlansDevices();
    void cancelBuildsNothing();
    void cancelInTheFleetWindowKeepsItsPlan();
    void incompleteChoicesAreRefusedInTheDialog_data();
    void incompleteChoicesAreRefusedInTheDialog();
    void notPreservingSettingsNeedsTheTypedWords();
    void wordsTypedInTheDialogAreNotAskedAgainAtStart();
};

void TestFleetProfilesDialog::listsEverySavedProfileChosen()
{
    Fixture f;
    f.build();
    QCOMPARE(f.list()->count(), Profiles.size());
    for (int row = 0; row < Profiles.size(); ++row) {
        QCOMPARE(f.list()->item(row)->text(), Profiles.at(row));
        QCOMPARE(f.list()->item(row)->checkState(), Qt::Checked);
    }
    QVERIFY(!f.list()->accessibleName().isEmpty());
    QVERIFY(!f.problem()->isVisible());
}

void TestFleetProfilesDialog::theChosenProfilesBecomeThePlansDevices()
{
    Fixture f;
    f.build();
    f.uncheck(1);
    f.setFirmware(f.firmware);
    f.child<QSpinBox>("concurrencySpin")->setValue(3);
    f.press(QDialogButtonBox::Ok);
    QCOMPARE(f.dialog->result(), int(QDialog::Accepted));
    const FleetPlan &plan = f.dialog->plan();
    QCOMPARE(plan.devices.size(), 2);
    for (const auto &[index, name] : {std::pair{0, Profiles.at(0)}, std::pair{1, Profiles.at(2)}}) {
        const FleetDevice &device = plan.devices.at(index);
        QCOMPARE(device.name, name);
        QCOMPARE(device.profile, name);
        QVERIFY(device.address.isEmpty()); // the profile's, found when the run starts
        QCOMPARE(device.key.kind, FleetKeySource::Kind::Profile);
    }
    QCOMPARE(plan.firmwarePath, QFileInfo(f.firmware).absoluteFilePath());
    QCOMPARE(plan.concurrency, 3);
    QVERIFY(plan.preserveSettings);
    QVERIFY(!f.dialog->factoryResetConfirmed());
    QVERIFY(f.prompts.textQuestions().isEmpty());
}

void TestFleetProfilesDialog::aDeviceListsDevicesBecomeThePlansDevices()
{
    Fixture f;
    FleetDevice press;
    press.name = QStringLiteral("press-1");
    press.address = QStringLiteral("10.20.0.11");
    press.pin = QByteArray(64, 'a');
    press.key = {FleetKeySource::Kind::File, QStringLiteral("/plant/keys/press-1.key")};
    FleetDevice oven;
    oven.name = QStringLiteral("oven");
    oven.profile = QStringLiteral("Oven line");
    oven.key.kind = FleetKeySource::Kind::Profile;
    f.dialog = std::make_unique<FleetProfilesDialog>(QList<FleetDevice>{press, oven}, QStringLiteral("plant & co.csv"));
    f.dialog->show();
    QCOMPARE(f.list()->count(), 2);
    QCOMPARE(f.list()->item(0)->text(), QStringLiteral("press-1 (10.20.0.11)"));
    QCOMPARE(f.list()->item(1)->text(), QStringLiteral("oven (Oven line)"));
    QCOMPARE(f.child<QLabel>("profilesCaption")->text(), QStringLiteral("&Devices to update, from plant && co.csv:"));

    f.uncheck(1);
    f.setFirmware(f.firmware);
    f.press(QDialogButtonBox::Ok);
    QCOMPARE(f.dialog->result(), int(QDialog::Accepted));
    const FleetPlan &plan = f.dialog->plan();
    QCOMPARE(plan.devices.size(), 1);
    QCOMPARE(plan.devices.at(0).name, press.name);
    QCOMPARE(plan.devices.at(0).address, press.address);
    QCOMPARE(plan.devices.at(0).pin, press.pin);
    QCOMPARE(plan.devices.at(0).key.kind, FleetKeySource::Kind::File);
    QCOMPARE(plan.devices.at(0).key.name, press.key.name);
}

void TestFleetProfilesDialog::cancelBuildsNothing()
{
    Fixture f;
    f.build();
    f.setFirmware(f.firmware);
    f.press(QDialogButtonBox::Cancel);
    QCOMPARE(f.dialog->result(), int(QDialog::Rejected));
    QVERIFY(f.dialog->plan().devices.isEmpty());
    QVERIFY(f.dialog->plan().firmwarePath.isEmpty());
}

void TestFleetProfilesDialog::cancelInTheFleetWindowKeepsItsPlan()
{
    Fixture f;
    MemorySecretStore keychain;
    FleetWindow window(f.profiles, &keychain);
    window.show();
    const auto openDialog = [&window] {
        window.findChild<QPushButton *>(QStringLiteral("profilesButton"))->click();
        return window.findChild<FleetProfilesDialog *>();
    };
    // Accepted: the window shows the dialog's plan.
    FleetProfilesDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->findChild<QListWidget *>()->item(0)->setCheckState(Qt::Unchecked);
    dialog->findChild<QLineEdit *>(QStringLiteral("firmwareEdit"))->setText(f.firmware);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!window.findChild<FleetProfilesDialog *>()); // closed and gone
    QCOMPARE(window.session().plan().devices.size(), 2);
    auto *table = window.findChild<QTableView *>(QStringLiteral("deviceTable"));
    QCOMPARE(table->model()->rowCount(), 2);

    // Cancelled with every profile chosen: the plan stays the one before.
    dialog = openDialog();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("firmwareEdit"))->setText(f.firmware);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY(!window.findChild<FleetProfilesDialog *>());
    QCOMPARE(window.session().plan().devices.size(), 2);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(window.session().plan().devices.at(0).name, Profiles.at(1));
}

void TestFleetProfilesDialog::incompleteChoicesAreRefusedInTheDialog_data()
{
    QTest::addColumn<bool>("noneChosen");
    QTest::addColumn<QString>("firmware"); // "<real>": the fixture's file
    QTest::addColumn<QString>("expected");
    QTest::newRow("no device") << true << QStringLiteral("<real>") << QStringLiteral("Choose at least one device.");
    QTest::newRow("no firmware") << false << QString() << QStringLiteral("Choose the firmware file to install.");
    QTest::newRow("a firmware file not there")
        << false << QStringLiteral("/nonexistent/epic.bin") << QStringLiteral("The firmware file");
    QTest::newRow("a folder for firmware") << false << QStringLiteral("/tmp") << QStringLiteral("The firmware file");
}

void TestFleetProfilesDialog::incompleteChoicesAreRefusedInTheDialog()
{
    QFETCH(bool, noneChosen);
    QFETCH(QString, firmware);
    QFETCH(QString, expected);
    Fixture f;
    f.build();
    if (noneChosen) {
        for (int row = 0; row < f.list()->count(); ++row)
            f.uncheck(row);
    }
    f.setFirmware(firmware == QLatin1String("<real>") ? f.firmware : firmware);
    f.press(QDialogButtonBox::Ok);
    // Still open, the problem said in it, and no plan.
    QVERIFY(f.dialog->isVisible());
    QCOMPARE(f.dialog->result(), 0);
    QVERIFY(f.dialog->plan().devices.isEmpty());
    QVERIFY(f.problem()->isVisible());
    QVERIFY2(f.problem()->text().contains(expected.toHtmlEscaped()), qPrintable(f.problem()->text()));

    // Put right, the same dialog accepts.
    for (int row = 0; row < f.list()->count(); ++row)
        f.list()->item(row)->setCheckState(Qt::Checked);
    f.setFirmware(f.firmware);
    f.press(QDialogButtonBox::Ok);
    QCOMPARE(f.dialog->result(), int(QDialog::Accepted));
    QCOMPARE(f.dialog->plan().devices.size(), Profiles.size());
}

void TestFleetProfilesDialog::notPreservingSettingsNeedsTheTypedWords()
{
    Fixture f;
    f.build();
    f.uncheck(2);
    auto *preserve = f.child<QCheckBox>("preserveCheck");
    QVERIFY(preserve->isChecked());

    // Words other than those asked: settings stay preserved.
    f.prompts.answerText(QStringLiteral("yes"));
    preserve->click();
    QCOMPARE(f.prompts.textQuestions().size(), 1);
    QVERIFY2(f.prompts.textQuestions().first().label.contains(QLatin1String("erase 2 device")),
             qPrintable(f.prompts.textQuestions().first().label));
    QVERIFY(preserve->isChecked());
    QVERIFY(!f.dialog->factoryResetConfirmed());
    const QString words = f.wordsAsked();
    QVERIFY2(words.startsWith(QLatin1String("erase 2 device")), qPrintable(words));

    // Cancelled: the same.
    f.prompts.answerText(QString());
    preserve->click();
    QVERIFY(preserve->isChecked());
    QVERIFY(!f.dialog->factoryResetConfirmed());

    // The exact words (spaces around them ignored): the plan erases settings, confirmed.
    f.prompts.answerText(QStringLiteral("  %1 ").arg(words));
    preserve->click();
    QVERIFY(!preserve->isChecked());
    QVERIFY(f.dialog->factoryResetConfirmed());
    f.setFirmware(f.firmware);
    f.press(QDialogButtonBox::Ok);
    QCOMPARE(f.dialog->result(), int(QDialog::Accepted));
    QVERIFY(!f.dialog->plan().preserveSettings);
    QCOMPARE(f.dialog->plan().devices.size(), 2);
}

void TestFleetProfilesDialog::wordsTypedInTheDialogAreNotAskedAgainAtStart()
{
    Fixture f;
    MemorySecretStore keychain; // no keys: a start ends at finding them, before any request
    FleetWindow window(f.profiles, &keychain);
    window.show();
    window.findChild<QPushButton *>(QStringLiteral("profilesButton"))->click();
    auto *dialog = window.findChild<FleetProfilesDialog *>();
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("firmwareEdit"))->setText(f.firmware);
    auto *preserve = dialog->findChild<QCheckBox *>(QStringLiteral("preserveCheck"));
    f.prompts.answerText(QString()); // cancelled once, to learn the words asked
    preserve->click();
    f.prompts.answerText(f.wordsAsked());
    preserve->click();
    QVERIFY(dialog->factoryResetConfirmed());
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!window.findChild<FleetProfilesDialog *>());
    QVERIFY(!window.session().plan().preserveSettings);
    QCOMPARE(f.prompts.textQuestions().size(), 2);

    // The first Start goes on to finding the keys without asking again.
    QSignalSpy refused(&window.session(), &FleetSession::refused);
    auto *start = window.findChild<QPushButton *>(QStringLiteral("startButton"));
    start->click();
    QTRY_COMPARE(refused.size(), 1);
    QCOMPARE(f.prompts.textQuestions().size(), 2);

    // The words counted once: the next Start asks for them, and without them starts nothing.
    f.prompts.answerText(QString());
    start->click();
    QCOMPARE(f.prompts.textQuestions().size(), 3);
    QTest::qWait(50);
    QCOMPARE(refused.size(), 1);
    QVERIFY(!window.session().isBusy());
}

QTEST_MAIN(TestFleetProfilesDialog)
#include "tst_fleetprofilesdialog.moc"
