#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace fd::widgets {

// The first thing a user sees on a page with nothing in it: an icon, a title, one or two
// sentences on what the page is for, and the one action that fills it. When the action is not
// available yet the button is disabled and a short note says why, instead of a fake action.
class EmptyState final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyState)

public:
    explicit EmptyState(const QString& iconPath, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setDescription(const QString& text);
    void setActionText(const QString& text);
    // An empty note means the action is available.
    void setUnavailableNote(const QString& note);

    QString title() const;
    QString description() const;
    QPushButton* actionButton() const { return m_action; }
    QLabel* noteLabel() const { return m_note; }

Q_SIGNALS:
    void actionTriggered();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitColumn();
    void fitIcon();

    QString m_iconPath;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_description;
    QPushButton* m_action;
    QLabel* m_note;
    QWidget* m_column; // the texts and the action, in a fixed-width column under the icon
};

} // namespace fd::widgets
