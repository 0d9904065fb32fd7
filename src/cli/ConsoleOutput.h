#pragma once

#include "ExitCode.h"
#include "SecretRedaction.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QSize>
#include <QString>

#include <unistd.h>

namespace groov::cli {

// Everything groov-update writes, to standard output and standard error, goes through here, so that for every byte:
// * the API key is removed (a last line of defence: the engine should never pass it on), and text the user typed
//   with control characters in it (a path with a line break) is shown escaped, so that it cannot forge a line;
// * a failed write is noticed: the first failure of each stream is reported once on standard error (when that still
//   works), nothing more is written to that stream, and exitCode() no longer reports a clean success. The update
//   itself goes on: a closed pipe or a full disk must never leave a device half-updated.
// Thread-safe: Qt's own messages may come from its worker threads.
class ConsoleOutput
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleOutput)

public:
    enum class Channel { Output, Error };

    // A run that succeeded, but part of what it said (its events, its summary) could not be written: a script must
    // not take it for a clean success. Failures keep their own codes (src/core/ExitCode.h; docs/cli.md).
    static constexpr int OutputLostExitCode = ExitCode::OutputLost;

    // The descriptors are for tests; the command writes to standard output and standard error.
    explicit ConsoleOutput(int outputFd = STDOUT_FILENO, int errorFd = STDERR_FILENO);
    ~ConsoleOutput();
    ConsoleOutput(const ConsoleOutput &) = delete;
    ConsoleOutput &operator=(const ConsoleOutput &) = delete;

    // Text for people (UTF-8 on the wire).
    void print(Channel channel, const QString &text);
    // One JSON line for programs, already UTF-8, on standard output.
    void writeJson(const QByteArray &line);

    // From now on the key is removed from everything written, in each of SecretRedaction's forms.
    void setApiKey(const QString &key);
    // One more key to remove, beside those given before: a fleet run holds one per device.
    void addApiKey(const QString &key);
    // Wherever text for people repeats this typed text, it is shown escaped ("\x0A" for a line break). Only text with
    // a control character and something visible besides is kept: escaping a lone line break would escape them all.
    void showEscaped(const QString &typed);

    // Qt's own messages (the log lines of --verbose, Qt's warnings) take the same way to standard error.
    void captureQtMessages();

    [[nodiscard]] bool isTerminal(Channel channel) const;
    // Columns (width) and rows (height) of the terminal behind the channel; 0 x 0 when it is none or will not say.
    [[nodiscard]] QSize terminalSize(Channel channel) const;
    [[nodiscard]] bool lostOutput() const;
    // The code to exit with: `code`, or OutputLostExitCode when the run succeeded but some output was lost.
    [[nodiscard]] int exitCode(int code) const;

private:
    struct Stream
    {
        int fd = -1;
        bool failed = false;
    };

    Stream &stream(Channel channel) { return channel == Channel::Output ? m_output : m_error; }
    void writeLocked(Channel channel, const QByteArray &bytes);
    void reportFailureLocked(Channel channel, int error);

    mutable QMutex m_mutex;
    Stream m_output;
    Stream m_error;
    QList<SecretRedaction> m_redactions;
    QList<QPair<QString, QString>> m_escapes; // typed text and how it is shown; longest first
};

} // namespace groov::cli
