#include "Prompts.h"

#include "PromptScript.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>

namespace groov::gui {

namespace {
const QString AcceptButtonName = QStringLiteral("acceptButton");
const QString RejectButtonName = QStringLiteral("rejectButton");

QPushButton *buttonOf(const QMessageBox &box, const QString &name)
{
    return box.findChild<QPushButton *>(name);
}

// The one look of a confirmation, put into a new box or into an open one whose question has changed.
void word(QMessageBox &box, const Prompts::Confirmation &question)
{
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(question.title);
    box.setText(question.text);
    box.setInformativeText(question.consequence);
    if (!buttonOf(box, RejectButtonName)) {
        QPushButton *reject = box.addButton(question.rejectText, QMessageBox::RejectRole);
        reject->setObjectName(RejectButtonName);
        box.addButton(question.acceptText, QMessageBox::AcceptRole)->setObjectName(AcceptButtonName);
        box.setDefaultButton(reject);
        box.setEscapeButton(reject);
    }
    buttonOf(box, RejectButtonName)->setText(question.rejectText);
    buttonOf(box, AcceptButtonName)->setText(question.acceptText);
}
} // namespace

bool Prompts::confirm(QWidget *parent, const Confirmation &question)
{
    if (PromptScript *script = PromptScript::active())
        return script->answer(question);
    QMessageBox box(parent);
    box.setObjectName(question.objectName);
    word(box, question);
    box.exec();
    return box.clickedButton() == buttonOf(box, AcceptButtonName);
}

QMessageBox *Prompts::confirmLater(QWidget *parent, const Confirmation &question,
                                   const std::function<void(bool accepted)> &answered)
{
    if (PromptScript *script = PromptScript::active()) {
        answered(script->answer(question));
        return nullptr;
    }
    auto *box = new QMessageBox(parent);
    box->setObjectName(question.objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    word(*box, question);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [box, answered](QAbstractButton *clicked) {
        answered(clicked == buttonOf(*box, AcceptButtonName));
    });
    // open(), not exec(): no nested event loop, and the caller can reword the question while it is open.
    box->open();
    return box;
}

void Prompts::reword(QMessageBox &box, const Confirmation &question)
{
    word(box, question);
}

QString Prompts::askText(QWidget *parent, const TextQuestion &question)
{
    if (PromptScript *script = PromptScript::active())
        return script->answer(question);
    bool accepted = false;
    const QString text = QInputDialog::getText(parent, question.title, question.label, QLineEdit::Normal,
                                               question.suggestion, &accepted);
    return accepted ? text : QString();
}

QString Prompts::chooseFile(QWidget *parent, const FileQuestion &question)
{
    if (PromptScript *script = PromptScript::active())
        return script->answer(question);
    return question.mode == FileQuestion::Mode::Save
               ? QFileDialog::getSaveFileName(parent, question.title, question.start, question.filter)
               : QFileDialog::getOpenFileName(parent, question.title, question.start, question.filter);
}

TrustDialog::Decision Prompts::askTrust(QWidget *parent, const TrustDialog::Question &question)
{
    if (PromptScript *script = PromptScript::active())
        return script->answer(question);
    TrustDialog dialog(question, parent);
    dialog.exec();
    return dialog.decision();
}

void Prompts::warn(QWidget *parent, const Message &message)
{
    if (PromptScript *script = PromptScript::active()) {
        script->keepWarning(message);
        return;
    }
    QMessageBox::warning(parent, message.title, message.text);
}

void Prompts::notify(QWidget *window, const Message &message)
{
    if (PromptScript *script = PromptScript::active()) {
        script->keepNotification(message);
        return;
    }
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages())
        return;
    auto *tray = new QSystemTrayIcon(window->windowIcon(), window);
    tray->show();
    tray->showMessage(message.title, message.text,
                      message.good ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    QObject::connect(tray, &QSystemTrayIcon::messageClicked, window, [window, tray] {
        window->activateWindow();
        tray->deleteLater();
    });
}

} // namespace groov::gui
