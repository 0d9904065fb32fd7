#include "FirmwarePage.h"

#include "DeviceInfo.h"
#include "ErrorMarkup.h"
#include "FirmwareVersion.h"
#include "ProgressText.h"
#include "Prompts.h"
#include "WizardContext.h"
#include "ui_FirmwarePage.h"

#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

namespace groov::gui {

namespace {
// Long enough not to complain about every half-typed path, short enough to feel like an answer.
constexpr int TypingPauseMs = 700;

// What people paste from a download page: any case, maybe with spaces, colons or a "sha256:" label.
QByteArray normalisedSha(const QString &text)
{
    QString cleaned = text.trimmed().toLower();
    cleaned.remove(QRegularExpression(QStringLiteral("^sha-?256:?")));
    cleaned.remove(QRegularExpression(QStringLiteral("[\\s:]")));
    return cleaned.toLatin1();
}
} // namespace

FirmwarePage::FirmwarePage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent), m_context(context), m_ui(std::make_unique<Ui::FirmwarePage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Firmware"));
    setSubTitle(tr("The firmware image to install. It is checked and its SHA-256 computed before anything is sent."));
    m_ui->fileEdit->setAccessibleName(tr("Firmware file"));
    m_ui->browseButton->setAccessibleName(tr("Browse for the firmware file"));
    m_ui->cancelHashButton->setAccessibleName(tr("Stop computing the SHA-256"));
    m_ui->expectedShaEdit->setAccessibleName(tr("Expected SHA-256"));
    m_ui->hashProgress->setAccessibleName(tr("SHA-256 progress"));
    m_ui->hashProgress->hide();
    m_ui->cancelHashButton->hide();

    connect(m_ui->browseButton, &QPushButton::clicked, this, &FirmwarePage::browse);
    // A typed path is checked when typing pauses, when the field loses the focus, or on Enter: whichever comes first.
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(TypingPauseMs);
    connect(m_ui->fileEdit, &QLineEdit::textEdited, &m_typingPause, qOverload<>(&QTimer::start));
    connect(&m_typingPause, &QTimer::timeout, this, &FirmwarePage::checkTypedPath);
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, &FirmwarePage::checkTypedPath);
    connect(m_ui->expectedShaEdit, &QLineEdit::textChanged, this, &FirmwarePage::updateVerdict);
    connect(m_ui->cancelHashButton, &QPushButton::clicked, &m_hasher, &FirmwareHasher::cancel);
    connect(&m_hasher, &FirmwareHasher::progress, this, [this](qint64 done, qint64 total) {
        m_ui->hashProgress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(&m_hasher, &FirmwareHasher::finished, this, &FirmwarePage::onHashed);
    connect(&m_hasher, &FirmwareHasher::failed, this, [this](const QString &message) {
        m_ui->hashProgress->hide();
        m_ui->cancelHashButton->hide();
        m_image.reset();
        showMessage(message, true);
        Q_EMIT completeChanged();
    });
    connect(&m_hasher, &FirmwareHasher::cancelled, this, [this] {
        m_ui->hashProgress->hide();
        m_ui->cancelHashButton->hide();
        m_ui->shaLabel->setText(tr("not computed (stopped)"));
        m_image.reset();
        Q_EMIT completeChanged();
    });
}

FirmwarePage::~FirmwarePage()
{
    // QWidget's destructor closes the window, and the field then loses focus and finishes editing: by then this
    // page is gone, so its slot must not run.
    disconnect(m_ui->fileEdit, nullptr, this, nullptr);
}

void FirmwarePage::initializePage()
{
    m_ui->fileEdit->setFocus();
    if (!m_image && !m_hasher.isRunning() && !m_context.firmwarePath.isEmpty())
        chooseFile(m_context.firmwarePath);
    updateVerdict();
}

bool FirmwarePage::isComplete() const
{
    return m_image.has_value() && !m_sha256.isEmpty() && !m_blocked;
}

bool FirmwarePage::validatePage()
{
    m_context.firmwarePath = m_image->path();
    m_context.firmwareSha256 = m_sha256;
    if (!m_context.profileName.isEmpty()) {
        if (auto profile = m_context.profiles().load(m_context.profileName)) {
            DeviceProfile remembered = profile.value();
            remembered.lastFirmwareFolder = QFileInfo(m_image->path()).absolutePath();
            // Failing to remember a folder must not stop an update.
            [[maybe_unused]] const Status saved = m_context.profiles().save(remembered);
        }
    }
    return true;
}

void FirmwarePage::browse()
{
    QString folder;
    if (!m_context.profileName.isEmpty()) {
        if (auto profile = m_context.profiles().load(m_context.profileName))
            folder = profile->lastFirmwareFolder;
    }
    // Firmware images are .bin files (Opto 22's downloads, the simulator's make-firmware); any file can still be
    // chosen, since a renamed image is checked like any other.
    const QString filter = tr("groov firmware (%1)").arg(QStringLiteral("*.bin")) + QStringLiteral(";;") +
                           tr("All files (%1)").arg(QStringLiteral("*"));
    const QString path =
        Prompts::chooseFile(this, {Prompts::FileQuestion::Mode::Open, tr("Choose the firmware file"), folder, filter});
    if (!path.isEmpty())
        chooseFile(path);
}

void FirmwarePage::checkTypedPath()
{
    m_typingPause.stop();
    const QString typed = m_ui->fileEdit->text();
    if (!typed.trimmed().isEmpty()) {
        if (typed != (m_image ? m_image->requestedPath() : QString()))
            chooseFile(typed);
        return;
    }
    // The field emptied: no file, and nothing to complain about.
    forgetImage();
    showMessage(QString(), false);
    updateVerdict();
    Q_EMIT completeChanged();
}

void FirmwarePage::chooseFile(const QString &path)
{
    m_typingPause.stop();
    forgetImage();
    // Not when it is what the field holds already: the cursor stays where the user is typing.
    if (m_ui->fileEdit->text() != path)
        m_ui->fileEdit->setText(path);
    auto image = FirmwareImage::inspect(path);
    if (!image) {
        showMessage(image.error().message, true);
        Q_EMIT completeChanged();
        return;
    }
    m_image = image.value();
    m_ui->sizeLabel->setText(
        tr("%1 MB (%2 bytes)").arg(formatMegabytes(m_image->size()), QLocale().toString(m_image->size())));
    m_ui->shaLabel->setText(tr("computing..."));
    m_ui->hashProgress->setValue(0);
    m_ui->hashProgress->show();
    m_ui->cancelHashButton->show();
    showMessage(QString(), false);
    m_hasher.start(m_image->path());
    updateVerdict();
    Q_EMIT completeChanged();
}

void FirmwarePage::forgetImage()
{
    m_hasher.cancel();
    m_image.reset();
    m_sha256.clear();
    m_ui->sizeLabel->clear();
    m_ui->versionLabel->clear();
    m_ui->shaLabel->clear();
    m_ui->hashProgress->hide();
    m_ui->cancelHashButton->hide();
}

void FirmwarePage::showVersion()
{
    if (!m_image) {
        m_ui->versionLabel->clear();
        return;
    }
    const QString text =
        FirmwareVersion::fileVersionText(m_image->fileName(), m_context.deviceCheck.device.firmwareVersion);
    m_ui->versionLabel->setText(text.isEmpty() ? tr("not in the file name; the device will tell after the update")
                                               : text);
}

void FirmwarePage::onHashed(const QByteArray &sha256Hex)
{
    m_sha256 = sha256Hex;
    m_ui->hashProgress->hide();
    m_ui->cancelHashButton->hide();
    m_ui->shaLabel->setText(QString::fromLatin1(sha256Hex));
    updateVerdict();
    Q_EMIT completeChanged();
    Q_EMIT hashed(sha256Hex);
}

void FirmwarePage::updateVerdict()
{
    const bool wasBlocked = m_blocked;
    m_blocked = false;
    showVersion();
    QStringList warnings;
    const QByteArray expected = normalisedSha(m_ui->expectedShaEdit->text());
    if (!expected.isEmpty()) {
        static const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex64.match(QString::fromLatin1(expected)).hasMatch()) {
            m_blocked = true;
            showMessage(tr("The expected SHA-256 must be 64 hexadecimal digits."), true);
        } else if (!m_sha256.isEmpty() && expected != m_sha256) {
            m_blocked = true;
            showMessage(tr("The file's SHA-256 does not match the expected one: the file is damaged, incomplete or "
                           "not the one you meant. Download it again."),
                        true);
        } else if (!m_sha256.isEmpty()) {
            showMessage(tr("The SHA-256 matches the expected one."), false);
        }
    }
    if (m_image && !m_blocked) {
        const DeviceFamily fileFamily = familyFromFileName(m_image->fileName());
        const DeviceFamily deviceFamily = m_context.deviceCheck.device.family();
        if (fileFamily != DeviceFamily::Unknown && deviceFamily != DeviceFamily::Unknown && fileFamily != deviceFamily)
            showMessage(tr("The file name suggests %1 firmware, but the device is a %2 (%3). The device will reject "
                           "firmware for another family after the whole upload.")
                            .arg(familyName(fileFamily), familyName(deviceFamily), m_context.deviceCheck.device.model),
                        true);
        else if (expected.isEmpty())
            showMessage(QString(), false);
    }
    if (wasBlocked != m_blocked)
        Q_EMIT completeChanged();
}

void FirmwarePage::showMessage(const QString &text, bool isError)
{
    m_ui->messageLabel->setText(isError ? errorHtml(text) : text);
}

} // namespace groov::gui
