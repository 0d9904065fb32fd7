#pragma once

#include <QCoreApplication>
#include <QString>

namespace groov::gui {

// The language the user chose in the desktop application (Settings), kept between runs. Empty means "as the
// system says". --lang on the command line wins over it for one run.
class LanguageSetting
{
public:
    static QString read();
    static void write(const QString &language);
};

} // namespace groov::gui
