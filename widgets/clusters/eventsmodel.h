#pragma once

#include "clusterdetaildata.h"

#include <QAbstractTableModel>

namespace fd::widgets {

// A cluster's events, newest first, warnings highlighted. Watch events insert at the top,
// update in place (by uid) or remove — never a reset after the initial list.
class EventsModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventsModel)

public:
    enum Column { Time, Type, Reason, Object, Message, Count, ColumnCount };
    static constexpr int RawDataRole = Qt::UserRole + 1;

    explicit EventsModel(QObject* parent = nullptr);

    void setEvents(QList<EventDetail> events);
    // ADDED / MODIFIED / DELETED from the watch.
    void apply(const QString& type, const EventDetail& event);
    const QList<EventDetail>& events() const { return m_events; }
    int rowOf(const QString& uid) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<EventDetail> m_events;
};

} // namespace fd::widgets
