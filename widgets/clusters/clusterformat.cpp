#include "clusterformat.h"

#include <QStringList>

namespace fd::widgets {

using fd::registry::AuthKind;

QString ClusterFormat::authKind(AuthKind kind) {
    switch (kind) {
    case AuthKind::None:
        return tr("None");
    case AuthKind::Token:
        return tr("Bearer token");
    case AuthKind::TokenFile:
        return tr("Token file");
    case AuthKind::ClientCert:
        return tr("Client certificate");
    case AuthKind::Basic:
        return tr("Basic auth");
    case AuthKind::Exec:
        return tr("Exec plugin");
    case AuthKind::Oidc:
        return tr("OIDC auth-provider");
    }
    return {};
}

QString ClusterFormat::roleBadge(const fd::registry::ClusterRecord& r) {
    using fd::registry::KarmadaRole;
    if (r.karmadaRole == KarmadaRole::ControlPlane)
        return QStringLiteral(" · ") + tr("Karmada control plane");
    if (r.origin == fd::registry::ClusterOrigin::DiscoveredFromKarmada)
        return QStringLiteral(" · ") + tr("found in Karmada");
    if (r.joined)
        return QStringLiteral(" · ") + tr("joined");
    return {};
}

QString ClusterFormat::gpus(const QList<fd::registry::GpuModelUsage>& gpus, bool cpuOnly) {
    if (gpus.isEmpty())
        return cpuOnly ? tr("CPU only") : QString();
    QStringList parts;
    for (const auto& g : gpus) {
        // The list column is narrow: "NVIDIA-" says nothing there (the tooltip has full names).
        QString model = g.model;
        if (model.startsWith(QLatin1String("NVIDIA-")))
            model.remove(0, 7);
        parts << QStringLiteral("%1 / %2 %3").arg(g.used).arg(g.allocatable).arg(model);
    }
    return parts.join(QStringLiteral(", "));
}

QString ClusterFormat::gpuLines(const QList<fd::registry::GpuModelUsage>& gpus) {
    QStringList lines;
    for (const auto& g : gpus)
        lines << tr("%1: %2 used of %3 allocatable (capacity %4)")
                     .arg(g.model)
                     .arg(g.used)
                     .arg(g.allocatable)
                     .arg(g.capacity);
    return lines.join(QLatin1Char('\n'));
}

QString ClusterFormat::migLines(const QList<fd::registry::MigResourceUsage>& mig) {
    QStringList lines;
    for (const auto& m : mig)
        lines << tr("%1: %2 used of %3 allocatable").arg(m.resource).arg(m.used).arg(m.allocatable);
    return lines.join(QLatin1Char('\n'));
}

QString ClusterFormat::failureLabel(const fd::registry::ConnectionReport& report) {
    using fd::registry::ConnectionCategory;
    switch (report.category) {
    case ConnectionCategory::Ok:
        return {};
    case ConnectionCategory::Dns:
        return tr("host not found");
    case ConnectionCategory::Refused:
        return tr("connection refused");
    case ConnectionCategory::Timeout:
        return tr("timed out");
    case ConnectionCategory::TlsUnknownCa:
        return tr("unknown CA");
    case ConnectionCategory::TlsNameMismatch:
        return tr("certificate name mismatch");
    case ConnectionCategory::TlsClientCertRejected:
        return tr("client certificate rejected");
    case ConnectionCategory::TlsOther:
        return tr("TLS error");
    case ConnectionCategory::Unauthorized:
        return tr("401 unauthorized");
    case ConnectionCategory::Forbidden:
        return tr("403 forbidden");
    case ConnectionCategory::CredentialPluginMissing:
        return tr("exec plugin not found");
    case ConnectionCategory::CredentialPluginFailed:
        return tr("exec plugin failed");
    case ConnectionCategory::TokenRefreshFailed:
        return tr("OIDC refresh failed");
    case ConnectionCategory::Proxy:
        return tr("proxy error");
    case ConnectionCategory::HttpStatus:
        return tr("HTTP %1").arg(report.httpStatus);
    case ConnectionCategory::MalformedResponse:
        return tr("not a Kubernetes API");
    case ConnectionCategory::TooLarge:
        return tr("answer too large");
    case ConnectionCategory::VaultLocked:
        return tr("vault locked");
    case ConnectionCategory::Cancelled:
        return tr("cancelled");
    case ConnectionCategory::Other:
        break;
    }
    return tr("error");
}

QString ClusterFormat::reportSummary(const fd::registry::ConnectionReport& report) {
    QStringList lines;
    lines << tr("Kubernetes %1, %2 ms").arg(report.version).arg(report.latencyMs);
    lines << tr("Nodes ready: %1 of %2").arg(report.nodesReady).arg(report.nodesTotal);
    if (report.gpus.isEmpty())
        lines << tr("No NVIDIA GPUs found");
    else
        lines << gpuLines(report.gpus);
    if (!report.mig.isEmpty())
        lines << tr("MIG:") << migLines(report.mig);
    if (!report.gpuUseNote.isEmpty())
        lines << report.gpuUseNote;
    return lines.join(QLatin1Char('\n'));
}

} // namespace fd::widgets
