// The "Manage profiles" dialog over a profile store in a temporary folder and an in-memory keychain: rename,
// duplicate and delete move, copy and delete the API key along with the profile.
#include "ProfilesDialog.h"
#include "PromptScript.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace groov;
using namespace groov::gui;

namespace {

// A system without a keychain: every operation answers Unavailable, from the event loop.
class UnavailableSecretStore : public SecretStore
{
public:
    using SecretStore::SecretStore;
    void readApiKey(const QString &, Callback done) override { answer(std::move(done)); }
    void writeApiKey(const QString &, const QString &, Callback done) override { answer(std::move(done)); }
    void deleteApiKey(const QString &, Callback done) override { answer(std::move(done)); }

private:
    void answer(Callback done)
    {
        QTimer::singleShot(0, this, [done] {
            done(Answer{Outcome::Unavailable, {}, QStringLiteral("No keychain on this test system.")});
        });
    }
};

QString readKey(SecretStore &secrets, const QString &profile)
{
    QString key;
    bool answered = false;
    secrets.readApiKey(profile, [&](const SecretStore::Answer &answer) {
        key = answer.outcome == SecretStore::Outcome::Ok ? answer.secret : QString();
        answered = true;
    });
    if (!QTest::qWaitFor([&] { return answered; }))
        return QStringLiteral("<no answer>");
    return key;
}

} // namespace

class TestProfilesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsProfilesWithTheirLastResult();
    void renameMovesProfileAndKey();
    void renameToAnExistingNameIsRefused();
    void renameToAnInvalidNameIsRefused();
    void cancelledPromptChangesNothing();
    void renameWithoutKeychainStillRenames();
    void duplicateCopiesKeyButNotLastResult();
    void confirmedDeleteRemovesProfileAndKey();
    void declinedDeleteChangesNothing();
    void everyControlIsNamedForAssistiveTechnology();

private:
    // The dialog's questions (a new name, "delete?") are answered by the script, which keeps them.
    struct Fixture
    {
        PromptScript prompts;
        QTemporaryDir dir;
        ProfileStore profiles{dir.filePath(QStringLiteral("profiles.ini"))};
        MemorySecretStore memorySecrets;
        std::unique_ptr<ProfilesDialog> dialog;

        Fixture()
        {
            addProfile(QStringLiteral("press line"), QStringLiteral("10.0.0.5"), QStringLiteral("succeeded"));
            addProfile(QStringLiteral("packaging"), QStringLiteral("epic-02.local"), QString());
        }
        void addProfile(const QString &name, const QString &address, const QString &lastResult)
        {
            DeviceProfile profile;
            profile.name = name;
            profile.address = address;
            profile.trust = DeviceProfile::Trust::Pinned;
            profile.pinnedFingerprint = QString(64, QLatin1Char('a'));
            profile.preserveSettings = false;
            profile.lastResult = lastResult;
            if (!lastResult.isEmpty())
                profile.lastResultAt = QDateTime(QDate(2024, 3, 1), QTime(9, 30), Qt::UTC);
            QVERIFY(profiles.save(profile).ok());
        }
        void storeKey(const QString &name, const QString &key)
        {
            bool written = false;
            memorySecrets.writeApiKey(name, key, [&](const SecretStore::Answer &) { written = true; });
            QTRY_VERIFY(written);
        }
        void build(SecretStore &secrets) { dialog = std::make_unique<ProfilesDialog>(profiles, secrets); }
        void build() { build(memorySecrets); }
        template<typename Widget>
        Widget *child(const char *name) const
        {
            return dialog->findChild<Widget *>(QLatin1String(name));
        }
        void click(const char *button) { QTest::mouseClick(child<QPushButton>(button), Qt::LeftButton); }
        QString status() const { return child<QLabel>("statusLabel")->text(); }
        QStringList names() const { return profiles.names().value(); }
        // The name each name prompt offered.
        QStringList suggestedNames() const
        {
            QStringList names;
            for (const Prompts::TextQuestion &question : prompts.textQuestions())
                names.append(question.suggestion);
            return names;
        }
        // What each delete confirmation asked.
        QStringList deleteQuestions() const
        {
            QStringList questions;
            for (const Prompts::Confirmation &question : prompts.confirmations())
                questions.append(question.text);
            return questions;
        }
    };
};

