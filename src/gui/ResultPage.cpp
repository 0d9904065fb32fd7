#include "ResultPage.h"

#include "Prompts.h"
#include "UpdateSummary.h"
#include "ui_ResultPage.h"

#include <QAccessible>
#include <QClipboard>
#include <QDir>
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
    connect(m_ui->copySummaryButton, &QPushButton::clicked, this, &ResultPage::onCopyClicked);
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
    setSubTitle(deviceText(report, m_profileName));
    showStatus({}); // what was saved or copied belongs to the previous report
}

QString ResultPage::deviceText(const UpdateReport &report, const QString &profileName)
{
    const QString &address = report.deviceAddress;
    const DeviceFamily family = DeviceInfo{report.model, {}, {}, {}}.family();
    // Each case a whole text: "an unknown address" takes another form after "at" in other languages.
    QString device;
    if (report.model.isEmpty())
        device = address.isEmpty() ? tr("The device at an unknown address") : tr("The device at %1").arg(address);
    else if (family == DeviceFamily::Unknown)
        device = address.isEmpty() ? tr("%1 at an unknown address", "model").arg(report.model)
                                   : tr("%1 at %2", "model, address").arg(report.model, address);
    else
        device = address.isEmpty()
                     ? tr("%1 %2 at an unknown address", "family, model").arg(familyName(family), report.model)
                     : tr("%1 %2 at %3", "family, model, address").arg(familyName(family), report.model, address);
    // A profile named after the address (the default) would only repeat it.
    if (profileName.isEmpty() || profileName == report.deviceAddress)
        return device;
    return tr("%1, profile \"%2\"").arg(device, profileName);
}

QString ResultPage::suggestedFileName(const QString &device, const QDateTime &when)
{
    static const QString unsafe = QStringLiteral("/\\:*?\"<>|");
    QString name;
    // By code point, so that a letter outside the BMP (a pair of surrogates) is kept whole.
    for (const char32_t c : device.trimmed().toUcs4()) {
        // Not printable: control characters, and the format characters that could make a name read backwards.
        const bool bad = !QChar::isPrint(c) || (!QChar::requiresSurrogates(c) && unsafe.contains(QChar(uint(c))));
        name += bad ? QStringLiteral("-") : QString::fromUcs4(&c, 1);
    }
    const QString stamp = when.toString(QStringLiteral("yyyy-MM-dd-HHmm"));
    return name.isEmpty() ? QStringLiteral("groov-update-%1.json").arg(stamp)
                          : QStringLiteral("groov-update-%1-%2.json").arg(name, stamp);
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
        // Out of sight is not failed: the device may well be finishing the update on its own.
        return UpdateSummary(report).lostContact() ? Tone::Warning : Tone::Error;
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
    const QDateTime when = m_report.finishedAt.isValid() ? m_report.finishedAt : QDateTime::currentDateTime();
    const QString name =
        suggestedFileName(m_profileName.isEmpty() ? m_report.deviceAddress : m_profileName, when.toLocalTime());
    const QString path = Prompts::chooseFile(this, {Prompts::FileQuestion::Mode::Save, tr("Save the update report"),
                                                    name, tr("JSON report (*.json);;Text report (*.txt)")});
    if (path.isEmpty())
        return;
    if (const Status saved = saveReport(path); !saved) {
        showStatus({});
        Prompts::warn(this, {tr("Report not saved"), saved.error().message});
        return;
    }
    showStatus(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)));
}

void ResultPage::onCopyClicked()
{
    QGuiApplication::clipboard()->setText(summary());
    showStatus(tr("Summary copied to the clipboard."));
}

void ResultPage::showStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
    // Read out by a screen reader, which would not notice a label changing by itself.
    QAccessibleEvent changed(m_ui->statusLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
}

} // namespace groov::gui
