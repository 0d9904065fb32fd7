#include "SignalWatcher.h"

#include <QSocketNotifier>

#include <csignal>
#include <iterator>
#include <sys/socket.h>
#include <unistd.h>

namespace groov {

namespace {

int g_pipe[2] = {-1, -1};

// SIGHUP too: a closed terminal or SSH session must end a run with its words and exit code, like SIGTERM, not kill
// it in the middle of an upload.
constexpr int WatchedSignals[] = {SIGINT, SIGTERM, SIGHUP};
// What each signal did before, restored when the watcher goes.
struct sigaction g_previous[std::size(WatchedSignals)] = {};

extern "C" void onSignal(int signalNumber)
{
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    // Only async-signal-safe calls here; a full pipe just loses a duplicate.
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
}

} // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
    if (g_pipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe) != 0)
        return;
    m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::onReadable);

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (std::size_t i = 0; i < std::size(WatchedSignals); ++i) {
        ::sigaction(WatchedSignals[i], nullptr, &g_previous[i]);
        // nohup ignores SIGHUP so that a run survives its terminal: that choice stays.
        if (WatchedSignals[i] == SIGHUP && g_previous[i].sa_handler == SIG_IGN)
            continue;
        ::sigaction(WatchedSignals[i], &action, nullptr);
    }
}

SignalWatcher::~SignalWatcher()
{
    if (!m_notifier)
        return;
    for (std::size_t i = 0; i < std::size(WatchedSignals); ++i)
        ::sigaction(WatchedSignals[i], &g_previous[i], nullptr);
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

void SignalWatcher::onReadable()
{
    unsigned char byte = 0;
    if (::read(g_pipe[0], &byte, 1) == 1)
        Q_EMIT terminationRequested(int(byte));
}

} // namespace groov
