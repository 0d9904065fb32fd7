#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace groov {

// Lets at most a given number of updates upload at once (a fleet's concurrency): the others wait their turn before
// they prepare their device, in the order they asked. A device that holds its image processes it on its own and
// gives its turn to the next one, so uploads follow each other while earlier devices install.
class UploadGate : public QObject
{
    Q_OBJECT

public:
    explicit UploadGate(int slots, QObject *parent = nullptr);

    // go() is called from the event loop once the owner holds a turn (at once when one is free). An owner that asks
    // again while it waits or holds one changes nothing.
    void enter(const QObject *owner, std::function<void()> go);
    // Gives the owner's turn to the next in line, or takes it out of the line; nothing when it has neither.
    void leave(const QObject *owner);
    // While paused nobody new gets a turn (holders keep theirs and may give them back); on resume the line moves on,
    // in its order. For a fleet paused by its user: uploads under way finish, the next ones wait.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    int slots() const { return m_slots; }
    int holders() const { return int(m_holders.size()); }
    int waiting() const { return int(m_line.size()); }
    // The most owners that held a turn at the same time, for tests and reports.
    int mostAtOnce() const { return m_mostAtOnce; }

private:
    struct Waiting
    {
        QPointer<const QObject> owner;
        std::function<void()> go;
    };

    void admitNext();

    int m_slots;
    QList<const QObject *> m_holders;
    QList<Waiting> m_line;
    int m_mostAtOnce = 0;
    bool m_paused = false;
};

} // namespace groov
