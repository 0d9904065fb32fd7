#pragma once

#include <QCoreApplication>

#include "Result.h"

namespace groov {

// Where the command line's API key comes from. Checked here only for presence; UpdateRequest checks its form.
class ApiKeySource
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeySource)

public:
    // The first line of a regular file, or of an already-open pipe given as /dev/fd/N (bash's <(command)), read for
    // at most a few seconds. A named FIFO, a device or anything over 64 KiB is refused.
    [[nodiscard]] static Result<QString> fromFile(const QString &path);
    // A warning when other users of the computer can read the key file (as ssh warns about a private key), or empty.
    [[nodiscard]] static QString exposureOf(const QString &path);
    [[nodiscard]] static Result<QString> fromEnvironment(const QString &value);
};

} // namespace groov
