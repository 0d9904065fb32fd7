// libFuzzer harness: loading a profiles.ini whose bytes are the input (ProfileStore::names() and load()), then saving
// each profile it holds and loading it back. Uses files in a temporary folder; no keychain.
#include "DeviceAddress.h"
#include "FuzzCheck.h"
#include "ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace groov;

namespace {

QString scratchPath(const QString &name)
{
    // Saving syncs the file to disk (QSaveFile); in memory, where there is such a place, that costs nothing.
    static const QTemporaryDir dir(QFileInfo(QStringLiteral("/dev/shm")).isWritable()
                                       ? QStringLiteral("/dev/shm/groov-fuzz-XXXXXX")
                                       : QDir::tempPath() + QStringLiteral("/groov-fuzz-XXXXXX"));
    FUZZ_CHECK(dir.isValid());
    return dir.filePath(name);
}

// A fresh name per run: QSettings caches what it read per file name, and a rewritten file may look unchanged to it.
QString freshPath(const char *stem)
{
    static quint64 serial = 0;
    return scratchPath(QLatin1String(stem) + QString::number(++serial) + QStringLiteral(".ini"));
}

void checkSameProfile(const DeviceProfile &saved, const DeviceProfile &loaded)
{
    FUZZ_CHECK(loaded.name == saved.name);
    FUZZ_CHECK(loaded.address == saved.address);
    FUZZ_CHECK(loaded.trust == saved.trust);
    if (saved.trust == DeviceProfile::Trust::Pinned)
        FUZZ_CHECK(loaded.pinnedFingerprint == saved.pinnedFingerprint);
    if (saved.trust == DeviceProfile::Trust::CaFile)
        FUZZ_CHECK(loaded.caFile == saved.caFile);
    FUZZ_CHECK(loaded.preserveSettings == saved.preserveSettings);
    FUZZ_CHECK(loaded.lastFirmwareFolder == saved.lastFirmwareFolder);
    FUZZ_CHECK(loaded.lastResult == saved.lastResult);
    if (!saved.lastResult.isEmpty())
        FUZZ_CHECK(loaded.lastResultAt == saved.lastResultAt);
}

void exercise(const DeviceProfile &profile)
{
    // What the front ends do with a loaded profile. A CA file would be read from disk: leave that path alone.
    (void)DeviceAddress::parse(profile.address);
    if (profile.trust != DeviceProfile::Trust::CaFile)
        (void)profile.tlsTrust();
}

// A profile that loads and has a valid name must survive being saved and loaded again.
void checkRoundTrip(const DeviceProfile &profile)
{
    if (!ProfileStore::validateName(profile.name))
        return;
    const QString path = freshPath("saved-");
    ProfileStore store(path);
    const Status saved = store.save(profile);
    FUZZ_CHECK(saved.ok());
    const Result<DeviceProfile> loaded = store.load(profile.name);
    FUZZ_CHECK(loaded.ok());
    checkSameProfile(profile, *loaded);
    QFile::remove(path);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = freshPath("profiles-");
    {
        QFile file(path);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly));
        FUZZ_CHECK(file.write(reinterpret_cast<const char *>(data), qint64(size)) == qint64(size));
    }
    const ProfileStore store(path);
    const Result<QStringList> names = store.names();
    if (!names) {
        FUZZ_CHECK(!names.error().message.isEmpty());
    } else {
        for (const QString &name : *names) {
            const Result<DeviceProfile> profile = store.load(name);
            if (!profile) {
                FUZZ_CHECK(!profile.error().message.isEmpty());
                continue;
            }
            FUZZ_CHECK(profile->name == name);
            exercise(*profile);
            checkRoundTrip(*profile);
        }
        // A name that is not in the file is an error, never a profile.
        FUZZ_CHECK(!store.load(QStringLiteral("no such profile \x01")).ok() ||
                   names->contains(QStringLiteral("no such profile \x01")));
    }
    QFile::remove(path);
    return 0;
}
