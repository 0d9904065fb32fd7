#pragma once

#include "Prompts.h"

#include <QList>

namespace groov::gui {

// For tests: while one exists, Prompts shows no dialog. Each question takes the next queued answer, which must be of
// its kind, and is kept with its wording for the test to check; a question with no answer of its kind queued stops
// the test program (qFatal) at once, where a real dialog would have hung it. Messages need no answer: they are kept.
class PromptScript
{
public:
    PromptScript();
    ~PromptScript();
    Q_DISABLE_COPY_MOVE(PromptScript)

    // The answers, in the order the questions will come.
    void answerConfirmation(bool accept);
    void answerText(const QString &text); // empty: cancelled
    void answerFile(const QString &path); // empty: cancelled
    void answerTrust(TrustDialog::Decision decision);
    // Answers queued and not asked for yet.
    qsizetype unusedAnswers() const { return m_answers.size(); }

    // What was asked and said, oldest first.
    const QList<Prompts::Confirmation> &confirmations() const { return m_confirmations; }
    const QList<Prompts::TextQuestion> &textQuestions() const { return m_textQuestions; }
    const QList<Prompts::FileQuestion> &fileQuestions() const { return m_fileQuestions; }
    const QList<TrustDialog::Question> &trustQuestions() const { return m_trustQuestions; }
    const QList<Prompts::Message> &warnings() const { return m_warnings; }
    const QList<Prompts::Message> &notifications() const { return m_notifications; }

    // For Prompts: the script in force, if any, and its answers.
    static PromptScript *active();
    bool answer(const Prompts::Confirmation &question);
    QString answer(const Prompts::TextQuestion &question);
    QString answer(const Prompts::FileQuestion &question);
    TrustDialog::Decision answer(const TrustDialog::Question &question);
    void keepWarning(const Prompts::Message &message) { m_warnings.append(message); }
    void keepNotification(const Prompts::Message &message) { m_notifications.append(message); }

private:
    enum class Kind { Confirmation, Text, File, Trust };
    struct Answer
    {
        Kind kind;
        bool accept = false;
        QString text;
        TrustDialog::Decision decision = TrustDialog::Decision::Cancel;
    };
    Answer next(Kind kind, const QString &question);
    static const char *nameOf(Kind kind);

    QList<Answer> m_answers;
    QList<Prompts::Confirmation> m_confirmations;
    QList<Prompts::TextQuestion> m_textQuestions;
    QList<Prompts::FileQuestion> m_fileQuestions;
    QList<TrustDialog::Question> m_trustQuestions;
    QList<Prompts::Message> m_warnings;
    QList<Prompts::Message> m_notifications;
};

} // namespace groov::gui
