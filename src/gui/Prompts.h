#pragma once

#include "TrustDialog.h"

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace groov::gui {

// Every question the GUI asks the user, and every message it only tells, goes through here. Each function shows the
// real dialog; while a test holds a PromptScript, the script answers instead and keeps the wording, so no test waits
// on a modal dialog and every test can read what the user would have read.
class Prompts
{
public:
    // A yes-or-no question whose buttons say what they do. The safe one (reject) is the default and Escape: Enter
    // never does the risky thing.
    struct Confirmation
    {
        QString title;
        QString text;        // the question itself
        QString consequence; // what accepting does, in full
        QString acceptText;  // e.g. "Stop the upload"
        QString rejectText;  // e.g. "Keep updating"
        QString objectName;  // finds the real box (tests, screenshots)
    };
    struct TextQuestion
    {
        QString title;
        QString label;
        QString suggestion; // filled in, selected
    };
    struct FileQuestion
    {
        enum class Mode { Open, Save };
        Mode mode = Mode::Open;
        QString title;
        QString start; // a folder, or a file name to suggest
        QString filter;
    };
    // Said, not asked: an error the user acknowledges, or the end of an update announced on the desktop.
    struct Message
    {
        QString title;
        QString text;
        bool good = false; // a notification's icon: information, or warning
    };

    // Modal: true when the user chose the accept button.
    [[nodiscard]] static bool confirm(QWidget *parent, const Confirmation &question);
    // Window-modal and returns at once, for a question asked while work goes on: `answered` is called once, if the
    // user chooses a button. Returns the box, so the caller can reword (or close) it while it is open; nullptr when
    // a PromptScript answered, which it has done by then.
    static QMessageBox *confirmLater(QWidget *parent, const Confirmation &question,
                                     const std::function<void(bool accepted)> &answered);
    static void reword(QMessageBox &box, const Confirmation &question);
    // The text entered; empty when the user cancelled.
    [[nodiscard]] static QString askText(QWidget *parent, const TextQuestion &question);
    // The path chosen; empty when the user cancelled.
    [[nodiscard]] static QString chooseFile(QWidget *parent, const FileQuestion &question);
    [[nodiscard]] static TrustDialog::Decision askTrust(QWidget *parent, const TrustDialog::Question &question);
    static void warn(QWidget *parent, const Message &message);
    // A desktop notification (a tray message) where the system has them; clicking it brings `window` forward.
    static void notify(QWidget *window, const Message &message);
};

} // namespace groov::gui
