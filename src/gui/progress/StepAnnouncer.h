#pragma once

#include "StepListModel.h"

#include <QObject>

class QLabel;

namespace groov::gui {

// Says each change of stage in words on a status label ("Step 3 of 12: Upload — running") and tells assistive
// technology that the label's name changed, so a screen reader speaks the stage without the user moving focus. The
// model decides the states; this class only words them. Qt sends accessible events only while assistive technology
// is active (never on the offscreen platform tests use), so it also says each announcement in a signal.
class StepAnnouncer : public QObject
{
    Q_OBJECT
public:
    StepAnnouncer(StepListModel *model, QLabel *label);

    // The sentence for a step entering a state.
    static QString sentence(StepListModel::Step step, StepListModel::State state);
    // How the update ended, in the same place: the Progress page calls it with the result's headline.
    void announce(const QString &text);

Q_SIGNALS:
    void announced(const QString &text);

private:
    void onStateChanged(StepListModel::Step step, StepListModel::State state);

    QLabel *const m_label; // the announcer's parent: it lives as long as the announcer
};

} // namespace groov::gui
