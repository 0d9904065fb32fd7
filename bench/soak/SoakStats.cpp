#include "SoakStats.h"

namespace groov::bench {

namespace {

// Slope of the least-squares line through (update, rssKb).
double slopeOf(const QList<SoakSample> &samples)
{
    const auto n = double(samples.size());
    if (samples.size() < 2)
        return 0;
    double sumX = 0;
    double sumY = 0;
    for (const SoakSample &sample : samples) {
        sumX += sample.update;
        sumY += double(sample.rssKb);
    }
    const double meanX = sumX / n;
    const double meanY = sumY / n;
    double sxy = 0;
    double sxx = 0;
    for (const SoakSample &sample : samples) {
        sxy += (sample.update - meanX) * (double(sample.rssKb) - meanY);
        sxx += (sample.update - meanX) * (sample.update - meanX);
    }
    return sxx > 0 ? sxy / sxx : 0;
}

QString column(qint64 value, int width)
{
    return QString::number(value).rightJustified(width);
}

} // namespace

SoakStats::SoakStats(int warmupUpdate, qint64 rssLimitKb, bool rssChecked)
    : m_warmupUpdate(warmupUpdate), m_rssLimitKb(rssLimitKb), m_rssChecked(rssChecked)
{}

void SoakStats::add(const SoakSample &sample)
{
    m_samples.append(sample);
}

QString SoakStats::tableHeader()
{
    return tr("update   RSS KB  vs warm-up KB  fds  ms/update");
}

bool SoakStats::rowDue(int totalUpdates) const
{
    if (m_samples.isEmpty())
        return false;
    const int update = m_samples.constLast().update;
    return update == 1 || update % kTableEvery == 0 || update == totalUpdates;
}

QString SoakStats::tableRow() const
{
    const SoakSample &last = m_samples.constLast();
    const int previousRow = last.update == 1 ? 0 : ((last.update - 1) / kTableEvery) * kTableEvery;
    qint64 ms = 0;
    int count = 0;
    for (auto it = m_samples.crbegin(); it != m_samples.crend() && it->update > previousRow; ++it) {
        ms += it->ms;
        ++count;
    }
    QString delta = QStringLiteral("-");
    if (last.update >= m_warmupUpdate && m_samples.size() >= m_warmupUpdate) {
        const qint64 diff = last.rssKb - m_samples.at(m_warmupUpdate - 1).rssKb;
        delta = (diff > 0 ? QStringLiteral("+") : QString()) + QString::number(diff);
    }
    return column(last.update, 6) + column(last.rssKb, 9) + delta.rightJustified(15) + column(last.fds, 5) +
           column(count ? ms / count : 0, 11);
}

SoakStats::Summary SoakStats::summarize() const
{
    Summary summary;
    summary.updates = int(m_samples.size());
    summary.rssLimitKb = m_rssLimitKb;
    summary.rssChecked = m_rssChecked;
    if (m_samples.isEmpty())
        return summary;
    const int warm = qBound(1, m_warmupUpdate, summary.updates);
    summary.warmupUpdate = warm;
    summary.rssFirstKb = m_samples.constFirst().rssKb;
    summary.rssWarmKb = m_samples.at(warm - 1).rssKb;
    summary.rssEndKb = m_samples.constLast().rssKb;
    summary.fdWarm = m_samples.at(warm - 1).fds;
    summary.fdEnd = m_samples.constLast().fds;
    summary.fdMin = summary.fdWarm;
    summary.fdMax = summary.fdWarm;
    summary.msMin = m_samples.constFirst().ms;
    qint64 totalMs = 0;
    for (const SoakSample &sample : m_samples) {
        summary.rssPeakKb = qMax(summary.rssPeakKb, sample.rssKb);
        summary.msMin = qMin(summary.msMin, sample.ms);
        summary.msMax = qMax(summary.msMax, sample.ms);
        totalMs += sample.ms;
        if (!sample.restartSeen)
            ++summary.missedRestart;
        if (sample.update >= warm) {
            summary.fdMin = qMin(summary.fdMin, sample.fds);
            summary.fdMax = qMax(summary.fdMax, sample.fds);
        }
    }
    summary.msMean = double(totalMs) / summary.updates;
    summary.totalSeconds = double(totalMs) / 1000.0;

    const QList<SoakSample> secondHalf = m_samples.mid(summary.updates / 2);
    summary.rssMiddleKb = secondHalf.constFirst().rssKb;
    summary.rssSlopeKbPerUpdate = slopeOf(secondHalf);
    summary.rssGrowthKb = summary.rssSlopeKbPerUpdate * double(secondHalf.size());
    return summary;
}

QString SoakStats::toText(const Summary &s)
{
    const auto verdict = [](bool ok) {
        return ok ? tr("flat") : tr("GROWING");
    };
    QStringList lines;
    lines << tr("updates:           %1, %2 ms per update (min %3, max %4), %5 s in all")
                 .arg(s.updates)
                 .arg(s.msMean, 0, 'f', 0)
                 .arg(s.msMin)
                 .arg(s.msMax)
                 .arg(s.totalSeconds, 0, 'f', 1);
    lines
        << tr("RSS:               %1 KB after update 1, %2 KB after update %3 (warm-up), %4 KB at the end, peak %5 KB")
               .arg(s.rssFirstKb)
               .arg(s.rssWarmKb)
               .arg(s.warmupUpdate)
               .arg(s.rssEndKb)
               .arg(s.rssPeakKb);
    lines << tr("RSS second half:   %1 KB per update, %2 KB over %3 updates (limit %4 KB): %5")
                 .arg(s.rssSlopeKbPerUpdate, 0, 'f', 2)
                 .arg(s.rssGrowthKb, 0, 'f', 0)
                 .arg(s.updates - s.updates / 2)
                 .arg(s.rssLimitKb)
                 .arg(s.rssChecked ? verdict(s.rssFlat()) : tr("not checked (sanitizer build)"));
    lines << tr("file descriptors:  %1 after warm-up, min %2, max %3, %4 at the end: %5")
                 .arg(s.fdWarm)
                 .arg(s.fdMin)
                 .arg(s.fdMax)
                 .arg(s.fdEnd)
                 .arg(verdict(s.fdsFlat()));
    if (s.missedRestart > 0)
        lines << tr("note:              %n update(s) missed the restart between two polls and were told by the "
                    "version alone (the simulator is too fast for the poll interval; lower --speed)",
                    nullptr, s.missedRestart);
    return lines.join(QLatin1Char('\n'));
}

QJsonObject SoakStats::toJson(const Summary &s)
{
    return QJsonObject{
        {QStringLiteral("updates"), s.updates},
        {QStringLiteral("warmupUpdate"), s.warmupUpdate},
        {QStringLiteral("rssFirstKb"), s.rssFirstKb},
        {QStringLiteral("rssWarmKb"), s.rssWarmKb},
        {QStringLiteral("rssMiddleKb"), s.rssMiddleKb},
        {QStringLiteral("rssEndKb"), s.rssEndKb},
        {QStringLiteral("rssPeakKb"), s.rssPeakKb},
        {QStringLiteral("rssSlopeKbPerUpdate"), s.rssSlopeKbPerUpdate},
        {QStringLiteral("rssGrowthSecondHalfKb"), s.rssGrowthKb},
        {QStringLiteral("rssLimitKb"), s.rssLimitKb},
        {QStringLiteral("rssChecked"), s.rssChecked},
        {QStringLiteral("rssFlat"), s.rssFlat()},
        {QStringLiteral("fdWarm"), s.fdWarm},
        {QStringLiteral("fdMin"), s.fdMin},
        {QStringLiteral("fdMax"), s.fdMax},
        {QStringLiteral("fdEnd"), s.fdEnd},
        {QStringLiteral("fdsFlat"), s.fdsFlat()},
        {QStringLiteral("msPerUpdateMean"), s.msMean},
        {QStringLiteral("msPerUpdateMin"), s.msMin},
        {QStringLiteral("msPerUpdateMax"), s.msMax},
        {QStringLiteral("totalSeconds"), s.totalSeconds},
        {QStringLiteral("missedRestart"), s.missedRestart},
    };
}

} // namespace groov::bench
