#include "DeviceAddress.h"

#include "DeviceText.h"

#include <QHostAddress>

#include <algorithm>

namespace groov {

namespace {

constexpr int MaxHostLength = 253;
constexpr int MaxLabelLength = 63;
// A pasted screenful is not worth repeating in full; the problem text says what is wrong with it.
constexpr int MaxEcho = 64;

// Typed text repeated in a message: a line break or an escape in it must not reach a terminal raw.
QString shown(const QString &typed)
{
    return printableDeviceText(typed, MaxEcho);
}

// C0 and C1 controls and DEL: never part of an address, and unsafe to repeat raw.
bool isControl(QChar c)
{
    return c < u' ' || c == u'\x7f' || (c >= u'\x80' && c <= u'\x9f');
}

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isAllDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isHexDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

// A name whose last part is a number (decimal, or hex with "0x") is an IPv4 address to a URL parser or inet_aton
// ("10.1" is 10.0.0.1, "epic.0x10" is refused by browsers): no top-level domain is numeric, so such a host is
// either exactly a dotted quad or a mistake.
bool endsInANumber(const QStringList &labels)
{
    const QString &last = labels.constLast();
    return isAllDigits(last) || (last.startsWith(QLatin1String("0x")) && isHexDigits(QStringView(last).mid(2)));
}

// What a host name may hold once it is ASCII: letters, digits, "-", "_" and the dots between labels.
bool isPlainHostName(const QString &host)
{
    return !host.isEmpty() && std::all_of(host.cbegin(), host.cend(), [](QChar c) {
        return isAsciiLetterOrDigit(c) || c == u'-' || c == u'.' || c == u'_';
    });
}

bool isDigitsAndDots(const QString &text)
{
    return !text.isEmpty() &&
           std::all_of(text.cbegin(), text.cend(), [](QChar c) { return (c >= u'0' && c <= u'9') || c == u'.'; });
}

// QHostAddress accepts shorthand like "10.1" or "010.0.0.5"; a device address should be exactly a dotted quad.
bool isStrictIpv4(const QString &host)
{
    const QStringList parts = host.split(u'.');
    if (parts.size() != 4)
        return false;
    for (const QString &part : parts) {
        if (!isAllDigits(part) || part.size() > 3 || (part.size() > 1 && part.startsWith(u'0')))
            return false;
        if (part.toInt() > 255)
            return false;
    }
    return true;
}

// QHostAddress stops reading at a NUL ("::1\0junk" is ::1) and takes any text as a zone id, so check the characters
// first: hex digits, ":" and "." for the address; for the zone, an interface name or index (no "]", "/" or non-ASCII,
// which name no interface and would not survive being shown and typed again).
bool hasIpv6Characters(QStringView text)
{
    const qsizetype percent = text.indexOf(u'%');
    for (QChar c : text.left(percent < 0 ? text.size() : percent)) {
        const bool hexDigit = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (!hexDigit && c != u':' && c != u'.')
            return false;
    }
    if (percent < 0)
        return true;
    for (QChar c : text.mid(percent + 1)) {
        if (!isAsciiLetterOrDigit(c) && c != u'-' && c != u'_' && c != u'.')
            return false;
    }
    return true;
}

// Returns the normalised IPv6 text (with zone id if any), or an empty string when it is not IPv6.
QString normalisedIpv6(QString text, bool inUrl)
{
    // A URL percent-encodes the zone separator as "%25" (RFC 6874); typed bare it is a plain "%", so "fe80::1%25"
    // there is zone 25.
    const int zone = inUrl ? int(text.indexOf(QLatin1String("%25"))) : -1;
    if (zone >= 0)
        text.replace(zone, 3, QStringLiteral("%"));
    QHostAddress address;
    if (!hasIpv6Characters(text) || !address.setAddress(text) || address.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    return address.toString();
}

// Each problem is one whole sentence: the address as typed (shown escaped) is its %1, then the sentence's own values,
// all replaced in one pass so that a "%2" typed in the address stays as it is.
template<typename... Values>
Error addressError(const QString &sentence, const QString &input, const Values &...values)
{
    return invalidInput(sentence.arg(shown(input), values...));
}

} // namespace

Result<DeviceAddress> DeviceAddress::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return invalidInput(tr("No device address given. Type the device's host name or IP address, "
                               "for example 10.0.0.5 or epic-01.local."));
    }
    for (QChar c : text) {
        if (isControl(c)) {
            return addressError(tr("The device address \"%1\" is not usable: it contains the control character %2 (a "
                                   "line break, tab or escape, perhaps pasted with it). Type only the host name or IP "
                                   "address, for example 10.0.0.5 or epic-01.local:8443."),
                                text, shown(QString(c)));
        }
        if (c.isSpace()) {
            return addressError(tr("The device address \"%1\" is not usable: it contains a space. Type only the host "
                                   "name or IP address, for example 10.0.0.5 or epic-01.local:8443."),
                                text);
        }
    }

