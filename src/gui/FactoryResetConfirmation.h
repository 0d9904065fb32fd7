#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace groov::gui {

// The one typed confirmation of a factory reset: what it does, said the same way for one device (the Review page)
// and for a fleet (the Fleet window), and the words the user must type to go on.
class FactoryResetConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(FactoryResetConfirmation)

public:
    // What not preserving settings does to a device, in full.
    static QString consequence();
    // Whether `typed` confirms a reset whose confirmation word is `expected` (spaces around it ignored).
    static bool confirms(const QString &typed, const QString &expected);
    // Asks (Prompts::askText) for a fleet of deviceCount devices: true only when the words were typed exactly.
    [[nodiscard]] static bool askForFleet(QWidget *parent, int deviceCount);
};

} // namespace groov::gui
