#include "detailmodels.h"

#include <QColor>
#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace fd::widgets {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fd::widgets::ClusterDetailDialog)
};

const QColor kGood(0x1e, 0x8e, 0x3e);
const QColor kBad(0xc6, 0x28, 0x28);

QString migText(const fd::kube::Node& node) {
    const QString config = node.migConfig();
    const QString strategy = node.migStrategy();
    return strategy.isEmpty() ? config
           : config.isEmpty() ? strategy
                              : QStringLiteral("%1 (%2)").arg(config, strategy);
}

// Conditions that need attention (Ready not True, any other True), e.g. "MemoryPressure=True".
QStringList attention(const fd::kube::Node& node) {
    QStringList out;
    for (const fd::kube::Condition& c : node.conditions) {
        const bool bad = c.type == QLatin1String("Ready") ? c.status != QLatin1String("True")
                                                          : c.status == QLatin1String("True");
        if (bad)
            out << QStringLiteral("%1=%2").arg(c.type, c.status);
    }
    return out;
}

template <typename T> using Column = typename fd::kube::WatchedListModel<T>::Column;

} // namespace

QString taintText(const fd::kube::Taint& t) {
    return (t.value.isEmpty() ? t.key : t.key + QLatin1Char('=') + t.value) + QLatin1Char(':') +
           t.effect;
}

QString formatAmount(const QString& resource, double value) {
    const QLocale locale;
    if (resource == QLatin1String("memory") || resource.startsWith(QLatin1String("ephemeral")))
        return QStringLiteral("%1 GiB").arg(locale.toString(value / std::pow(1024.0, 3), 'f', 1));
    if (resource == QLatin1String("cpu"))
        return locale.toString(value, 'g', 4);
    return locale.toString(qRound64(value));
}

NodesModel* makeNodesModel(QObject* parent) {
    using fd::kube::Node;
    QList<Column<Node>> columns(NodeColumnCount);
    columns[NodeName] = {[] { return Text::tr("Node"); },
                         [](const Node& n, int role) -> QVariant {
                             if (role == Qt::DisplayRole || role == SortRole)
                                 return n.metadata.name;
                             return {};
                         }};
    columns[NodeStatus] = {[] { return Text::tr("Status"); },
                           [](const Node& n, int role) -> QVariant {
                               if (role == Qt::DisplayRole || role == SortRole)
                                   return n.isReady() ? Text::tr("Ready") : Text::tr("Not ready");
                               if (role == Qt::ForegroundRole)
                                   return n.isReady() ? kGood : kBad;
                               return {};
                           }};
    columns[NodeRoles] = {[] { return Text::tr("Roles"); },
                          [](const Node& n, int role) -> QVariant {
                              if (role == Qt::DisplayRole || role == SortRole)
                                  return n.roles().join(QStringLiteral(", "));
                              return {};
                          }};
    columns[NodeGpuProduct] = {[] { return Text::tr("GPU product"); },
                               [](const Node& n, int role) -> QVariant {
                                   if (role == Qt::DisplayRole || role == SortRole)
                                       return n.gpuProduct();
                                   return {};
                               }};
    columns[NodeGpus] = {[] { return Text::tr("GPUs"); },
                         [](const Node& n, int role) -> QVariant {
                             if (role == Qt::DisplayRole || role == SortRole)
                                 return n.gpuCapacity();
                             if (role == Qt::TextAlignmentRole)
                                 return int(Qt::AlignRight | Qt::AlignVCenter);
                             return {};
                         }};
    columns[NodeMig] = {[] { return Text::tr("MIG config"); },
                        [](const Node& n, int role) -> QVariant {
                            if (role == Qt::DisplayRole || role == SortRole)
                                return migText(n);
                            return {};
                        }};
    columns[NodeTaints] = {[] { return Text::tr("Taints"); },
                           [](const Node& n, int role) -> QVariant {
                               if (role != Qt::DisplayRole && role != SortRole &&
                                   role != Qt::ToolTipRole)
                                   return {};
                               QStringList taints;
                               for (const fd::kube::Taint& t : n.taints)
                                   taints << taintText(t);
                               return taints.join(role == Qt::ToolTipRole ? QStringLiteral("\n")
                                                                          : QStringLiteral(", "));
                           }};
    columns[NodeConditions] = {
        [] { return Text::tr("Conditions"); },
        [](const Node& n, int role) -> QVariant {
            if (role == Qt::DisplayRole || role == SortRole) {
                const QStringList bad = attention(n);
                return bad.isEmpty() ? Text::tr("OK") : bad.join(QStringLiteral(", "));
            }
            if (role == Qt::ToolTipRole) {
                QStringList all;
                for (const fd::kube::Condition& c : n.conditions)
                    all << QStringLiteral("%1=%2 %3").arg(c.type, c.status, c.message).trimmed();
                return all.join(QLatin1Char('\n'));
            }
            if (role == Qt::ForegroundRole && !attention(n).isEmpty())
                return kBad;
            return {};
        }};
    // Nodes are cluster-scoped: the name alone is the key.
    return new NodesModel(std::move(columns), parent,
                          [](const Node& n) { return n.metadata.name; });
}

