#include "DevicePage.h"
#include "DeviceText.h"

#include "DeviceAddress.h"
#include "ErrorMarkup.h"
#include "FleetSession.h"
#include "FleetWindow.h"
#include "ProfilesDialog.h"
#include "Prompts.h"
#include "UpdateRequest.h"
#include "WizardContext.h"
#include "ui_DevicePage.h"

#include <QAbstractButton>
#include <QAction>
#include <QLocale>
#include <QStyle>
#include <QTimer>

namespace groov::gui {

namespace {
constexpr int NewDeviceIndex = 0;

// The mark of a field the last check found wrong: a warning icon in it, and the problem as its tooltip and
// accessible description, so that it is seen, hovered and read out. Messages stay below the fields.
const char *const ProblemProperty = "groovProblemAction";

void markField(QLineEdit *field, const QString &problem)
{
    auto *action = field->property(ProblemProperty).value<QAction *>();
    if (problem.isEmpty()) {
        if (action) {
            field->removeAction(action);
            action->deleteLater();
            field->setProperty(ProblemProperty, QVariant());
        }
        field->setAccessibleDescription(QString());
        return;
    }
    if (!action) {
        action =
            field->addAction(field->style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::TrailingPosition);
        field->setProperty(ProblemProperty, QVariant::fromValue(action));
    }
    action->setToolTip(problem);
    field->setAccessibleDescription(problem);
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
        showKeyNote(tr("Filled in from the environment variable GROOV_API_KEY."));
    }

