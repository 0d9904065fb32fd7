#include "DevicePage.h"
#include "DeviceText.h"

#include "DeviceAddress.h"
#include "ProfilesDialog.h"
#include "Prompts.h"
#include "UpdateRequest.h"
#include "WizardContext.h"
#include "ui_DevicePage.h"

#include <QLocale>
#include <QTimer>

namespace groov::gui {

namespace {
constexpr int NewDeviceIndex = 0;

QString errorHtml(const QString &text)
{
    return QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(text.toHtmlEscaped());
}
} // namespace

DevicePage::DevicePage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_ui(std::make_unique<Ui::DevicePage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Device"));
    setSubTitle(tr("Which groov EPIC or groov RIO to update, and the API key of one of its administrators."));
    m_ui->profileCombo->setAccessibleName(tr("Saved device profile"));
    m_ui->manageProfilesButton->setAccessibleName(tr("Manage saved profiles"));
    m_ui->addressEdit->setAccessibleName(tr("Device address"));
    m_ui->apiKeyEdit->setAccessibleName(tr("API key"));
    m_ui->showKeyCheck->setAccessibleName(tr("Show the API key"));
    m_ui->preserveCheck->setAccessibleName(tr("Preserve the device's settings"));
    m_ui->checkButton->setAccessibleName(tr("Check device"));

    const QString environmentKey = qEnvironmentVariable("GROOV_API_KEY").trimmed();
    if (!environmentKey.isEmpty()) {
        m_ui->apiKeyEdit->setText(environmentKey);
        m_ui->keyNoteLabel->setText(tr("Filled in from the environment variable GROOV_API_KEY."));
    }

    m_ui->addressEdit->setText(m_context.address);
    reloadProfiles();
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, &DevicePage::onProfileChosen);
    connect(m_ui->addressEdit, &QLineEdit::textEdited, this, &DevicePage::onInputsEdited);
    connect(m_ui->apiKeyEdit, &QLineEdit::textEdited, this, &DevicePage::onInputsEdited);
    connect(m_ui->showKeyCheck, &QCheckBox::toggled, this,
            [this](bool show) { m_ui->apiKeyEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_ui->checkButton, &QPushButton::clicked, this, &DevicePage::checkDevice);
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this, &DevicePage::onSaveProfileClicked);
    m_ui->saveProfileButton->setAccessibleName(tr("Save this device as a profile"));
    m_ui->saveProfileButton->hide();
    connect(m_ui->manageProfilesButton, &QPushButton::clicked, this, [this] {
        ProfilesDialog dialog(m_context.profiles(), m_context.secrets(), this);
        dialog.exec();
        const QString current = m_ui->profileCombo->currentText();
        const QSignalBlocker blocker(m_ui->profileCombo);
        reloadProfiles();
        const int index = m_ui->profileCombo->findText(current);
        m_ui->profileCombo->setCurrentIndex(std::max(index, NewDeviceIndex));
        if (index < 0) // the chosen profile was renamed or deleted: start again from a new device
            onProfileChosen(NewDeviceIndex);
    });
    connect(&m_probe, &DeviceProbe::finished, this, &DevicePage::onChecked);
}

DevicePage::~DevicePage() = default;

void DevicePage::initializePage()
{
    // Most people come to type an address: start there (queued, because QWizard focuses the page's first widget
    // after this).
    QMetaObject::invokeMethod(m_ui->addressEdit, qOverload<>(&QWidget::setFocus), Qt::QueuedConnection);
}

bool DevicePage::isComplete() const
{
    return m_checkPassed;
}

void DevicePage::reloadProfiles()
{
    m_ui->profileCombo->clear();
    m_ui->profileCombo->addItem(tr("New device"));
    const auto names = m_context.profiles().names();
    if (!names) {
        showStatus(names.error().message, true);
        return;
    }
    // List what can be used; name what was skipped and why, so a damaged entry is not silently lost.
    QStringList skipped;
    for (const QString &name : names.value()) {
        const auto profile = m_context.profiles().load(name);
        if (profile)
            m_ui->profileCombo->addItem(name);
        else
            skipped << profile.error().message;
    }
    if (!skipped.isEmpty())
        showStatus(tr("Skipped %n saved profile(s) that cannot be used: %1", nullptr, int(skipped.size()))
                       .arg(skipped.join(QLatin1Char(' '))),
                   true);
}

