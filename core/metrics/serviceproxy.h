#pragma once

// Prometheus reached through a registered cluster's own API server: the service proxy
// /api/v1/namespaces/<ns>/services/[<scheme>:]<name>:<port>/proxy/… with the credentials
// Fleetdeck already holds for the cluster (the one KubeClient of ClusterConnections). Air-gapped
// sites often reach nothing but the API server: this needs no other address, port or secret.
// Also finds the Prometheus services of a cluster (by labels first, then by name).

#include "common/result.h"
#include "kube/kubetypes.h"
#include "metrics/promtransport.h"
#include "registry/clusterrecord.h"

#include <QList>
#include <QString>

#include <optional>

namespace fd::registry {
class ClusterConnections;
}

namespace fd::metrics {

// "namespace/name:port" or "namespace/scheme:name:port" (port: a number or a port name).
struct ServiceRef {
    QString namespaceName;
    QString scheme; // "http", "https" or empty (the API server's default: http)
    QString name;
    QString port;

    bool isValid() const { return !namespaceName.isEmpty() && !name.isEmpty(); }
    QString toString() const; // the stored form, as parse() reads it
    // "/api/v1/namespaces/ns/services/scheme:name:port/proxy" (no trailing slash)
    QString proxyPath() const;
    static std::optional<ServiceRef> parse(const QString& text);
    friend bool operator==(const ServiceRef&, const ServiceRef&) = default;
};

// Every call of a PromClient through the cluster's API server. Errors of the API server (the
// service or the permission to proxy is missing, the cluster is unreachable, the vault is
// locked) and Prometheus's own error answers both come back as PromErrors.
Route serviceProxyRoute(fd::registry::ClusterConnections& connections, fd::registry::ClusterId id,
                        const ServiceRef& service);

// A Prometheus service found in a cluster, best first.
struct ServiceCandidate {
    ServiceRef ref;
    int score = 0;  // higher is more certainly a Prometheus server
    QString reason; // which label or name matched (for `metrics add` output)
};

// Ranks services that look like a Prometheus server: kube-prometheus-stack
// (app=kube-prometheus-stack-prometheus), prometheus-operator's prometheus-operated
// (operated-prometheus=true), the community chart (app.kubernetes.io/name=prometheus with
// component server), app=prometheus, then names. Alertmanager, exporters, the operator and
// Pushgateway are left out. Pure, for tests.
QList<ServiceCandidate> rankPrometheusServices(const QList<fd::kube::Service>& services);

// Lists the cluster's services and ranks them; NotFound with a user sentence when none looks
// like Prometheus.
void discoverPrometheus(fd::registry::ClusterConnections& connections, fd::registry::ClusterId id,
                        QObject* context,
                        std::function<void(fd::Result<QList<ServiceCandidate>>)> done);

} // namespace fd::metrics
