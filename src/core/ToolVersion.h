#pragma once

#include <QString>

namespace groov {

// The version of this tool: project(VERSION) in the top CMakeLists.txt, which the build hands to the compiler as
// GROOV_VERSION (cmake/GroovBuildSettings.cmake). Every program, report and dialog takes it from here or from there.
inline QString toolVersion()
{
    return QStringLiteral(GROOV_VERSION);
}

// How --version and the reports name what wrote them: "groov-update 0.1.0".
inline QString toolNameAndVersion()
{
    return QStringLiteral("groov-update " GROOV_VERSION);
}

} // namespace groov
