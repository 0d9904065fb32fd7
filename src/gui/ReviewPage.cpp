#include "ReviewPage.h"

#include "DeviceAddress.h"
#include "FirmwareImage.h"
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
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::initializePage()
{
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
    row(tr("Model"), device.model.isEmpty() ? unknown : device.model);
    row(tr("Version now"), device.firmwareVersion.isEmpty() ? unknown : device.firmwareVersion);
    row(tr("Firmware"), QFileInfo(m_context.firmwarePath).fileName());
    row(tr("Size"),
        tr("%1 in %n chunk(s)", nullptr, int((size + FirmwareImage::ChunkSize - 1) / FirmwareImage::ChunkSize))
            .arg(QLocale().formattedDataSize(size)));
    row(tr("SHA-256"), QString::fromLatin1(m_context.firmwareSha256));
    row(tr("Settings"), m_context.preserveSettings ? tr("preserved") : tr("ERASED (factory reset)"));
    row(tr("Duration"), tr("usually 10 to 20 minutes; the device restarts twice"));
    m_ui->summaryLabel->setText(QStringLiteral("<table>") + rows + QStringLiteral("</table>"));

    m_ui->resetGroup->setVisible(!m_context.preserveSettings);
    m_ui->resetExplanationLabel->setText(
        tr("Not preserving settings erases the device's user accounts, network settings, certificates and the rest "
           "of its configuration. It comes back factory-fresh, possibly at another address, and must be "
           "commissioned again (a new administrator account and API key). To confirm, type <b>%1</b>:")
            .arg((m_context.profileName.isEmpty() && address ? address->displayName() : m_context.profileName)
                     .toHtmlEscaped()));
    m_ui->confirmEdit->clear();
}

bool ReviewPage::isComplete() const
{
    return m_context.preserveSettings || resetConfirmed();
}

bool ReviewPage::validatePage()
{
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
