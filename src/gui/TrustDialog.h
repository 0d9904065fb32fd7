#pragma once

#include <QDateTime>
#include <QDialog>
#include <QSslCertificate>

#include <memory>

namespace Ui {
class TrustDialog;
}

namespace groov::gui {

// Shows a device certificate that is not trusted yet (first contact) or that differs from the pinned one, and asks
// what to do. Cancel is the default: pressing Enter never trusts anything. A new certificate after an update of this
// tool erased the device's settings is expected, not a warning sign: the dialog then explains instead of warning.
class TrustDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Decision { Cancel, TrustOnce, TrustAndRemember };

    // What the dialog asks about.
    struct Question
    {
        QSslCertificate presented;
        QString address;              // the device as the user knows it, e.g. "epic-01:8443"
        QByteArray pinnedFingerprint; // empty on first contact; the pinned lowercase hex fingerprint when it changed
        QDateTime erasedByUpdateAt;   // when an update from this tool erased the device's settings; invalid if never
        // What "Trust and remember" saves: the profile the certificate is pinned in (empty: not said), and whether
        // that profile exists already or is created by it.
        QString profileName{};
        bool profileExists = false;
    };

    explicit TrustDialog(const Question &question, QWidget *parent = nullptr);
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
