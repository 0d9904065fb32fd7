#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

class QDialog;
class QWidget;

namespace groov::test {

// What a keyboard or screen-reader user meets in one window (a wizard page's window, a dialog), checked the way they
// meet it: through QAccessible's interfaces and real Tab presses. Each problem is one readable line naming the widget
// (objectName and class), so a failing test lists them all at once.
//
// It reports a control without an accessible name, a control Tab never reaches (or a view Tab cannot
// leave), a Tab order that goes back up or left within the reading-order scope, an Alt+letter used twice, a caption
// ("Address:") beside an input without a buddy, a label's name hiding its text, text selectable by mouse only, and the
// secret (the API key) in any accessible name, description, value or text.
class AccessibilityAudit
{
public:
    explicit AccessibilityAudit(QWidget &window);

    // A text no accessible interface of the window may expose.
    void setSecret(const QString &secret) { m_secret = secret; }
    // The widget whose controls Tab must visit in reading order (a wizard page's own form); the whole window when
    // not set. Only controls inside it are compared, so the wizard's own buttons do not count.
    void setReadingOrderScope(QWidget *scope) { m_scope = scope; }

    // Shows and activates the window (Tab needs focus), then runs every check.
    [[nodiscard]] QStringList problems();

    // Escape must close the dialog; a line when it does not. Shows the dialog.
    [[nodiscard]] static QStringList escapeProblems(QDialog &dialog);
    // "objectName (QClass, "text")".
    static QString describe(const QWidget *widget);

private:
    QList<QWidget *> controls() const;
    void checkNames(const QList<QWidget *> &controls);
    void checkTabOrder(const QList<QWidget *> &controls);
    void checkReadingOrder(const QList<QWidget *> &visited);
    void checkAccelerators();
    void checkCaptions();
    // A label whose own accessible name hides its text, or whose text only a mouse can select.
    void checkLabels();
    void checkSecret();

    QWidget &m_window;
    QPointer<QWidget> m_scope;
    QString m_secret;
    QStringList m_problems;
};

} // namespace groov::test
