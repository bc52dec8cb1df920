#pragma once

#include "metrics/attribution.h"

#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace fd::widgets {

class AllocationModel;
class EmptyState;

// Allocation vs use: the GPUs running pods requested from the cluster API against what the
// metrics measured over the dashboard's range, idle-but-allocated pods first. When it cannot
// be shown, it says why and what to do: the endpoint is not linked to a cluster, the vault is
// locked, the cluster could not be read, or no running pod requests GPUs.
class AllocationView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllocationView)

public:
    enum class State { NoCluster, Loading, Locked, Failed, Shown };

    explicit AllocationView(QWidget* parent = nullptr);

    void setState(State state, const QString& error = {});
    // Shows rows (state Shown); `range` completes "over …" (e.g. "the last 24 hours").
    void setRows(const QList<fd::metrics::AllocationRow>& rows, const QString& range,
                 const QString& cluster);

    State state() const { return m_state; }
    AllocationModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    EmptyState* emptyState() const { return m_empty; }
    QLabel* summaryLabel() const { return m_summary; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateTexts();

    AllocationModel* m_model;
    QTableView* m_table;
    QLabel* m_summary;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    State m_state = State::NoCluster;
    QString m_error;
    QString m_cluster;
};

} // namespace fd::widgets
