#pragma once

#include <QFile>
#include <QIODevice>
#include <QPointer>
#include <QString>

#include "BandwidthBudget.h"
#include "Result.h"

#include <functional>
#include <memory>

namespace groov {

class SentImageDigest;

// Random-access read-only view of [offset, offset + length) of a file. Being non-sequential with a known size
// lets Qt stream a chunk from disk (and rewind it for a retry) instead of buffering it in memory.
class FileSliceDevice : public QIODevice
{
    Q_OBJECT

public:
    FileSliceDevice(const QString &filePath, qint64 offset, qint64 length, QObject *parent = nullptr);
    ~FileSliceDevice() override;

    bool open(OpenMode mode) override; // ReadOnly only
    void close() override;
    bool isSequential() const override;
    qint64 size() const override;
    bool seek(qint64 pos) override; // relative to the slice
    bool atEnd() const override;

    // Runs when the last byte of the slice is read; a failure fails that read, so a request streaming this slice is
    // cut short and the device never receives the chunk whole (FirmwareImage checks the file did not change).
    void setFinalCheck(std::function<Status()> check) { m_finalCheck = std::move(check); }
    // Every byte read from the slice is added to this hash, which goes back to the slice's start on a rewind.
    void setDigest(std::shared_ptr<SentImageDigest> digest) { m_digest = std::move(digest); }
    // Reads take their bytes from this budget: with none left a read returns nothing, and readyRead() follows once
    // there are bytes again (MultipartFormBody passes that on to Qt's upload, which waits for it).
    void setBandwidth(BandwidthBudget *budget) { m_bandwidth = budget; }
    // A read failed (I/O error, the file shrank, or the final check failed); errorString() says why.
    bool hasFailed() const { return m_failed; }

    QString filePath() const { return m_filePath; }
    qint64 offset() const { return m_offset; }
    qint64 length() const { return m_length; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    qint64 readFailure(const QString &message);

    QString m_filePath;
    qint64 m_offset = 0;
    qint64 m_length = 0;
    qint64 m_pos = 0; // where the next readData() starts, relative to the slice
    QFile m_file;
    std::function<Status()> m_finalCheck;
    std::shared_ptr<SentImageDigest> m_digest;
    QPointer<BandwidthBudget> m_bandwidth;
    bool m_failed = false;
};

} // namespace groov
