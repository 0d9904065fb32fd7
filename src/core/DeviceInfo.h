#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace groov {

enum class DeviceFamily { Unknown, Epic, Rio };

// What GET /manage/api/v1/io/local/info says about the device (PROTOCOL.md, "Reading what the device is").
struct DeviceInfo
{
    Q_DECLARE_TR_FUNCTIONS(DeviceInfo)

public:
    QString model;            // hardware.part, e.g. GRV-EPIC-PR2; empty when unknown
    QString firmwareVersion;  // firmware.version (the I/O server's "reported version")
    QString firmwareDate;     // firmware.date (may be empty)
    QString hardwareRevision; // hardware.revision

    DeviceFamily family() const; // "GRV-EPIC-" -> Epic, "GRV-R7-" -> Rio, else Unknown

    // Tolerant: missing fields become empty strings; a non-object answer is ErrorCode::DeviceRejected.
    [[nodiscard]] static Result<DeviceInfo> parse(const QByteArray &json);
    // For reports: model, firmwareVersion, firmwareDate, hardwareRevision and a stable family key.
    QJsonObject toJson() const;

    bool operator==(const DeviceInfo &other) const
    {
        return model == other.model && firmwareVersion == other.firmwareVersion && firmwareDate == other.firmwareDate &&
               hardwareRevision == other.hardwareRevision;
    }
    bool operator!=(const DeviceInfo &other) const { return !(*this == other); }
};

QString familyName(DeviceFamily family); // "groov EPIC", "groov RIO", "unknown" (translated)
QString familyKey(DeviceFamily family);  // "epic", "rio", "unknown" (stable, for machine-readable output)
// Heuristic for warnings only, never to block: "epic" -> Epic, "rio" or "r7" -> Rio, as words, case-insensitive.
DeviceFamily familyFromFileName(const QString &fileName);

} // namespace groov
