#include "ProfileStore.h"
#include "SecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace groov;

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void savesAndLoadsEveryField();
    void namesAreSortedAndSurviveOddCharacters();
    void unknownProfileListsTheKnownOnes();
    void renameMovesEverything();
    void removeForgetsTheProfile();
    void rejectsBadNames_data();
    void rejectsBadNames();
    void fileIsReadableByItsOwnerOnly();
    void profileTrustBecomesTlsTrust();
    void profileBecomesTheSameRequestForEveryFrontEnd();
    void memorySecretStoreAnswersAsynchronously();
    void damagedFileIsReportedAndKept_data();
    void damagedFileIsReportedAndKept();
    void unusableEntryIsNamedAndTheRestStillLoads_data();
    void unusableEntryIsNamedAndTheRestStillLoads();
    void factoryResetMarksTheTrustStaleUntilANewPin();
    void othersWhoCanChangeItMakeItUnusable_data();
    void othersWhoCanChangeItMakeItUnusable();
    void savingCreatesPrivateFolders();
    void lastUsedFollowsRenamesAndIsForgottenOnRemove();
    void unusedNameNeverReplacesAProfile();

private:
    void write(const QByteArray &contents) const
    {
        QDir().mkpath(QFileInfo(path()).absolutePath());
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size());
    }
    QByteArray fileContents() const
    {
        QFile file(path());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    QString path() const { return m_dir.filePath(QStringLiteral("config/groov-update/profiles.ini")); }
    QTemporaryDir m_dir;
};

namespace {
DeviceProfile sampleProfile(const QString &name)
{
    DeviceProfile profile;
    profile.name = name;
    profile.address = QStringLiteral("epic-01.local:8443");
    profile.trust = DeviceProfile::Trust::Pinned;
    profile.pinnedFingerprint = QString(64, QLatin1Char('c'));
    profile.preserveSettings = false;
    profile.lastFirmwareFolder = QStringLiteral("/home/tech/firmware");
    profile.lastResult = QStringLiteral("succeeded");
    profile.lastResultAt = QDateTime(QDate(2026, 11, 27), QTime(9, 30), Qt::UTC);
    return profile;
}
} // namespace

void TestProfileStore::init()
{
    QFile::remove(path());
}

void TestProfileStore::savesAndLoadsEveryField()
{
    ProfileStore store(path());
    QVERIFY(store.save(sampleProfile(QStringLiteral("Line 3 EPIC"))).ok());
    const auto loaded = ProfileStore(path()).load(QStringLiteral("Line 3 EPIC"));
    QVERIFY(loaded.ok());
    const DeviceProfile expected = sampleProfile(QStringLiteral("Line 3 EPIC"));
    QCOMPARE(loaded->address, expected.address);
    QCOMPARE(loaded->trust, DeviceProfile::Trust::Pinned);
    QCOMPARE(loaded->pinnedFingerprint, expected.pinnedFingerprint);
    QCOMPARE(loaded->preserveSettings, false);
    QCOMPARE(loaded->lastFirmwareFolder, expected.lastFirmwareFolder);
    QCOMPARE(loaded->lastResult, expected.lastResult);
    QCOMPARE(loaded->lastResultAt, expected.lastResultAt);
    QVERIFY(fileContents().contains("address"));
    QVERIFY(!fileContents().contains("apiKey"));
}

void TestProfileStore::namesAreSortedAndSurviveOddCharacters()
{
    ProfileStore store(path());
    for (const QString &name : {QStringLiteral("zeta"), QStringLiteral("Alpha 1"), QStringLiteral("mixer #2 (old)"),
                                QString::fromUtf8("Kessel \xc3\xbc")})
        QVERIFY(store.save(sampleProfile(name)).ok());
    const auto names = store.names();
    QVERIFY(names.ok());
    QCOMPARE(names.value(), (QStringList{QStringLiteral("Alpha 1"), QString::fromUtf8("Kessel \xc3\xbc"),
                                         QStringLiteral("mixer #2 (old)"), QStringLiteral("zeta")}));
}

void TestProfileStore::unknownProfileListsTheKnownOnes()
{
    ProfileStore store(path());
    QCOMPARE(store.load(QStringLiteral("x")).error().code, ErrorCode::InvalidInput);
    QVERIFY(store.save(sampleProfile(QStringLiteral("press"))).ok());
    const auto missing = store.load(QStringLiteral("presss"));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().message.contains(QLatin1String("press")), qPrintable(missing.error().message));
}