EventsModel* makeEventsModel(QObject* parent) {
    using fd::kube::Event;
    const auto warning = [](const Event& e) { return e.type == QLatin1String("Warning"); };
    const auto highlight = [warning](const Event& e, int role) -> QVariant {
        if (role == Qt::ForegroundRole && warning(e))
            return QColor(0xb2, 0x3a, 0x00);
        if (role == Qt::BackgroundRole && warning(e))
            return QColor(0xfd, 0xf0, 0xe6);
        return {};
    };
    QList<Column<Event>> columns(EventColumnCount);
    columns[EventTime] = {[] { return Text::tr("Time"); },
                          [highlight](const Event& e, int role) -> QVariant {
                              if (role == SortRole)
                                  return e.lastSeen();
                              if (role == Qt::DisplayRole)
                                  return QLocale().toString(e.lastSeen().toLocalTime(),
                                                            QLocale::ShortFormat);
                              return highlight(e, role);
                          }};
    columns[EventType] = {[] { return Text::tr("Type"); },
                          [highlight](const Event& e, int role) -> QVariant {
                              if (role == Qt::DisplayRole || role == SortRole)
                                  return e.type;
                              return highlight(e, role);
                          }};
    columns[EventReason] = {[] { return Text::tr("Reason"); },
                            [highlight](const Event& e, int role) -> QVariant {
                                if (role == Qt::DisplayRole || role == SortRole)
                                    return e.reason;
                                return highlight(e, role);
                            }};
    columns[EventObject] = {[] { return Text::tr("Object"); },
                            [highlight](const Event& e, int role) -> QVariant {
                                if (role == Qt::DisplayRole || role == SortRole)
                                    return QString(e.involvedObject.kind + QLatin1Char('/') +
                                                   e.involvedObject.name);
                                if (role == Qt::ToolTipRole)
                                    return e.metadata.namespaceName;
                                return highlight(e, role);
                            }};
    columns[EventMessage] = {[] { return Text::tr("Message"); },
                             [highlight](const Event& e, int role) -> QVariant {
                                 if (role == Qt::DisplayRole || role == SortRole ||
                                     role == Qt::ToolTipRole)
                                     return e.message;
                                 return highlight(e, role);
                             }};
    columns[EventCount] = {[] { return Text::tr("Count"); },
                           [highlight](const Event& e, int role) -> QVariant {
                               if (role == Qt::DisplayRole || role == SortRole)
                                   return qMax(1, e.count);
                               return highlight(e, role);
                           }};
    // Events are namespaced and their names unique per namespace: the default key.
    return new EventsModel(std::move(columns), parent);
}

} // namespace fd::widgets
