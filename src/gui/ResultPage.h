#pragma once

#include "UpdateReport.h"

#include <QWizardPage>

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

    // The saved profile the update ran with (empty: none): it names the device and its report files. Set before
    // showReport().
    void setProfileName(const QString &name) { m_profileName = name; }
    void showReport(const UpdateReport &report);
    Tone tone() const { return m_tone; }
    // Writes the report: JSON when the name ends in .json, text otherwise. Readable by its owner only.
    [[nodiscard]] Status saveReport(const QString &path) const;
    QString summary() const;

    // What happened to the device, as a colour: a device still updating on its own is amber, however it came to be.
    static Tone toneOf(const UpdateReport &report);
    // Which device the report is about: "groov EPIC GRV-EPIC-PR2 at epic-01:8443", and the profile's name if it has
    // one.
    static QString deviceText(const UpdateReport &report, const QString &profileName);
    // "groov-update-<device>-<yyyy-MM-dd-HHmm>.json", one per device and run, with every character that is unsafe in a
    // file name on some system (path separators, the port's colon, wildcards, control characters) made a '-'.
    static QString suggestedFileName(const QString &device, const QDateTime &when);

Q_SIGNALS:
    void anotherDeviceRequested();
    // "Check the device again": follow the update the device may still be carrying out.
    void followRequested();

private:
    void onSaveClicked();
    void onCopyClicked();
    // What the last button did, on the page itself: no dialog to dismiss for good news.
    void showStatus(const QString &text);

    std::unique_ptr<Ui::ResultPage> m_ui;
    UpdateReport m_report;
    QString m_profileName;
    Tone m_tone = Tone::Neutral;
};

} // namespace groov::gui
