// LocalFile: every kind of thing a user can name instead of an ordinary file gets its own message, and nothing that
// could block (a FIFO, a pipe whose writer never closes) is waited for.
#include "LocalFile.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace groov;

namespace {

LocalFile::Rules rules(qint64 maxBytes = 0, bool mayBeEmpty = false)
{
    LocalFile::Rules rules(LocalFile::Kind::ApiKey); // names the file in every message
    rules.rightFile = QStringLiteral("Give the test file.");
    rules.maxBytes = maxBytes;
    rules.mayBeEmpty = mayBeEmpty;
    return rules;
}

// For QVERIFY2, which builds its message even when the check passes.
template<typename T>
QByteArray why(const Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

LocalFile::Rules pipeRules()
{
    LocalFile::Rules pipe = rules(16);
    pipe.mayBeInheritedPipe = true;
    return pipe;
}

// Both ends of a pipe(), closed when the test is done with them.
class Pipe
{
public:
    Pipe() { QVERIFY(::pipe(m_ends) == 0); }
    ~Pipe()
    {
        closeWriteEnd();
        if (m_ends[0] >= 0)
            ::close(m_ends[0]);
    }
    bool write(const QByteArray &bytes)
    {
        return ::write(m_ends[1], bytes.constData(), size_t(bytes.size())) == bytes.size();
    }
    void closeWriteEnd()
    {
        if (m_ends[1] >= 0)
            ::close(m_ends[1]);
        m_ends[1] = -1;
    }
    int readEnd() const { return m_ends[0]; }

private:
    int m_ends[2] = {-1, -1};
};

} // namespace

class TestLocalFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void regularFileIsReadAndResolved();
    void rejects_data();
    void rejects();
    void emptyFileWhenTheCallerAllowsIt();
    void latin1NameIsFound();
    void controlCharactersInThePathAreEscaped();
    void inheritedPipeIsRead_data();
    void inheritedPipeIsRead();
    void inheritedPipeOnlyWhenAllowed();
    void namedFifoIsRefusedEvenWhenPipesAreAllowed();
    void pipeWhoseWriterNeverEndsIsNotWaitedFor();
    void pipeLargerThanTheLimitIsRefused();
    void changeableByOthers_data();
    void changeableByOthers();
    void shellWordQuotesWhatTheShellWouldSplit();

private:
    QString makeFile(const QString &name, const QByteArray &bytes) const;

    QTemporaryDir m_dir;
    QLocalServer m_socket;
};

QString TestLocalFile::makeFile(const QString &name, const QByteArray &bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

void TestLocalFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QDir dir(m_dir.path());
    QVERIFY(dir.mkpath(QStringLiteral("folder")));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("gone.txt")), dir.filePath(QStringLiteral("dangling"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("loop-b")), dir.filePath(QStringLiteral("loop-a"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("loop-a")), dir.filePath(QStringLiteral("loop-b"))));
    QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(QStringLiteral("fifo"))).constData(), 0600), 0);
    QVERIFY2(m_socket.listen(dir.filePath(QStringLiteral("socket"))), qPrintable(m_socket.errorString()));
    QVERIFY(!makeFile(QStringLiteral("twenty.txt"), QByteArray(20, 'x')).isEmpty());
    QVERIFY(!makeFile(QStringLiteral("empty.txt"), {}).isEmpty());
}

void TestLocalFile::regularFileIsReadAndResolved()
{
    const QString path = makeFile(QStringLiteral("key.txt"), "secret\n");
    const QString link = m_dir.filePath(QStringLiteral("key-link"));
    QVERIFY(QFile::link(path, link));

    const auto file = LocalFile::check(link, rules(64));
    QVERIFY2(file.ok(), why(file));
    QCOMPARE(file->path(), QFileInfo(path).canonicalFilePath());
    QCOMPARE(file->size(), qint64(7));
    QVERIFY(!file->isInheritedPipe());
    const auto contents = LocalFile::readAll(link, rules(64));
    QVERIFY2(contents.ok(), why(contents));
    QCOMPARE(contents.value(), QByteArray("secret\n"));
}

