#pragma once

#include <QString>
#include <QtGlobal>

namespace groov {

// "0:05", "1:23", "1:02:03": a duration the way a stopwatch shows it.
QString formatClock(qint64 msecs);

// "12.5": decimal megabytes (the protocol's chunk size is 25,000,000 bytes), in the user's locale.
QString formatMegabytes(qint64 bytes);

// "3 s", "2 min 5 s", "1 h 4 min": how long something took, or how long ago it happened.
QString formatDuration(qint64 msecs);

} // namespace groov
