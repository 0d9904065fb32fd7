#include "HeaderLogGuard.h"

#include <QByteArrayView>
#include <QLoggingCategory>

#include <mutex>

namespace groov {

namespace {

QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

bool printsRequestHeaders(const char *category)
{
    const QByteArrayView name(category);
    return name.startsWith("qt.network.http2");
}

void filterCategory(QLoggingCategory *category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (printsRequestHeaders(category->categoryName()))
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

void keepRequestHeadersOutOfLogs()
{
    static std::once_flag installed;
    std::call_once(installed, [] { g_previousFilter = QLoggingCategory::installFilter(filterCategory); });
}

} // namespace groov
