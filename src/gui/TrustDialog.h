#pragma once

#include <QDialog>
#include <QSslCertificate>

#include <memory>

namespace Ui {
class TrustDialog;
}

namespace groov::gui {

// Shows a device certificate that is not trusted yet (first contact) or that differs from the pinned one, and asks
// what to do. Cancel is the default: pressing Enter never trusts anything.
class TrustDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Decision { Cancel, TrustOnce, TrustAndRemember };

    // pinnedFingerprint: empty on first contact; the pinned lowercase hex fingerprint when the certificate changed.
    TrustDialog(const QSslCertificate &presented, const QByteArray &pinnedFingerprint, QWidget *parent = nullptr);
    ~TrustDialog() override;

    Decision decision() const { return m_decision; }

    // Groups of two hex digits, eight groups a line: easy to compare aloud with groov Manage.
    static QString groupedFingerprint(const QByteArray &hexFingerprint);

private:
    void decide(Decision decision);

    std::unique_ptr<Ui::TrustDialog> m_ui;
    Decision m_decision = Decision::Cancel;
};

} // namespace groov::gui