void TestLocalFile::rejects_data()
{
    QTest::addColumn<QString>("name"); // in the test's folder, or an absolute path
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("missing") << QStringLiteral("nope.txt") << qint64(0)
                             << QStringLiteral("does not exist. Check the path");
    QTest::newRow("missing folder on the way") << QStringLiteral("twenty.txt/inside") << qint64(0)
                                               << QStringLiteral("a part of the path before the file name is a file");
    QTest::newRow("dangling link") << QStringLiteral("dangling") << qint64(0)
                                   << QStringLiteral("is a link to \"%1\", which does not exist. Fix the link");
    QTest::newRow("link loop") << QStringLiteral("loop-a") << qint64(0)
                               << QStringLiteral("leads into a loop of symbolic links");
    QTest::newRow("folder") << QStringLiteral("folder") << qint64(0)
                            << QStringLiteral("is a folder, not a file. Give the file inside it");
    QTest::newRow("FIFO") << QStringLiteral("fifo") << qint64(0)
                          << QStringLiteral(
                                 "is a named pipe (FIFO), not a regular file: opening it could wait forever. "
                                 "Give the test file.");
    QTest::newRow("socket") << QStringLiteral("socket") << qint64(0)
                            << QStringLiteral("is a socket, not a regular file. Give the test file.");
    QTest::newRow("/dev/null") << QStringLiteral("/dev/null") << qint64(0)
                               << QStringLiteral("is a device file (a character device");
    QTest::newRow("/dev/zero") << QStringLiteral("/dev/zero") << qint64(1024)
                               << QStringLiteral("reading it may never end. Give the test file.");
    QTest::newRow("too large") << QStringLiteral("twenty.txt") << qint64(10)
                               << QStringLiteral("is 20 bytes, more than such a file ever holds (at most 10 bytes). "
                                                 "Give the test file.");
    QTest::newRow("empty") << QStringLiteral("empty.txt") << qint64(0)
                           << QStringLiteral("is empty (0 bytes). Give the test file.");
}

void TestLocalFile::rejects()
{
    QFETCH(QString, name);
    QFETCH(qint64, maxBytes);
    QFETCH(QString, messagePart);
    const QString path = name.startsWith(QLatin1Char('/')) ? name : m_dir.filePath(name);
    messagePart.replace(QLatin1String("%1"), m_dir.filePath(QStringLiteral("gone.txt")));

    // Looking and reading refuse alike, at once: nothing here may open a FIFO or read a device.
    const auto checked = LocalFile::check(path, rules(maxBytes));
    const auto read = LocalFile::readAll(path, rules(maxBytes));
    QVERIFY(!checked.ok() && !read.ok());
    for (const Error &error : {checked.error(), read.error()}) {
        QCOMPARE(error.code, ErrorCode::InvalidInput);
        QVERIFY2(error.message.startsWith(QStringLiteral("The API key file \"%1\" ").arg(path)),
                 qPrintable(error.message));
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    }
}

void TestLocalFile::emptyFileWhenTheCallerAllowsIt()
{
    const QString path = m_dir.filePath(QStringLiteral("empty.txt"));
    QVERIFY(LocalFile::check(path, rules(0, true)).ok());
    const auto contents = LocalFile::readAll(path, rules(0, true));
    QVERIFY(contents.ok());
    QVERIFY(contents->isEmpty());

    const auto noPath = LocalFile::readAll(QString(), rules());
    QCOMPARE(noPath.error().message,
             QStringLiteral("The API key file was given as an empty path. Give the test file."));
}

void TestLocalFile::latin1NameIsFound()
{
    // "café.pem" written by a Latin-1 system: the name's bytes are not UTF-8, and Qt hands us U+FFFD for the é.
    const QByteArray native = QFile::encodeName(m_dir.path()) + "/caf\xe9.pem";
    const int descriptor = ::open(native.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    QVERIFY(descriptor >= 0);
    QCOMPARE(::write(descriptor, "PEM", 3), ssize_t(3));
    ::close(descriptor);
    const QString path = QFile::decodeName(native);
    QVERIFY(path.contains(QChar(QChar::ReplacementCharacter)));
    QVERIFY(!QFile::exists(path)); // what Qt alone would say

    // Read by the bytes of its name...
    const auto contents = LocalFile::readAll(path, rules());
    QVERIFY2(contents.ok(), why(contents));
    QCOMPARE(contents.value(), QByteArray("PEM"));
    // ...and where Qt must open it later by name, a message that says exactly why it cannot.
    const auto checked = LocalFile::check(path, rules());
    ::unlink(native.constData()); // QTemporaryDir, being Qt, could not remove it
    QVERIFY(!checked.ok());
    const QString message = checked.error().message;
    QVERIFY2(message.contains(QLatin1String("not UTF-8")) && message.contains(QLatin1String("caf\\xE9.pem")) &&
                 message.contains(QLatin1String("Rename it")) && !message.contains(QLatin1String("does not exist")),
             qPrintable(message));
}

void TestLocalFile::controlCharactersInThePathAreEscaped()
{
    const QString path = m_dir.filePath(QStringLiteral("key\nFAKE LINE\x1b[2J.txt"));
    const auto checked = LocalFile::check(path, rules());
    QVERIFY(!checked.ok());
    const QString message = checked.error().message;
    QVERIFY2(message.contains(QLatin1String("key\\x0AFAKE LINE\\x1B[2J.txt")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1Char('\n')));
    QVERIFY(!message.contains(QLatin1Char('\x1b')));
}

void TestLocalFile::inheritedPipeIsRead_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("/dev/fd/N") << QStringLiteral("/dev/fd/%1");
    QTest::newRow("/proc/self/fd/N") << QStringLiteral("/proc/self/fd/%1");
}

