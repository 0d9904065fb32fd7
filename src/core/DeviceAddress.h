#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace groov {

// What the user typed as the device's address, checked and turned into the HTTPS base URL of groov Manage.
class DeviceAddress
{
    Q_DECLARE_TR_FUNCTIONS(DeviceAddress)

public:
    // An empty, invalid address; use parse() to get a real one.
    DeviceAddress() = default;

    // Accepts a host name, IPv4, bracketed IPv6 (or bare IPv6 without port), optional https:// and port. A bare
    // IPv6 whose last group looks like a port ("fe80::1:8443") is refused as ambiguous. The host is plain ASCII: an
    // IPv4 address exactly as a dotted quad, an IPv6 address, or a name of letters, digits, "-" and "_" (an
    // international name in its xn-- form); look-alikes such as full-width digits, and names that end in a number
    // but are no dotted quad ("10.1", "0177.0.0.1"), are refused. Messages show typed text escaped.
    [[nodiscard]] static Result<DeviceAddress> parse(const QString &input);

    static constexpr int DefaultPort = 443;

    bool isValid() const { return !m_host.isEmpty(); }
    QUrl baseUrl() const;        // "https://host[:port]", no path; IPv6 bracketed
    QString host() const;        // without brackets; IPv6 normalised, host names lower-case
    int port() const;            // 443 when none given
    QString displayName() const; // "host", "host:port", "[v6]:port"
    bool isIpv6() const { return m_ipv6; }

    bool operator==(const DeviceAddress &other) const
    {
        return m_host == other.m_host && m_port == other.m_port && m_ipv6 == other.m_ipv6;
    }
    bool operator!=(const DeviceAddress &other) const { return !(*this == other); }

private:
    QString m_host;
    int m_port = DefaultPort;
    bool m_ipv6 = false;
};

} // namespace groov
