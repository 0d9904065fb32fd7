#include "UpdateWizard.h"

#include "AboutDialog.h"
#include "DevicePage.h"
#include "FirmwarePage.h"
#include "ProgressPage.h"
#include "Prompts.h"
#include "ResultPage.h"
#include "ReviewPage.h"
#include "SettingsDialog.h"
#include "UpdateSummary.h"
#include "WizardContext.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QMessageBox>

#include <algorithm>

namespace groov::gui {

UpdateWizard::UpdateWizard(WizardContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_devicePage(new DevicePage(context, this))
    , m_firmwarePage(new FirmwarePage(context, this))
    , m_reviewPage(new ReviewPage(context, this))
    , m_progressPage(new ProgressPage(this))
    , m_resultPage(new ResultPage(this))
{
    setWindowTitle(tr("groov firmware update"));
    setWizardStyle(QWizard::ClassicStyle);
    // Titles can hold what a device or a user named (the Result page's device and profile): never markup.
    setTitleFormat(Qt::PlainText);
    setSubTitleFormat(Qt::PlainText);
    // Room for the twelve steps of the Progress page, restart details included, without scrolling.
    setMinimumSize(640, 640);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(DevicePageId, m_devicePage);
    setPage(FirmwarePageId, m_firmwarePage);
    setPage(ReviewPageId, m_reviewPage);
    setPage(ProgressPageId, m_progressPage);
    setPage(ResultPageId, m_resultPage);
    // Once the update starts there is no way back to change what it was started with.
    m_reviewPage->setCommitPage(true);
    m_reviewPage->setButtonText(QWizard::CommitButton, tr("&Update"));
    m_progressPage->attach(&m_controller);
    // "Settings…" (the language) and "About" on the left of every page, apart from the buttons that move through
    // the update.
    setOption(QWizard::HaveCustomButton1);
    setOption(QWizard::HaveCustomButton2);
    setButtonText(QWizard::CustomButton1, tr("&Settings…"));
    setButtonText(QWizard::CustomButton2, tr("Ab&out"));
    button(QWizard::CustomButton2)->setAccessibleName(tr("About groov Firmware Update"));
    setButtonLayout({QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch, QWizard::BackButton,
                     QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            openSettings();
        else if (which == QWizard::CustomButton2)
            AboutDialog::openOver(this);
    });

    connect(this, &QWizard::currentIdChanged, this, &UpdateWizard::onPageChanged);
    connect(&m_controller, &UpdateController::finished, this, &UpdateWizard::onFinished);
    connect(m_progressPage, &ProgressPage::windowTitleTextChanged, this, &QWidget::setWindowTitle);
    connect(m_resultPage, &ResultPage::anotherDeviceRequested, this, [this] {
        setWindowTitle(tr("groov firmware update"));
        m_follow = false;
        restart();
    });
    connect(m_resultPage, &ResultPage::followRequested, this, &UpdateWizard::followDevice);
    // What the user typed (not what the command line, the environment or a profile filled in) is what closing would
    // lose.
    for (QWizardPage *page : {static_cast<QWizardPage *>(m_devicePage), static_cast<QWizardPage *>(m_firmwarePage)}) {
        const auto fields = page->findChildren<QLineEdit *>();
        for (QLineEdit *field : fields) {
            connect(field, &QLineEdit::textEdited, this, [this, field] {
                if (!m_typedFields.contains(field))
                    m_typedFields.append(field);
            });
        }
    }
}

UpdateWizard::~UpdateWizard() = default;

void UpdateWizard::openSettings()
{
    // Modeless would let a second one open; modal is fine: the update goes on behind it.
    auto *settings = new SettingsDialog(this);
    settings->setAttribute(Qt::WA_DeleteOnClose);
    settings->open();
}

void UpdateWizard::onPageChanged(int id)
{
    if (id == ProgressPageId && !m_controller.isRunning())
        m_controller.start(m_follow ? m_context.makeFollowRequest(m_followVersionBefore) : m_context.makeRequest());
}

void UpdateWizard::followDevice()
{
    if (m_controller.isRunning() || currentId() != ResultPageId)
        return;
    // The version before the update this device is going through, from whichever run saw it first.
    m_followVersionBefore = m_controller.report().versionBefore;
    m_follow = true;
    back(); // the Progress page starts the run (onPageChanged)
}

void UpdateWizard::onFinished(UpdateOutcome outcome)
{
    const UpdateReport &report = m_controller.report();
    m_resultPage->setProfileName(m_context.profileName);
    m_resultPage->showReport(report);
    if (!m_context.profileName.isEmpty()) {
        // The profile remembers how the update ended, and whether it erased the device's settings (DevicePage).
        [[maybe_unused]] const Status recorded = m_context.profiles().recordOutcome(m_context.profileName, report);
    }
    notifyIfInBackground(outcome);
    if (currentId() == ProgressPageId)
        next();
}

void UpdateWizard::notifyIfInBackground(UpdateOutcome outcome)
{
    if (isActiveWindow())
        return;
    // The result page's own headline: a whole sentence, not a translated fragment glued into another.
    Prompts::notify(this, {UpdateSummary(m_controller.report()).headline(), m_controller.report().finalMessage,
                           outcome == UpdateOutcome::Succeeded});
}

void UpdateWizard::reject()
{
    if (mayClose())
        QWizard::reject();
}

bool UpdateWizard::mayClose()
{
    // Called back once the user agreed; by then the question no longer stands in the way.
    const auto closeNow = [this] {
        QWizard::reject();
    };
    // From the Progress page on, the update is what closing would stop; the Result page has nothing left to lose.
    if (m_controller.isRunning() || currentId() >= ProgressPageId)
        return m_progressPage->stopBeforeClosing(closeNow);
    if (m_closeBox) { // the question is open already: one answer, not two
        m_closeBox->raise();
        return false;
    }
    if (!holdsTypedInput())
        return true;
    m_closeBox = Prompts::confirmLater(
        this,
        {tr("Close groov update"), tr("Close groov update?"),
         tr("The device address, API key and firmware file you entered are not kept: you will have to enter them "
            "again."),
         tr("Close"), tr("Keep editing"), QStringLiteral("closeConfirmation")},
        [closeNow](bool close) {
            if (close)
                closeNow();
        });
    return false;
}

bool UpdateWizard::holdsTypedInput() const
{
    return std::any_of(m_typedFields.cbegin(), m_typedFields.cend(),
                       [](const QPointer<QLineEdit> &field) { return field && !field->text().isEmpty(); });
}

} // namespace groov::gui
