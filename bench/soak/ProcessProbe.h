#pragma once

#include <QtGlobal>

namespace groov::bench {

// The process's own resource use, read from /proc (Linux only, like the soak itself).
class ProcessProbe
{
public:
    // Resident set size in KiB (/proc/self/statm), or -1 if unreadable.
    [[nodiscard]] static qint64 residentKb();
    // Open file descriptors (/proc/self/fd), not counting the one used to list them; -1 if unreadable.
    [[nodiscard]] static int openFileDescriptors();
};

} // namespace groov::bench
