#include "SettingsDialog.h"

#include "LanguageSetting.h"
#include "Translations.h"
#include "ui_SettingsDialog.h"

#include <QLocale>

#include <algorithm>

namespace groov::gui {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    const QString system = Translations::preferredOf(QLocale::system().uiLanguages());
    m_ui->languageCombo->addItem(tr("As the system says (%1)").arg(QLocale(system).nativeLanguageName()), QString());
    // Each language in its own words, so that a user who cannot read the current one still finds theirs.
    for (const QString &language : Translations::languages())
        m_ui->languageCombo->addItem(QLocale(language).nativeLanguageName(), language);
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(LanguageSetting::read())));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::chosenLanguage() const
{
    return m_ui->languageCombo->currentData().toString();
}

void SettingsDialog::save()
{
    LanguageSetting::write(chosenLanguage());
    accept();
}

} // namespace groov::gui
