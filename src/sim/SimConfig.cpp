#include "SimConfig.h"

namespace groov::sim {

QString SimConfig::familyOf(const QString &model)
{
    if (model.startsWith(QLatin1String("GRV-EPIC-"), Qt::CaseInsensitive))
        return QStringLiteral("epic");
    if (model.startsWith(QLatin1String("GRV-R7-"), Qt::CaseInsensitive))
        return QStringLiteral("rio");
    return QString();
}

} // namespace groov::sim
