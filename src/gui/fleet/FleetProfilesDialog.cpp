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
    m_ui->firmwareEdit->setAccessibleName(tr("Firmware file"));
    m_ui->browseButton->setAccessibleName(tr("Choose the firmware file"));
    m_ui->concurrencySpin->setAccessibleName(tr("Uploads at once"));
    m_ui->preserveCheck->setAccessibleName(tr("Preserve the devices' settings"));
    m_ui->problemLabel->hide();
    const auto names = profiles.names();
    if (!names)
        showProblem(names.error().message);
    for (const QString &name : names ? *names : QStringList()) {
        auto *item = new QListWidgetItem(name, m_ui->profileList);
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
        const QListWidgetItem *item = m_ui->profileList->item(row);
        if (item->checkState() != Qt::Checked)
            continue;
        FleetDevice device;
        device.name = item->text();
        device.profile = item->text();
        device.key.kind = FleetKeySource::Kind::Profile;
        plan.devices.append(device);
    }
    if (plan.devices.isEmpty()) {
        showProblem(tr("Choose at least one profile."));
        return;
    }
    const QString firmware = m_ui->firmwareEdit->text().trimmed();
    if (firmware.isEmpty()) {
        showProblem(tr("Choose the firmware file to install."));
        return;
    }
    LocalFile::Rules rules;
    rules.role = tr("The firmware file");
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
