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

ResultPage::ResultPage(QWidget *parent) : QWizardPage(parent), m_ui(std::make_unique<Ui::ResultPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Result"));
    setFinalPage(true);
    m_ui->saveReportButton->setAccessibleName(tr("Save the report"));
    m_ui->copySummaryButton->setAccessibleName(tr("Copy the summary to the clipboard"));
    m_ui->anotherDeviceButton->setAccessibleName(tr("Update another device"));
    connect(m_ui->saveReportButton, &QPushButton::clicked, this, &ResultPage::onSaveClicked);
    connect(m_ui->copySummaryButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(summary()); });
    connect(m_ui->anotherDeviceButton, &QPushButton::clicked, this, &ResultPage::anotherDeviceRequested);
}

ResultPage::~ResultPage() = default;

void ResultPage::showReport(const UpdateReport &report)
{
    m_report = report;
    const bool succeeded = report.outcome == UpdateOutcome::Succeeded;
    const QString colour = succeeded ? QStringLiteral("#2e7d32") : QStringLiteral("#c62828");
    const QString headline =
        succeeded ? tr("The update succeeded.") : tr("The update %1.").arg(outcomeName(report.outcome));
    m_ui->headlineLabel->setText(QStringLiteral("<span style=\"font-size:large; font-weight:bold; color:%1\">%2</span>")
                                     .arg(colour, headline.toHtmlEscaped()));
    QString details = QStringLiteral("<p>%1</p>").arg(report.finalMessage.toHtmlEscaped());
    if (report.failedStage) {
        QString stage = tr("Failed stage: <b>%1</b>").arg(stageDisplayName(report.failedStage->name).toHtmlEscaped());
        if (report.failedStage->errorCode)
            stage += tr(", error code %1").arg(*report.failedStage->errorCode);
        details += QStringLiteral("<p>%1</p>").arg(stage);
    }
    if (!report.hint.isEmpty())
        details += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("What to do:"), report.hint.toHtmlEscaped());
    const QString unknown = tr("unknown");
    details += QStringLiteral("<p>") +
               tr("Version: %1 → %2<br>Duration: %3 s<br>Retries: %4")
                   .arg((report.versionBefore.isEmpty() ? unknown : report.versionBefore).toHtmlEscaped(),
                        (report.versionAfter.isEmpty() ? unknown : report.versionAfter).toHtmlEscaped())
                   .arg(report.durationMs() / 1000)
                   .arg(report.retries.size()) +
               QStringLiteral("</p>");
    m_ui->detailsLabel->setText(details);
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
