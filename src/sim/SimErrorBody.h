#pragma once

#include <QJsonObject>
#include <QString>

namespace groov::sim {

// groov Manage's error body: {"error": {"code": N, "subCode": 0, "message": "..."}}.
[[nodiscard]] QJsonObject simErrorBody(int code, const QString &message);

} // namespace groov::sim
