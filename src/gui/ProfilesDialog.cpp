#include "ProfilesDialog.h"

#include "ErrorMarkup.h"
#include "Prompts.h"
#include "UpdateTypes.h"
#include "ui_ProfilesDialog.h"

#include <QLocale>
#include <QMetaEnum>
#include <QPointer>

namespace groov::gui {

namespace {
constexpr int NameRole = Qt::UserRole;

// The translated name of an outcome id such as "succeeded"; the id itself when it is not known.
QString outcomeText(const QString &id)
{
    const QMetaEnum outcomes = QMetaEnum::fromType<UpdateOutcome>();
    for (int i = 0; i < outcomes.keyCount(); ++i) {
        const auto outcome = static_cast<UpdateOutcome>(outcomes.value(i));
        if (outcomeId(outcome) == id)
            return outcomeName(outcome);
    }
    return id;
}
} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore &profiles, SecretStore &secrets, QWidget *parent)
    : QDialog(parent), m_profiles(profiles), m_secrets(secrets), m_ui(std::make_unique<Ui::ProfilesDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Manage Profiles"));
    m_ui->profileList->setAccessibleName(tr("Saved device profiles"));
    m_ui->renameButton->setAccessibleName(tr("Rename the selected profile"));
    m_ui->duplicateButton->setAccessibleName(tr("Duplicate the selected profile"));
    m_ui->deleteButton->setAccessibleName(tr("Delete the selected profile"));
    m_ui->closeButton->setAccessibleName(tr("Close"));
    m_ui->statusLabel->setAccessibleName(tr("Status"));

    connect(m_ui->profileList, &QListWidget::currentItemChanged, this, &ProfilesDialog::updateButtons);
    connect(m_ui->renameButton, &QPushButton::clicked, this, &ProfilesDialog::renameSelected);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ProfilesDialog::duplicateSelected);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &ProfilesDialog::deleteSelected);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
    reload();
    if (m_ui->profileList->count() > 0)
        m_ui->profileList->setCurrentRow(0);
    updateButtons();
}

ProfilesDialog::~ProfilesDialog() = default;

QString ProfilesDialog::selectedName() const
{
    const QListWidgetItem *item = m_ui->profileList->currentItem();
    return item ? item->data(NameRole).toString() : QString();
}

void ProfilesDialog::selectProfile(const QString &name)
{
    for (int row = 0; row < m_ui->profileList->count(); ++row) {
        if (m_ui->profileList->item(row)->data(NameRole).toString() == name) {
            m_ui->profileList->setCurrentRow(row);
            return;
        }
    }
}

void ProfilesDialog::reload()
{
    const QString selected = selectedName();
    m_ui->profileList->clear();
    const auto names = m_profiles.names();
    if (!names) {
        showStatus(names.error().message, true);
        updateButtons();
        return;
    }
    for (const QString &name : names.value()) {
        QString details;
        if (const auto profile = m_profiles.load(name)) {
            details = profile->address;
            if (!profile->lastResult.isEmpty()) {
                const QString result = outcomeText(profile->lastResult);
                details += QStringLiteral("\n") +
                           (profile->lastResultAt.isValid()
                                ? tr("Last update: %1, %2")
                                      .arg(result, QLocale().toString(profile->lastResultAt.toLocalTime(),
                                                                      QLocale::ShortFormat))
                                : tr("Last update: %1").arg(result));
            }
        } else {
            details = profile.error().message;
        }
        auto *item = new QListWidgetItem(name + QStringLiteral("\n") + details, m_ui->profileList);
        item->setData(NameRole, name);
        item->setData(Qt::AccessibleTextRole,
                      QString(name + QStringLiteral(", ") + details).replace(QLatin1Char('\n'), QStringLiteral(", ")));
    }
    if (!selected.isEmpty())
        selectProfile(selected);
    updateButtons();
}

