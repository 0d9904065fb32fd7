#include "StepDelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>

#include <algorithm>

// Resources of a static library must be registered by name, from the global namespace.
static void initStepIcons()
{
    Q_INIT_RESOURCE(icons);
}

namespace groov::gui {

namespace {
using State = StepListModel::State;

constexpr int HorizontalMargin = 8;
constexpr int VerticalMargin = 5;
constexpr int Gap = 8;
constexpr int LineGap = 3;
constexpr int MaxDetailLines = 4; // a device's error message or the engine's verdict wraps; the rest is in the tooltip
constexpr int DetailFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

// Views ask for size hints without a row rectangle; rows span the viewport, so wrap text to its width.
int rowWidth(const QStyleOptionViewItem &option)
{
    if (option.rect.width() > 0)
        return option.rect.width();
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return 480;
}
// The widest state word, so that the words and the times line up in a column whatever the states.
int stateWordWidth(const QFontMetrics &metrics)
{
    int widest = 0;
    for (const State state :
         {State::Pending, State::Running, State::Done, State::Failed, State::Skipped, State::Unverified})
        widest = std::max(widest, metrics.horizontalAdvance(UpdateTimeline::stateName(state)));
    return widest;
}
} // namespace

StepDelegate::StepDelegate(QObject *parent) : QStyledItemDelegate(parent)
{
    initStepIcons();
}

QIcon StepDelegate::stateIcon(State state)
{
    // Not verified is a warning, not a failure: the style's own warning sign, drawn for every size it offers.
    if (state == State::Unverified)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    // Loaded once; QIcon renders the SVG afresh for every size and device pixel ratio.
    static const std::array<QIcon, 5> icons{
        QIcon(QStringLiteral(":/icons/step-pending.svg")), QIcon(QStringLiteral(":/icons/step-running.svg")),
        QIcon(QStringLiteral(":/icons/step-done.svg")),    QIcon(QStringLiteral(":/icons/step-failed.svg")),
        QIcon(QStringLiteral(":/icons/step-skipped.svg")),
    };
    return icons[static_cast<std::size_t>(state)];
}

StepDelegate::Layout StepDelegate::layout(const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QFontMetrics metrics(option.font);
    const int iconSize = std::max(styleOf(option)->pixelMetric(QStyle::PM_SmallIconSize), metrics.height());
    const int lineHeight = std::max(iconSize, metrics.height());
    const auto state = index.data(StepListModel::StateRole).value<State>();
    const bool hasBar = index.data(StepListModel::ProgressRole).toInt() >= 0 && state != State::Pending;
    // A row with a bar keeps its detail line even while it is empty, so it does not jump when the text arrives.
    const QString detail = index.data(StepListModel::DetailRole).toString();
    const bool hasDetail = hasBar || !detail.isEmpty();

    Layout l;
    const QRect row = option.rect;
    const int top = row.top() + VerticalMargin;
    l.icon = QRect(row.left() + HorizontalMargin, top + (lineHeight - iconSize) / 2, iconSize, iconSize);
    const int textLeft = l.icon.right() + 1 + Gap;
    const int right = row.right() - HorizontalMargin;
    const int elapsedWidth = metrics.horizontalAdvance(QStringLiteral("00:00:00"));
    l.elapsed = QRect(right - elapsedWidth + 1, top, elapsedWidth, lineHeight);
    const int wordWidth = stateWordWidth(metrics);
    l.stateWord = QRect(l.elapsed.left() - Gap - wordWidth, top, wordWidth, lineHeight);
    l.name = QRect(textLeft, top, std::max(0, l.stateWord.left() - Gap - textLeft), lineHeight);
    int bottom = top + lineHeight;
    if (hasBar) {
        const int barHeight = std::max(6, metrics.height() * 2 / 3);
        l.bar = QRect(textLeft, bottom + LineGap, std::max(0, right - textLeft + 1), barHeight);
        bottom = l.bar.bottom() + 1;
    }
    if (hasDetail) {
        const int width = std::max(0, right - textLeft + 1);
        const int wrapped = detail.isEmpty() ? 0 : metrics.boundingRect(0, 0, width, 0, DetailFlags, detail).height();
        const int height = std::clamp(wrapped, metrics.height(), MaxDetailLines * metrics.lineSpacing());
        l.detail = QRect(textLeft, bottom + LineGap, width, height);
        bottom = l.detail.bottom() + 1;
    }
    l.height = bottom + VerticalMargin - row.top();
    return l;
}

void StepDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the panel only: the texts are laid out below
    QStyle *style = styleOf(option);
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, option.widget);

    const Layout l = layout(option, index);
    const auto state = index.data(StepListModel::StateRole).value<State>();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    // Secondary text: the palette's placeholder colour is made for exactly this on light and dark themes.
    const QColor secondary = selected ? text : option.palette.color(group, QPalette::PlaceholderText);

    painter->save();
    painter->setClipRect(option.rect); // a detail that grew since the last layout must not spill into the next row
    paintIcon(painter, l.icon, state);

    QFont nameFont = option.font;
    nameFont.setBold(state == State::Running);
    painter->setFont(nameFont);
    painter->setPen(state == State::Pending ? secondary : text);
    const QString name = index.data(Qt::DisplayRole).toString();
    painter->drawText(l.name, Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(nameFont).elidedText(name, Qt::ElideRight, l.name.width()));

    painter->setFont(option.font);
    const bool needsAttention = state == State::Failed || state == State::Unverified;
    painter->setPen(needsAttention ? text : secondary);
    painter->drawText(l.stateWord, Qt::AlignLeft | Qt::AlignVCenter,
                      index.data(StepListModel::StateTextRole).toString());
    painter->setPen(secondary);
    painter->drawText(l.elapsed, Qt::AlignRight | Qt::AlignVCenter, index.data(StepListModel::ElapsedRole).toString());

    if (!l.bar.isEmpty())
        paintBar(painter, option, l.bar, index.data(StepListModel::ProgressRole).toInt());
    if (!l.detail.isEmpty()) {
        // A failure's explanation, or what could not be verified, must read as plainly as the name.
        painter->setPen(needsAttention ? text : secondary);
        const QString detail = index.data(StepListModel::DetailRole).toString();
        painter->drawText(l.detail, DetailFlags, detail); // clipped to the rectangle: at most MaxDetailLines
    }

    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = option.rect.adjusted(1, 1, -1, -1);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, option.widget);
    }
    painter->restore();
}