void TestProfileStore::renameMovesEverything()
{
    ProfileStore store(path());
    QVERIFY(store.save(sampleProfile(QStringLiteral("old"))).ok());
    QVERIFY(store.save(sampleProfile(QStringLiteral("taken"))).ok());
    QVERIFY(!store.rename(QStringLiteral("old"), QStringLiteral("taken")).ok());
    QVERIFY(store.rename(QStringLiteral("old"), QStringLiteral("new")).ok());
    QCOMPARE(store.names().value(), (QStringList{QStringLiteral("new"), QStringLiteral("taken")}));
    QCOMPARE(store.load(QStringLiteral("new"))->pinnedFingerprint, QString(64, QLatin1Char('c')));
}

void TestProfileStore::removeForgetsTheProfile()
{
    ProfileStore store(path());
    QVERIFY(store.save(sampleProfile(QStringLiteral("gone"))).ok());
    QVERIFY(store.remove(QStringLiteral("gone")).ok());
    QVERIFY(store.names()->isEmpty());
}

void TestProfileStore::rejectsBadNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces only") << QStringLiteral("   ");
    QTest::newRow("leading space") << QStringLiteral(" epic");
    QTest::newRow("slash") << QStringLiteral("a/b");
    QTest::newRow("backslash") << QStringLiteral("a\\b");
    QTest::newRow("newline") << QStringLiteral("a\nb");
    QTest::newRow("too long") << QString(65, QLatin1Char('n'));
}

void TestProfileStore::rejectsBadNames()
{
    QFETCH(QString, name);
    ProfileStore store(path());
    const Status saved = store.save(sampleProfile(name));
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, ErrorCode::InvalidInput);
    QVERIFY(!QFile::exists(path()) || store.names()->isEmpty());
}

void TestProfileStore::fileIsReadableByItsOwnerOnly()
{
    ProfileStore store(path());
    QVERIFY(store.save(sampleProfile(QStringLiteral("p"))).ok());
    QCOMPARE(QFile::permissions(path()) &
                 (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
}

void TestProfileStore::profileTrustBecomesTlsTrust()
{
    DeviceProfile profile = sampleProfile(QStringLiteral("p"));
    QCOMPARE(profile.tlsTrust()->mode(), TlsTrust::Mode::PinnedFingerprint);
    profile.pinnedFingerprint = QStringLiteral("not hex");
    QVERIFY(!profile.tlsTrust().ok());
    profile.trust = DeviceProfile::Trust::System;
    QCOMPARE(profile.tlsTrust()->mode(), TlsTrust::Mode::System);
}

void TestProfileStore::profileBecomesTheSameRequestForEveryFrontEnd()
{
    DeviceProfile profile = sampleProfile(QStringLiteral("p"));
    profile.preserveSettings = false;
    const auto request = profile.toRequest();
    QVERIFY(request.ok());
    QCOMPARE(request->address, profile.address);
    QCOMPARE(request->trust.mode(), TlsTrust::Mode::PinnedFingerprint);
    QCOMPARE(QString::fromLatin1(request->trust.pinnedFingerprint()), profile.pinnedFingerprint);
    QVERIFY(!request->preserveSettings);
    QVERIFY(request->apiKey.isEmpty()); // the key stays in the keychain
    QVERIFY(request->firmwarePath.isEmpty());

    profile.trust = DeviceProfile::Trust::CaFile;
    profile.caFile = m_dir.filePath(QStringLiteral("gone.pem"));
    const auto broken = profile.toRequest();
    QVERIFY(!broken.ok());
    QVERIFY2(broken.error().message.contains(QLatin1String("gone.pem")), qPrintable(broken.error().message));
}

void TestProfileStore::memorySecretStoreAnswersAsynchronously()
{
    MemorySecretStore secrets;
    std::optional<SecretStore::Answer> answer;
    secrets.readApiKey(QStringLiteral("p"), [&answer](const SecretStore::Answer &a) { answer = a; });
    QVERIFY(!answer); // never synchronous
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->outcome, SecretStore::Outcome::NotFound);

    answer.reset();
    secrets.writeApiKey(QStringLiteral("p"), QStringLiteral("k1"),
                        [&answer](const SecretStore::Answer &a) { answer = a; });
    QTRY_VERIFY(answer.has_value());
    answer.reset();
    secrets.readApiKey(QStringLiteral("p"), [&answer](const SecretStore::Answer &a) { answer = a; });
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->secret, QStringLiteral("k1"));

    answer.reset();
    secrets.deleteApiKey(QStringLiteral("p"), [&answer](const SecretStore::Answer &a) { answer = a; });
    QTRY_VERIFY(answer.has_value());
    QCOMPARE(answer->outcome, SecretStore::Outcome::Ok);
    QVERIFY(!secrets.contains(QStringLiteral("p")));
}