void ProfilesDialog::updateButtons()
{
    const bool canAct = !selectedName().isEmpty() && !isBusy();
    m_ui->renameButton->setEnabled(canAct);
    m_ui->duplicateButton->setEnabled(canAct);
    m_ui->deleteButton->setEnabled(canAct);
}

QString ProfilesDialog::askNewName(const QString &title, const QString &suggestion)
{
    const QString name = Prompts::askText(this, {title, tr("New profile name:"), suggestion});
    if (name.isEmpty())
        return {}; // cancelled
    if (const Status valid = ProfileStore::validateName(name); !valid) {
        showStatus(valid.error().message, true);
        return {};
    }
    const auto names = m_profiles.names();
    if (!names) {
        showStatus(names.error().message, true);
        return {};
    }
    if (names->contains(name)) {
        showStatus(tr("A profile named \"%1\" already exists. Choose another name.").arg(name), true);
        return {};
    }
    return name;
}

void ProfilesDialog::showChange(const QString &message, const QString &profileToSelect)
{
    showStatus(message, false);
    reload();
    selectProfile(profileToSelect);
    Q_EMIT profilesChanged();
}

void ProfilesDialog::renameSelected()
{
    const QString from = selectedName();
    if (from.isEmpty() || isBusy())
        return;
    const QString to = askNewName(tr("Rename Profile"), from);
    if (to.isEmpty())
        return;
    if (const Status renamed = m_profiles.rename(from, to); !renamed) {
        showStatus(renamed.error().message, true);
        return;
    }
    Q_EMIT profileRenamed(from, to);
    showChange(tr("Profile \"%1\" renamed to \"%2\".").arg(from, to), to);
    moveKey(from, to);
}

void ProfilesDialog::duplicateSelected()
{
    const QString from = selectedName();
    if (from.isEmpty() || isBusy())
        return;
    const auto source = m_profiles.load(from);
    if (!source) {
        showStatus(source.error().message, true);
        return;
    }
    const QString to = askNewName(tr("Duplicate Profile"), tr("%1 (copy)").arg(from));
    if (to.isEmpty())
        return;
    DeviceProfile copy = source.value();
    copy.name = to;
    // The copy has not updated anything yet.
    copy.lastResult.clear();
    copy.lastResultAt = QDateTime();
    if (const Status saved = m_profiles.save(copy); !saved) {
        showStatus(saved.error().message, true);
        return;
    }
    showChange(tr("Profile \"%1\" copied to \"%2\".").arg(from, to), to);
    copyKey(from, to);
}

void ProfilesDialog::deleteSelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || isBusy())
        return;
    const bool confirmed = Prompts::confirm(
        this, {tr("Delete Profile"), tr("Delete profile \"%1\"?").arg(name),
               tr("The profile and the API key saved with it are deleted; the device itself is not changed."),
               tr("Delete"), tr("Keep"), QStringLiteral("deleteConfirmation")});
    if (!confirmed)
        return;
    if (const Status removed = m_profiles.remove(name); !removed) {
        showStatus(removed.error().message, true);
        return;
    }
    showStatus(tr("Profile \"%1\" deleted.").arg(name), false);
    reload();
    if (!m_ui->profileList->currentItem() && m_ui->profileList->count() > 0)
        m_ui->profileList->setCurrentRow(0);
    Q_EMIT profilesChanged();
    deleteKey(name);
}

