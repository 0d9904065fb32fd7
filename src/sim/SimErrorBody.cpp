#include "SimErrorBody.h"

namespace groov::sim {

QJsonObject simErrorBody(int code, const QString &message)
{
    return QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                             {QStringLiteral("subCode"), 0},
                                                             {QStringLiteral("message"), message}}}};
}

} // namespace groov::sim
