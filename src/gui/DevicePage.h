#pragma once

#include "DeviceProbe.h"

#include <QPointer>
#include <QWizardPage>

#include <memory>

class QLabel;
class QLineEdit;

namespace Ui {
class DevicePage;
}

namespace groov::gui {

class WizardContext;

// Page 1: which device, with which key; "Check device" settles trust and the key before any file is chosen.
class DevicePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit DevicePage(WizardContext &context, QWidget *parent = nullptr);
    ~DevicePage() override;

    void initializePage() override;
    bool isComplete() const override;
    void checkDevice();

Q_SIGNALS:
    void checkFinished(bool passed);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void reloadProfiles();
    void onProfileChosen(int index);
    void onInputsEdited();
    // Forgets the last check (the shown facts too): the device, or how it is reached, changed.
    void clearCheck();
    void onProfilesManaged();
    // Many devices at once: the Fleet window, beside the wizard (non-modal); one window, raised when open.
    void openFleetWindow();
    // Another page may clear the check (a failed re-check on the Review page): Next follows, and the shown facts go.
    void onContextCheckChanged();
    // The profile of the last run, if it still exists, as if the user had chosen it.
    void selectLastUsedProfile();
    void rememberProfileUsed();
    // After a check: to Next when it can be used, else back to Check device.
    void focusAfterCheck();
    QString keyNoteOfProfile(const QString &name) const;
    void showKeyNote(const QString &text);
    void onChecked(const DeviceCheck &check);
    // After HTTP 401: the key field marked, focused and selected; an edit clears the mark.
    void markKeyRefused();
    void onCertificateOffered(const DeviceCheck &check);
    void rememberTrust();
    void onSaveProfileClicked();
    [[nodiscard]] bool saveProfile(const QString &name);
    // The one message for a profile saved after a check (by Trust and remember, or Save as profile).
    void showProfileSaved(const QString &name, bool existed);
    void showProfileProblem(const QString &text);
    // Free: never the name of a profile that saving would replace.
    QString suggestedProfileName() const;
    void showStatus(const QString &text, bool isError);
    // A status about the check under way or its result; edits clear it.
    void showCheckStatus(const QString &text, bool isError);
    [[nodiscard]] bool checkFields();
    void showFieldError(QLineEdit *field, QLabel *label, const QString &text);
    void fitMessages();
    // When an update from this tool erased the chosen profile's device's settings; invalid if never, or no profile.
    QDateTime erasedByUpdateAt() const;
    QString deviceName() const;

    WizardContext &m_context;
    std::unique_ptr<Ui::DevicePage> m_ui;
    DeviceProbe m_probe;
    bool m_rememberTrust = false;
    bool m_statusAboutCheck = false;
    bool m_keyFromKeychain = false; // the key note names the profile the key came from
    QString m_factsHtml;            // the last check's facts, as shown
    QPointer<QWidget> m_fleetWindow;
};

} // namespace groov::gui
