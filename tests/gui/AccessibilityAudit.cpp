#include "AccessibilityAudit.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHash>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>

#include <algorithm>

namespace groov::test {

namespace {

// Something a user types into or chooses from: what a caption names.
bool isInput(const QWidget *widget)
{
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget) ||
           qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QAbstractItemView *>(widget) ||
           qobject_cast<const QTextEdit *>(widget) || qobject_cast<const QPlainTextEdit *>(widget);
}

// What a user operates. A label counts once it takes focus (its text selectable from the keyboard).
bool isControl(const QWidget *widget)
{
    if (const auto *group = qobject_cast<const QGroupBox *>(widget))
        return group->isCheckable();
    if (qobject_cast<const QLabel *>(widget))
        return widget->focusPolicy() & Qt::TabFocus;
    return (isInput(widget) && !qobject_cast<const QHeaderView *>(widget)) ||
           qobject_cast<const QAbstractButton *>(widget);
}

// The parts of a composite control (a spin box's line edit, a line edit's clear button, a table's corner button) are
// reached and named through the control itself.
bool isPartOfAnother(const QWidget *widget)
{
    const QWidget *parent = widget->parentWidget();
    return widget->focusProxy() || qobject_cast<const QAbstractSpinBox *>(parent) ||
           qobject_cast<const QComboBox *>(parent) || qobject_cast<const QLineEdit *>(parent) ||
           qobject_cast<const QAbstractItemView *>(parent);
}

QString plainText(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

QRect rectInWindow(const QWidget *widget)
{
    return {widget->mapTo(widget->window(), QPoint(0, 0)), widget->size()};
}

// True when `b` comes before `a` in reading order: above it, or on the same line and to its left.
bool readsBefore(const QRect &b, const QRect &a)
{
    if (b.bottom() < a.top())
        return true;
    const bool sameLine = (b.center().y() >= a.top() && b.center().y() <= a.bottom()) ||
                          (a.center().y() >= b.top() && a.center().y() <= b.bottom());
    return sameLine && b.right() < a.left();
}

QLayout *layoutHolding(QLayout *layout, QWidget *widget)
{
    if (!layout)
        return nullptr;
    if (layout->indexOf(widget) >= 0)
        return layout;
    for (int i = 0; i < layout->count(); ++i) {
        if (QLayout *found = layoutHolding(layout->itemAt(i)->layout(), widget))
            return found;
    }
    return nullptr;
}

QWidget *firstWidgetOf(QLayoutItem *item)
{
    if (!item)
        return nullptr;
    if (item->widget())
        return item->widget();
    if (QLayout *layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i) {
            if (QWidget *widget = firstWidgetOf(layout->itemAt(i)))
                return widget;
        }
    }
    return nullptr;
}

// The widget laid out right after `label`: its field in a form, the next cell of a grid's row, the next item of a box.
QWidget *widgetAfter(QLabel *label)
{
    QLayout *layout = layoutHolding(label->parentWidget() ? label->parentWidget()->layout() : nullptr, label);
    if (!layout)
        return nullptr;
    const int index = layout->indexOf(label);
    if (auto *form = qobject_cast<QFormLayout *>(layout)) {
        int row = 0;
        QFormLayout::ItemRole role{};
        form->getWidgetPosition(label, &row, &role);
        return role == QFormLayout::LabelRole ? firstWidgetOf(form->itemAt(row, QFormLayout::FieldRole)) : nullptr;
    }
    if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
        int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
        grid->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
        return firstWidgetOf(grid->itemAtPosition(row, column + columnSpan));
    }
    return firstWidgetOf(layout->itemAt(index + 1));
}

