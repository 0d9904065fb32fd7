#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace groov::gui {

// "About": the product, its version (project(VERSION), as everywhere else), the Qt it runs on, what it does, its
// copyright and where its documentation is installed. Escape or Close closes it.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    // The one way the windows open it: over parent, window-modal, deleted once closed; returns the dialog shown.
    static AboutDialog *openOver(QWidget *parent);

private:
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace groov::gui
