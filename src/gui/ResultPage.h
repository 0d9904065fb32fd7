#pragma once

#include "UpdateReport.h"

#include <QWizardPage>

#include <functional>
#include <memory>

namespace Ui {
class ResultPage;
}

namespace groov::gui {

// Page 5: how it ended, in words; the report to keep; and the way to the next device.
class ResultPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ResultPage(QWidget *parent = nullptr);
    ~ResultPage() override;

    void showReport(const UpdateReport &report);
    // Tests choose the file instead of a modal dialog.
    void setSavePathPrompt(std::function<QString()> prompt) { m_savePathPrompt = std::move(prompt); }
    // Writes the report: JSON when the name ends in .json, text otherwise. Readable by its owner only.
    [[nodiscard]] Status saveReport(const QString &path) const;
    QString summary() const;

Q_SIGNALS:
    void anotherDeviceRequested();

private:
    void onSaveClicked();

    std::unique_ptr<Ui::ResultPage> m_ui;
    UpdateReport m_report;
    std::function<QString()> m_savePathPrompt;
};

} // namespace groov::gui
