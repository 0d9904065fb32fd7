#pragma once

#include <QString>

namespace groov::gui {

// The one red of a problem said in a label's rich text; the text is escaped here.
inline QString errorHtml(const QString &text)
{
    return QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(text.toHtmlEscaped());
}

} // namespace groov::gui