void ProfilesDialog::moveKey(const QString &from, const QString &to)
{
    keyOperationStarted();
    const QPointer<ProfilesDialog> self(this);
    m_secrets.readApiKey(from, [self, from, to](const SecretStore::Answer &read) {
        if (!self)
            return;
        if (read.outcome == SecretStore::Outcome::NotFound) {
            self->keyOperationFinished(); // no key was saved: nothing to move
            return;
        }
        if (read.outcome != SecretStore::Outcome::Ok) {
            self->showStatus(tr("Profile \"%1\" renamed to \"%2\", but its API key is not remembered: %3")
                                 .arg(from, to, self->keychainProblem(read)),
                             true);
            self->keyOperationFinished();
            return;
        }
        self->m_secrets.writeApiKey(to, read.secret, [self, from, to](const SecretStore::Answer &written) {
            if (!self)
                return;
            if (written.outcome != SecretStore::Outcome::Ok) {
                // Keep the old entry: the key is not lost, only left under the old name.
                self->showStatus(tr("Profile \"%1\" renamed to \"%2\", but its API key could not be moved: %3")
                                     .arg(from, to, self->keychainProblem(written)),
                                 true);
                self->keyOperationFinished();
                return;
            }
            self->m_secrets.deleteApiKey(from, [self, from](const SecretStore::Answer &deleted) {
                if (!self)
                    return;
                if (deleted.outcome != SecretStore::Outcome::Ok && deleted.outcome != SecretStore::Outcome::NotFound)
                    self->showStatus(tr("The API key was moved, but the old keychain entry of \"%1\" could not be "
                                        "deleted: %2")
                                         .arg(from, self->keychainProblem(deleted)),
                                     true);
                self->keyOperationFinished();
            });
        });
    });
}

void ProfilesDialog::copyKey(const QString &from, const QString &to)
{
    keyOperationStarted();
    const QPointer<ProfilesDialog> self(this);
    m_secrets.readApiKey(from, [self, from, to](const SecretStore::Answer &read) {
        if (!self)
            return;
        if (read.outcome == SecretStore::Outcome::NotFound) {
            self->keyOperationFinished();
            return;
        }
        if (read.outcome != SecretStore::Outcome::Ok) {
            self->showStatus(tr("Profile \"%1\" copied to \"%2\", but the API key is not remembered for it: %3")
                                 .arg(from, to, self->keychainProblem(read)),
                             true);
            self->keyOperationFinished();
            return;
        }
        self->m_secrets.writeApiKey(to, read.secret, [self, from, to](const SecretStore::Answer &written) {
            if (!self)
                return;
            if (written.outcome != SecretStore::Outcome::Ok)
                self->showStatus(tr("Profile \"%1\" copied to \"%2\", but the API key is not remembered for it: %3")
                                     .arg(from, to, self->keychainProblem(written)),
                                 true);
            self->keyOperationFinished();
        });
    });
}

void ProfilesDialog::deleteKey(const QString &name)
{
    keyOperationStarted();
    const QPointer<ProfilesDialog> self(this);
    m_secrets.deleteApiKey(name, [self, name](const SecretStore::Answer &deleted) {
        if (!self)
            return;
        if (deleted.outcome != SecretStore::Outcome::Ok && deleted.outcome != SecretStore::Outcome::NotFound)
            self->showStatus(tr("Profile \"%1\" deleted, but its API key could not be removed from the keychain: %2")
                                 .arg(name, self->keychainProblem(deleted)),
                             true);
        self->keyOperationFinished();
    });
}

// A whole sentence of its own, like the keychain's message: it follows the colon of a status that is complete.
QString ProfilesDialog::keychainProblem(const SecretStore::Answer &answer) const
{
    if (answer.outcome == SecretStore::Outcome::Unavailable)
        return answer.message.isEmpty() ? tr("No system keychain is available.") : answer.message;
    return answer.message.isEmpty() ? tr("The system keychain reported an error.") : answer.message;
}

void ProfilesDialog::keyOperationStarted()
{
    ++m_pendingKeyOperations;
    updateButtons();
}

void ProfilesDialog::keyOperationFinished()
{
    --m_pendingKeyOperations;
    updateButtons();
    if (m_pendingKeyOperations == 0)
        Q_EMIT idle();
}

void ProfilesDialog::showStatus(const QString &text, bool isError)
{
    m_ui->statusLabel->setText(isError ? errorHtml(text) : text.toHtmlEscaped());
}

} // namespace groov::gui
