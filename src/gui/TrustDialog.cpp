#include "TrustDialog.h"
#include "DeviceText.h"

#include "TlsTrust.h"
#include "ui_TrustDialog.h"

#include <QFontDatabase>
#include <QLocale>

namespace groov::gui {

TrustDialog::TrustDialog(const Question &question, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TrustDialog>())
{
    m_ui->setupUi(this);
    const QSslCertificate &presented = question.presented;
    const QByteArray &pinnedFingerprint = question.pinnedFingerprint;
    const bool changed = !pinnedFingerprint.isEmpty();
    const QByteArray fingerprint = TlsTrust::fingerprintOf(presented);
    const QString address = question.address.toHtmlEscaped();

    if (changed && question.erasedByUpdateAt.isValid()) {
        // The settings, certificate included, were erased on purpose: explain, and still ask for the comparison.
        setWindowTitle(tr("New certificate after a factory reset"));
        m_ui->headlineLabel->setText(
            tr("<b>%1 presents a new certificate, as expected after its settings were erased.</b>").arg(address));
        m_ui->explanationLabel->setText(
            tr("An update on %1 erased this device's settings, which gives it a new certificate: compare the new "
               "fingerprint with the one groov Manage shows, then trust it. Nothing, not even the API key, has been "
               "sent.")
                .arg(QLocale().toString(question.erasedByUpdateAt.toLocalTime(), QLocale::ShortFormat)));
        m_ui->pinnedCaption->setText(tr("Fingerprint before the reset:"));
    } else if (changed) {
        setWindowTitle(tr("Device certificate changed"));
        m_ui->headlineLabel->setText(
            tr("<span style=\"color:#c62828; font-weight:bold\">Warning: %1 presented a different certificate than "
               "the one you trusted before.</span>")
                .arg(address));
        m_ui->explanationLabel->setText(
            tr("If the device was reset or its certificate replaced on purpose, compare the new fingerprint with the "
               "one groov Manage shows before trusting it. Otherwise someone may be intercepting the connection: "
               "cancel. Nothing, not even the API key, has been sent."));
    } else {
        m_ui->headlineLabel->setText(tr("<b>The certificate of %1 is not trusted yet.</b>").arg(address));
        m_ui->explanationLabel->setText(
            tr("groov devices present a certificate they signed themselves. Compare this fingerprint with the one "
               "groov Manage shows for its certificate before you trust it. Nothing, not even the API key, has "
               "been sent."));
    }
    if (question.profileName.isEmpty()) {
        m_ui->rememberLabel->hide();
    } else if (question.profileExists) {
        m_ui->rememberLabel->setText(tr("Trust and remember pins this certificate in the profile \"%1\", in place of "
                                        "the one it trusted. Trust once saves nothing.")
                                         .arg(question.profileName));
    } else {
        m_ui->rememberLabel->setText(tr("Trust and remember saves a new profile named \"%1\" with this device's "
                                        "address, this certificate pinned and the API key in the system keychain. "
                                        "Trust once saves nothing.")
                                         .arg(question.profileName));
    }
    m_ui->pinnedCaption->setVisible(changed);
    m_ui->pinnedLabel->setVisible(changed);

    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_ui->fingerprintLabel->setFont(fixed);
    m_ui->pinnedLabel->setFont(fixed);
    m_ui->subjectLabel->setText(certificateSubject(presented));
    m_ui->issuerLabel->setText(certificateIssuer(presented));
    m_ui->validityLabel->setText(tr("%1 to %2")
                                     .arg(QLocale().toString(presented.effectiveDate(), QLocale::ShortFormat),
                                          QLocale().toString(presented.expiryDate(), QLocale::ShortFormat)));
    m_ui->fingerprintLabel->setText(groupedFingerprint(fingerprint));
    m_ui->pinnedLabel->setText(groupedFingerprint(pinnedFingerprint));
    m_ui->fingerprintLabel->setAccessibleDescription(tr("SHA-256 fingerprint"));
    m_ui->cancelButton->setAccessibleName(tr("Cancel: do not trust"));
    m_ui->trustOnceButton->setAccessibleName(tr("Trust this certificate for this update only"));
    m_ui->trustRememberButton->setAccessibleName(tr("Trust this certificate and remember it in the profile"));

    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] { decide(Decision::Cancel); });
    connect(m_ui->trustOnceButton, &QPushButton::clicked, this, [this] { decide(Decision::TrustOnce); });
    connect(m_ui->trustRememberButton, &QPushButton::clicked, this, [this] { decide(Decision::TrustAndRemember); });
    m_ui->cancelButton->setFocus();
}

TrustDialog::~TrustDialog() = default;

QString TrustDialog::groupedFingerprint(const QByteArray &hexFingerprint)
{
    const QStringList pairs = TlsTrust::formatFingerprint(hexFingerprint).split(QLatin1Char(':'));
    QStringList lines;
    for (qsizetype i = 0; i < pairs.size(); i += 8)
        lines.append(pairs.mid(i, 8).join(QLatin1Char(' ')));
    return lines.join(QLatin1Char('\n'));
}

void TrustDialog::decide(Decision decision)
{
    m_decision = decision;
    if (decision == Decision::Cancel)
        reject();
    else
        accept();
}

} // namespace groov::gui