void DevicePage::onProfileChosen(int index)
{
    onInputsEdited();
    m_context.trust = TlsTrust::system();
    m_context.profileName.clear();
    if (index == NewDeviceIndex)
        return;
    const auto profile = m_context.profiles().load(m_ui->profileCombo->itemText(index));
    if (!profile) {
        showStatus(profile.error().message, true);
        return;
    }
    const auto request = profile->toRequest();
    if (!request) {
        showStatus(request.error().message, true);
        return;
    }
    m_context.profileName = profile->name;
    m_ui->addressEdit->setText(request->address);
    m_ui->preserveCheck->setChecked(request->preserveSettings);
    m_context.trust = request->trust;
    const QString name = profile->name;
    m_context.secrets().readApiKey(name, [this, name](const SecretStore::Answer &answer) {
        if (m_context.profileName != name)
            return; // the user has chosen another profile meanwhile
        if (answer.outcome == SecretStore::Outcome::Ok) {
            m_ui->apiKeyEdit->setText(answer.secret);
            m_ui->keyNoteLabel->setText(tr("The key of profile \"%1\", from the system keychain.").arg(name));
        } else if (answer.outcome == SecretStore::Outcome::Unavailable) {
            m_ui->keyNoteLabel->setText(answer.message);
        }
    });
}

void DevicePage::onInputsEdited()
{
    // Any change invalidates the last check: the next page must only see a device checked as it is now.
    if (m_probe.isRunning())
        m_probe.cancel();
    m_ui->saveProfileButton->hide();
    if (m_checkPassed) {
        m_checkPassed = false;
        Q_EMIT completeChanged();
    }
    m_ui->checkButton->setEnabled(true);
    showFieldError(m_ui->addressErrorLabel, QString());
    showFieldError(m_ui->apiKeyErrorLabel, QString());
}

bool DevicePage::checkFields()
{
    // Checked here, next to each field, so a typo never reaches the network.
    const auto address = DeviceAddress::parse(m_ui->addressEdit->text());
    showFieldError(m_ui->addressErrorLabel, address ? QString() : address.error().message);
    const Status key = UpdateRequest::validateApiKey(m_ui->apiKeyEdit->text());
    showFieldError(m_ui->apiKeyErrorLabel, key ? QString() : key.error().message);
    if (address && key)
        return true;
    showStatus(address || key ? tr("Correct the marked field first; nothing was sent to the device.")
                              : tr("Correct the marked fields first; nothing was sent to the device."),
               true);
    return false;
}

void DevicePage::showFieldError(QLabel *label, const QString &text)
{
    label->setText(text.isEmpty() ? QString() : errorHtml(text));
    label->setVisible(!text.isEmpty());
    fitFieldErrors();
}

void DevicePage::fitFieldErrors()
{
    // QWizard lays its pages out without height-for-width, which would give a wrapped message the height it needs
    // at a much narrower width: fit each one to the width of the fields it stands under.
    const int width = m_ui->addressEdit->width();
    for (QLabel *label : {m_ui->addressErrorLabel, m_ui->apiKeyErrorLabel}) {
        if (label->isVisibleTo(this))
            label->setFixedHeight(label->heightForWidth(width));
    }
}

void DevicePage::resizeEvent(QResizeEvent *event)
{
    QWizardPage::resizeEvent(event);
    fitFieldErrors();
}

void DevicePage::checkDevice()
{
    onInputsEdited();
    if (!checkFields()) {
        // Asynchronous like the probe's answer, so callers need only one code path.
        QTimer::singleShot(0, this, [this] { Q_EMIT checkFinished(false); });
        return;
    }
    m_context.address = m_ui->addressEdit->text();
    m_context.apiKey = m_ui->apiKeyEdit->text();
    m_context.preserveSettings = m_ui->preserveCheck->isChecked();
    m_ui->checkButton->setEnabled(false);
    showStatus(tr("Checking %1...").arg(m_context.address.trimmed()), false);
    m_probe.start(m_context.address, m_context.trust, m_context.apiKey);
}

