#include "ProfileStore.h"
#include "SecretStore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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
    void memorySecretStoreAnswersAsynchronously();

private:
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
    QVERIFY(!QFile(path()).readAll().contains("apiKey"));
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

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
