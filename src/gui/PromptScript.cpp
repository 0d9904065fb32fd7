#include "PromptScript.h"

#include <QtGlobal>

namespace groov::gui {

namespace {
PromptScript *g_active = nullptr;
} // namespace

PromptScript::PromptScript()
{
    if (g_active)
        qFatal("PromptScript: a second script while one is in force");
    g_active = this;
}

PromptScript::~PromptScript()
{
    g_active = nullptr;
    if (!m_answers.isEmpty())
        qWarning("PromptScript: %lld answer(s) never asked for", static_cast<long long>(m_answers.size()));
}

PromptScript *PromptScript::active()
{
    return g_active;
}

void PromptScript::answerConfirmation(bool accept)
{
    m_answers.append({Kind::Confirmation, accept, {}, {}});
}

void PromptScript::answerText(const QString &text)
{
    m_answers.append({Kind::Text, false, text, {}});
}

void PromptScript::answerFile(const QString &path)
{
    m_answers.append({Kind::File, false, path, {}});
}

void PromptScript::answerTrust(TrustDialog::Decision decision)
{
    m_answers.append({Kind::Trust, false, {}, decision});
}

const char *PromptScript::nameOf(Kind kind)
{
    switch (kind) {
    case Kind::Confirmation:
        return "a confirmation";
    case Kind::Text:
        return "a text";
    case Kind::File:
        return "a file";
    case Kind::Trust:
        return "a trust decision";
    }
    return "an answer";
}

PromptScript::Answer PromptScript::next(Kind kind, const QString &question)
{
    // Fatal, not a test failure: the question came from deep inside the GUI, where nothing can return to the test.
    if (m_answers.isEmpty())
        qFatal("PromptScript: no answer queued for %s: \"%s\"", nameOf(kind), qUtf8Printable(question));
    if (m_answers.first().kind != kind)
        qFatal("PromptScript: the next answer is %s, but the GUI asks for %s: \"%s\"", nameOf(m_answers.first().kind),
               nameOf(kind), qUtf8Printable(question));
    return m_answers.takeFirst();
}

bool PromptScript::answer(const Prompts::Confirmation &question)
{
    m_confirmations.append(question);
    return next(Kind::Confirmation, question.text).accept;
}

QString PromptScript::answer(const Prompts::TextQuestion &question)
{
    m_textQuestions.append(question);
    return next(Kind::Text, question.label).text;
}

QString PromptScript::answer(const Prompts::FileQuestion &question)
{
    m_fileQuestions.append(question);
    return next(Kind::File, question.title).text;
}

TrustDialog::Decision PromptScript::answer(const TrustDialog::Question &question)
{
    m_trustQuestions.append(question);
    return next(Kind::Trust, question.address).decision;
}

} // namespace groov::gui
