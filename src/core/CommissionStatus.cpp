#include "CommissionStatus.h"

namespace groov {

CommissionState parseCommissionStatus(const QByteArray &body)
{
    QByteArray text = body.trimmed();
    if (text.size() >= 2 && text.startsWith('"') && text.endsWith('"'))
        text = text.mid(1, text.size() - 2).trimmed();
    text = text.toLower();
    if (text == "true")
        return CommissionState::Commissioned;
    if (text == "false")
        return CommissionState::NotCommissioned;
    return CommissionState::Unknown;
}

} // namespace groov
