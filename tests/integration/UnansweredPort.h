#pragma once

#include <QtGlobal>

namespace groov::test {

// A local port where a connection attempt gets no answer at all, as with a device that is off or a firewall that
// drops packets: a listening socket whose accept queue is full, so the kernel drops new connection requests (Linux).
// Deterministic, unlike an address on another network, which may be refused, unreachable or silent.
class UnansweredPort
{
public:
    UnansweredPort();
    ~UnansweredPort();
    UnansweredPort(const UnansweredPort &) = delete;
    UnansweredPort &operator=(const UnansweredPort &) = delete;

    [[nodiscard]] quint16 port() const { return m_port; }

private:
    int m_listener = -1;
    int m_fillers[3] = {-1, -1, -1};
    quint16 m_port = 0;
};

} // namespace groov::test
