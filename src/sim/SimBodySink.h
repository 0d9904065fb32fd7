#pragma once

#include <QtGlobal>

namespace groov::sim {

// Takes a request's body piece by piece as it arrives, instead of the server buffering it whole.
class SimBodySink
{
public:
    virtual ~SimBodySink() = default;
    virtual void write(const char *data, qint64 size) = 0;
};

} // namespace groov::sim