void TestProfileStore::damagedFileIsReportedAndKept_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("problem");
    QTest::newRow("garbage bytes") << QByteArray("\x00\x01\xff garbage", 12) << QStringLiteral("contains binary data");
    QTest::newRow("not UTF-8") << QByteArray("[profiles]\np\\address=\xff\xfe\n") << QStringLiteral("not UTF-8 text");
    QTest::newRow("truncated header") << QByteArray("[profiles]\np\\address=10.0.0.5\n[prof")
                                      << QStringLiteral("line 3 is neither a [section] nor a key=value line");
    QTest::newRow("truncated line") << QByteArray("[profiles]\np\\address=10.0.0.5\np\\tru")
                                    << QStringLiteral("line 3 is neither");
    QTest::newRow("too large") << QByteArray(2 * 1024 * 1024, 'x')
                               << QStringLiteral("is 2097152 bytes, more than such a file ever holds");
}

void TestProfileStore::damagedFileIsReportedAndKept()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, problem);
    write(contents);
    ProfileStore store(path());
    const auto names = store.names();
    QVERIFY(!names.ok());
    const QString message = names.error().message;
    QVERIFY2(message.contains(path()) && message.contains(problem) && message.contains(QLatin1String("left as it is")),
             qPrintable(message));
    QVERIFY2(store.load(QStringLiteral("p")).error().message == message, "load names the damage, not the profile");
    // Nothing writes over it: not a save, a remove or a rename.
    QVERIFY(!store.save(sampleProfile(QStringLiteral("new"))).ok());
    QVERIFY(!store.remove(QStringLiteral("p")).ok());
    QVERIFY(!store.rename(QStringLiteral("p"), QStringLiteral("q")).ok());
    QCOMPARE(fileContents(), contents);
}

void TestProfileStore::unusableEntryIsNamedAndTheRestStillLoads_data()
{
    QTest::addColumn<QByteArray>("entry"); // the lines of profile "bad"
    QTest::addColumn<QString>("problem");
    QTest::newRow("preserveSettings not a bool")
        << QByteArray("bad\\address=10.0.0.6\nbad\\preserveSettings=maybe\n")
        << QStringLiteral("preserveSettings value \"maybe\" is neither true nor false");
    QTest::newRow("unknown trust") << QByteArray("bad\\address=10.0.0.6\nbad\\trust=7\n")
                                   << QStringLiteral("trust setting \"7\" is unknown");
    QTest::newRow("address with a space") << QByteArray("bad\\address=epic 01\n") << QStringLiteral("contains a space");
    QTest::newRow("address a list") << QByteArray("bad\\address=10.0.0.6, 10.0.0.7\n")
                                    << QStringLiteral("No device address given");
    QTest::newRow("address missing") << QByteArray("bad\\trust=system\n") << QStringLiteral("No device address given");
    QTest::newRow("fingerprint malformed")
        << QByteArray("bad\\address=10.0.0.6\nbad\\trust=pinned\nbad\\fingerprint=12:zz\n")
        << QStringLiteral("fingerprint");
}

void TestProfileStore::unusableEntryIsNamedAndTheRestStillLoads()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, problem);
    const QByteArray text = "[profiles]\n" + entry + "good\\address=10.0.0.5\ngood\\trust=system\n";
    write(text);
    ProfileStore store(path());
    QCOMPARE(store.names().value(), (QStringList{QStringLiteral("bad"), QStringLiteral("good")}));
    const auto bad = store.load(QStringLiteral("bad"));
    QVERIFY(!bad.ok());
    const QString message = bad.error().message;
    QVERIFY2(message.startsWith(QLatin1String("Profile \"bad\" cannot be used: ")) && message.contains(problem) &&
                 message.contains(QLatin1String("Edit or delete it in groov-update-gui")),
             qPrintable(message));
    QCOMPARE(store.load(QStringLiteral("good"))->address, QStringLiteral("10.0.0.5"));
    QCOMPARE(fileContents(), text);
    // The user can still delete the broken entry.
    QVERIFY(store.remove(QStringLiteral("bad")).ok());
    QCOMPARE(store.names().value(), QStringList{QStringLiteral("good")});
}

