#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace groov::bench {

// What the soak measured after one update, once that update's controller and device were gone.
struct SoakSample
{
    int update = 0; // 1-based
    qint64 rssKb = 0;
    int fds = 0;
    qint64 ms = 0;            // wall time of the update, start() to finished()
    bool restartSeen = false; // the controller saw the device go silent after installing and come back
};

// The samples of one run and what they say: a table while it runs, a verdict at the end.
class SoakStats
{
    Q_DECLARE_TR_FUNCTIONS(SoakStats)

public:
    static constexpr int kTableEvery = 20;

    struct Summary
    {
        int updates = 0;
        int warmupUpdate = 0;
        qint64 rssFirstKb = 0;  // after update 1
        qint64 rssWarmKb = 0;   // after the warm-up
        qint64 rssMiddleKb = 0; // at the start of the second half
        qint64 rssEndKb = 0;
        qint64 rssPeakKb = 0;
        double rssSlopeKbPerUpdate = 0; // least squares over the second half
        double rssGrowthKb = 0;         // that slope times the second half's length
        qint64 rssLimitKb = 0;
        bool rssChecked = true;
        int fdWarm = 0;
        int fdMin = 0; // from the warm-up on
        int fdMax = 0;
        int fdEnd = 0;
        double msMean = 0;
        qint64 msMin = 0;
        qint64 msMax = 0;
        double totalSeconds = 0;
        int missedRestart = 0;

        [[nodiscard]] bool rssFlat() const { return !rssChecked || rssGrowthKb <= double(rssLimitKb); }
        [[nodiscard]] bool fdsFlat() const { return fdMax <= fdWarm; }
    };

    // rssChecked false: the RSS figures are reported but do not decide the verdict (sanitizer builds).
    SoakStats(int warmupUpdate, qint64 rssLimitKb, bool rssChecked);

    void add(const SoakSample &sample);
    [[nodiscard]] const QList<SoakSample> &samples() const { return m_samples; }

    [[nodiscard]] static QString tableHeader();
    [[nodiscard]] bool rowDue(int totalUpdates) const;
    // A row for the latest sample; its time is the mean over the updates since the previous row.
    [[nodiscard]] QString tableRow() const;

    [[nodiscard]] Summary summarize() const;
    [[nodiscard]] static QString toText(const Summary &summary);
    [[nodiscard]] static QJsonObject toJson(const Summary &summary);

private:
    int m_warmupUpdate;
    qint64 m_rssLimitKb;
    bool m_rssChecked;
    QList<SoakSample> m_samples;
};

} // namespace groov::bench