    QString rest = text;
    const int schemeEnd = text.indexOf(QLatin1String("://"));
    if (schemeEnd >= 0) {
        const QString scheme = text.left(schemeEnd).toLower();
        if (scheme == QLatin1String("http")) {
            return addressError(tr("The device address \"%1\" is not usable: groov Manage only answers HTTPS; use "
                                   "https:// or just the address."),
                                text);
        }
        if (scheme != QLatin1String("https")) {
            return addressError(tr("The device address \"%1\" is not usable: the scheme \"%2://\" is not supported. "
                                   "groov Manage answers HTTPS only; use https:// or just the address."),
                                text, shown(text.left(schemeEnd)));
        }
        rest = text.mid(schemeEnd + 3);
    }
    if (rest.isEmpty() || rest == QLatin1String("/")) {
        return addressError(tr("The device address \"%1\" is not usable: the host name or IP address is missing. Type "
                               "it after https://, for example https://10.0.0.5."),
                            text);
    }

    // Split the authority from anything after it; only a lone trailing "/" is allowed there.
    int authorityEnd = rest.size();
    for (int i = 0; i < rest.size(); ++i) {
        const QChar c = rest.at(i);
        if (c == u'/' || c == u'?' || c == u'#') {
            authorityEnd = i;
            break;
        }
    }
    const QString authority = rest.left(authorityEnd);
    const QString tail = rest.mid(authorityEnd);
    if (!tail.isEmpty() && tail != QLatin1String("/")) {
        const int queryOrFragment = [&] {
            for (int i = 0; i < tail.size(); ++i) {
                if (tail.at(i) == u'?' || tail.at(i) == u'#')
                    return i;
            }
            return int(tail.size());
        }();
        const QString path = tail.left(queryOrFragment);
        if (!path.isEmpty() && path != QLatin1String("/")) {
            return addressError(tr("The device address \"%1\" is not usable: it contains the path \"%2\". The updater "
                                   "finds groov Manage by itself; type only the address, for example %3."),
                                text, shown(path), shown(authority));
        }
        if (tail.at(queryOrFragment) == u'?') {
            return addressError(tr("The device address \"%1\" is not usable: it contains a query (\"?...\"). Type "
                                   "only the address, for example %2."),
                                text, shown(authority));
        }
        return addressError(tr("The device address \"%1\" is not usable: it contains a fragment (\"#...\"). Type "
                               "only the address, for example %2."),
                            text, shown(authority));
    }

    if (authority.isEmpty()) {
        return addressError(tr("The device address \"%1\" is not usable: the host name or IP address is missing. Type "
                               "it, for example 10.0.0.5."),
                            text);
    }
    if (authority.contains(u'@')) {
        const QString hostPart = authority.mid(authority.lastIndexOf(u'@') + 1);
        return addressError(tr("The device address \"%1\" is not usable: it contains a user name (\"...@\"). The "
                               "updater signs in with the API key instead; type only the address, for example %2."),
                            text, hostPart.isEmpty() ? QStringLiteral("10.0.0.5") : shown(hostPart));
    }

    QString host;
    QString portText;
    bool hasPort = false;
    bool ipv6 = false;

