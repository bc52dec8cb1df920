#pragma once

#include "registry/clusterrecord.h"
#include "registry/connectionreport.h"

#include <QCoreApplication>
#include <QString>

namespace fd::widgets {

// Texts shared by the cluster list, the import dialog and the detail view, so a status or a
// GPU summary reads the same everywhere.
class ClusterFormat final {
    Q_DECLARE_TR_FUNCTIONS(fd::widgets::ClusterFormat)
public:
    static QString authKind(fd::registry::AuthKind kind);
    // " · control plane", " · joined", " · discovered in Karmada" or empty.
    static QString roleBadge(const fd::registry::ClusterRecord& record);
    // "3 / 8 A100-80GB, 0 / 4 L40S"; "CPU only"; empty when unknown.
    static QString gpus(const QList<fd::registry::GpuModelUsage>& gpus, bool cpuOnly);
    static QString gpuLines(const QList<fd::registry::GpuModelUsage>& gpus);
    static QString migLines(const QList<fd::registry::MigResourceUsage>& mig);
    // A few words naming a failed test's category, for a table cell: "unknown CA", "HTTP 403".
    // The full sentence with the next step is ConnectionReport::sentence().
    static QString failureLabel(const fd::registry::ConnectionReport& report);
    // Several lines: version, nodes, GPUs, MIG, latency of a successful test.
    static QString reportSummary(const fd::registry::ConnectionReport& report);
};

inline QString roleBadge(const fd::registry::ClusterRecord& r) {
    return ClusterFormat::roleBadge(r);
}
inline QString gpuSummary(const fd::registry::ClusterRecord& r) {
    return ClusterFormat::gpus(r.health.gpus, r.cpuOnly);
}
inline QString gpuDetail(const fd::registry::ClusterRecord& r) {
    const QString lines = ClusterFormat::gpuLines(r.health.gpus);
    const QString mig = ClusterFormat::migLines(r.health.mig);
    return mig.isEmpty() ? lines : lines + QLatin1Char('\n') + mig;
}

} // namespace fd::widgets
