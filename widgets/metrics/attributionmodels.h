#pragma once

#include "metrics/attribution.h"

#include <QAbstractTableModel>

namespace fd::widgets {

// Who uses the GPUs, per namespace: pods, GPU-equivalents held and busy, utilisation (busy over
// held, drawn as a bar by UsageBarDelegate) and peak frame buffer used over the range.
class NamespaceUsageModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NamespaceUsageModel)

public:
    enum Column { Namespace, Pods, Gpus, BusyGpus, Utilization, MemoryUsed, ColumnCount };
    // The value to sort by: a number (NaN when not measured) or plain text.
    enum Role { RawDataRole = Qt::UserRole + 1 };

    explicit NamespaceUsageModel(QObject* parent = nullptr);

    void setUsage(const QList<fd::metrics::NamespaceUsage>& rows);
    const QList<fd::metrics::NamespaceUsage>& usage() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<fd::metrics::NamespaceUsage> m_rows;
};

// The same per pod, with the GPUs (node/gpu[/instance]) each pod held.
class PodUsageModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PodUsageModel)

public:
    enum Column { Namespace, Pod, Gpus, BusyGpus, Utilization, MemoryUsed, GpuList, ColumnCount };
    enum Role { RawDataRole = Qt::UserRole + 1 };

    explicit PodUsageModel(QObject* parent = nullptr);

    void setUsage(const QList<fd::metrics::PodUsage>& rows);
    const QList<fd::metrics::PodUsage>& usage() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<fd::metrics::PodUsage> m_rows;
};

// "1.43" GPU-equivalents in the user's locale (two decimals: a 1g MIG slice is 0.14).
QString gpuEquivalentText(double value);

} // namespace fd::widgets
