#include "LanguageSetting.h"

#include "Translations.h"

#include <QSettings>

#include <memory>

namespace groov::gui {

namespace {
const QString Key = QStringLiteral("language");

// ~/.config/groov-update/groov-update-gui.ini on Linux: the application's preferences, apart from the profiles.
std::unique_ptr<QSettings> preferences()
{
    return std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("groov-update"),
                                       QStringLiteral("groov-update-gui"));
}
} // namespace

QString LanguageSetting::read()
{
    const QString language = preferences()->value(Key).toString();
    // A hand-edited file may say anything: what is not shipped counts as no choice.
    return Translations::problemWith(language).isEmpty() ? language : QString();
}

void LanguageSetting::write(const QString &language)
{
    const std::unique_ptr<QSettings> settings = preferences();
    if (language.isEmpty())
        settings->remove(Key);
    else
        settings->setValue(Key, language);
}

} // namespace groov::gui
