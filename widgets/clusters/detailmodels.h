#pragma once

#include "kube/kubetypes.h"
#include "kube/watchedlistmodel.h"

#include <QString>

namespace fd::widgets {

// The cluster detail's live tables, described as columns over the typed objects. Every column
// answers SortRole with a value that sorts right (numbers as numbers, times as times).
constexpr int SortRole = Qt::UserRole + 1;

using NodesModel = fd::kube::WatchedListModel<fd::kube::Node>;
using EventsModel = fd::kube::WatchedListModel<fd::kube::Event>;

enum NodeColumn {
    NodeName,
    NodeStatus,
    NodeRoles,
    NodeGpuProduct,
    NodeGpus,
    NodeMig,
    NodeTaints,
    NodeConditions,
    NodeColumnCount
};
enum EventColumn {
    EventTime,
    EventType,
    EventReason,
    EventObject,
    EventMessage,
    EventCount,
    EventColumnCount
};

NodesModel* makeNodesModel(QObject* parent);
EventsModel* makeEventsModel(QObject* parent);

// A resource amount for people: cores with up to 2 decimals, bytes as GiB, counts as integers.
QString formatAmount(const QString& resource, double value);
// "key=value:Effect"
QString taintText(const fd::kube::Taint& taint);

} // namespace fd::widgets
