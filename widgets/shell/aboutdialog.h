#pragma once

#include <QDialog>

class QLabel;

namespace fd::widgets {

// Help ▸ About: Fleetdeck's version and the versions of the libraries it runs on, as
// selectable text so an admin can paste them into a support ticket.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    QString versionsText() const;

private:
    QLabel* m_text;
};

} // namespace fd::widgets
