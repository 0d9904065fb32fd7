#pragma once

#include <QByteArray>

namespace groov {

// GET /auth/access/user/commission/status answers "true" or "false" as text.
enum class CommissionState { Commissioned, NotCommissioned, Unknown };

// true/false, with or without JSON quotes and surrounding whitespace, any case; anything else is Unknown.
[[nodiscard]] CommissionState parseCommissionStatus(const QByteArray &body);

} // namespace groov
