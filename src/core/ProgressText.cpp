#include "ProgressText.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace groov {

namespace {
// The translation context of this file's texts (for lupdate and the lookup alike).
class ProgressText
{
    Q_DECLARE_TR_FUNCTIONS(ProgressText)
};

QString twoDigits(qint64 value)
{
    return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0'));
}
} // namespace

QString formatClock(qint64 msecs)
{
    const qint64 seconds = std::max<qint64>(0, msecs) / 1000;
    const qint64 hours = seconds / 3600;
    const qint64 minutes = seconds / 60 % 60;
    if (hours > 0)
        return QString::number(hours) + QLatin1Char(':') + twoDigits(minutes) + QLatin1Char(':') +
               twoDigits(seconds % 60);
    return QString::number(minutes) + QLatin1Char(':') + twoDigits(seconds % 60);
}

QString formatMegabytes(qint64 bytes)
{
    return QLocale().toString(static_cast<double>(bytes) / 1e6, 'f', 1);
}

QString formatDuration(qint64 msecs)
{
    const qint64 seconds = std::max<qint64>(0, msecs) / 1000;
    if (seconds < 60)
        return ProgressText::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return ProgressText::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return ProgressText::tr("%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60);
}

} // namespace groov
