#pragma once

#include "Result.h"

#include <QFile>
#include <QTest>

namespace groov::test {

// Writes a file the way a user keeps one (the permissions matter to the loaders).
inline bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions permissions)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size() &&
           file.setPermissions(permissions);
}

// A file the user wrote (a plan, a device list) refused as the user should read it: invalid input, the message printed
// to the test log for review, the words expected in it, and never the key the file held where only the key's place
// belongs (the tests write "s3cr3t" there).
template<typename T>
void verifyRefusal(const Result<T> &result, const QString &expected)
{
    QVERIFY(!result.ok());
    const QString &message = result.error().message;
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    qInfo().noquote() << message;
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("s3cr3t")), qPrintable(message));
}

} // namespace groov::test
