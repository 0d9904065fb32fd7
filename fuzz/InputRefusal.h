#pragma once

#include "FuzzCheck.h"
#include "Result.h"

#include <QString>

#include <algorithm>
#include <cstdio>

// A file refused before any request: an input error, with a bounded message that cannot write to a terminal.
inline void checkInputRefusal(const groov::Error &error)
{
    const QString &message = error.message;
    FUZZ_CHECK(error.code == groov::ErrorCode::InvalidInput);
    FUZZ_CHECK(!message.isEmpty() && message.size() < 2'000);
    const bool printable = std::all_of(message.cbegin(), message.cend(),
                                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() != 0x7f; });
    if (!printable)
        std::fprintf(stderr, "unescaped: %s\n", message.toUtf8().toPercentEncoding(" :\"{}[],.").constData());
    FUZZ_CHECK(printable);
}
