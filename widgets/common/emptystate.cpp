#include "emptystate.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::widgets {

namespace {
constexpr int IconSize = 96;
constexpr int TextWidth = 460;
constexpr int IconGap = 20; // between the icon and the title
} // namespace

EmptyState::EmptyState(const QString& iconPath, QWidget* parent)
    : QWidget(parent)
    , m_iconPath(iconPath)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_note(new QLabel(this))
    , m_column(new QWidget(this)) {
    setObjectName(QStringLiteral("emptyState"));
    // Rendered on first show: parsing SVGs for pages nobody opened would only slow start-up.
    m_icon->setFixedSize(IconSize, IconSize);
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setObjectName(QStringLiteral("emptyStateIcon"));

    m_title->setObjectName(QStringLiteral("emptyStateTitle"));
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);

    m_description->setObjectName(QStringLiteral("emptyStateDescription"));
    m_description->setAlignment(Qt::AlignCenter);
    m_description->setWordWrap(true);

    m_action->setObjectName(QStringLiteral("emptyStateAction"));
    m_action->setProperty("primary", true);
    m_action->setCursor(Qt::PointingHandCursor);
    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);

    m_note->setObjectName(QStringLiteral("emptyStateNote"));
    m_note->setAlignment(Qt::AlignCenter);
    m_note->setWordWrap(true);
    m_note->hide();

    // Word-wrapped labels only get their full height when the layout does not align them, so
    // the text sits in a fixed-width column that is centred as a whole.
    auto* column = m_column;
    column->setFixedWidth(TextWidth);
    auto* columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(12);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_description);
    columnLayout->addSpacing(12);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    buttonRow->addWidget(m_action);
    buttonRow->addStretch(1);
    columnLayout->addLayout(buttonRow);
    columnLayout->addWidget(m_note);

    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(column);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(IconGap);
    layout->addLayout(row);
    layout->addStretch(3);
}

void EmptyState::showEvent(QShowEvent* event) {
    if (m_icon->pixmap().isNull())
        m_icon->setPixmap(QIcon(m_iconPath).pixmap(IconSize, IconSize));
    fitColumn(); // the style sheet's fonts are known now
    QWidget::showEvent(event);
}

void EmptyState::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitColumn();
    QWidget::changeEvent(event);
}

void EmptyState::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitIcon();
}

void EmptyState::fitColumn() {
    // A word-wrapped label's minimum size does not follow the column's fixed width, so a small
    // window cut the last line of a long description: the column asks for the height its texts
    // need at that width. The icon is not part of the minimum: it gives way to the texts.
    // Before the first show the labels count as hidden and the layout has no answer (-1); the
    // show event fits the column again.
    const int need = m_column->layout()->totalHeightForWidth(TextWidth);
    if (need < 0)
        return;
    m_column->setMinimumHeight(need);
    const QMargins margins = layout()->contentsMargins();
    setMinimumHeight(m_column->minimumHeight() + IconGap + margins.top() + margins.bottom());
    fitIcon();
}

void EmptyState::fitIcon() {
    const bool room = height() >= minimumHeight() + IconSize;
    if (m_icon->isHidden() == room)
        m_icon->setVisible(room);
}

void EmptyState::setTitle(const QString& title) {
    m_title->setText(title);
    fitColumn();
}

void EmptyState::setDescription(const QString& text) {
    m_description->setText(text);
    fitColumn();
}

void EmptyState::setActionText(const QString& text) {
    m_action->setText(text);
}

void EmptyState::setUnavailableNote(const QString& note) {
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_action->setEnabled(note.isEmpty());
    fitColumn();
}

QString EmptyState::title() const {
    return m_title->text();
}

QString EmptyState::description() const {
    return m_description->text();
}

} // namespace fd::widgets