void StepDelegate::paintIcon(QPainter *painter, const QRect &rect, State state) const
{
    const QIcon icon = stateIcon(state);
    if (state != State::Running) {
        icon.paint(painter, rect);
        return;
    }
    painter->save();
    painter->setRenderHint(QPainter::SmoothPixmapTransform);
    const QPointF centre = QRectF(rect).center();
    painter->translate(centre);
    painter->rotate(m_spinnerAngle);
    painter->translate(-centre);
    icon.paint(painter, rect); // QIcon picks the pixmap for the painter's device pixel ratio
    painter->restore();
}

void StepDelegate::paintBar(QPainter *painter, const QStyleOptionViewItem &option, const QRect &rect, int permille)
{
    QStyleOptionProgressBar bar;
    bar.QStyleOption::operator=(option);
    bar.state = (option.state & QStyle::State_Enabled) | QStyle::State_Horizontal;
    bar.rect = rect;
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = std::clamp(permille, 0, 1000);
    bar.textVisible = false;
    styleOf(option)->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

QSize StepDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    opt.rect = QRect(0, 0, rowWidth(option), 0);
    const Layout l = layout(opt, index);
    const QFontMetrics metrics(option.font);
    const int width = 2 * HorizontalMargin + l.icon.width() + 3 * Gap + l.stateWord.width() + l.elapsed.width() +
                      metrics.horizontalAdvance(index.data(Qt::DisplayRole).toString());
    return {width, l.height};
}

} // namespace groov::gui