    m_ui->addressEdit->setText(m_context.address);
    reloadProfiles();
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this, &DevicePage::onProfileChosen);
    connect(m_ui->addressEdit, &QLineEdit::textEdited, this, &DevicePage::onInputsEdited);
    connect(m_ui->apiKeyEdit, &QLineEdit::textEdited, this, &DevicePage::onInputsEdited);
    // Read when the update starts, not only at the check: the choice may change after it.
    connect(m_ui->preserveCheck, &QCheckBox::toggled, this,
            [this](bool preserve) { m_context.preserveSettings = preserve; });
    // The key is the last thing typed: Enter there checks the device.
    connect(m_ui->apiKeyEdit, &QLineEdit::returnPressed, this, &DevicePage::checkDevice);
    connect(m_ui->showKeyCheck, &QCheckBox::toggled, this,
            [this](bool show) { m_ui->apiKeyEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    connect(m_ui->checkButton, &QPushButton::clicked, this, &DevicePage::checkDevice);
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this, &DevicePage::onSaveProfileClicked);
    m_ui->saveProfileButton->setAccessibleName(tr("Save this device as a profile"));
    m_ui->saveProfileButton->hide();
    connect(m_ui->manageProfilesButton, &QPushButton::clicked, this, &DevicePage::onProfilesManaged);
    m_ui->fleetButton->setAccessibleName(tr("Update many devices: open the Fleet window"));
    connect(m_ui->fleetButton, &QPushButton::clicked, this, &DevicePage::openFleetWindow);
    connect(&m_probe, &DeviceProbe::finished, this, &DevicePage::onChecked);
    connect(&m_context, &WizardContext::checkChanged, this, &DevicePage::onContextCheckChanged);
    // A device given on the command line wins over the last one used.
    if (m_context.address.isEmpty())
        selectLastUsedProfile();
}

DevicePage::~DevicePage() = default;

void DevicePage::initializePage()
{
    // Shown again after "Update another device": whatever was checked before may have changed since (the update).
    clearCheck();
    // Most people come to type an address: start there (queued, because QWizard focuses the page's first widget
    // after this).
    QMetaObject::invokeMethod(m_ui->addressEdit, qOverload<>(&QWidget::setFocus), Qt::QueuedConnection);
}

bool DevicePage::isComplete() const
{
    // The context's check, not a copy: another page (the Review page's re-check) may have cleared it since.
    return m_context.hasCheckOf(m_ui->addressEdit->text());
}

void DevicePage::onContextCheckChanged()
{
    if (!isComplete() && !m_factsHtml.isEmpty()) {
        // Cleared by another page: what is shown is no longer a check that stands.
        m_factsHtml.clear();
        m_ui->saveProfileButton->hide();
        showCheckStatus(tr("The last check no longer stands: check the device again."), false);
    }
    Q_EMIT completeChanged();
}

void DevicePage::openFleetWindow()
{
    if (!m_fleetWindow) {
        // A window of its own (no parent): the wizard stays usable beside it, and it outlives no process.
        auto *window = new FleetWindow(m_context.profiles(), &m_context.secrets());
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setWindowIcon(this->window()->windowIcon());
        // The engine's waits as the wizard has them (tests compress them).
        window->session().setTimings(m_context.timings);
        connect(this, &QObject::destroyed, window, &QWidget::close);
        m_fleetWindow = window;
    }
    m_fleetWindow->show();
    m_fleetWindow->raise();
    m_fleetWindow->activateWindow();
}

void DevicePage::selectLastUsedProfile()
{
    const auto name = m_context.profiles().lastUsed();
    const int index = name && !name->isEmpty() ? m_ui->profileCombo->findText(name.value()) : -1;
    if (index > NewDeviceIndex)
        m_ui->profileCombo->setCurrentIndex(index); // loads it, as a choice of the user's would
}

void DevicePage::rememberProfileUsed()
{
    if (m_context.profileName.isEmpty())
        return;
    // Only a convenience for the next run: a file that cannot be written has been reported when the profile was.
    [[maybe_unused]] const Status recorded = m_context.profiles().setLastUsed(m_context.profileName);
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

void DevicePage::onProfilesManaged()
{
    ProfilesDialog dialog(m_context.profiles(), m_context.secrets(), this);
    // The chosen profile, followed through renames: the same device, so its check stands.
    QString chosen = m_context.profileName;
    connect(&dialog, &ProfilesDialog::profileRenamed, this, [&chosen](const QString &from, const QString &to) {
        if (!chosen.isEmpty() && from == chosen)
            chosen = to;
    });
    dialog.exec();
    const QSignalBlocker blocker(m_ui->profileCombo);
    reloadProfiles();
    if (chosen.isEmpty()) {
        m_ui->profileCombo->setCurrentIndex(NewDeviceIndex);
        return;
    }
    const int index = m_ui->profileCombo->findText(chosen);
    if (index < 0) { // the chosen profile was deleted: start again from a new device
        m_ui->profileCombo->setCurrentIndex(NewDeviceIndex);
        onProfileChosen(NewDeviceIndex);
        return;
    }
    m_ui->profileCombo->setCurrentIndex(index);
    if (chosen != m_context.profileName) {
        m_context.profileName = chosen;
        if (m_keyFromKeychain)
            showKeyNote(keyNoteOfProfile(chosen));
    }
}

QString DevicePage::keyNoteOfProfile(const QString &name) const
{
    return tr("The key of profile \"%1\", kept in the system keychain.").arg(name);
}

void DevicePage::showKeyNote(const QString &text)
{
    m_ui->keyNoteLabel->setText(text);
    m_ui->keyNoteLabel->setVisible(!text.isEmpty());
    fitMessages();
}

void DevicePage::onProfileChosen(int index)
{
    onInputsEdited();
    m_context.profileName.clear();
    m_keyFromKeychain = false;
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
    // The profile's trust is for its device only.
    m_context.setTrust(request->address, request->trust);
    const QString name = profile->name;
    m_context.secrets().readApiKey(name, [this, name](const SecretStore::Answer &answer) {
        if (m_context.profileName != name)
            return; // the user has chosen another profile meanwhile
        if (answer.outcome == SecretStore::Outcome::Ok) {
            m_ui->apiKeyEdit->setText(answer.secret);
            showKeyNote(keyNoteOfProfile(name));
            m_keyFromKeychain = true;
        } else if (answer.outcome == SecretStore::Outcome::Unavailable) {
            showKeyNote(answer.message);
        }
    });
}

void DevicePage::onInputsEdited()
{
    // Any change invalidates the last check: the next page must only see a device checked as it is now.
    clearCheck();
    showFieldError(m_ui->addressEdit, m_ui->addressErrorLabel, QString());
    showFieldError(m_ui->apiKeyEdit, m_ui->apiKeyErrorLabel, QString());
}

void DevicePage::clearCheck()
{
    if (m_probe.isRunning())
        m_probe.cancel();
    m_ui->saveProfileButton->hide();
    m_factsHtml.clear();
    m_rememberTrust = false;
    if (m_statusAboutCheck) // what was checked, or is being checked, is about the device as it was
        showStatus(QString(), false);
    m_ui->checkButton->setEnabled(true);
    m_context.clearCheck(); // onContextCheckChanged() tells the wizard
}

void DevicePage::focusAfterCheck()
{
    if (!isVisible())
        return;
    QAbstractButton *next = wizard() ? wizard()->button(QWizard::NextButton) : nullptr;
    if (isComplete() && next && next->isVisible() && next->isEnabled())
        next->setFocus(Qt::OtherFocusReason);
    else
        m_ui->checkButton->setFocus(Qt::OtherFocusReason);
}

bool DevicePage::checkFields()
{
    // Checked here, next to each field, so a typo never reaches the network.
    const auto address = DeviceAddress::parse(m_ui->addressEdit->text());
    showFieldError(m_ui->addressEdit, m_ui->addressErrorLabel, address ? QString() : address.error().message);
    // An empty field is the one case where the core's words (an environment variable, a key file) are the command
    // line's: here the key is pasted.
    const Status key = m_ui->apiKeyEdit->text().isEmpty()
                           ? invalidInput(tr("Enter the API key. Create one in groov Manage for an administrator "
                                             "account (Accounts, API key) and paste it here."))
                           : UpdateRequest::validateApiKey(m_ui->apiKeyEdit->text());
    showFieldError(m_ui->apiKeyEdit, m_ui->apiKeyErrorLabel, key ? QString() : key.error().message);
    if (address && key)
        return true;
    showCheckStatus(address || key ? tr("Correct the marked field first; nothing was sent to the device.")
                                   : tr("Correct the marked fields first; nothing was sent to the device."),
                    true);
    return false;
}

void DevicePage::showFieldError(QLineEdit *field, QLabel *label, const QString &text)
{
    markField(field, text);
    label->setText(text.isEmpty() ? QString() : errorHtml(text));
    label->setVisible(!text.isEmpty());
    fitMessages();
}

void DevicePage::fitMessages()
{
    // QWizard lays its pages out without height-for-width, which would give a wrapped message the height it needs
    // at a much narrower width: fit each one to the width of the page.
    const int width = m_ui->mainLayout->contentsRect().width();
    if (width <= 0)
        return; // not laid out yet: resizeEvent() comes back
    for (QLabel *label : {m_ui->addressErrorLabel, m_ui->apiKeyErrorLabel, m_ui->keyNoteLabel}) {
        if (label->isVisibleTo(this))
            label->setFixedHeight(label->heightForWidth(width));
    }
}

void DevicePage::resizeEvent(QResizeEvent *event)
{
    QWizardPage::resizeEvent(event);
    fitMessages();
}

void DevicePage::checkDevice()
{
    onInputsEdited();
    if (!checkFields()) {
        if (m_ui->addressErrorLabel->isVisibleTo(this))
            m_ui->addressEdit->setFocus(Qt::OtherFocusReason);
        else
            m_ui->apiKeyEdit->setFocus(Qt::OtherFocusReason);
        // Asynchronous like the probe's answer, so callers need only one code path.
        QTimer::singleShot(0, this, [this] { Q_EMIT checkFinished(false); });
        return;
    }
    m_context.address = m_ui->addressEdit->text();
    m_context.apiKey = m_ui->apiKeyEdit->text();
    m_context.preserveSettings = m_ui->preserveCheck->isChecked();
    // Disabling the focused button would hand focus to the next control, the wizard's Cancel: keep it in the form.
    if (m_ui->checkButton->hasFocus())
        m_ui->apiKeyEdit->setFocus(Qt::OtherFocusReason);
    m_ui->checkButton->setEnabled(false);
    showCheckStatus(tr("Checking %1...").arg(m_context.address.trimmed()), false);
    m_probe.start(m_context.address, m_context.trust(), m_context.apiKey);
}

void DevicePage::onChecked(const DeviceCheck &check)
{
    m_ui->checkButton->setEnabled(true);
    if (check.certificateUntrusted && !check.certificate.isNull()) {
        onCertificateOffered(check);
        return;
    }
    if (!check.passed()) {
        m_rememberTrust = false;
        const QDateTime erasedAt = erasedByUpdateAt();
        if (check.error->code == ErrorCode::Unauthorized && erasedAt.isValid()) {
            // Expected after a factory reset: say so, instead of suggesting a typo.
            showCheckStatus(
                tr("The device refused the API key (HTTP 401). An update on %1 erased this device's settings, "
                   "and its API keys with them: once the device is commissioned again in groov Manage (a new "
                   "administrator account), create a new API key there and enter it here.")
                    .arg(QLocale().toString(erasedAt.toLocalTime(), QLocale::ShortFormat)),
                true);
        } else {
            showCheckStatus(check.error->message, true);
        }
        if (check.error->code == ErrorCode::Unauthorized)
            markKeyRefused();
        else
            focusAfterCheck();
        Q_EMIT checkFinished(false);
        return;
    }
    m_context.setCheck(check);
    const DeviceInfo &device = check.device;
    m_factsHtml = tr("<b>%1</b>, reported firmware version %2.<br>Certificate: %3, SHA-256 %4…")
                      .arg((device.model.isEmpty() ? tr("Model unknown") : device.model).toHtmlEscaped(),
                           (device.firmwareVersion.isEmpty() ? tr("unknown") : device.firmwareVersion).toHtmlEscaped(),
                           certificateSubject(check.certificate).toHtmlEscaped(),
                           TlsTrust::shortFingerprintOf(check.certificate));
    showCheckStatus(m_factsHtml, false);
    if (m_rememberTrust)
        rememberTrust();
    rememberProfileUsed();
    m_ui->saveProfileButton->setVisible(m_context.profileName.isEmpty());
    focusAfterCheck();
    Q_EMIT checkFinished(true);
}

void DevicePage::markKeyRefused()
{
    // The key is what was wrong: marked, and selected so that typing or pasting the right one replaces it.
    markField(m_ui->apiKeyEdit, tr("The device refused this API key."));
    if (!isVisible())
        return;
    m_ui->apiKeyEdit->setFocus(Qt::OtherFocusReason);
    m_ui->apiKeyEdit->selectAll();
}

void DevicePage::onCertificateOffered(const DeviceCheck &check)
{
    TrustDialog::Question question;
    question.presented = check.certificate;
    question.address = deviceName();
    question.pinnedFingerprint = check.differsFromPin ? m_context.trust().pinnedFingerprint() : QByteArray();
    question.erasedByUpdateAt = erasedByUpdateAt();
    question.profileName = m_context.profileName.isEmpty() ? suggestedProfileName() : m_context.profileName;
    question.profileExists = !m_context.profileName.isEmpty();
    switch (Prompts::askTrust(this, question)) {
    case TrustDialog::Decision::Cancel:
        showCheckStatus(tr("The certificate was not trusted, so nothing was sent to the device."), true);
        focusAfterCheck();
        Q_EMIT checkFinished(false);
        return;
    case TrustDialog::Decision::TrustAndRemember:
        m_rememberTrust = true;
        break;
    case TrustDialog::Decision::TrustOnce:
        m_rememberTrust = false;
        break;
    }
    // Trusted for this device only, for the rest of this session (remembered in its profile if asked).
    m_context.setTrust(m_context.address,
                       TlsTrust::pinned(QString::fromLatin1(TlsTrust::fingerprintOf(check.certificate))).value());
    // Only now, with the certificate settled, does the key travel.
    m_probe.start(m_context.address, m_context.trust(), m_context.apiKey);
}

void DevicePage::rememberTrust()
{
    m_rememberTrust = false;
    const bool existed = !m_context.profileName.isEmpty();
    // Asked again now, not taken from the dialog: a profile of that name may have been saved meanwhile.
    const QString name = existed ? m_context.profileName : suggestedProfileName();
    if (!saveProfile(name))
        return;
    // Said, as the trust dialog announced it: nothing is saved silently.
    showProfileSaved(name, existed);
}

void DevicePage::showProfileSaved(const QString &name, bool existed)
{
    const QString quoted = name.toHtmlEscaped();
    const bool pinned = m_context.trust().mode() == TlsTrust::Mode::PinnedFingerprint;
    const QString saved = existed  ? tr("Profile \"%1\" now pins this certificate.").arg(quoted)
                          : pinned ? tr("Saved as profile \"%1\", with this certificate pinned.").arg(quoted)
                                   : tr("Saved as profile \"%1\".").arg(quoted);
    showCheckStatus(m_factsHtml + QStringLiteral("<br>") + saved, false);
}

void DevicePage::showProfileProblem(const QString &text)
{
    // Under the facts, which still stand: the check passed, only the profile was not saved.
    showCheckStatus(m_factsHtml + QStringLiteral("<br>") + errorHtml(text), false);
}

QString DevicePage::suggestedProfileName() const
{
    // A new device's profile is named after its address until the user renames it; never the name of another
    // profile, which saving would replace.
    const auto name = m_context.profiles().unusedName(deviceName());
    return name ? name.value() : deviceName();
}

QString DevicePage::deviceName() const
{
    return WizardContext::deviceKey(m_context.address);
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
    // Say what the profile keeps before it is named: the certificate trusted once for this update is pinned in it.
    const TlsTrust trust = m_context.trust();
    const QString keeps =
        trust.mode() == TlsTrust::Mode::PinnedFingerprint
            ? tr("The profile keeps this device's address and the settings choice, the API key in the system keychain, "
                 "and pins the certificate the device presented (SHA-256 %1): later checks trust only that "
                 "certificate.\n\nProfile name:")
                  .arg(TlsTrust::shortFingerprintOf(m_context.deviceCheck.certificate))
            : tr("The profile keeps this device's address and the settings choice, the API key in the system keychain, "
                 "and its trust: %1.\n\nProfile name:")
                  .arg(trust.describe());
    const QString name = Prompts::askText(this, {tr("Save as profile"), keeps, suggestedProfileName()});
    if (name.isEmpty())
        return;
    if (const auto names = m_context.profiles().names(); names && names->contains(name)) {
        showProfileProblem(tr("A profile named \"%1\" already exists; choose another name.").arg(name));
        return;
    }
    if (!saveProfile(name))
        return;
    rememberProfileUsed();
    showProfileSaved(name, false);
}

bool DevicePage::saveProfile(const QString &name)
{
    DeviceProfile profile;
    if (name == m_context.profileName) {
        if (auto existing = m_context.profiles().load(name))
            profile = existing.value();
    }
    profile.name = name;
    profile.address = m_context.address.trimmed();
    profile.preserveSettings = m_context.preserveSettings;
    profile.setTrust(m_context.trust());
    const Status saved = m_context.profiles().save(profile);
    if (!saved) {
        showProfileProblem(tr("The profile could not be saved: %1").arg(saved.error().message));
        return false;
    }
    m_context.profileName = profile.name;
    m_ui->saveProfileButton->hide();
    m_context.secrets().writeApiKey(name, m_context.apiKey, [this, name](const SecretStore::Answer &answer) {
        if (m_context.profileName != name)
            return; // another profile is chosen now
        m_keyFromKeychain = answer.outcome == SecretStore::Outcome::Ok;
        // Where the key is now, said once; a missing keychain's answer says itself that the key is not kept.
        if (m_keyFromKeychain)
            showKeyNote(keyNoteOfProfile(name));
        else if (answer.outcome == SecretStore::Outcome::Unavailable)
            showKeyNote(answer.message);
        else
            showKeyNote(tr("The system keychain did not keep the API key: %1").arg(answer.message));
    });
    const QSignalBlocker blocker(m_ui->profileCombo);
    reloadProfiles();
    m_ui->profileCombo->setCurrentText(profile.name);
    return true;
}

void DevicePage::showStatus(const QString &text, bool isError)
{
    m_statusAboutCheck = false;
    m_ui->statusLabel->setText(isError ? errorHtml(text) : text);
}

void DevicePage::showCheckStatus(const QString &text, bool isError)
{
    showStatus(text, isError);
    m_statusAboutCheck = true;
}

} // namespace groov::gui
