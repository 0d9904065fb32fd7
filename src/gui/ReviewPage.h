#pragma once

#include "DeviceProbe.h"
#include "FirmwareVersion.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class ReviewPage;
}

namespace groov::gui {

class WizardContext;

// Page 3: everything in one plain summary and what the update does to a running controller; a reinstall or a
// downgrade must be ticked, a factory reset confirmed by typing the device's name.
class ReviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ReviewPage(WizardContext &context, QWidget *parent = nullptr);
    ~ReviewPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    bool resetConfirmed() const;
    // The facts shown are those of the last check of this device; one older than WizardContext::CheckFreshForSecs
    // (or of another device) is made again first, and Update waits for it.
    void checkAgain();
    void onChecked(const DeviceCheck &check);
    void showSummary();
    // A reinstall or a downgrade needs its own tick before Update is enabled.
    void showVersionQuestion(FirmwareVersion::Change change, const QString &fileVersion, const QString &deviceVersion);

    WizardContext &m_context;
    std::unique_ptr<Ui::ReviewPage> m_ui;
    DeviceProbe m_probe;
    bool m_checking = false;
    QString m_checkProblem; // why the check made again did not pass; empty when it did
};

} // namespace groov::gui
