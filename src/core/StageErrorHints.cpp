#include "StageErrorHints.h"

#include <QCoreApplication>

namespace groov {

namespace {

// The translation context of this file's texts (for lupdate and the lookup alike).
class StageErrorHints
{
    Q_DECLARE_TR_FUNCTIONS(StageErrorHints)
};

// The vendor's decrypt failure code when firmware of the other family was sent (PROTOCOL.md example).
constexpr int WrongFamilyDecryptCode = 8;

} // namespace

QString stageErrorHint(const DeviceStage &stage)
{
    const QString &name = stage.name;
    if (name == QLatin1String("decrypt")) {
        if (stage.errorCode == WrongFamilyDecryptCode) {
            return StageErrorHints::tr(
                "This firmware is for a different device family (EPIC firmware on a RIO or the reverse). "
                "Download the firmware for this device's model and try again.");
        }
        return StageErrorHints::tr(
            "The device could not decrypt the firmware image. The file may be for a different device family "
            "or damaged. Check that it is the firmware for this device's model, download it again and retry.");
    }
    if (name == QLatin1String("prepare")) {
        return StageErrorHints::tr(
            "The device could not get ready for an update. Another update may still be running or the device "
            "may be busy. Wait a few minutes and try again; if it keeps failing, restart the device first.");
    }
    if (name == QLatin1String("upload") || name == QLatin1String("reassemble")) {
        return StageErrorHints::tr(
            "The firmware file arrived incomplete or was corrupted in transit. Download the firmware again, "
            "check the network connection to the device, and run the update again.");
    }
    if (name == QLatin1String("unzip")) {
        return StageErrorHints::tr(
            "The device could not unpack the file: it is not a groov firmware image. Choose the firmware file "
            "downloaded from Opto 22 for this device's model and try again.");
    }
    if (name == QLatin1String("decompress")) {
        return StageErrorHints::tr(
            "The device could not decompress the firmware. The file may be damaged, or the device may be low "
            "on storage space. Download the firmware again and retry; nothing was installed.");
    }
    if (name == QLatin1String("backupSettings")) {
        return StageErrorHints::tr(
            "The device could not back up its settings, so nothing was installed and it still runs its "
            "current firmware. Check the device's free storage space (remove old backups or large files) "
            "and try again.");
    }
    if (name == QLatin1String("install") || name == QLatin1String("finishAndRestart")) {
        return StageErrorHints::tr(
            "Installing the firmware failed. Do not switch the device off. Contact Opto 22 support with the "
            "error code and message shown; the device may need a recovery procedure.");
    }
    if (stage.errorCode) {
        return StageErrorHints::tr(
                   "The device reported error %1 at the stage \"%2\". Try the update again; if it fails the same way, "
                   "contact Opto 22 support with this code and the message shown.")
            .arg(*stage.errorCode)
            .arg(stageDisplayName(name));
    }
    return StageErrorHints::tr(
               "The device reported an error at the stage \"%1\". Try the update again; if it fails the same way, "
               "contact Opto 22 support with the message shown.")
        .arg(stageDisplayName(name));
}

} // namespace groov
