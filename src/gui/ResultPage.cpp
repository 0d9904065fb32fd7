#include "ResultPage.h"

#include "Prompts.h"
#include "UpdateSummary.h"
#include "ui_ResultPage.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
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
    const UpdateSummary words(report);
    m_tone = toneOf(report);
    const QString colour = colourOf(m_tone);
    const QString style = colour.isEmpty() ? QString() : QStringLiteral("; color:%1").arg(colour);
    m_ui->headlineLabel->setText(QStringLiteral("<span style=\"font-size:large; font-weight:bold%1\">%2</span>")
                                     .arg(style, words.headline().toHtmlEscaped()));
    m_ui->headlineLabel->setProperty("tone", QVariant::fromValue(m_tone));

    m_ui->detailsLabel->setText(words.toHtml());
    m_ui->followButton->setVisible(report.followCanTellMore());
}

ResultPage::Tone ResultPage::toneOf(const UpdateReport &report)
{
    switch (report.outcome) {
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
        // Stopped watching a device that carries on: it is still updating, which deserves attention.
        return report.deviceMayHaveImage || report.mode == RunMode::Follow ? Tone::Warning : Tone::Neutral;
    case UpdateOutcome::None:
        break;
    }
    return Tone::Neutral;
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
    const QString path = Prompts::chooseFile(this, {Prompts::FileQuestion::Mode::Save, tr("Save the update report"),
                                                    QStringLiteral("groov-update-report.json"),
                                                    tr("JSON report (*.json);;Text report (*.txt)")});
    if (path.isEmpty())
        return;
    if (const Status saved = saveReport(path); !saved)
        Prompts::warn(this, {tr("Report not saved"), saved.error().message});
}

} // namespace groov::gui
