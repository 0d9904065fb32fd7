#include "ConsoleOutput.h"

#include "DeviceText.h"

#include <QMutexLocker>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <poll.h>
#include <sys/ioctl.h>

namespace groov::cli {

namespace {

ConsoleOutput *g_qtMessages = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void printQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_qtMessages)
        g_qtMessages->print(ConsoleOutput::Channel::Error, qFormatLogMessage(type, context, message) + u'\n');
}

// Writes all of bytes, through interrupted and partial writes. Returns 0, or the errno of the failure.
int writeAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(size));
        if (written > 0) {
            data += written;
            size -= written;
            continue;
        }
        if (written < 0 && errno == EINTR)
            continue;
        if (written < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            // A descriptor inherited in non-blocking mode: wait for room, as a blocking write would.
            pollfd writable{fd, POLLOUT, 0};
            if (::poll(&writable, 1, -1) >= 0 || errno == EINTR)
                continue;
        }
        return written < 0 ? errno : EIO;
    }
    return 0;
}

bool hasVisibleCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isPrint() && !c.isSpace(); });
}

} // namespace

ConsoleOutput::ConsoleOutput(int outputFd, int errorFd)
{
    m_output.fd = outputFd;
    m_error.fd = errorFd;
}

ConsoleOutput::~ConsoleOutput()
{
    if (g_qtMessages == this) {
        qInstallMessageHandler(g_previousHandler);
        g_qtMessages = nullptr;
    }
}

void ConsoleOutput::print(Channel channel, const QString &text)
{
    QMutexLocker locker(&m_mutex);
    QString shown = text;
    for (const SecretRedaction &redaction : std::as_const(m_redactions))
        shown = redaction.apply(shown);
    for (const auto &[typed, escaped] : std::as_const(m_escapes))
        shown.replace(typed, escaped);
    writeLocked(channel, shown.toUtf8());
}

void ConsoleOutput::writeJson(const QByteArray &line)
{
    QMutexLocker locker(&m_mutex);
    QByteArray shown = line;
    for (const SecretRedaction &redaction : std::as_const(m_redactions))
        shown = redaction.apply(shown);
    writeLocked(Channel::Output, shown);
}

void ConsoleOutput::setApiKey(const QString &key)
{
    QMutexLocker locker(&m_mutex);
    m_redactions = {SecretRedaction(key.toUtf8())};
}

void ConsoleOutput::addApiKey(const QString &key)
{
    QMutexLocker locker(&m_mutex);
    m_redactions.append(SecretRedaction(key.toUtf8()));
}

void ConsoleOutput::showEscaped(const QString &typed)
{
    // printableDeviceText cuts at maxLength; every character grows to at most 6 ("\u202E").
    const QString escaped = printableDeviceText(typed, typed.size() * 6 + 1);
    if (escaped == typed || !hasVisibleCharacter(typed))
        return;
    QMutexLocker locker(&m_mutex);
    m_escapes.append({typed, escaped});
    std::sort(m_escapes.begin(), m_escapes.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

void ConsoleOutput::captureQtMessages()
{
    g_qtMessages = this;
    g_previousHandler = qInstallMessageHandler(printQtMessage);
}

bool ConsoleOutput::isTerminal(Channel channel) const
{
    return ::isatty(channel == Channel::Output ? m_output.fd : m_error.fd) == 1;
}

QSize ConsoleOutput::terminalSize(Channel channel) const
{
    winsize size{};
    if (::ioctl(channel == Channel::Output ? m_output.fd : m_error.fd, TIOCGWINSZ, &size) != 0)
        return {0, 0};
    return {int(size.ws_col), int(size.ws_row)};
}

bool ConsoleOutput::lostOutput() const
{
    QMutexLocker locker(&m_mutex);
    return m_output.failed || m_error.failed;
}

int ConsoleOutput::exitCode(int code) const
{
    return code == 0 && lostOutput() ? OutputLostExitCode : code;
}

void ConsoleOutput::writeLocked(Channel channel, const QByteArray &bytes)
{
    Stream &target = stream(channel);
    if (target.failed || bytes.isEmpty())
        return;
    if (const int error = writeAll(target.fd, bytes.constData(), bytes.size()); error != 0) {
        target.failed = true;
        reportFailureLocked(channel, error);
    }
}

void ConsoleOutput::reportFailureLocked(Channel channel, int error)
{
    const QString reason = QString::fromLocal8Bit(std::strerror(error));
    const QString text =
        channel == Channel::Output
            ? tr("groov-update: cannot write to standard output (%1); the rest of what goes there is lost. An update "
                 "under way goes on to its end; if it succeeds, the exit code is %2 instead of 0. Check where "
                 "standard output goes (a full disk, a closed pipe).")
            : tr("groov-update: cannot write to standard error (%1); the rest of what goes there is lost. An update "
                 "under way goes on to its end; if it succeeds, the exit code is %2 instead of 0. Check where "
                 "standard error goes (a full disk, a closed pipe).");
    const QString message = text.arg(reason, QString::number(OutputLostExitCode)) + u'\n';
    // On standard error, when that still works; a failure there is only in the exit code.
    writeLocked(Channel::Error, message.toUtf8());
}

} // namespace groov::cli
