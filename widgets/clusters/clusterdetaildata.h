#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace fd::widgets {

// What the cluster detail shows, decoded from the API's node, pod and event lists. Decoding
// runs on a worker thread; these are plain values handed to the UI thread.

struct NodeCondition {
    QString type;
    QString status; // "True" / "False" / "Unknown"
    QString reason;
    QString message;
};

struct NodeDetail {
    QString name;
    bool ready = false;
    QStringList roles; // from node-role.kubernetes.io/<role> labels
    QString kubeletVersion;
    QString gpuProduct; // nvidia.com/gpu.product
    int gpuCount = 0;   // capacity nvidia.com/gpu
    QString migConfig;  // nvidia.com/mig.config (+ strategy)
    QMap<QString, QString> labels;
    QStringList taints; // "key=value:Effect"
    QList<NodeCondition> conditions;
    QMap<QString, QString> capacity;    // as written ("64", "503Gi", ...)
    QMap<QString, QString> allocatable; // as written
};

struct EventDetail {
    QString uid;
    QString type; // Normal / Warning
    QString reason;
    QString message;
    QString object; // Kind/name
    QString namespaceName;
    int count = 1;
    QDateTime time; // lastTimestamp, eventTime or creationTimestamp (UTC)
};

// One resource row of the Overview: capacity, allocatable and what running pods request.
struct ResourceUsage {
    QString resource; // "cpu", "memory", "nvidia.com/gpu", "nvidia.com/mig-1g.10gb"
    double capacity = 0;
    double allocatable = 0;
    double requested = 0;
};

struct ClusterDetailData {
    QList<NodeDetail> nodes;
    QList<ResourceUsage> resources; // cpu, memory, nvidia.com/gpu, then MIG resources
    QList<EventDetail> events;      // newest first
    QString eventsResourceVersion;  // to start the watch from
};

// Kubernetes quantity ("250m", "16Gi", "1e3", "4") as a number; 0 when malformed.
double parseQuantity(const QString& text);
// A resource amount for people: cores with up to 2 decimals, bytes as GiB, counts as integers.
QString formatAmount(const QString& resource, double value);

fd::Result<QList<NodeDetail>> parseNodeList(const QByteArray& json);
fd::Result<QList<EventDetail>> parseEventList(const QByteArray& json, QString* resourceVersion);
// Sums requests of pods that are not finished (phase not Succeeded/Failed) and scheduled.
fd::Result<QMap<QString, double>> parsePodRequests(const QByteArray& json);
QList<ResourceUsage> summarizeResources(const QList<NodeDetail>& nodes,
                                        const QMap<QString, double>& requested);

// One line of a watch stream: {"type": "ADDED"|"MODIFIED"|"DELETED"|"BOOKMARK"|"ERROR", ...}.
struct WatchEvent {
    QString type;
    EventDetail event;
    QString resourceVersion;
};
fd::Result<WatchEvent> parseEventWatchLine(const QByteArray& line);

void sortNewestFirst(QList<EventDetail>& events);

} // namespace fd::widgets
