#pragma once

#include "registry/karmadatypes.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace fd::widgets {

// The outcome of remove / join / unjoin: a headline, what was done, and — highlighted — what
// was left behind and why, so the user knows what to clean up by hand.
class CleanupReportView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanupReportView)

public:
    explicit CleanupReportView(QWidget* parent = nullptr);

    void showReport(const fd::registry::CleanupReport& report, const QString& successHeadline,
                    const QString& failureHeadline);

    QLabel* headline() const { return m_headline; }
    QListWidget* doneList() const { return m_done; }
    QListWidget* leftBehindList() const { return m_leftBehind; }

private:
    QLabel* m_headline;
    QLabel* m_doneLabel;
    QListWidget* m_done;
    QLabel* m_leftLabel;
    QListWidget* m_leftBehind;
};

} // namespace fd::widgets
