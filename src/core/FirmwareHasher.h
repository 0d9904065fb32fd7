#pragma once

#include "ImageFingerprint.h"
#include "Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <thread>

namespace groov {

// SHA-256 of a firmware file, read in 1 MiB blocks on a worker thread so the GUI never blocks; cancellable.
// Signals are delivered in the thread that owns the hasher.
class FirmwareHasher : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 BlockSize = 1024 * 1024;

    explicit FirmwareHasher(QObject *parent = nullptr);
    ~FirmwareHasher() override; // cancels and joins the worker

    // Restarts if running. With a key, the same read also gives the file's ImageFingerprint under it (fingerprint()).
    void start(const QString &path, const std::optional<ImageFingerprint::Key> &fingerprintKey = std::nullopt);
    void cancel();          // emits cancelled() at once when running; no signal of that run follows
    bool isRunning() const; // from start() until finished(), failed() or cancelled()
    // From finished() on, when start() was given a key: the fingerprint of the very bytes the SHA-256 is of.
    QByteArray fingerprint() const { return m_fingerprint; }

    // Blocking form used by the worker (and by tools): lowercase hex SHA-256; cancel may be null. Every byte hashed
    // is also added to fingerprint when one is given. Fails with ErrorCode::Cancelled when *cancel becomes true,
    // ErrorCode::InvalidInput when unreadable.
    [[nodiscard]] static Result<QByteArray> hashFile(const QString &path, const std::atomic_bool *cancel = nullptr,
                                                     const std::function<void(qint64 bytesDone)> &progress = {},
                                                     ImageFingerprint *fingerprint = nullptr);

Q_SIGNALS:
    void progress(qint64 bytesDone, qint64 bytesTotal); // throttled: at most every 16 MiB or 100 ms, plus the end
    void finished(const QByteArray &sha256Hex);
    void failed(const QString &message);
    void cancelled();

private:
    void joinWorker();

    std::thread m_worker;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0; // bumps on every start/cancel so results of an abandoned run are dropped
    bool m_running = false;
    QByteArray m_fingerprint;
};

} // namespace groov
