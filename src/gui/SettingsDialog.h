#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace groov::gui {

// The application's preferences: today its language (LanguageSetting). A change applies at the next start: the
// pages are built with their words once, and an update under way is never redrawn in another language.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    QString chosenLanguage() const; // empty: as the system says

private:
    void save();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace groov::gui
