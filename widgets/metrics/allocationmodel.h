#pragma once

#include "metrics/attribution.h"

#include <QAbstractTableModel>

namespace fd::widgets {

// Allocation vs use, one row per running pod that requested GPUs: what it holds, what it used
// over the range, and a verdict in words — idle-but-allocated pods first (as allocationVsUse()
// orders them), pods no metric names flagged as unmeasured.
class AllocationModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AllocationModel)

public:
    enum Column { Pod, Node, Requested, Busy, Utilization, Verdict, ColumnCount };
    enum Role {
        RawDataRole = Qt::UserRole + 1, // number (NaN when not measured) or plain text
        StateRole,                      // State of the row
    };
    enum State { Idle, InUse, Unmeasured, NoUtilization };

    explicit AllocationModel(QObject* parent = nullptr);

    // `range` completes "over …": e.g. "the last 24 hours".
    void setRows(const QList<fd::metrics::AllocationRow>& rows, const QString& range);
    const QList<fd::metrics::AllocationRow>& rows() const { return m_rows; }
    static State stateOf(const fd::metrics::AllocationRow& row);
    QString verdict(const fd::metrics::AllocationRow& row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<fd::metrics::AllocationRow> m_rows;
    QString m_range;
};

// "2" for whole GPUs, "0.43" for MIG shares, in the user's locale.
QString gpuCountText(double gpus);

} // namespace fd::widgets
