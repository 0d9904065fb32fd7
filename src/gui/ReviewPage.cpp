#include "ReviewPage.h"

#include "DeviceAddress.h"
#include "FactoryResetConfirmation.h"
#include "FirmwareVersion.h"
#include "LocalFile.h"
#include "ProgressText.h"
#include "WizardContext.h"
#include "ui_ReviewPage.h"

#include <QFileInfo>
#include <QLocale>

namespace groov::gui {

ReviewPage::ReviewPage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_ui(std::make_unique<Ui::ReviewPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Review"));
    setSubTitle(tr("Check once more. The update starts when you press Update."));
    setButtonText(QWizard::NextButton, tr("&Update"));
    m_ui->confirmEdit->setAccessibleName(tr("Type the device's name or address to confirm the factory reset"));
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &ReviewPage::completeChanged);
    connect(m_ui->versionConfirmBox, &QCheckBox::toggled, this, &ReviewPage::completeChanged);
    // What an update does to a running controller, said where the user decides (vendor's notes on firmware updates).
    m_ui->warningsLabel->setText(
        QStringLiteral("<p><b>%1</b></p><ul><li>%2</li><li>%3</li><li>%4</li></ul>")
            .arg(tr("Before you press Update:").toHtmlEscaped(),
                 tr("The controller's strategy and its I/O stop while the device updates, until it has restarted: "
                    "make sure the process it controls can stop.")
                     .toHtmlEscaped(),
                 tr("Battery-backed data, such as persistent controller variables, may be erased: back it up "
                    "first.")
                     .toHtmlEscaped(),
                 tr("Do not power off the device while it installs the firmware and restarts.").toHtmlEscaped()));
    connect(&m_probe, &DeviceProbe::finished, this, &ReviewPage::onChecked);
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::initializePage()
{
    m_checkProblem.clear();
    m_ui->versionConfirmBox->setChecked(false);
    showSummary();
    m_ui->confirmEdit->clear();
    if (!m_context.hasFreshCheck())
        checkAgain();
}

void ReviewPage::cleanupPage()
{
    if (m_probe.isRunning())
        m_probe.cancel();
    m_checking = false;
    QWizardPage::cleanupPage();
}

void ReviewPage::checkAgain()
{
    m_checking = true;
    m_checkProblem.clear();
    showSummary();
    Q_EMIT completeChanged();
    m_probe.start(m_context.address, m_context.trust(), m_context.apiKey);
}

void ReviewPage::onChecked(const DeviceCheck &check)
{
    m_checking = false;
    if (check.passed()) {
        m_context.setCheck(check);
    } else {
        m_context.clearCheck();
        m_checkProblem = check.certificateUntrusted
                             ? tr("The device now presents a certificate that is not trusted for it. Go back to the "
                                  "Device page and check the device again.")
                             : tr("The device could not be checked again: %1 Go back to the Device page and check it "
                                  "again.")
                                   .arg(check.error ? check.error->message : QString());
    }
    showSummary();
    Q_EMIT completeChanged();
}

void ReviewPage::showSummary()
{
    const bool known = !m_checking && m_checkProblem.isEmpty();
    const DeviceInfo &device = m_context.deviceCheck.device;
    const auto address = DeviceAddress::parse(m_context.address);
    const QString deviceName =
        m_context.profileName.isEmpty()
            ? (address ? address->displayName() : m_context.address)
            : QStringLiteral("%1 (%2)").arg(m_context.profileName, address ? address->displayName() : QString());
    const qint64 size = QFileInfo(m_context.firmwarePath).size();
    const QString unknown = tr("unknown");
    QString rows;
    const auto row = [&rows](const QString &caption, const QString &value) {
        rows += QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(caption.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Device"), deviceName);
    const QString checking = tr("checking the device again…");
    row(tr("Model"), !known ? (m_checking ? checking : unknown) : device.model.isEmpty() ? unknown : device.model);
    row(tr("Version now"), !known                             ? (m_checking ? checking : unknown)
                           : device.firmwareVersion.isEmpty() ? unknown
                                                              : device.firmwareVersion);
    if (known && m_context.checkedAt.isValid())
        row(tr("Checked"), QLocale().toString(m_context.checkedAt.toLocalTime().time(), QLocale::ShortFormat));
    const QString fileName = QFileInfo(m_context.firmwarePath).fileName();
    row(tr("Firmware"), LocalFile::printable(fileName));
    // Compared only with a version this check read: none while the device is asked again.
    const QString deviceVersion = known ? device.firmwareVersion : QString();
    if (const QString versionAfter = FirmwareVersion::fileVersionText(fileName, deviceVersion); !versionAfter.isEmpty())
        row(tr("Version after"), versionAfter);
    const FirmwareVersion::Change change = FirmwareVersion::compare(deviceVersion, fileName);
    const auto fileVersion = FirmwareVersion::fromFileName(fileName);
    // The same unit on every page and in every report: decimal megabytes; chunks are the log's business.
    row(tr("Size"), tr("%1 MB").arg(formatMegabytes(size)));
    row(tr("SHA-256"), QString::fromLatin1(m_context.firmwareSha256));
    row(tr("Settings"), m_context.preserveSettings ? tr("preserved") : tr("ERASED (factory reset)"));
    row(tr("Duration"), tr("usually 10 to 20 minutes; the device restarts twice"));
    QString problem;
    if (!m_checkProblem.isEmpty())
        problem = QStringLiteral("<p style=\"color:#c62828\">%1</p>").arg(m_checkProblem.toHtmlEscaped());
    m_ui->summaryLabel->setText(QStringLiteral("<table>") + rows + QStringLiteral("</table>") + problem);

    showVersionQuestion(change, fileVersion ? fileVersion->toString() : QString(), device.firmwareVersion);

    m_ui->resetGroup->setVisible(!m_context.preserveSettings);
    m_ui->resetExplanationLabel->setText(
        tr("%1 To confirm, type <b>%2</b>:")
            .arg(FactoryResetConfirmation::consequence().toHtmlEscaped(),
                 (m_context.profileName.isEmpty() && address ? address->displayName() : m_context.profileName)
                     .toHtmlEscaped()));
}

void ReviewPage::showVersionQuestion(FirmwareVersion::Change change, const QString &fileVersion,
                                     const QString &deviceVersion)
{
    // Asked, not refused: going back or installing the same version again can be meant, but never by accident.
    QCheckBox *box = m_ui->versionConfirmBox;
    switch (change) {
    case FirmwareVersion::Change::Reinstall:
        box->setText(tr("&Install %1 again, although the device runs it already").arg(fileVersion));
        break;
    case FirmwareVersion::Change::Downgrade:
        box->setText(tr("&Install the older %1 over the device's %2 (a downgrade)").arg(fileVersion, deviceVersion));
        break;
    case FirmwareVersion::Change::Upgrade:
    case FirmwareVersion::Change::Unknown:
        box->setChecked(false);
        box->hide();
        return;
    }
    box->setAccessibleName(box->text().remove(QLatin1Char('&')));
    box->show();
}

bool ReviewPage::isComplete() const
{
    if (m_checking || !m_checkProblem.isEmpty())
        return false;
    if (m_ui->versionConfirmBox->isVisibleTo(this) && !m_ui->versionConfirmBox->isChecked())
        return false;
    return m_context.preserveSettings || resetConfirmed();
}

bool ReviewPage::validatePage()
{
    if (!m_context.hasFreshCheck()) {
        // The page stayed open long enough for the facts to age: show them as they are now, then Update again.
        checkAgain();
        return false;
    }
    m_context.factoryResetConfirmed = !m_context.preserveSettings && resetConfirmed();
    return true;
}

bool ReviewPage::resetConfirmed() const
{
    const QString typed = m_ui->confirmEdit->text().trimmed();
    if (typed.isEmpty())
        return false;
    const auto address = DeviceAddress::parse(m_context.address);
    return typed == m_context.profileName || typed == m_context.address.trimmed() ||
           (address && (typed == address->displayName() || typed == address->host()));
}

} // namespace groov::gui
