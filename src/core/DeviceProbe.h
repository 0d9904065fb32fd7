#pragma once

#include "DeviceCheck.h"
#include "ManageApi.h"

#include <QObject>
#include <QPointer>

namespace groov {

// Asks one device who it is, with a key and a trust, without touching its firmware: the "Check device" of the
// desktop application. One probe at a time; a new one replaces the previous.
class DeviceProbe : public QObject
{
    Q_OBJECT
public:
    explicit DeviceProbe(QObject *parent = nullptr);
    ~DeviceProbe() override;

    // Bad input (address, key) is answered at once through finished(), with nothing sent.
    void start(const QString &address, const TlsTrust &trust, const QString &apiKey, ApiTimeouts timeouts = {});
    void cancel();
    bool isRunning() const { return !m_call.isNull(); }

Q_SIGNALS:
    void finished(const groov::DeviceCheck &check);

private:
    ManageApi *m_api = nullptr;
    QPointer<PendingCall> m_call;
};

} // namespace groov

Q_DECLARE_METATYPE(groov::DeviceCheck)