void TestProfileStore::factoryResetMarksTheTrustStaleUntilANewPin()
{
    ProfileStore store(path());
    QVERIFY(store.save(sampleProfile(QStringLiteral("line3"))).ok());
    UpdateReport report;
    report.outcome = UpdateOutcome::Succeeded;
    report.finishedAt = QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC);
    QVERIFY(store.recordOutcome(QStringLiteral("line3"), report).ok());
    QVERIFY(!store.load(QStringLiteral("line3"))->erasedByUpdateAt.isValid());

    report.outcome = UpdateOutcome::NeedsCommissioning;
    report.finishedAt = report.finishedAt.addDays(1);
    QVERIFY(store.recordOutcome(QStringLiteral("line3"), report).ok());
    DeviceProfile reset = store.load(QStringLiteral("line3")).value();
    QCOMPARE(reset.lastResult, QStringLiteral("needsCommissioning"));
    QVERIFY(reset.preserveSettings); // the sample profile had it off: a reset is never the default again
    QCOMPARE(reset.lastResultAt, report.finishedAt);
    QCOMPARE(reset.erasedByUpdateAt, report.finishedAt);

    // The same pin again keeps the mark; the device's new certificate clears it.
    reset.setTrust(TlsTrust::pinned(reset.pinnedFingerprint).value());
    QCOMPARE(reset.erasedByUpdateAt, report.finishedAt);
    reset.setTrust(TlsTrust::pinned(QString(64, QLatin1Char('d'))).value());
    QVERIFY(!reset.erasedByUpdateAt.isValid());
    QVERIFY(store.save(reset).ok());
    QVERIFY(!store.load(QStringLiteral("line3"))->erasedByUpdateAt.isValid());

    QVERIFY(!store.recordOutcome(QStringLiteral("no-such-profile"), report).ok());
}

void TestProfileStore::othersWhoCanChangeItMakeItUnusable_data()
{
    QTest::addColumn<int>("folderMode");
    QTest::addColumn<int>("fileMode");
    QTest::addColumn<bool>("folderIsTheCulprit");
    QTest::newRow("profiles.ini world-writable") << 0700 << 0666 << false;
    QTest::newRow("profiles.ini group-writable") << 0700 << 0660 << false;
    QTest::newRow("folder writable by others") << 0777 << 0600 << true;
    QTest::newRow("folder writable by the group") << 0770 << 0600 << true;
}

void TestProfileStore::othersWhoCanChangeItMakeItUnusable()
{
    QFETCH(int, folderMode);
    QFETCH(int, fileMode);
    QFETCH(bool, folderIsTheCulprit);
    // Another user who can change the file could point "line3" at their own server, with their own pin.
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("groov-update"));
    const QString file = folder + QStringLiteral("/profiles.ini");
    ProfileStore store(file);
    QVERIFY(store.save(sampleProfile(QStringLiteral("line3"))).ok());
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray contents = saved.readAll();
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), mode_t(folderMode)), 0);
    QCOMPARE(::chmod(QFile::encodeName(file).constData(), mode_t(fileMode)), 0);

    const auto names = store.names();
    QVERIFY(!names.ok());
    const QString culprit = folderIsTheCulprit ? folder : file;
    const QString message = names.error().message;
    QVERIFY2(message.contains(QStringLiteral("other users of this computer can change %1").arg(culprit)) &&
                 message.contains(QLatin1String("receive the device's API key")) &&
                 message.endsWith(QStringLiteral("chmod go-w %1").arg(culprit)),
             qPrintable(message));
    QCOMPARE(store.load(QStringLiteral("line3")).error().message, message);
    QVERIFY(!store.save(sampleProfile(QStringLiteral("other"))).ok());
    QVERIFY(!store.remove(QStringLiteral("line3")).ok());
    QFile kept(file);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), contents);

    // The fix the message gives makes the store usable again.
    QCOMPARE(
        ::chmod(QFile::encodeName(culprit).constData(), mode_t((folderIsTheCulprit ? folderMode : fileMode) & ~022)),
        0);
    QVERIFY(store.names().ok());
    QCOMPARE(store.load(QStringLiteral("line3"))->address, sampleProfile(QStringLiteral("x")).address);
}

