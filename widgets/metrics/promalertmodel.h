#pragma once

#include "metrics/promtypes.h"

#include <QAbstractTableModel>

namespace fd::widgets {

// The active alerts of the endpoint's Prometheus (/api/v1/alerts): firing before pending, the
// longest-active first; the alert's own labels (alertname and severity have their columns) and
// its summary annotation.
class PromAlertModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromAlertModel)

public:
    // The labels last: long (UUIDs, driver versions), they take the rest of the width, elided.
    enum Column { State, Alert, Severity, Since, Value, Summary, Labels, ColumnCount };
    static constexpr int RawRole = Qt::UserRole + 1;

    explicit PromAlertModel(QObject* parent = nullptr);

    void setAlerts(QList<fd::metrics::PromAlert> alerts);
    const QList<fd::metrics::PromAlert>& alerts() const { return m_alerts; }
    int firingCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<fd::metrics::PromAlert> m_alerts;
};

} // namespace fd::widgets
