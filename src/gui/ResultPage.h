#pragma once

#include "UpdateReport.h"

#include <QWizardPage>

#include <functional>
#include <memory>

namespace Ui {
class ResultPage;
}

namespace groov::gui {

// Page 5: how it ended, in words and a colour; what to do next; the report to keep; following a device that may
// still be busy; and the way to the next device.
class ResultPage : public QWizardPage
{
    Q_OBJECT
public:
    // How the headline reads: green, amber, red, or in the text's own colour (also the headline's "tone" property).
    enum class Tone { Success, Warning, Error, Neutral };
    Q_ENUM(Tone)

    explicit ResultPage(QWidget *parent = nullptr);
    ~ResultPage() override;

    void showReport(const UpdateReport &report);
    Tone tone() const { return m_tone; }
    // Tests choose the file instead of a modal dialog.
    void setSavePathPrompt(std::function<QString()> prompt) { m_savePathPrompt = std::move(prompt); }
    // Writes the report: JSON when the name ends in .json, text otherwise. Readable by its owner only.
    [[nodiscard]] Status saveReport(const QString &path) const;
    QString summary() const;

    static Tone toneOf(UpdateOutcome outcome);

Q_SIGNALS:
    void anotherDeviceRequested();
    // "Check the device again": follow the update the device may still be carrying out.
    void followRequested();

private:
    void onSaveClicked();
    static QString headlineOf(const UpdateReport &report);
    static QString adviceOf(const UpdateReport &report);

    std::unique_ptr<Ui::ResultPage> m_ui;
    UpdateReport m_report;
    Tone m_tone = Tone::Neutral;
    std::function<QString()> m_savePathPrompt;
};

} // namespace groov::gui
