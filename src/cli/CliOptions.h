#pragma once

#include "ProfileStore.h"
#include "Result.h"
#include "UpdateRequest.h"

#include <QCoreApplication>
#include <QStringList>

namespace groov::cli {

// Everything the command line asked for, checked and turned into an UpdateRequest.
struct CliOptions
{
    Q_DECLARE_TR_FUNCTIONS(CliOptions)

public:
    enum class Verbosity { Quiet, Normal, Verbose };

    UpdateRequest request;
    bool json = false;
    Verbosity verbosity = Verbosity::Normal;
    // Risks the user chose, said before the update starts: a key on the command line, a key file others can read.
    QStringList warnings;
    // --profile without an explicit key option: look in the keychain first; request.apiKey then holds
    // GROOV_API_KEY as the fallback (possibly empty).
    QString keychainProfile;
    // --profile: the profile that records how the update ended.
    QString profileName;

    // Parses argv. --help and --version are answered here: printed text and an exit code 0.
    struct Exit
    {
        int code = 0;
        QString text;
    };
    [[nodiscard]] static std::variant<CliOptions, Exit, Error>
    parse(const QStringList &arguments, const QString &environmentKey, const ProfileStore &profiles);

    // The engine's own log lines are what the reporters print; Qt's logging would repeat them. --verbose shows the
    // requests instead.
    static void configureLogging(Verbosity verbosity);
};

} // namespace groov::cli
