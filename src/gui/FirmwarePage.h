#pragma once

#include "FirmwareHasher.h"
#include "FirmwareImage.h"

#include <QTimer>
#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class FirmwarePage;
}

namespace groov::gui {

class WizardContext;

// Page 2: the firmware file, checked and hashed in the background before anything is sent.
class FirmwarePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit FirmwarePage(WizardContext &context, QWidget *parent = nullptr);
    ~FirmwarePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // What the Browse button does once a file is picked; tests call it directly.
    void chooseFile(const QString &path);
    bool isHashing() const { return m_hasher.isRunning(); }
    // How long typing must pause before a typed path is checked (leaving the field or Enter checks at once). Tests
    // set 0, so that nothing waits on a clock.
    void setTypingCheckDelay(int milliseconds) { m_typingPause.setInterval(milliseconds); }

Q_SIGNALS:
    void hashed(const QByteArray &sha256Hex);

private:
    void browse();
    void checkTypedPath();
    void forgetImage();
    // The version in the file's name beside the device's: what installing it would do.
    void showVersion();
    void onHashed(const QByteArray &sha256Hex);
    void updateVerdict();
    void showMessage(const QString &text, bool isError);

    WizardContext &m_context;
    std::unique_ptr<Ui::FirmwarePage> m_ui;
    FirmwareHasher m_hasher;
    QTimer m_typingPause; // single shot, restarted by every edit
    std::optional<FirmwareImage> m_image;
    QByteArray m_sha256;
    bool m_blocked = false;
};

} // namespace groov::gui
