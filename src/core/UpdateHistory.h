#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace groov {

// The local record of updates for change records: JSON lines appended to one file, readable by its owner only.
// Never a key: the lines come from reports, which have no field for one.
class UpdateHistory
{
    Q_DECLARE_TR_FUNCTIONS(UpdateHistory)

public:
    // $XDG_DATA_HOME/groov-update/history.jsonl (or the platform's equivalent).
    static QString defaultPath();
    [[nodiscard]] static Status append(const QList<QByteArray> &lines, const QString &path = defaultPath());
};

} // namespace groov
