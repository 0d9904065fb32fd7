#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QTemporaryDir>
#include <QtGlobal>

namespace groov::test {

// A host name that does not resolve, without a question to any DNS server: tests never leave this machine, and a name
// under .invalid is still sent to the configured server by glibc. glibc's HOSTALIASES maps a one-label name to another
// name before the lookup; the alias here has a 64-character label, which glibc cannot put into a DNS query, so the
// lookup fails at once ("host not found") and nothing is sent (checked with strace: no packet to port 53). A machine
// whose lookups go to nscd or systemd-resolved (nsswitch "resolve") would not see the alias.
// The alias is in this process's environment while the object lives, so commands started meanwhile inherit it.
class UnresolvableHost
{
public:
    UnresolvableHost() : m_previous(qgetenv("HOSTALIASES")), m_hadPrevious(qEnvironmentVariableIsSet("HOSTALIASES"))
    {
        const QString path = m_dir.filePath(QStringLiteral("hostaliases"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(name().toLatin1() + ' ' + QByteArray(64, 'x') + ".invalid\n") <= 0)
            qFatal("UnresolvableHost cannot write %s", qPrintable(path));
        qputenv("HOSTALIASES", QFile::encodeName(path));
    }
    ~UnresolvableHost()
    {
        if (m_hadPrevious)
            qputenv("HOSTALIASES", m_previous);
        else
            qunsetenv("HOSTALIASES");
    }
    UnresolvableHost(const UnresolvableHost &) = delete;
    UnresolvableHost &operator=(const UnresolvableHost &) = delete;

    // One label: glibc applies HOSTALIASES only to names without a dot.
    static QString name() { return QStringLiteral("groov-unknown-device"); }

private:
    QTemporaryDir m_dir;
    QByteArray m_previous;
    bool m_hadPrevious;
};

} // namespace groov::test