    if (authority.startsWith(u'[')) {
        const int close = authority.indexOf(u']');
        if (close < 0) {
            return addressError(tr("The device address \"%1\" is not usable: the closing \"]\" of the IPv6 address is "
                                   "missing. Write it like [fe80::1] or [fe80::1]:8443."),
                                text);
        }
        const QString inside = authority.mid(1, close - 1);
        const QString after = authority.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(u':')) {
                return addressError(tr("The device address \"%1\" is not usable: unexpected text \"%2\" after the IPv6 "
                                       "address. Write it like [fe80::1] or [fe80::1]:8443."),
                                    text, shown(after));
            }
            hasPort = true;
            portText = after.mid(1);
        }
        host = normalisedIpv6(inside, schemeEnd >= 0);
        if (host.isEmpty()) {
            return addressError(
                tr("The device address \"%1\" is not usable: \"%2\" inside the brackets is not a valid IPv6 address. "
                   "Brackets are only for IPv6; type an IPv4 address or host name without them, for example 10.0.0.5."),
                text, shown(inside));
        }
        ipv6 = true;
    } else if (authority.count(u':') > 1) {
        // A bare IPv6 literal cannot carry a port: "fe80::1:8443" would be a different address.
        host = normalisedIpv6(authority, schemeEnd >= 0);
        if (host.isEmpty()) {
            return addressError(tr("The device address \"%1\" is not usable: it is neither a host name nor a valid "
                                   "IPv6 address. Put IPv6 addresses in brackets, for example [fe80::1]:8443."),
                                text);
        }
        // "fe80::1:8443" is a valid address, but most likely fe80::1 with port 8443: make the user say which.
        const int lastColon = int(authority.lastIndexOf(u':'));
        const QString lastGroup = authority.mid(lastColon + 1);
        const QString withoutLast = authority.left(lastColon);
        if (lastGroup.size() >= 3 && isAllDigits(lastGroup) && !withoutLast.endsWith(u':') &&
            !normalisedIpv6(withoutLast, schemeEnd >= 0).isEmpty()) {
            return addressError(
                tr("The device address \"%1\" is not usable: an IPv6 address without brackets cannot carry a port, so "
                   "\"%2\" is ambiguous. Write [%3]:%4 for port %4, or [%2] for that address."),
                text, shown(authority), shown(withoutLast), shown(lastGroup));
        }
        ipv6 = true;
    } else {
        const int colon = authority.indexOf(u':');
        if (colon >= 0) {
            hasPort = true;
            portText = authority.mid(colon + 1);
            host = authority.left(colon);
        } else {
            host = authority;
        }
    }

    int port = DefaultPort;
    if (hasPort) {
        if (portText.isEmpty()) {
            return addressError(tr("The device address \"%1\" is not usable: the port after \":\" is missing. Type a "
                                   "port number such as 8443, or leave out the \":\" to use 443."),
                                text);
        }
        if (!isAllDigits(portText)) {
            return addressError(tr("The device address \"%1\" is not usable: the port \"%2\" is not a number. Type a "
                                   "port number between 1 and 65535, for example 8443."),
                                text, shown(portText));
        }
        bool ok = false;
        port = portText.size() <= 5 ? portText.toInt(&ok) : -1;
        if (!ok || port < 1 || port > 65535) {
            return addressError(tr("The device address \"%1\" is not usable: the port %2 is out of range. Type a port "
                                   "number between 1 and 65535, or leave it out to use 443."),
                                text, shown(portText));
        }
    }

    if (!ipv6) {
        if (host.isEmpty()) {
            return addressError(tr("The device address \"%1\" is not usable: the host name or IP address is missing. "
                                   "Type it before the port, for example 10.0.0.5:8443."),
                                text);
        }
        // One rule: a host is typed in plain ASCII. IDNA maps look-alikes onto other text (full-width digits and
        // ideographic full stops become "127.0.0.1"), so the address connected to would not be the one typed; an
        // international name is typed in its ASCII form (xn--...), which is also how it is shown.
        if (!isAscii(host)) {
            const QString ace = QString::fromLatin1(QUrl::toAce(host)).toLower();
            if (isDigitsAndDots(ace)) {
                return addressError(
                    tr("The device address \"%1\" is not usable: \"%2\" is written with characters that only look like "
                       "digits or dots. Type the IP address with plain digits and dots, for example 10.0.0.5."),
                    text, shown(host));
            }
            if (isPlainHostName(ace)) {
                return addressError(tr("The device address \"%1\" is not usable: the host name \"%2\" has characters "
                                       "outside plain ASCII. Type its ASCII form, %3, or use the IP address."),
                                    text, shown(host), ace);
            }
            return addressError(tr("The device address \"%1\" is not usable: the host name \"%2\" contains characters "
                                   "that are not allowed. Use letters, digits, \"-\" and \".\", or the IP address."),
                                text, shown(host));
        }
        host = host.toLower();
        if (host.endsWith(u'.')) // a fully qualified name may end with the root dot
            host.chop(1);
        if (host.size() > MaxHostLength) {
            return addressError(tr("The device address \"%1\" is not usable: the host name is %2 characters long; at "
                                   "most 253 are allowed. Check what was pasted, or use the IP address."),
                                text, QString::number(host.size()));
        }
        for (QChar c : host) {
            if (!isAsciiLetterOrDigit(c) && c != u'-' && c != u'.' && c != u'_') {
                return addressError(tr("The device address \"%1\" is not usable: the character \"%2\" is not allowed "
                                       "in a host name. Use letters, digits, \"-\" and \".\", or the IP address."),
                                    text, shown(QString(c)));
            }
        }
        const QStringList labels = host.split(u'.');
        for (const QString &label : labels) {
            if (label.isEmpty()) {
                return addressError(tr("The device address \"%1\" is not usable: the host name has an empty part "
                                       "between dots. Check for a doubled or leading \".\"."),
                                    text);
            }
            if (label.size() > MaxLabelLength) {
                return addressError(tr("The device address \"%1\" is not usable: the part \"%2...\" of the host name "
                                       "is longer than 63 characters. Check what was pasted, or use the IP address."),
                                    text, shown(label.left(16)));
            }
            if (label.startsWith(u'-') || label.endsWith(u'-')) {
                return addressError(tr("The device address \"%1\" is not usable: a part of the host name starts or "
                                       "ends with \"-\", which is not allowed. Check the spelling."),
                                    text);
            }
        }
        // QUrl, and so the connection, reads some names as IPv4 in another notation ("0x0a000005" is 10.0.0.5,
        // "0b10" is 0.0.0.2, "0177.0.0.1" is 127.0.0.1): the requests would go to an address the user never typed.
        QUrl url;
        url.setHost(host);
        if (url.host().isEmpty()) { // not seen with the checks above; never "read as the IPv4 address \"\""
            return addressError(tr("The device address \"%1\" is not usable: \"%2\" is not a valid host name. Check "
                                   "the spelling, or use the IP address."),
                                text, host);
        }
        if (url.host() != host) {
            return addressError(
                tr("The device address \"%1\" is not usable: \"%2\" would be read as the IPv4 address %3. Write the IP "
                   "address as four numbers from 0 to 255 separated by dots, for example 10.0.0.5."),
                text, host, url.host());
        }
        if (endsInANumber(labels) && !isStrictIpv4(host)) {
            return addressError(
                tr("The device address \"%1\" is not usable: it is not a valid IPv4 address. Write four numbers from 0 "
                   "to 255 separated by dots, without leading zeros, for example 10.0.0.5."),
                text);
        }
    }

    DeviceAddress address;
    address.m_host = host;
    address.m_port = port;
    address.m_ipv6 = ipv6;
    return address;
}

QUrl DeviceAddress::baseUrl() const
{
    if (!isValid())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(m_host);
    if (m_port != DefaultPort)
        url.setPort(m_port);
    return url;
}

QString DeviceAddress::host() const
{
    return m_host;
}

int DeviceAddress::port() const
{
    return m_port;
}

QString DeviceAddress::displayName() const
{
    // IPv6 always in brackets: "fe80::1:8443" bare would read as fe80::1 with a port, and parse() refuses it.
    const QString host = m_ipv6 ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    return m_port == DefaultPort ? host : host + QLatin1Char(':') + QString::number(m_port);
}

} // namespace groov
