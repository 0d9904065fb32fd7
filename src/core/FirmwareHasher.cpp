#include "FirmwareHasher.h"

#include "FirmwareImage.h"
#include "LocalFile.h"
#include "Sha256.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMetaObject>

#include <algorithm>

namespace groov {

namespace {
constexpr qint64 ProgressBytesStep = 16 * 1024 * 1024;
constexpr qint64 ProgressMsStep = 100;
} // namespace

FirmwareHasher::FirmwareHasher(QObject *parent) : QObject(parent) {}

FirmwareHasher::~FirmwareHasher()
{
    if (m_cancel)
        m_cancel->store(true);
    joinWorker();
}

void FirmwareHasher::joinWorker()
{
    if (m_worker.joinable())
        m_worker.join();
}

void FirmwareHasher::start(const QString &path, const std::optional<ImageFingerprint::Key> &fingerprintKey)
{
    if (m_cancel)
        m_cancel->store(true);
    // The old worker stops within one block once it sees the flag.
    joinWorker();

    const quint64 generation = ++m_generation;
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancelFlag;
    m_running = true;
    m_fingerprint.clear();

    m_worker = std::thread([this, path, generation, cancelFlag, fingerprintKey] {
        // Everything reaching the owner goes through queued calls; stale ones are dropped by the generation check.
        const auto post = [this, generation](auto &&function) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, function] {
                    if (generation == m_generation && m_running)
                        function();
                },
                Qt::QueuedConnection);
        };

        const qint64 total = QFileInfo(path).size();
        QElapsedTimer sinceLast;
        sinceLast.start();
        qint64 lastReported = 0;
        qint64 lastDone = 0;
        const auto onProgress = [&](qint64 done) {
            lastDone = done;
            if (done - lastReported >= ProgressBytesStep || sinceLast.elapsed() >= ProgressMsStep) {
                lastReported = done;
                sinceLast.restart();
                post([this, done, total] { Q_EMIT progress(done, std::max(total, done)); });
            }
        };

        std::optional<ImageFingerprint> fingerprint;
        if (fingerprintKey)
            fingerprint.emplace(*fingerprintKey);
        const Result<QByteArray> result =
            hashFile(path, cancelFlag.get(), onProgress, fingerprint ? &*fingerprint : nullptr);
        if (result.ok()) {
            const QByteArray hex = result.value();
            const QByteArray fingerprintResult = fingerprint ? fingerprint->result() : QByteArray();
            const bool reportEnd = lastReported != lastDone || lastDone == 0;
            post([this, hex, fingerprintResult, reportEnd, lastDone] {
                m_running = false;
                m_fingerprint = fingerprintResult;
                // Views can rely on a last "all done" progress before finished().
                if (reportEnd)
                    Q_EMIT progress(lastDone, lastDone);
                Q_EMIT finished(hex);
            });
        } else if (result.error().code == ErrorCode::Cancelled) {
            // cancel() or a restart already reported it.
        } else {
            const QString message = result.error().message;
            post([this, message] {
                m_running = false;
                Q_EMIT failed(message);
            });
        }
    });
}

void FirmwareHasher::cancel()
{
    if (!m_running)
        return;
    if (m_cancel)
        m_cancel->store(true);
    ++m_generation;
    m_running = false;
    Q_EMIT cancelled();
}

bool FirmwareHasher::isRunning() const
{
    return m_running;
}

Result<QByteArray> FirmwareHasher::hashFile(const QString &path, const std::atomic_bool *cancel,
                                            const std::function<void(qint64)> &progress, ImageFingerprint *fingerprint)
{
    const auto cancelled = [] {
        return Error{ErrorCode::Cancelled, tr("Computing the firmware file's checksum was cancelled.")};
    };

    // A pipe or device would block or never end; only regular files have a checksum worth showing.
    LocalFile::Rules rules = FirmwareImage::fileRules();
    rules.mayBeEmpty = true;
    const auto checked = LocalFile::check(path, rules);
    if (!checked)
        return checked.error();
    QFile file(checked->path());
    // Unbuffered: each 1 MiB read goes straight into the block, with no second copy in QIODevice's buffer.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return invalidInput(
            tr("Cannot compute the checksum of \"%1\": %2").arg(LocalFile::printable(path), file.errorString()));
    }

    Sha256 hash;
    QByteArray block(int(BlockSize), Qt::Uninitialized);
    qint64 done = 0;
    for (;;) {
        if (cancel && cancel->load())
            return cancelled();
        const qint64 got = file.read(block.data(), BlockSize);
        if (got < 0) {
            return invalidInput(tr("Reading \"%1\" failed while computing its checksum: %2")
                                    .arg(LocalFile::printable(path), file.errorString()));
        }
        if (got == 0)
            break;
        hash.addData(block.constData(), got);
        if (fingerprint)
            fingerprint->addData(block.constData(), got);
        done += got;
        if (progress)
            progress(done);
    }
    if (cancel && cancel->load())
        return cancelled();
    return hash.hexResult();
}

} // namespace groov
