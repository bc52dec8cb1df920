#pragma once

#include "policy/policytypes.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace fd::widgets {

class EmptyState;

// One tab of the Policies page: a "New …" button, then either the kind's empty state (with
// "Create the default set") or its cards in a grid (two columns when there is room).
class PolicyTab final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyTab)

public:
    explicit PolicyTab(fd::policy::PolicyKind kind, QWidget* parent = nullptr);

    fd::policy::PolicyKind kind() const { return m_kind; }
    EmptyState* emptyState() const { return m_empty; }
    QPushButton* newButton() const { return m_new; }
    bool isShowingEmptyState() const;
    // Replaces the cards (the tab owns them); none shows the empty state.
    void setCards(const QList<QWidget*>& cards);
    QList<QWidget*> cards() const { return m_cards; }
    void retranslate();

Q_SIGNALS:
    void newRequested();
    void createDefaultsRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void relayout();

    fd::policy::PolicyKind m_kind;
    QPushButton* m_new;
    QLabel* m_intro;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QScrollArea* m_scroll;
    QWidget* m_grid;
    QGridLayout* m_gridLayout;
    QList<QWidget*> m_cards;
    int m_columns = 0;
};

} // namespace fd::widgets