// Every text an accessible interface (and its children, such as a view's rows) gives a screen reader.
void collectAccessibleTexts(QAccessibleInterface *accessible, int depth, QStringList &texts)
{
    if (!accessible || !accessible->isValid())
        return;
    for (const QAccessible::Text type :
         {QAccessible::Name, QAccessible::Description, QAccessible::Value, QAccessible::Help}) {
        texts << accessible->text(type);
    }
    if (QAccessibleTextInterface *text = accessible->textInterface())
        texts << text->text(0, text->characterCount());
    if (depth == 0)
        return;
    for (int i = 0; i < std::min(accessible->childCount(), 500); ++i)
        collectAccessibleTexts(accessible->child(i), depth - 1, texts);
}

bool activate(QWidget &window)
{
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

} // namespace

AccessibilityAudit::AccessibilityAudit(QWidget &window) : m_window(window) {}

QString AccessibilityAudit::describe(const QWidget *widget)
{
    QString text;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        text = button->text();
    else if (const auto *label = qobject_cast<const QLabel *>(widget))
        text = plainText(label->text()).simplified();
    const QString name = widget->objectName().isEmpty() ? QStringLiteral("(no objectName)") : widget->objectName();
    QString description = name + QStringLiteral(" (") + QLatin1String(widget->metaObject()->className());
    if (!text.isEmpty())
        description += QStringLiteral(", \"") + text.left(40) + QLatin1Char('"');
    return description + QLatin1Char(')');
}

QList<QWidget *> AccessibilityAudit::controls() const
{
    QList<QWidget *> found;
    for (QWidget *widget : m_window.findChildren<QWidget *>()) {
        if (widget->window() != &m_window || !widget->isVisibleTo(&m_window) || !widget->isEnabled())
            continue;
        // Whatever its focus policy: a control that refuses focus is one the keyboard cannot reach.
        if (isControl(widget) && !isPartOfAnother(widget))
            found << widget;
    }
    return found;
}

QStringList AccessibilityAudit::problems()
{
    m_problems.clear();
    if (!activate(m_window))
        return {describe(&m_window) + QStringLiteral(": could not be shown and activated")};
    const QList<QWidget *> found = controls();
    checkNames(found);
    checkTabOrder(found);
    checkAccelerators();
    checkCaptions();
    checkLabels();
    checkSecret();
    return m_problems;
}

void AccessibilityAudit::checkNames(const QList<QWidget *> &controls)
{
    for (QWidget *control : controls) {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(control);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            m_problems << describe(control) + QStringLiteral(": no accessible name");
    }
}

void AccessibilityAudit::checkTabOrder(const QList<QWidget *> &controls)
{
    QWidget *first = QApplication::focusWidget();
    if (!first || first->window() != &m_window) {
        QTest::keyClick(&m_window, Qt::Key_Tab);
        first = QApplication::focusWidget();
    }
    QList<QWidget *> visited;
    // Once round the window: every Tab stop at most once, and stop where it started.
    for (QWidget *current = first; current && visited.size() <= controls.size() + 8;) {
        visited << current;
        QTest::keyClick(current, Qt::Key_Tab);
        QWidget *next = QApplication::focusWidget();
        if (next == current) { // a trap, unless it is the window's one Tab stop
            if (std::any_of(controls.cbegin(), controls.cend(), [current](QWidget *c) { return c != current; }))
                m_problems << describe(current) + QStringLiteral(": Tab does not leave it");
            break;
        }
        if (!next || visited.contains(next))
            break;
        current = next;
    }
    for (QWidget *control : controls) {
        if (!visited.contains(control))
            m_problems << describe(control) + QStringLiteral(": Tab never reaches it");
    }
    checkReadingOrder(visited);
}

void AccessibilityAudit::checkReadingOrder(const QList<QWidget *> &visited)
{
    QWidget *scope = m_scope ? m_scope.data() : &m_window;
    QList<QWidget *> inScope;
    for (QWidget *widget : visited) {
        if (scope->isAncestorOf(widget) && isControl(widget))
            inScope << widget;
    }
    if (inScope.size() < 2)
        return;
    // Tab wraps round: read from the control that comes first on screen.
    const auto topLeft = std::min_element(inScope.cbegin(), inScope.cend(), [](QWidget *a, QWidget *b) {
        return readsBefore(rectInWindow(a), rectInWindow(b));
    });
    std::rotate(inScope.begin(), inScope.begin() + (topLeft - inScope.cbegin()), inScope.end());
    for (qsizetype i = 1; i < inScope.size(); ++i) {
        if (readsBefore(rectInWindow(inScope.at(i)), rectInWindow(inScope.at(i - 1))))
            m_problems << QStringLiteral("Tab goes from %1 back to %2, which comes before it on screen")
                              .arg(describe(inScope.at(i - 1)), describe(inScope.at(i)));
    }
}

