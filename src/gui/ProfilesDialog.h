#pragma once

#include "ProfileStore.h"
#include "SecretStore.h"

#include <QDialog>

#include <memory>

class QListWidgetItem;

namespace Ui {
class ProfilesDialog;
}

namespace groov::gui {

// "Manage profiles": lists the saved device profiles and renames, duplicates or deletes them, moving, copying or
// deleting their API keys in the keychain along with them.
class ProfilesDialog : public QDialog
{
    Q_OBJECT
public:
    ProfilesDialog(ProfileStore &profiles, SecretStore &secrets, QWidget *parent = nullptr);
    ~ProfilesDialog() override;

    // The selected profile's name; empty when none is selected.
    QString selectedName() const;
    void selectProfile(const QString &name);
    // True while a keychain operation started by this dialog has not answered yet; the buttons are disabled then.
    bool isBusy() const { return m_pendingKeyOperations > 0; }

    void renameSelected();
    void duplicateSelected();
    void deleteSelected();

Q_SIGNALS:
    // The profile store was changed (a profile renamed, duplicated or deleted).
    void profilesChanged();
    // A profile was renamed (emitted before profilesChanged()), so whoever shows it can follow it to its new name.
    void profileRenamed(const QString &from, const QString &to);
    // Every keychain operation started by this dialog has answered.
    void idle();

private:
    void reload();
    void updateButtons();
    // Asks for a name and checks it; returns an empty string (and shows why) when there is none to use.
    QString askNewName(const QString &title, const QString &suggestion);
    void moveKey(const QString &from, const QString &to);
    void copyKey(const QString &from, const QString &to);
    void deleteKey(const QString &name);
    // After a change to the store: says what changed, lists the profiles again and selects one.
    void showChange(const QString &message, const QString &profileToSelect);
    void showStatus(const QString &text, bool isError);
    void keyOperationStarted();
    void keyOperationFinished();
    QString keychainProblem(const SecretStore::Answer &answer) const;

    ProfileStore &m_profiles;
    SecretStore &m_secrets;
    std::unique_ptr<Ui::ProfilesDialog> m_ui;
    int m_pendingKeyOperations = 0;
};

} // namespace groov::gui
