#include "eventsmodel.h"

#include <QColor>
#include <QLocale>

namespace fd::widgets {

namespace {
// Bounded so a noisy cluster cannot grow the view without limit while the detail is open.
constexpr int MaxEvents = 2000;
bool isWarning(const EventDetail& e) {
    return e.type == QLatin1String("Warning");
}
} // namespace

EventsModel::EventsModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void EventsModel::setEvents(QList<EventDetail> events) {
    beginResetModel();
    m_events = std::move(events);
    if (m_events.size() > MaxEvents)
        m_events.resize(MaxEvents);
    endResetModel();
}

int EventsModel::rowOf(const QString& uid) const {
    if (uid.isEmpty())
        return -1;
    for (int i = 0; i < m_events.size(); ++i)
        if (m_events[i].uid == uid)
            return i;
    return -1;
}

void EventsModel::apply(const QString& type, const EventDetail& event) {
    const int row = rowOf(event.uid);
    if (type == QLatin1String("DELETED")) {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_events.removeAt(row);
            endRemoveRows();
        }
        return;
    }
    if (row >= 0) {
        // A repeated event (count + 1) moves to the top: it is the newest again.
        if (row > 0 && event.time >= m_events.first().time) {
            beginMoveRows({}, row, row, {}, 0);
            m_events.move(row, 0);
            endMoveRows();
            m_events[0] = event;
            Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
        } else {
            m_events[row] = event;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return;
    }
    int at = 0;
    while (at < m_events.size() && m_events[at].time > event.time)
        ++at;
    beginInsertRows({}, at, at);
    m_events.insert(at, event);
    endInsertRows();
    if (m_events.size() > MaxEvents) {
        beginRemoveRows({}, MaxEvents, int(m_events.size()) - 1);
        m_events.resize(MaxEvents);
        endRemoveRows();
    }
}

int EventsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventDetail& e = m_events[index.row()];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
        case Type:
            return isWarning(e) ? tr("Warning") : tr("Normal");
        case Reason:
            return e.reason;
        case Object:
            return e.namespaceName.isEmpty()
                       ? e.object
                       : QString(e.namespaceName + QLatin1Char('/') + e.object);
        case Message:
            return e.message;
        case Count:
            return e.count;
        }
    }
    if (role == RawDataRole && index.column() == Time)
        return e.time;
    if (role == Qt::ToolTipRole && index.column() == Message)
        return e.message;
    if (role == Qt::BackgroundRole && isWarning(e))
        return QColor(0xfd, 0xec, 0xea);
    if (role == Qt::ForegroundRole && isWarning(e) && index.column() <= Reason)
        return QColor(0xb3, 0x26, 0x1e);
    return {};
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Last seen");
    case Type:
        return tr("Type");
    case Reason:
        return tr("Reason");
    case Object:
        return tr("Object");
    case Message:
        return tr("Message");
    case Count:
        return tr("Count");
    }
    return {};
}

} // namespace fd::widgets
