#include "EventLoopChoice.h"

#include <QByteArray>
#include <QtGlobal>

#include <cstring>

namespace groov::cli {

bool mayUseKeychain(int argc, const char *const argv[])
{
    for (int i = 1; i < argc; ++i) {
        // A plan may name keychain entries: it is read only after the loop is chosen.
        if (std::strstr(argv[i], "profile") || std::strncmp(argv[i], "--plan", 6) == 0)
            return true;
    }
    return false;
}

bool preferPlainEventLoop(int argc, const char *const argv[])
{
    if (qEnvironmentVariableIsSet("QT_NO_GLIB") || mayUseKeychain(argc, argv))
        return false;
    qputenv("QT_NO_GLIB", QByteArrayLiteral("1"));
    return true;
}

} // namespace groov::cli
