#include "DeviceProbe.h"

#include "UpdateRequest.h"

#include <QTimer>

namespace groov {

DeviceProbe::DeviceProbe(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<groov::DeviceCheck>();
}

DeviceProbe::~DeviceProbe()
{
    cancel();
}

void DeviceProbe::start(const QString &address, const TlsTrust &trust, const QString &apiKey, ApiTimeouts timeouts)
{
    cancel();
    DeviceCheck refused;
    auto parsed = DeviceAddress::parse(address);
    if (!parsed)
        refused.error = parsed.error();
    else if (const Status key = UpdateRequest::validateApiKey(apiKey); !key)
        refused.error = key.error();
    if (refused.error) {
        // Asynchronous like every other answer, so callers need only one code path.
        QTimer::singleShot(0, this, [this, refused] { Q_EMIT finished(refused); });
        return;
    }
    if (m_api)
        m_api->deleteLater();
    // A fresh ManageApi per probe: a changed trust must never reuse a connection accepted under the old one.
    m_api = new ManageApi(parsed->baseUrl(), trust, apiKey.toLatin1(), timeouts, this);
    m_call = m_api->getDeviceInfo();
    const DeviceAddress target = parsed.value();
    connect(m_call, &PendingCall::finished, this, [this, target, trust](const ApiReply &reply) {
        m_call = nullptr;
        if (reply.failure == ApiReply::Failure::Cancelled)
            return;
        Q_EMIT finished(DeviceCheck::fromReply(reply, target, trust));
    });
}

void DeviceProbe::cancel()
{
    if (m_call)
        m_call->abort();
    m_call = nullptr;
}

} // namespace groov
