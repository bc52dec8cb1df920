#pragma once

#include "metrics/gpufleet.h"
#include "metrics/healthevents.h"

#include <QAbstractTableModel>

namespace fd::widgets {

// Every GPU and MIG instance of a fleet with its latest values (the table under the heat map).
// Widget-free: fed with a Fleet that GpuMetrics built on the thread pool.
class GpuFleetModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GpuFleetModel)

public:
    enum Column {
        Node,
        Gpu,
        Mig,
        Model,
        Utilization,
        MemoryUsed,
        MemoryTotal,
        Temperature,
        Power,
        Pod,
        ColumnCount
    };
    enum Role {
        // The value to sort by: a number (NaN when not reported) or plain text.
        RawDataRole = Qt::UserRole + 1,
        KeyRole, // GpuIdentity::key(): "node/gpu" or "node/gpu/mig"
    };

    explicit GpuFleetModel(QObject* parent = nullptr);

    void setFleet(const fd::metrics::Fleet& fleet);
    const fd::metrics::Fleet& fleet() const { return m_fleet; }
    const fd::metrics::GpuReading& reading(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    fd::metrics::Fleet m_fleet;
    QList<fd::metrics::GpuReading> m_rows;
};

// Health events (XID with meaning, temperature and power outliers, throttling).
class HealthEventModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthEventModel)

public:
    enum Column { Start, End, Node, Gpu, Kind, Code, Meaning, ColumnCount };
    enum Role { RawDataRole = Qt::UserRole + 1 };

    explicit HealthEventModel(QObject* parent = nullptr);
    void setEvents(QList<fd::metrics::HealthEvent> events);
    const QList<fd::metrics::HealthEvent>& events() const { return m_events; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<fd::metrics::HealthEvent> m_events;
};

} // namespace fd::widgets
