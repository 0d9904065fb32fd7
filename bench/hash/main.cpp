// groov-bench-hash [--qcryptographichash] FILE: hashes FILE as the engine does before an upload
// (FirmwareHasher::hashFile: 1 MiB reads on one thread, Sha256) and says how fast. Standard output gets the digest
// in openssl's form, for bench/hash.sh to compare; standard error the figures. --qcryptographichash hashes with
// QCryptographicHash in the same 1 MiB reads instead: the engine before Sha256, for comparison.

#include "FirmwareHasher.h"
#include "Sha256.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    const bool qt = arguments.removeAll(QStringLiteral("--qcryptographichash")) > 0;
    if (arguments.size() != 1 || arguments.first().startsWith(QLatin1Char('-'))) {
        std::fprintf(stderr, "usage: groov-bench-hash [--qcryptographichash] FILE\n");
        return 2;
    }
    const QString path = arguments.first();

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
