#pragma once

#include "UpdateReport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace groov {

// How an update ended, told once for every view: a headline, what to do, and the facts in order, rendered as text
// (the command line's last words, a saved .txt report, the clipboard) or HTML (the wizard's result page). The JSON
// form is UpdateReport::toJson(). Everything a device said is shown as the report holds it: already escaped.
class UpdateSummary
{
    Q_DECLARE_TR_FUNCTIONS(UpdateSummary)

public:
    struct Fact
    {
        // How a view sets the fact apart: the headline states the result, the message and the advice are sentences.
        enum class Kind { Result, Message, FailedStage, Advice, Plain };
        Kind kind = Kind::Plain;
        QString label;
        QString value;
    };

    explicit UpdateSummary(const UpdateReport &report) : m_report(report) {}

    // One sentence: "The update succeeded.", "The update failed.", ...
    QString headline() const;
    // What to do next, most specific first: the failed stage's hint, then the outcome's own advice. May be empty.
    QStringList advice() const;
    // Result, message, failed stage, device, versions, firmware, evidence, settings, trust, duration, connection.
    QList<Fact> facts() const;
    // The facts as aligned "Label:  value" lines, then the steps with their times.
    QString toText() const;
    // The message, the failed stage and the advice as paragraphs, then the facts as a table; escaped for rich text.
    QString toHtml() const;

    // The device had the image (or was already updating), then fell silent or stopped making sense: it may still be
    // updating, and checking it again can tell.
    bool lostContact() const;
    // A device silent this long before the end was lost, not slow.
    static constexpr qint64 LostContactAfterMs = 60'000;

private:
    QString lostContactAdvice() const;
    QString versionText() const;
    QString stepsText() const;
    QString evidenceText() const;
    QString connectionText() const;

    UpdateReport m_report;
};

} // namespace groov