void TestLocalFile::inheritedPipeIsRead()
{
    QFETCH(QString, pattern);
    Pipe pipe;
    QVERIFY(pipe.write("KEY\n"));
    pipe.closeWriteEnd();
    const QString path = pattern.arg(pipe.readEnd());

    const auto file = LocalFile::check(path, pipeRules());
    QVERIFY2(file.ok(), why(file));
    QVERIFY(file->isInheritedPipe());
    const auto contents = LocalFile::readAll(path, pipeRules());
    QVERIFY2(contents.ok(), why(contents));
    QCOMPARE(contents.value(), QByteArray("KEY\n"));
}

void TestLocalFile::inheritedPipeOnlyWhenAllowed()
{
    Pipe pipe;
    QVERIFY(pipe.write("KEY\n"));
    pipe.closeWriteEnd();
    const auto refused = LocalFile::readAll(QStringLiteral("/dev/fd/%1").arg(pipe.readEnd()), rules(16));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("pipe (FIFO)")), qPrintable(refused.error().message));
}

void TestLocalFile::namedFifoIsRefusedEvenWhenPipesAreAllowed()
{
    // Opening a FIFO in the file system waits for a writer; nobody writes this one.
    const QString path = m_dir.filePath(QStringLiteral("fifo"));
    const auto refused = LocalFile::readAll(path, pipeRules());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("named pipe (FIFO) in the file system")) &&
                 refused.error().message.contains(QLatin1String("/dev/fd/N")),
             qPrintable(refused.error().message));
}

void TestLocalFile::pipeWhoseWriterNeverEndsIsNotWaitedFor()
{
    Pipe pipe;
    QVERIFY(pipe.write("KEY")); // and the write end stays open
    LocalFile::Rules shortDeadline = pipeRules();
    shortDeadline.pipeDeadlineMs = 20;
    const auto refused = LocalFile::readAll(QStringLiteral("/dev/fd/%1").arg(pipe.readEnd()), shortDeadline);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("writer had not finished")) &&
                 refused.error().message.contains(QLatin1String("Make sure the command that writes it ends")),
             qPrintable(refused.error().message));
}

void TestLocalFile::pipeLargerThanTheLimitIsRefused()
{
    Pipe pipe;
    QVERIFY(pipe.write(QByteArray(40, 'k')));
    pipe.closeWriteEnd();
    const auto refused = LocalFile::readAll(QStringLiteral("/dev/fd/%1").arg(pipe.readEnd()), pipeRules());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QLatin1String("holds more than 16 bytes")),
             qPrintable(refused.error().message));
}

void TestLocalFile::changeableByOthers_data()
{
    QTest::addColumn<int>("folderMode");
    QTest::addColumn<int>("fileMode");
    QTest::addColumn<QString>("exposed"); // "file", "folder" or empty
    QTest::newRow("private") << 0700 << 0600 << QString();
    QTest::newRow("readable by all") << 0755 << 0644 << QString();
    QTest::newRow("file writable by others") << 0700 << 0666 << QStringLiteral("file");
    QTest::newRow("file writable by the group") << 0700 << 0620 << QStringLiteral("file");
    QTest::newRow("folder writable by others") << 0777 << 0600 << QStringLiteral("folder");
    QTest::newRow("folder writable by the group") << 0770 << 0600 << QStringLiteral("folder");
    QTest::newRow("sticky folder like /tmp") << 01777 << 0600 << QString();
}

void TestLocalFile::changeableByOthers()
{
    QFETCH(int, folderMode);
    QFETCH(int, fileMode);
    QFETCH(QString, exposed);
    QTemporaryDir dir; // 0700, in /tmp (sticky)
    const QString folder = dir.filePath(QStringLiteral("config"));
    QVERIFY(QDir().mkdir(folder));
    const QString path = folder + QStringLiteral("/profiles.ini");
    QFile(path).open(QIODevice::WriteOnly);
    QCOMPARE(::chmod(QFile::encodeName(folder).constData(), mode_t(folderMode)), 0);
    QCOMPARE(::chmod(QFile::encodeName(path).constData(), mode_t(fileMode)), 0);

    const auto exposure = LocalFile::changeableByOthers(path);
    if (exposed.isEmpty()) {
        QVERIFY2(!exposure, qPrintable(exposure ? exposure->path : QString()));
        return;
    }
    QVERIFY(exposure);
    QCOMPARE(exposure->path, exposed == QLatin1String("file") ? path : folder);
    QVERIFY(!exposure->ownedByOther);
}

void TestLocalFile::shellWordQuotesWhatTheShellWouldSplit()
{
    QCOMPARE(LocalFile::shellWord(QStringLiteral("/home/tech/key.txt")), QStringLiteral("/home/tech/key.txt"));
    QCOMPARE(LocalFile::shellWord(QStringLiteral("/home/tech/my key.txt")), QStringLiteral("'/home/tech/my key.txt'"));
    QCOMPARE(LocalFile::shellWord(QStringLiteral("/tmp/it's")), QStringLiteral("'/tmp/it'\\''s'"));
    QCOMPARE(LocalFile::shellWord(QStringLiteral("/tmp/$(reboot)")), QStringLiteral("'/tmp/$(reboot)'"));
}

QTEST_GUILESS_MAIN(TestLocalFile)
#include "tst_localfile.moc"
