#include "ResultPage.h"

#include "StageErrorHints.h"
#include "ui_ResultPage.h"

#include <QClipboard>
#include <QFileDialog>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QMessageBox>
#include <QSaveFile>

namespace groov::gui {

namespace {
// Readable on the light and dark palettes alike; the headline's words say the same, so colour is not the only sign.
QString colourOf(ResultPage::Tone tone)
{
    switch (tone) {
    case ResultPage::Tone::Success:
        return QStringLiteral("#2e7d32");
    case ResultPage::Tone::Warning:
        return QStringLiteral("#b35c00");
    case ResultPage::Tone::Error:
        return QStringLiteral("#c62828");
    case ResultPage::Tone::Neutral:
        break;
    }
    return {};
}
} // namespace

ResultPage::ResultPage(QWidget *parent) : QWizardPage(parent), m_ui(std::make_unique<Ui::ResultPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Result"));
    setFinalPage(true);
    m_ui->followButton->setAccessibleName(tr("Check the device again and follow its update to the end"));
    m_ui->saveReportButton->setAccessibleName(tr("Save the report"));
    m_ui->copySummaryButton->setAccessibleName(tr("Copy the summary to the clipboard"));
    m_ui->anotherDeviceButton->setAccessibleName(tr("Update another device"));
    connect(m_ui->followButton, &QPushButton::clicked, this, &ResultPage::followRequested);
    connect(m_ui->saveReportButton, &QPushButton::clicked, this, &ResultPage::onSaveClicked);
    connect(m_ui->copySummaryButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(summary()); });
    connect(m_ui->anotherDeviceButton, &QPushButton::clicked, this, &ResultPage::anotherDeviceRequested);
}

ResultPage::~ResultPage() = default;

void ResultPage::showReport(const UpdateReport &report)
{
    m_report = report;
    m_tone = toneOf(report.outcome);
    const QString colour = colourOf(m_tone);
    const QString style = colour.isEmpty() ? QString() : QStringLiteral("; color:%1").arg(colour);
    m_ui->headlineLabel->setText(QStringLiteral("<span style=\"font-size:large; font-weight:bold%1\">%2</span>")
                                     .arg(style, headlineOf(report).toHtmlEscaped()));
    m_ui->headlineLabel->setProperty("tone", QVariant::fromValue(m_tone));

    QString details = QStringLiteral("<p>%1</p>").arg(report.finalMessage.toHtmlEscaped());
    if (report.failedStage) {
        QString stage = tr("Failed stage: <b>%1</b>").arg(stageDisplayName(report.failedStage->name).toHtmlEscaped());
        if (report.failedStage->errorCode)
            stage += tr(", error code %1").arg(*report.failedStage->errorCode);
        details += QStringLiteral("<p>%1</p>").arg(stage);
    }
    for (const QString &advice : {report.hint, adviceOf(report)}) {
        if (!advice.isEmpty())
            details += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("What to do:"), advice.toHtmlEscaped());
    }
    const QString unknown = tr("unknown");
    details += QStringLiteral("<p>") +
               tr("Version: %1 → %2<br>Duration: %3 s<br>Retries: %4")
                   .arg((report.versionBefore.isEmpty() ? unknown : report.versionBefore).toHtmlEscaped(),
                        (report.versionAfter.isEmpty() ? unknown : report.versionAfter).toHtmlEscaped())
                   .arg(report.durationMs() / 1000)
                   .arg(report.retries.size()) +
               QStringLiteral("</p>");
    m_ui->detailsLabel->setText(details);
    m_ui->followButton->setVisible(report.followCanTellMore());
}

ResultPage::Tone ResultPage::toneOf(UpdateOutcome outcome)
{
    switch (outcome) {
    case UpdateOutcome::Succeeded:
        return Tone::Success;
    case UpdateOutcome::NotVerified:
    case UpdateOutcome::NeedsCommissioning:
    case UpdateOutcome::StillUpdating:
        return Tone::Warning;
    case UpdateOutcome::Failed:
    case UpdateOutcome::TimedOut:
        return Tone::Error;
    case UpdateOutcome::Cancelled:
    case UpdateOutcome::None:
        break;
    }
    return Tone::Neutral;
}

QString ResultPage::headlineOf(const UpdateReport &report)
{
    const bool follow = report.mode == RunMode::Follow;
    switch (report.outcome) {
    case UpdateOutcome::Succeeded:
        return tr("The update succeeded.");
    case UpdateOutcome::NotVerified:
        return tr("The device is ready, but the update could not be verified.");
    case UpdateOutcome::NeedsCommissioning:
        return tr("The update is done: the device needs commissioning.");
    case UpdateOutcome::StillUpdating:
        return tr("The device has the firmware and is still updating on its own.");
    case UpdateOutcome::Failed:
        return follow ? tr("Following the update failed.") : tr("The update failed.");
    case UpdateOutcome::TimedOut:
        return tr("The update timed out.");
    case UpdateOutcome::Cancelled:
        return follow ? tr("Stopped following the update.") : tr("The update was cancelled.");
    case UpdateOutcome::None:
        break;
    }
    return tr("The update has not finished.");
}

QString ResultPage::adviceOf(const UpdateReport &report)
{
    switch (report.outcome) {
    case UpdateOutcome::NotVerified:
        return tr("Check the firmware version in groov Manage on %1. If it still shows the old version, run the "
                  "update again; if the device may still be busy, check it again here first.")
            .arg(report.deviceAddress);
    case UpdateOutcome::NeedsCommissioning:
        return tr("Open groov Manage on %1 and commission the device: create an administrator account, then a new "
                  "API key, and enter that key here the next time you check the device. If its network settings were "
                  "erased too, it may now have another address.")
            .arg(report.deviceAddress);
    default:
        break;
    }
    return {};
}

QString ResultPage::summary() const
{
    return m_report.toText();
}

Status ResultPage::saveReport(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return invalidInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray contents = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
                                    ? QJsonDocument(m_report.toJson()).toJson()
                                    : m_report.toText().toUtf8();
    file.write(contents);
    if (!file.commit())
        return invalidInput(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Done{};
}

void ResultPage::onSaveClicked()
{
    const QString path = m_savePathPrompt
                             ? m_savePathPrompt()
                             : QFileDialog::getSaveFileName(this, tr("Save the update report"),
                                                            QStringLiteral("groov-update-report.json"),
                                                            tr("JSON report (*.json);;Text report (*.txt)"));
    if (path.isEmpty())
        return;
    if (const Status saved = saveReport(path); !saved)
        QMessageBox::warning(this, tr("Report not saved"), saved.error().message);
}

} // namespace groov::gui
