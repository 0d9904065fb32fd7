// groov-bench-hash [--qcryptographichash] FILE: hashes FILE as the engine does before an upload
// (FirmwareHasher::hashFile: 1 MiB reads on one thread, Sha256) and says how fast. Standard output gets the digest
// in openssl's form, for bench/hash.sh to compare; standard error the figures. --qcryptographichash hashes with
// QCryptographicHash in the same 1 MiB reads instead: the engine before Sha256, for comparison.
// groov-bench-hash --upload-path FILE: what checking the bytes sent costs on the upload's path, where Qt asks for
// 16 KB at a time: FILE read in 16 KB pieces alone, then with each piece given to SHA-256 (the check before
// ImageFingerprint), then to ImageFingerprint (the check now).

#include "FirmwareHasher.h"
#include "ImageFingerprint.h"
#include "Sha256.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>
#include <functional>

using namespace groov;

namespace {

Result<QByteArray> hashWithQt(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return invalidInput(file.errorString());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(int(FirmwareHasher::BlockSize), Qt::Uninitialized);
    qint64 got = 0;
    while ((got = file.read(block.data(), block.size())) > 0)
        hash.addData(QByteArrayView(block.constData(), got));
    if (got < 0)
        return invalidInput(file.errorString());
    return hash.result().toHex();
}

// Reads path in pieces of the upload's size, giving each to take; the seconds it took, or -1.
double timePieces(const QString &path, const std::function<void(const char *, qint64)> &take)
{
    constexpr qint64 UploadPiece = 16 * 1024; // what Qt 6.4's HTTP/1 upload asks the body device for
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return -1;
    QByteArray piece(int(UploadPiece), Qt::Uninitialized);
    QElapsedTimer timer;
    timer.start();
    qint64 got = 0;
    while ((got = file.read(piece.data(), UploadPiece)) > 0)
        take(piece.constData(), got);
    return got < 0 ? -1 : double(timer.nsecsElapsed()) / 1e9;
}

int compareUploadPathChecks(const QString &path)
{
    const double bytes = double(QFileInfo(path).size());
    Sha256 sha256;
    ImageFingerprint fingerprint(ImageFingerprint::Key::random());
    const double readOnly = timePieces(path, [](const char *, qint64) {});
    const double withSha256 = timePieces(path, [&](const char *data, qint64 size) { sha256.addData(data, size); });
    const double withFingerprint =
        timePieces(path, [&](const char *data, qint64 size) { fingerprint.addData(data, size); });
    if (readOnly < 0 || withSha256 < 0 || withFingerprint < 0) {
        std::fprintf(stderr, "groov-bench-hash: cannot read %s\n", qPrintable(path));
        return 1;
    }
    const auto line = [bytes](const char *what, double seconds, double beyondRead) {
        std::printf("%-28s %7.3f s  %6.0f MB/s; beyond the read: %6.3f s, %6.0f MB/s\n", what, seconds,
                    bytes / 1e6 / seconds, beyondRead, beyondRead > 0 ? bytes / 1e6 / beyondRead : 0.0);
    };
    line("16 KB reads alone", readOnly, 0);
    line("and SHA-256 (Sha256)", withSha256, withSha256 - readOnly);
    line("and ImageFingerprint", withFingerprint, withFingerprint - readOnly);
    std::printf("ImageFingerprint backend: %s\n", ImageFingerprint::backend());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool qt = arguments.removeAll(QStringLiteral("--qcryptographichash")) > 0;
    const bool uploadPath = arguments.removeAll(QStringLiteral("--upload-path")) > 0;
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1Char('-')) || (qt && uploadPath)) {
        std::fprintf(stderr, "usage: groov-bench-hash [--qcryptographichash | --upload-path] FILE\n");
        return 2;
    }
    const QString path = arguments.first();
    if (uploadPath)
        return compareUploadPathChecks(path);

    QElapsedTimer timer;
    timer.start();
    const Result<QByteArray> digest = qt ? hashWithQt(path) : FirmwareHasher::hashFile(path);
    const qint64 ns = timer.nsecsElapsed();
    if (!digest.ok()) {
        std::fprintf(stderr, "groov-bench-hash: %s\n", qPrintable(digest.error().message));
        return 1;
    }

    const qint64 bytes = QFileInfo(path).size();
    const double seconds = double(ns) / 1e9;
    std::printf("SHA2-256(%s)= %s\n", qPrintable(path), digest.value().constData());
    std::fprintf(stderr, "groov-bench-hash: %lld bytes in %.3f s: %.0f MB/s (%s)\n", static_cast<long long>(bytes),
                 seconds, seconds > 0 ? double(bytes) / 1e6 / seconds : 0.0,
                 qt ? "QCryptographicHash" : Sha256::backend());
    return 0;
}
