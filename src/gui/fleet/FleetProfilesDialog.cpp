#include "FleetProfilesDialog.h"

#include "ErrorMarkup.h"
#include "FactoryResetConfirmation.h"
#include "LocalFile.h"
#include "Prompts.h"
#include "ui_FleetProfilesDialog.h"

#include <QFileInfo>
#include <QPushButton>

namespace groov::gui {

FleetProfilesDialog::FleetProfilesDialog(const ProfileStore &profiles, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FleetProfilesDialog>())
{
    m_ui->setupUi(this);
    m_ui->profileList->setAccessibleName(tr("Saved profiles to update"));
    const auto names = profiles.names();
    QList<FleetDevice> devices;
    for (const QString &name : names ? *names : QStringList()) {
        FleetDevice device;
        device.name = name;
        device.profile = name;
        device.key.kind = FleetKeySource::Kind::Profile;
        devices.append(device);
    }
    showDevices(devices);
    if (!names)
        showProblem(names.error().message);
}

FleetProfilesDialog::FleetProfilesDialog(const QList<FleetDevice> &devices, const QString &listName, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FleetProfilesDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Fleet from a device list"));
    m_ui->profilesCaption->setTextFormat(Qt::PlainText);
    m_ui->profilesCaption->setText(
        tr("&Devices to update, from %1:")
            .arg(LocalFile::printable(listName).replace(QLatin1Char('&'), QLatin1String("&&"))));
    m_ui->profileList->setAccessibleName(tr("Devices of the list to update"));
    showDevices(devices);
}

void FleetProfilesDialog::showDevices(const QList<FleetDevice> &devices)
{
    m_ui->firmwareEdit->setAccessibleName(tr("Firmware file"));
    m_ui->browseButton->setAccessibleName(tr("Choose the firmware file"));
    m_ui->concurrencySpin->setAccessibleName(tr("Uploads at once"));
    m_ui->preserveCheck->setAccessibleName(tr("Preserve the devices' settings"));
    m_ui->problemLabel->hide();
    m_devices = devices;
    for (const FleetDevice &device : devices) {
        // A profile's name is the device's; a listed device shows where it is.
        const QString where = device.address.isEmpty() ? device.profile : device.address;
        auto *item = new QListWidgetItem(where == device.name ? device.name : tr("%1 (%2)").arg(device.name, where),
                                         m_ui->profileList);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    connect(m_ui->browseButton, &QPushButton::clicked, this, &FleetProfilesDialog::browse);
    connect(m_ui->preserveCheck, &QCheckBox::toggled, this, &FleetProfilesDialog::onPreserveToggled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FleetProfilesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FleetProfilesDialog::reject);
}

FleetProfilesDialog::~FleetProfilesDialog() = default;

void FleetProfilesDialog::browse()
{
    const QString path = Prompts::chooseFile(this, {Prompts::FileQuestion::Mode::Open, tr("Firmware for the fleet"),
                                                    m_ui->firmwareEdit->text(), tr("Firmware (*.bin);;All files (*)")});
    if (!path.isEmpty())
        m_ui->firmwareEdit->setText(path);
}

void FleetProfilesDialog::onPreserveToggled(bool preserve)
{
    m_resetConfirmed = false;
    if (preserve)
        return;
    int chosen = 0;
    for (int row = 0; row < m_ui->profileList->count(); ++row)
        chosen += m_ui->profileList->item(row)->checkState() == Qt::Checked ? 1 : 0;
    // The same typed confirmation as for one device; without it, settings stay preserved.
    m_resetConfirmed = FactoryResetConfirmation::askForFleet(this, chosen);
    if (!m_resetConfirmed) {
        const QSignalBlocker blocker(m_ui->preserveCheck);
        m_ui->preserveCheck->setChecked(true);
    }
}

void FleetProfilesDialog::showProblem(const QString &text)
{
    m_ui->problemLabel->setText(errorHtml(text));
    m_ui->problemLabel->setVisible(!text.isEmpty());
}

void FleetProfilesDialog::accept()
{
    FleetPlan plan;
    for (int row = 0; row < m_ui->profileList->count(); ++row) {
        if (m_ui->profileList->item(row)->checkState() == Qt::Checked)
            plan.devices.append(m_devices.at(row));
    }
    if (plan.devices.isEmpty()) {
        showProblem(tr("Choose at least one device."));
        return;
    }
    const QString firmware = m_ui->firmwareEdit->text().trimmed();
    if (firmware.isEmpty()) {
        showProblem(tr("Choose the firmware file to install."));
        return;
    }
    const LocalFile::Rules rules(LocalFile::Kind::Firmware);
    // Looked at only (nothing opened): the run reads and hashes it once, off the GUI thread.
    if (const auto file = LocalFile::check(firmware, rules); !file) {
        showProblem(file.error().message);
        return;
    }
    plan.firmwarePath = QFileInfo(firmware).absoluteFilePath();
    plan.concurrency = m_ui->concurrencySpin->value();
    plan.preserveSettings = m_ui->preserveCheck->isChecked();
    m_plan = plan;
    QDialog::accept();
}

} // namespace groov::gui
