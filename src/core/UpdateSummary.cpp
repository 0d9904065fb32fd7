#include "UpdateSummary.h"

#include "ProgressText.h"

#include <QLocale>

#include <algorithm>

namespace groov {

namespace {

// The Result row's value, in capitals so it stands out in the text summary: its own texts, so that no translation is
// put into capitals by code.
QString resultText(UpdateOutcome outcome)
{
    switch (outcome) {
    case UpdateOutcome::None:
        return UpdateSummary::tr("NOT FINISHED");
    case UpdateOutcome::Succeeded:
        return UpdateSummary::tr("SUCCEEDED");
    case UpdateOutcome::NotVerified:
        return UpdateSummary::tr("NOT VERIFIED");
    case UpdateOutcome::NeedsCommissioning:
        return UpdateSummary::tr("DONE: THE DEVICE NEEDS COMMISSIONING");
    case UpdateOutcome::StillUpdating:
        return UpdateSummary::tr("HANDED OVER: THE DEVICE IS STILL UPDATING ON ITS OWN");
    case UpdateOutcome::Failed:
        return UpdateSummary::tr("FAILED");
    case UpdateOutcome::Cancelled:
        return UpdateSummary::tr("CANCELLED");
    case UpdateOutcome::TimedOut:
        return UpdateSummary::tr("TIMED OUT");
    }
    return {};
}

} // namespace

QString UpdateSummary::headline() const
{
    const bool follow = m_report.mode == RunMode::Follow;
    switch (m_report.outcome) {
    case UpdateOutcome::Succeeded:
        return m_report.dryRun ? tr("The check passed; nothing was sent.") : tr("The update succeeded.");
    case UpdateOutcome::NotVerified:
        return tr("The device is ready, but the update could not be verified.");
    case UpdateOutcome::NeedsCommissioning:
        return tr("The update is done: the device needs commissioning.");
    case UpdateOutcome::StillUpdating:
        return tr("The device has the firmware and is still updating on its own.");
    case UpdateOutcome::Failed:
        if (lostContact()) // it answered, but in words that say nothing
            return tr("The device's answers could not be followed: it may still be updating.");
        if (follow)
            return tr("Following the update failed.");
        if (const auto step = m_report.timeline.firstStepIn(StepState::Failed))
            return tr("The update failed at the step \"%1\".").arg(UpdateTimeline::stepName(*step));
        return tr("The update failed.");
    case UpdateOutcome::TimedOut:
        if (lostContact())
            return tr("Lost contact with the device: it may still be updating.");
        return tr("The update timed out.");
    case UpdateOutcome::Cancelled:
        // Say what happened to the device, not what the user clicked.
        if (follow || m_report.deviceMayHaveImage)
            return tr("Stopped watching: the device is still updating on its own.");
        return tr("Stopped before anything changed: the device keeps its firmware.");
    case UpdateOutcome::None:
        break;
    }
    return tr("The update has not finished.");
}

QStringList UpdateSummary::advice() const
{
    QStringList advice;
    if (!m_report.hint.isEmpty())
        advice << m_report.hint;
    if (lostContact())
        advice << lostContactAdvice();
    switch (m_report.outcome) {
    case UpdateOutcome::NotVerified:
        advice << tr("Check the firmware version in groov Manage on %1. If it still shows the old version, run the "
                     "update again; if the device may still be busy, check it again first.")
                      .arg(m_report.deviceAddress);
        break;
    case UpdateOutcome::NeedsCommissioning:
        advice << tr("Open groov Manage on %1 and commission the device: create an administrator account, then a "
                     "new API key, and use that key the next time you check the device. If its network settings were "
                     "erased too, it may now have another address.")
                      .arg(m_report.deviceAddress);
        break;
    default:
        break;
    }
    return advice;
}

bool UpdateSummary::lostContact() const
{
    const UpdateReport &r = m_report;
    if (!r.deviceMayHaveImage && r.mode != RunMode::Follow)
        return false; // before the device had the image, a silence is an upload failure, told as such
    switch (r.outcome) {
    case UpdateOutcome::Failed:
        return r.error && r.error->code == ErrorCode::Network;
    case UpdateOutcome::TimedOut: {
        // A device that answered to the end was slow, not lost; one never heard from tells nothing at all.
        const QDateTime heard = r.timeline.lastHeard();
        return heard.isValid() && r.finishedAt.isValid() && heard.msecsTo(r.finishedAt) >= LostContactAfterMs;
    }
    default:
        return false;
    }
}

QString UpdateSummary::lostContactAdvice() const
{
    const UpdateTimeline &timeline = m_report.timeline;
    QString known = m_report.mode == RunMode::Follow ? tr("The device was already updating.")
                                                     : tr("The device had received the whole firmware image.");
    if (const QDateTime heard = timeline.lastHeard(); heard.isValid()) {
        const QString at = QLocale().toString(heard.toLocalTime().time(), QLocale::LongFormat);
        const std::optional<UpdateStep> step = timeline.firstStepIn(StepState::Failed); // where it stopped
        known += QLatin1Char(' ') +
                 (step ? tr("It last answered at %1, at the step \"%2\".").arg(at, UpdateTimeline::stepName(*step))
                       : tr("It last answered at %1.").arg(at));
    }
    return known + QLatin1Char(' ') +
           tr("It may still be updating on its own: do not power it off. Check it again to follow the update to "
              "its end; if it does not answer, look at it in groov Manage or at its front panel.");
}

QString UpdateSummary::versionText() const
{
    const QString unknown = tr("unknown");
    if (!m_report.versionAfter.isEmpty())
        return tr("%1 → %2").arg(m_report.versionBefore.isEmpty() ? unknown : m_report.versionBefore,
                                 m_report.versionAfter);
    if (!m_report.versionBefore.isEmpty()) {
        // The device never had the whole image: nothing was installed.
        if (!m_report.deviceMayHaveImage && m_report.mode == RunMode::Update && !m_report.dryRun &&
            !outcomeIsSuccess(m_report.outcome))
            return tr("%1 (unchanged)").arg(m_report.versionBefore);
        return tr("%1 (before the update)").arg(m_report.versionBefore);
    }
    return unknown;
}

QList<UpdateSummary::Fact> UpdateSummary::facts() const
{
    const UpdateReport &r = m_report;
    using Kind = Fact::Kind;
    QList<Fact> facts{{Kind::Result, tr("Result"), resultText(r.outcome)}};
    if (r.mode == RunMode::Follow)
        facts << Fact{Kind::Plain, tr("Run"), tr("followed an update already under way (nothing was uploaded)")};
    // A success's final words only repeat the headline and the versions below: said once.
    if (!r.finalMessage.isEmpty() && !(r.outcome == UpdateOutcome::Succeeded && !r.versionAfter.isEmpty()))
        facts << Fact{Kind::Message, tr("Message"), r.finalMessage};
    if (r.failedStage) {
        const QString stage = stageDisplayName(r.failedStage->name);
        facts << Fact{Kind::FailedStage, tr("Failed stage"),
                      r.failedStage->errorCode
                          ? tr("%1 (error code %2)").arg(stage, QString::number(*r.failedStage->errorCode))
                          : stage};
        if (!r.failedStage->errorMessage.isEmpty())
            facts << Fact{Kind::Plain, tr("Device said"), r.failedStage->errorMessage};
    }
    for (const QString &advice : advice())
        facts << Fact{Kind::Advice, tr("What to do"), advice};
    facts << Fact{Kind::Plain, tr("Device"), r.deviceAddress.isEmpty() ? tr("unknown") : r.deviceAddress};
    facts << Fact{Kind::Plain, tr("Model"), r.model.isEmpty() ? tr("unknown") : r.model};
    facts << Fact{Kind::Plain, tr("Version"), versionText()};
    if (r.mode == RunMode::Update && !r.firmwarePath.isEmpty()) {
        const QString size = formatMegabytes(r.firmwareSize);
        facts << Fact{Kind::Plain, tr("Firmware"), tr("%1 (%2 MB)").arg(r.firmwarePath, size)};
        facts << Fact{Kind::Plain, tr("SHA-256"),
                      r.firmwareSha256.isEmpty() ? tr("unknown") : QString::fromLatin1(r.firmwareSha256)};
    }
    // Evidence of an installation only where one may have happened.
    if (!r.dryRun && (r.deviceMayHaveImage || r.mode == RunMode::Follow || outcomeIsSuccess(r.outcome)))
        facts << Fact{Kind::Plain, tr("Evidence"), evidenceText()};
    facts << Fact{Kind::Plain, tr("Settings"), r.preserveSettings ? tr("preserved") : tr("erased (factory reset)")};
    if (!r.trust.isEmpty())
        facts << Fact{Kind::Plain, tr("Trust"), r.trust};
    facts << Fact{Kind::Plain, tr("Duration"), formatDuration(r.durationMs())};
    facts << Fact{Kind::Plain, tr("Connection"), connectionText()};
    return facts;
}

QString UpdateSummary::toText() const
{
    const QList<Fact> all = facts();
    qsizetype width = 0;
    for (const Fact &fact : all)
        width = std::max(width, fact.label.size());
    QString text;
    for (const Fact &fact : all)
        text += QString(fact.label + QLatin1Char(':')).leftJustified(width + 3) + fact.value + QLatin1Char('\n');
    return text + stepsText();
}

QString UpdateSummary::evidenceText() const
{
    // Each combination a whole text: the parts are not joined by code.
    if (m_report.restartSeen)
        return m_report.versionChanged ? tr("restart seen, new version reported")
                                       : tr("restart seen, no new version reported");
    return m_report.versionChanged ? tr("no restart seen, new version reported")
                                   : tr("no restart seen, no new version reported");
}

QString UpdateSummary::connectionText() const
{
    const qsizetype resent = m_report.retries.size();
    const qsizetype unanswered = m_report.interruptionCount;
    if (resent == 0 && unanswered == 0)
        return tr("no problems");
    // Each count in a whole text of its own; a silence during a restart is counted too, and is no fault: say so
    // rather than give a bare number.
    const QString resentText = tr("%n part(s) of the upload sent again", nullptr, int(resent));
    const QString unansweredText =
        tr("after the upload, %n request(s) not answered or not understood (a restart included)", nullptr,
           int(unanswered));
    if (unanswered == 0)
        return resentText;
    if (resent == 0)
        return unansweredText;
    return tr("%1; %2", "two counts of the Connection row").arg(resentText, unansweredText);
}

QString UpdateSummary::stepsText() const
{
    const UpdateTimeline &timeline = m_report.timeline;
    QStringList lines;
    qsizetype width = 0;
    for (int i = 0; i < UpdateTimeline::StepCount; ++i)
        width = std::max(width, UpdateTimeline::stepName(static_cast<UpdateStep>(i)).size());
    for (int i = 0; i < UpdateTimeline::StepCount; ++i) {
        const auto id = static_cast<UpdateStep>(i);
        const UpdateTimeline::Step &step = timeline.step(id);
        if (step.state == StepState::Pending)
            continue;
        const QString line = UpdateTimeline::stepName(id).leftJustified(width + 2) +
                             UpdateTimeline::stateName(step.state).leftJustified(14) +
                             timeline.elapsedText(id, step.finishedAt).leftJustified(9);
        const QString detail = timeline.detailText(id, step.finishedAt);
        lines << QString(line + detail).trimmed();
    }
    if (lines.isEmpty())
        return {};
    return tr("Steps:") + QStringLiteral("\n  ") + lines.join(QStringLiteral("\n  ")) + QLatin1Char('\n');
}

QString UpdateSummary::toHtml() const
{
    QString html;
    QString table;
    for (const Fact &fact : facts()) {
        const QString label = fact.label.toHtmlEscaped();
        const QString value = fact.value.toHtmlEscaped();
        switch (fact.kind) {
        case Fact::Kind::Result:
            break; // the headline says it
        case Fact::Kind::Message:
            html += QStringLiteral("<p>%1</p>").arg(value);
            break;
        case Fact::Kind::FailedStage:
        case Fact::Kind::Advice:
            html += QStringLiteral("<p><b>%1:</b> %2</p>").arg(label, value);
            break;
        case Fact::Kind::Plain:
            table += QStringLiteral("<tr><td>%1:&nbsp;</td><td>%2</td></tr>").arg(label, value);
            break;
        }
    }
    return html + QStringLiteral("<table>") + table + QStringLiteral("</table>");
}

} // namespace groov
