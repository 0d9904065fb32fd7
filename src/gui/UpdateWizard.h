#pragma once

#include "UpdateController.h"

#include <QList>
#include <QPointer>
#include <QWizard>

class QLineEdit;
class QMessageBox;

namespace groov::gui {

class DevicePage;
class FirmwarePage;
class ProgressPage;
class ResultPage;
class ReviewPage;
class WizardContext;

// The update, one page at a time: device, firmware, review, progress, result. Owns the one UpdateController.
class UpdateWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { DevicePageId, FirmwarePageId, ReviewPageId, ProgressPageId, ResultPageId };

    explicit UpdateWizard(WizardContext &context, QWidget *parent = nullptr);
    ~UpdateWizard() override;

    DevicePage *devicePage() const { return m_devicePage; }
    FirmwarePage *firmwarePage() const { return m_firmwarePage; }
    ProgressPage *progressPage() const { return m_progressPage; }
    ResultPage *resultPage() const { return m_resultPage; }
    UpdateController &controller() { return m_controller; }

    // Cancel, Escape and the window's close button all come here (QDialog::closeEvent calls it). Closing asks first
    // while an update runs (the Progress page's question) or while what the user typed would be lost; the question
    // does not block, so the close is refused at first and done once the user agrees.
    void reject() override;

public Q_SLOTS:
    // "Check the device again": back to the Progress page to follow the update the last run handed over, then to the
    // Result page again.
    void followDevice();

private:
    // True when closing loses nothing; otherwise asks (once at a time), returns false, and closes if the user agrees.
    [[nodiscard]] bool mayClose();
    bool holdsTypedInput() const;
    void openSettings();
    void onPageChanged(int id);
    void onFinished(UpdateOutcome outcome);
    void notifyIfInBackground(UpdateOutcome outcome);

    WizardContext &m_context;
    UpdateController m_controller;
    DevicePage *m_devicePage;
    FirmwarePage *m_firmwarePage;
    ReviewPage *m_reviewPage;
    ProgressPage *m_progressPage;
    ResultPage *m_resultPage;
    // The next run the Progress page starts follows the device instead of updating it.
    bool m_follow = false;
    QString m_followVersionBefore;
    // The fields of the Device and Firmware pages the user has typed into.
    QList<QPointer<QLineEdit>> m_typedFields;
    QPointer<QMessageBox> m_closeBox; // the question about typed input, while it is open
};

} // namespace groov::gui
