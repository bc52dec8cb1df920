#pragma once

#include <QAbstractButton>

namespace fd::widgets {

// An on/off switch with its label on the right: a checkable button, so keyboard (Space), mouse,
// QSignalSpy on toggled() and accessibility work as for a check box.
class ToggleSwitch final : public QAbstractButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ToggleSwitch)

public:
    explicit ToggleSwitch(QWidget* parent = nullptr);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool hitButton(const QPoint& pos) const override;
};

} // namespace fd::widgets