void AccessibilityAudit::checkAccelerators()
{
    QHash<QString, QList<QWidget *>> users;
    for (QWidget *widget : m_window.findChildren<QWidget *>()) {
        if (widget->window() != &m_window || !widget->isVisibleTo(&m_window))
            continue;
        QString text;
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            text = button->text();
        else if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
            text = label->text();
        else if (const auto *group = qobject_cast<const QGroupBox *>(widget))
            text = group->title();
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (!mnemonic.isEmpty())
            users[mnemonic.toString(QKeySequence::PortableText)] << widget;
    }
    for (auto it = users.cbegin(); it != users.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        QStringList names;
        for (const QWidget *widget : it.value())
            names << describe(widget);
        m_problems << QStringLiteral("%1 is used by %2").arg(it.key(), names.join(QStringLiteral(" and ")));
    }
}

void AccessibilityAudit::checkCaptions()
{
    for (QLabel *label : m_window.findChildren<QLabel *>()) {
        if (!label->isVisibleTo(&m_window) || label->buddy() || !plainText(label->text()).trimmed().endsWith(u':'))
            continue;
        QWidget *field = widgetAfter(label);
        if (field && isInput(field))
            m_problems << describe(label) +
                              QStringLiteral(": captions %1 without being its buddy").arg(describe(field));
    }
}

void AccessibilityAudit::checkLabels()
{
    for (QLabel *label : m_window.findChildren<QLabel *>()) {
        // A name of its own replaces the text a screen reader reads ("Version" instead of the version).
        if (label->isVisibleTo(&m_window) && !label->text().isEmpty() && !label->accessibleName().isEmpty())
            m_problems << describe(label) + QStringLiteral(": its accessible name \"%1\" hides its text")
                                                .arg(label->accessibleName());
        const Qt::TextInteractionFlags flags = label->textInteractionFlags();
        if (label->isVisibleTo(&m_window) && !label->text().isEmpty() && (flags & Qt::TextSelectableByMouse) &&
            !(flags & Qt::TextSelectableByKeyboard))
            m_problems << describe(label) + QStringLiteral(": text selectable by mouse only, Tab cannot reach it");
    }
}

void AccessibilityAudit::checkSecret()
{
    if (m_secret.isEmpty())
        return;
    QList<QWidget *> widgets = m_window.findChildren<QWidget *>();
    widgets.prepend(&m_window);
    for (QWidget *widget : widgets) {
        QStringList texts;
        // Each widget speaks for itself; a view also for its rows and cells, which are no widgets.
        const int depth = qobject_cast<const QAbstractItemView *>(widget) ? 2 : 0;
        collectAccessibleTexts(QAccessible::queryAccessibleInterface(widget), depth, texts);
        if (std::any_of(texts.cbegin(), texts.cend(), [this](const QString &text) { return text.contains(m_secret); }))
            m_problems << describe(widget) + QStringLiteral(": its accessible text holds the API key");
    }
}

QStringList AccessibilityAudit::escapeProblems(QDialog &dialog)
{
    if (!activate(dialog))
        return {describe(&dialog) + QStringLiteral(": could not be shown and activated")};
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus && focus->window() == &dialog ? focus : &dialog, Qt::Key_Escape);
    if (QTest::qWaitFor([&dialog] { return !dialog.isVisible(); }, 5'000))
        return {};
    dialog.hide();
    return {describe(&dialog) + QStringLiteral(": Escape does not close it")};
}

} // namespace groov::test
