#include "AboutDialog.h"

#include "ToolVersion.h"
#include "ui_AboutDialog.h"

#include <QIcon>
#include <QPushButton>

// Resources of a static library must be registered by name, from the global namespace.
static void initApplicationIcon()
{
    Q_INIT_RESOURCE(application);
}

namespace groov::gui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::AboutDialog>())
{
    initApplicationIcon();
    m_ui->setupUi(this);
    setWindowTitle(tr("About groov Firmware Update"));
    const int iconSize = fontMetrics().height() * 4;
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/groov-update.svg")).pixmap(iconSize, iconSize));
    m_ui->productLabel->setText(tr("groov Firmware Update"));
    QFont productFont = m_ui->productLabel->font();
    productFont.setPointSizeF(productFont.pointSizeF() * 1.4);
    productFont.setBold(true);
    m_ui->productLabel->setFont(productFont);
    m_ui->versionLabel->setText(tr("Version %1").arg(toolVersion()));
    // The Qt this process runs on, which can be newer than the one it was built with.
    m_ui->qtLabel->setText(tr("Running on Qt %1").arg(QString::fromLatin1(qVersion())));
    m_ui->purposeLabel->setText(tr("Updates the firmware of Opto 22 groov EPIC processors and groov RIO modules over "
                                   "the network, and reports success only on the device's evidence."));
    // Both from the build: the copyright line of the packages' copyright file, and the folder they install it to.
    m_ui->documentationLabel->setText(
        tr("Documentation: %1\nManual pages: groov-update(1), groov-update-gui(1)").arg(QStringLiteral(GROOV_DOC_DIR)));
    m_ui->copyrightLabel->setText(tr("Copyright %1").arg(QStringLiteral(GROOV_COPYRIGHT)));

    // The picture needs a name; the text labels are named by their text, which a name of their own would hide from
    // a screen reader (it would say "Version", not the version).
    m_ui->iconLabel->setAccessibleName(tr("groov Firmware Update icon"));
    QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close the About window"));
    close->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

AboutDialog::~AboutDialog() = default;

AboutDialog *AboutDialog::openOver(QWidget *parent)
{
    auto *dialog = new AboutDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace groov::gui