void TestProfileStore::savingCreatesPrivateFolders()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("config/groov-update/profiles.ini"));
    const mode_t usual = ::umask(002); // some systems let the user's group write by default
    const Status saved = ProfileStore(file).save(sampleProfile(QStringLiteral("p")));
    ::umask(usual);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    for (const QString &folder : {dir.filePath(QStringLiteral("config")), QFileInfo(file).absolutePath()})
        QCOMPARE(QFile::permissions(folder) & others, QFileDevice::Permissions());
    QVERIFY(ProfileStore(file).load(QStringLiteral("p")).ok());
}

void TestProfileStore::lastUsedFollowsRenamesAndIsForgottenOnRemove()
{
    ProfileStore store(path());
    QCOMPARE(store.lastUsed().value(), QString()); // no file yet
    QVERIFY(store.save(sampleProfile(QStringLiteral("a"))).ok());
    QVERIFY(store.save(sampleProfile(QStringLiteral("b"))).ok());
    QCOMPARE(store.lastUsed().value(), QString());
    QVERIFY(store.setLastUsed(QStringLiteral("a")).ok());
    QCOMPARE(store.lastUsed().value(), QStringLiteral("a"));
    QCOMPARE(store.names().value(), (QStringList{QStringLiteral("a"), QStringLiteral("b")})); // not a profile

    QVERIFY(store.rename(QStringLiteral("a"), QStringLiteral("c")).ok());
    QCOMPARE(store.lastUsed().value(), QStringLiteral("c"));
    QVERIFY(store.rename(QStringLiteral("b"), QStringLiteral("d")).ok()); // another one: no change
    QCOMPARE(store.lastUsed().value(), QStringLiteral("c"));
    // Saving a profile again keeps it.
    QVERIFY(store.save(sampleProfile(QStringLiteral("c"))).ok());
    QCOMPARE(store.lastUsed().value(), QStringLiteral("c"));

    QVERIFY(store.remove(QStringLiteral("c")).ok());
    QCOMPARE(store.lastUsed().value(), QString());
    QVERIFY(!fileContents().contains("lastUsed"));
    // A name left behind by hand is not offered once its profile is gone.
    QVERIFY(store.setLastUsed(QStringLiteral("gone")).ok());
    QCOMPARE(store.lastUsed().value(), QString());

    // An update of a profile, from the desktop application or groov-update --profile, is a use.
    QVERIFY(store.save(sampleProfile(QStringLiteral("e"))).ok());
    UpdateReport report;
    report.outcome = UpdateOutcome::Succeeded;
    QVERIFY(store.recordOutcome(QStringLiteral("e"), report).ok());
    QCOMPARE(store.lastUsed().value(), QStringLiteral("e"));
}

void TestProfileStore::unusedNameNeverReplacesAProfile()
{
    ProfileStore store(path());
    QCOMPARE(store.unusedName(QStringLiteral("epic")).value(), QStringLiteral("epic"));
    QVERIFY(store.save(sampleProfile(QStringLiteral("epic"))).ok());
    QCOMPARE(store.unusedName(QStringLiteral("epic")).value(), QStringLiteral("epic (2)"));
    QVERIFY(store.save(sampleProfile(QStringLiteral("epic (2)"))).ok());
    QCOMPARE(store.unusedName(QStringLiteral("epic")).value(), QStringLiteral("epic (3)"));
    QCOMPARE(store.unusedName(QStringLiteral("rio")).value(), QStringLiteral("rio"));

    // A name at the length limit is shortened, so that the free name is still a valid one.
    const QString longest(64, QLatin1Char('n'));
    QVERIFY(store.save(sampleProfile(longest)).ok());
    const QString free = store.unusedName(longest).value();
    QCOMPARE(free, QString(60, QLatin1Char('n')) + QStringLiteral(" (2)"));
    QVERIFY(ProfileStore::validateName(free).ok());
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
