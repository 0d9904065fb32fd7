#include "UploadGate.h"

#include <QTimer>

#include <algorithm>

namespace groov {

UploadGate::UploadGate(int slots, QObject *parent) : QObject(parent), m_slots(std::max(1, slots)) {}

void UploadGate::enter(const QObject *owner, std::function<void()> go)
{
    const bool inLine =
        std::any_of(m_line.cbegin(), m_line.cend(), [owner](const Waiting &w) { return w.owner == owner; });
    if (m_holders.contains(owner) || inLine)
        return;
    m_line.append({owner, std::move(go)});
    admitNext();
}

void UploadGate::leave(const QObject *owner)
{
    m_line.removeIf([owner](const Waiting &w) { return w.owner == owner; });
    if (m_holders.removeAll(owner) > 0)
        admitNext();
}

void UploadGate::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!paused)
        admitNext();
}

void UploadGate::admitNext()
{
    while (!m_paused && m_holders.size() < m_slots && !m_line.isEmpty()) {
        Waiting next = m_line.takeFirst();
        if (!next.owner) // destroyed while it waited
            continue;
        m_holders.append(next.owner.data());
        m_mostAtOnce = std::max(m_mostAtOnce, int(m_holders.size()));
        // From the event loop: the caller of enter() or leave() finishes what it was doing first.
        QTimer::singleShot(0, next.owner.data(), std::move(next.go));
    }
}

} // namespace groov