void DevicePage::onChecked(const DeviceCheck &check)
{
    m_ui->checkButton->setEnabled(true);
    if (check.certificateUntrusted && !check.certificate.isNull()) {
        onCertificateOffered(check);
        return;
    }
    if (!check.passed()) {
        const QDateTime erasedAt = erasedByUpdateAt();
        if (check.error->code == ErrorCode::Unauthorized && erasedAt.isValid()) {
            // Expected after a factory reset: say so, instead of suggesting a typo.
            showStatus(tr("The device refused the API key (HTTP 401). An update on %1 erased this device's settings, "
                          "and its API keys with them: once the device is commissioned again in groov Manage (a new "
                          "administrator account), create a new API key there and enter it here.")
                           .arg(QLocale().toString(erasedAt.toLocalTime(), QLocale::ShortFormat)),
                       true);
        } else {
            showStatus(check.error->message, true);
        }
        Q_EMIT checkFinished(false);
        return;
    }
    m_context.deviceCheck = check;
    if (m_rememberTrust)
        rememberTrust();
    const DeviceInfo &device = check.device;
    showStatus(tr("<b>%1</b>, reported firmware version %2.<br>Certificate: %3, SHA-256 %4…")
                   .arg((device.model.isEmpty() ? tr("Model unknown") : device.model).toHtmlEscaped(),
                        (device.firmwareVersion.isEmpty() ? tr("unknown") : device.firmwareVersion).toHtmlEscaped(),
                        certificateSubject(check.certificate).toHtmlEscaped(),
                        TlsTrust::shortFingerprintOf(check.certificate)),
               false);
    m_checkPassed = true;
    m_ui->saveProfileButton->setVisible(m_context.profileName.isEmpty());
    Q_EMIT completeChanged();
    Q_EMIT checkFinished(true);
}

void DevicePage::onCertificateOffered(const DeviceCheck &check)
{
    TrustDialog::Question question;
    question.presented = check.certificate;
    question.address = deviceName();
    question.pinnedFingerprint = check.differsFromPin ? m_context.trust.pinnedFingerprint() : QByteArray();
    question.erasedByUpdateAt = erasedByUpdateAt();
    switch (Prompts::askTrust(this, question)) {
    case TrustDialog::Decision::Cancel:
        showStatus(tr("The certificate was not trusted, so nothing was sent to the device."), true);
        Q_EMIT checkFinished(false);
        return;
    case TrustDialog::Decision::TrustAndRemember:
        m_rememberTrust = true;
        break;
    case TrustDialog::Decision::TrustOnce:
        m_rememberTrust = false;
        break;
    }
    m_context.trust = TlsTrust::pinned(QString::fromLatin1(TlsTrust::fingerprintOf(check.certificate))).value();
    // Only now, with the certificate settled, does the key travel.
    m_probe.start(m_context.address, m_context.trust, m_context.apiKey);
}

void DevicePage::rememberTrust()
{
    m_rememberTrust = false;
    saveProfile(m_context.profileName.isEmpty() ? suggestedProfileName() : m_context.profileName);
}

QString DevicePage::suggestedProfileName() const
{
    // A new device's profile is named after its address until the user renames it.
    return deviceName();
}

QString DevicePage::deviceName() const
{
    const auto address = DeviceAddress::parse(m_context.address);
    return address ? address->displayName() : m_context.address.trimmed();
}

QDateTime DevicePage::erasedByUpdateAt() const
{
    if (m_context.profileName.isEmpty())
        return {};
    const auto profile = m_context.profiles().load(m_context.profileName);
    return profile ? profile->erasedByUpdateAt : QDateTime();
}

void DevicePage::onSaveProfileClicked()
{
    const QString name = Prompts::askText(this, {tr("Save as profile"), tr("Profile name:"), suggestedProfileName()});
    if (name.isEmpty())
        return;
    if (const auto names = m_context.profiles().names(); names && names->contains(name)) {
        m_ui->keyNoteLabel->setText(tr("A profile named \"%1\" already exists; choose another name.").arg(name));
        return;
    }
    saveProfile(name);
}

void DevicePage::saveProfile(const QString &name)
{
    DeviceProfile profile;
    if (name == m_context.profileName) {
        if (auto existing = m_context.profiles().load(name))
            profile = existing.value();
    }
    profile.name = name;
    profile.address = m_context.address.trimmed();
    profile.preserveSettings = m_context.preserveSettings;
    profile.setTrust(m_context.trust);
    const Status saved = m_context.profiles().save(profile);
    if (!saved) {
        m_ui->keyNoteLabel->setText(tr("The profile could not be saved: %1").arg(saved.error().message));
        return;
    }
    m_context.profileName = profile.name;
    m_ui->saveProfileButton->hide();
    m_context.secrets().writeApiKey(profile.name, m_context.apiKey, [this](const SecretStore::Answer &answer) {
        if (answer.outcome != SecretStore::Outcome::Ok)
            m_ui->keyNoteLabel->setText(tr("The key will not be remembered: %1").arg(answer.message));
    });
    const QSignalBlocker blocker(m_ui->profileCombo);
    reloadProfiles();
    m_ui->profileCombo->setCurrentText(profile.name);
}

void DevicePage::showStatus(const QString &text, bool isError)
{
    m_ui->statusLabel->setText(isError ? errorHtml(text) : text);
}

} // namespace groov::gui