void TestProfilesDialog::listsProfilesWithTheirLastResult()
{
    Fixture fixture;
    fixture.build();
    auto *list = fixture.child<QListWidget>("profileList");
    QCOMPARE(list->count(), 2);
    QVERIFY(list->item(0)->text().startsWith(QLatin1String("packaging\nepic-02.local")));
    QVERIFY(!list->item(0)->text().contains(QLatin1String("Last update")));
    const QString pressLine = list->item(1)->text();
    QVERIFY2(pressLine.contains(QLatin1String("10.0.0.5")), qPrintable(pressLine));
    QVERIFY2(pressLine.contains(QLatin1String("Last update: succeeded")), qPrintable(pressLine));
    QVERIFY2(pressLine.contains(QLatin1String("2024")) || pressLine.contains(QLatin1String("24")),
             qPrintable(pressLine));
    QCOMPARE(fixture.dialog->selectedName(), QStringLiteral("packaging"));
}

void TestProfilesDialog::renameMovesProfileAndKey()
{
    Fixture fixture;
    fixture.storeKey(QStringLiteral("press line"), QStringLiteral("key-1"));
    fixture.build();
    fixture.dialog->selectProfile(QStringLiteral("press line"));
    fixture.prompts.answerText(QStringLiteral("press line 2"));
    QSignalSpy changed(fixture.dialog.get(), &ProfilesDialog::profilesChanged);
    QSignalSpy idle(fixture.dialog.get(), &ProfilesDialog::idle);
    fixture.click("renameButton");
    QCOMPARE(fixture.suggestedNames(), QStringList{QStringLiteral("press line")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(fixture.names(), (QStringList{QStringLiteral("packaging"), QStringLiteral("press line 2")}));
    const auto renamed = fixture.profiles.load(QStringLiteral("press line 2"));
    QVERIFY(renamed.ok());
    QCOMPARE(renamed->address, QStringLiteral("10.0.0.5"));
    QCOMPARE(renamed->pinnedFingerprint, QString(64, QLatin1Char('a')));
    QCOMPARE(renamed->lastResult, QStringLiteral("succeeded"));        // a rename keeps the history
    QVERIFY(!fixture.child<QPushButton>("renameButton")->isEnabled()); // busy with the keychain
    QVERIFY(idle.wait(5000));
    QVERIFY(fixture.child<QPushButton>("renameButton")->isEnabled());
    QVERIFY(fixture.memorySecrets.contains(QStringLiteral("press line 2")));
    QVERIFY(!fixture.memorySecrets.contains(QStringLiteral("press line")));
    QCOMPARE(readKey(fixture.memorySecrets, QStringLiteral("press line 2")), QStringLiteral("key-1"));
    QCOMPARE(fixture.dialog->selectedName(), QStringLiteral("press line 2"));
}

void TestProfilesDialog::renameToAnExistingNameIsRefused()
{
    Fixture fixture;
    fixture.storeKey(QStringLiteral("press line"), QStringLiteral("key-1"));
    fixture.build();
    fixture.dialog->selectProfile(QStringLiteral("press line"));
    fixture.prompts.answerText(QStringLiteral("packaging"));
    QSignalSpy changed(fixture.dialog.get(), &ProfilesDialog::profilesChanged);
    fixture.click("renameButton");
    QVERIFY2(fixture.status().contains(QLatin1String("already exists")), qPrintable(fixture.status()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(fixture.names(), (QStringList{QStringLiteral("packaging"), QStringLiteral("press line")}));
    QCOMPARE(fixture.profiles.load(QStringLiteral("packaging"))->address, QStringLiteral("epic-02.local"));
    QVERIFY(!fixture.dialog->isBusy());
    QVERIFY(fixture.memorySecrets.contains(QStringLiteral("press line")));
    QVERIFY(!fixture.memorySecrets.contains(QStringLiteral("packaging")));
}

void TestProfilesDialog::renameToAnInvalidNameIsRefused()
{
    Fixture fixture;
    fixture.build();
    fixture.dialog->selectProfile(QStringLiteral("press line"));
    QSignalSpy changed(fixture.dialog.get(), &ProfilesDialog::profilesChanged);
    fixture.prompts.answerText(QStringLiteral("line/1"));
    fixture.click("renameButton");
    QVERIFY2(fixture.status().contains(QLatin1String("cannot contain")), qPrintable(fixture.status()));
    fixture.prompts.answerText(QStringLiteral(" padded"));
    fixture.click("renameButton");
    QVERIFY2(fixture.status().contains(QLatin1String("space")), qPrintable(fixture.status()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(fixture.names(), (QStringList{QStringLiteral("packaging"), QStringLiteral("press line")}));
}

void TestProfilesDialog::cancelledPromptChangesNothing()
{
    Fixture fixture;
    fixture.build();
    fixture.dialog->selectProfile(QStringLiteral("press line"));
    QSignalSpy changed(fixture.dialog.get(), &ProfilesDialog::profilesChanged);
    fixture.prompts.answerText(QString()); // cancelled
    fixture.prompts.answerText(QString());
    fixture.click("renameButton");
    fixture.click("duplicateButton");
    QCOMPARE(fixture.suggestedNames(),
             (QStringList{QStringLiteral("press line"), QStringLiteral("press line (copy)")}));
    QCOMPARE(changed.count(), 0);
    QVERIFY(fixture.status().isEmpty());
    QCOMPARE(fixture.names(), (QStringList{QStringLiteral("packaging"), QStringLiteral("press line")}));
}

void TestProfilesDialog::renameWithoutKeychainStillRenames()
{
    Fixture fixture;
    UnavailableSecretStore secrets;
    fixture.build(secrets);
    fixture.dialog->selectProfile(QStringLiteral("press line"));
    fixture.prompts.answerText(QStringLiteral("line 1"));
    QSignalSpy idle(fixture.dialog.get(), &ProfilesDialog::idle);
    fixture.click("renameButton");
    QVERIFY(idle.wait(5000));
    QCOMPARE(fixture.names(), (QStringList{QStringLiteral("line 1"), QStringLiteral("packaging")}));
    QVERIFY2(fixture.status().contains(QLatin1String("not remembered")), qPrintable(fixture.status()));
    QVERIFY2(fixture.status().contains(QLatin1String("No keychain on this test system.")),
             qPrintable(fixture.status()));
}

void TestProfilesDialog::duplicateCopiesKeyButNotLastResult()
{
    Fixture fixture;
    fixture.storeKey(QStringLiteral("press line"), QStringLiteral("key-1"));
    fixture.build();
    fixture.dialog->selectProfile(QStringLiteral("press line"));
    fixture.prompts.answerText(QStringLiteral("press line B"));
    QSignalSpy changed(fixture.dialog.get(), &ProfilesDialog::profilesChanged);
    QSignalSpy idle(fixture.dialog.get(), &ProfilesDialog::idle);
    fixture.click("duplicateButton");
    QCOMPARE(fixture.suggestedNames(), QStringList{QStringLiteral("press line (copy)")});
    QCOMPARE(changed.count(), 1);
    QVERIFY(idle.wait(5000));
    QCOMPARE(fixture.names(),
             (QStringList{QStringLiteral("packaging"), QStringLiteral("press line"), QStringLiteral("press line B")}));
    const auto original = fixture.profiles.load(QStringLiteral("press line"));
    const auto copy = fixture.profiles.load(QStringLiteral("press line B"));
    QVERIFY(original.ok() && copy.ok());
    QCOMPARE(copy->address, original->address);
    QCOMPARE(copy->trust, original->trust);
    QCOMPARE(copy->pinnedFingerprint, original->pinnedFingerprint);
    QCOMPARE(copy->preserveSettings, false);
    QVERIFY(copy->lastResult.isEmpty());
    QVERIFY(!copy->lastResultAt.isValid());
    QCOMPARE(original->lastResult, QStringLiteral("succeeded"));
    QCOMPARE(readKey(fixture.memorySecrets, QStringLiteral("press line B")), QStringLiteral("key-1"));
    QCOMPARE(readKey(fixture.memorySecrets, QStringLiteral("press line")), QStringLiteral("key-1"));
    QCOMPARE(fixture.dialog->selectedName(), QStringLiteral("press line B"));
}

void TestProfilesDialog::confirmedDeleteRemovesProfileAndKey()
{
    Fixture fixture;
    fixture.storeKey(QStringLiteral("press line"), QStringLiteral("key-1"));
    fixture.storeKey(QStringLiteral("packaging"), QStringLiteral("key-2"));
    fixture.build();
    fixture.dialog->selectProfile(QStringLiteral("press line"));
    fixture.prompts.answerConfirmation(true);
    QSignalSpy changed(fixture.dialog.get(), &ProfilesDialog::profilesChanged);
    QSignalSpy idle(fixture.dialog.get(), &ProfilesDialog::idle);
    fixture.click("deleteButton");
    QCOMPARE(fixture.deleteQuestions(), QStringList{QStringLiteral("Delete profile \"press line\"?")});
    QCOMPARE(changed.count(), 1);
    QCOMPARE(fixture.names(), QStringList{QStringLiteral("packaging")});
    QVERIFY(idle.wait(5000));
    QVERIFY(!fixture.memorySecrets.contains(QStringLiteral("press line")));
    QVERIFY(fixture.memorySecrets.contains(QStringLiteral("packaging")));
    QCOMPARE(fixture.child<QListWidget>("profileList")->count(), 1);
    QCOMPARE(fixture.dialog->selectedName(), QStringLiteral("packaging"));
}

void TestProfilesDialog::declinedDeleteChangesNothing()
{
    Fixture fixture;
    fixture.storeKey(QStringLiteral("press line"), QStringLiteral("key-1"));
    fixture.build();
    fixture.dialog->selectProfile(QStringLiteral("press line"));
    fixture.prompts.answerConfirmation(false);
    QSignalSpy changed(fixture.dialog.get(), &ProfilesDialog::profilesChanged);
    fixture.click("deleteButton");
    QCOMPARE(fixture.deleteQuestions(), QStringList{QStringLiteral("Delete profile \"press line\"?")});
    QCOMPARE(changed.count(), 0);
    QVERIFY(!fixture.dialog->isBusy());
    QCOMPARE(fixture.names(), (QStringList{QStringLiteral("packaging"), QStringLiteral("press line")}));
    QCOMPARE(readKey(fixture.memorySecrets, QStringLiteral("press line")), QStringLiteral("key-1"));
    QCOMPARE(fixture.child<QListWidget>("profileList")->count(), 2);
}

void TestProfilesDialog::everyControlIsNamedForAssistiveTechnology()
{
    Fixture fixture;
    fixture.build();
    const QList<QWidget *> controls{
        fixture.child<QListWidget>("profileList"), fixture.child<QPushButton>("renameButton"),
        fixture.child<QPushButton>("duplicateButton"), fixture.child<QPushButton>("deleteButton"),
        fixture.child<QPushButton>("closeButton")};
    for (QWidget *control : controls) {
        QVERIFY(control);
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
    }
    // The tab order follows the layout: list, then the buttons top to bottom (the list's viewport takes no focus).
    QList<QWidget *> chain;
    QWidget *widget = controls.first();
    do {
        if (controls.contains(widget))
            chain.append(widget);
        widget = widget->nextInFocusChain();
    } while (widget != controls.first() && chain.size() < controls.size());
    QCOMPARE(chain, controls);
    QSignalSpy finished(fixture.dialog.get(), &QDialog::finished);
    fixture.click("closeButton");
    QCOMPARE(finished.count(), 1);
}

QTEST_MAIN(TestProfilesDialog)
#include "tst_profilesdialog.moc"
