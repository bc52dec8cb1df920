#pragma once

#include "kube/clusterconnection.h"
#include "policy/clusterlabels.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QtGlobal>

namespace fd::registry {

// Row id of a cluster in the local store; 0 means "not saved yet".
using ClusterId = qint64;

// What the list shows in its Status column. Unknown until the first check has finished.
enum class ClusterStatus {
    Unknown,     // never checked (or the last check was cancelled)
    Ready,       // reachable and every node reports Ready
    NotReady,    // reachable, but at least one node is not Ready (or there are no nodes)
    Unreachable, // the last check failed; lastError says why
};

// How the cluster takes part in Karmada.
enum class KarmadaRole {
    None,
    ControlPlane, // the Karmada API server (karmada-apiserver) registered as a cluster
    Member,       // a member cluster; `joined` says whether Fleetdeck's join finished
};

// Where the record came from.
enum class ClusterOrigin {
    Imported,              // imported from a kubeconfig by the user
    DiscoveredFromKarmada, // found on a control plane by the periodic reconcile
};

// The credential mechanism, mirroring the kubeconfig user entry: the API client's own enum
// (None, Token, TokenFile, ClientCert, Basic, Exec, Oidc — the legacy OIDC auth-provider).
using AuthKind = fd::kube::ClusterConnection::Auth;

// One data center: a stable id used for grouping and scripting, and a label for people.
struct DataCenter {
    QString id;    // e.g. "hq-idc"; lowercase letters, digits and '-'
    QString label; // e.g. "HQ IDC"
    friend bool operator==(const DataCenter&, const DataCenter&) = default;
};

// References into the secret vault (fd::secrets). Empty = no such secret. The values here are
// opaque references, never the secrets themselves.
struct SecretRefs {
    QString token;
    QString clientCert;
    QString clientKey;
    QString password;
    QString oidcIdToken;
    QString oidcRefreshToken;
    QString oidcClientSecret;
    QString execConfig; // JSON {args, env} of the exec plugin
    bool isEmpty() const {
        return token.isEmpty() && clientCert.isEmpty() && clientKey.isEmpty() &&
               password.isEmpty() && oidcIdToken.isEmpty() && oidcRefreshToken.isEmpty() &&
               oidcClientSecret.isEmpty() && execConfig.isEmpty();
    }
    QStringList all() const; // the non-empty references
};
// As the endpoints table keeps them: purpose ("token", "clientKey", …) -> reference.
QMap<QString, QString> toMap(const SecretRefs& refs);
SecretRefs secretRefsFromMap(const QMap<QString, QString>& map);

// GPUs of one model (the node label nvidia.com/gpu.product) summed over the cluster's nodes.
struct GpuModelUsage {
    QString model;       // e.g. "NVIDIA-A100-SXM4-80GB"; "unknown" when nodes lack the label
    int capacity = 0;    // sum of nodes' status.capacity["nvidia.com/gpu"]
    int allocatable = 0; // sum of nodes' status.allocatable["nvidia.com/gpu"]
    int used = 0;        // sum of running pods' nvidia.com/gpu requests on those nodes
    friend bool operator==(const GpuModelUsage&, const GpuModelUsage&) = default;
};

// One MIG resource (e.g. "nvidia.com/mig-1g.10gb") summed over the cluster's nodes.
struct MigResourceUsage {
    QString resource;
    qint64 capacity = 0;
    qint64 allocatable = 0;
    qint64 used = 0; // running pods' requests
    friend bool operator==(const MigResourceUsage&, const MigResourceUsage&) = default;
};

// The result of the last health check, persisted so the list shows something at start-up.
struct HealthSnapshot {
    ClusterStatus status = ClusterStatus::Unknown;
    QString version; // server gitVersion, e.g. "v1.30.2"
    int nodesReady = 0;
    int nodesTotal = 0;
    QList<GpuModelUsage> gpus; // ordered by model
    QList<MigResourceUsage> mig;
    int latencyMs = -1;  // wall time of GET /version; -1 unknown
    QDateTime lastCheck; // UTC; invalid = never
    QString lastError;   // the one-sentence message of the last failure; empty when fine

    int gpuAllocatable() const;
    int gpuUsed() const;
};

// One registered cluster. Everything here may be written to the store: secrets are only
// referenced (SecretRefs) and live in the vault.
struct ClusterRecord {
    ClusterId id = 0;
    QString name; // display name, unique (case-insensitive) among records
    DataCenter datacenter;
    // A "high performance", B "general purpose"; pushed to Karmada as fleetdeck.io/zone.
    fd::policy::Zone zone = fd::policy::Zone::None;
    QStringList gpuModels; // what the user says is installed; empty + cpuOnly=false = not stated
    bool cpuOnly = false;  // explicitly a CPU-only cluster
    QMap<QString, QString> labels;

    // How to reach the API server and as whom, without any secret: the endpoint (URL, TLS
    // policy, proxy; the `endpoints` table), the auth kind and its public parts (basic user
    // name, token file path, the exec plugin's command and settings, the OIDC issuer, client id,
    // issuer CA and scopes). Tokens, keys, passwords and the exec plugin's arguments and
    // environment are in the vault (`secrets`); ClusterCredentials carries them in memory.
    fd::kube::ClusterConnection connection;
    QStringList execArgsShown; // the exec plugin's arguments as fd::kube::redactArgs() shows them
    qint64 endpointId = 0;     // the row of `connection.endpoint` in the endpoints table
    QString kubeNamespace;     // the context's namespace
    QString sourceContext;     // the kubeconfig context it was imported from
    QString kubeUser;          // the kubeconfig user name (part of the identity)
    SecretRefs secrets;

    // Non-reversible identity of (normalised server, user credential); see clusteridentity.h.
    QString identity;

    KarmadaRole karmadaRole = KarmadaRole::None;
    bool joined = false;          // member side + control-plane objects created by Fleetdeck
    ClusterId controlPlaneId = 0; // for members: the control plane it is joined to (or found on)
    QString karmadaClusterName; // name of the cluster.karmada.io Cluster object, when joined/found
    ClusterOrigin origin = ClusterOrigin::Imported;

    HealthSnapshot health;

    QDateTime created; // UTC
    QDateTime updated; // UTC

    const fd::net::Endpoint& endpoint() const { return connection.endpoint; }
    const QString& server() const { return connection.endpoint.url; }
    AuthKind authKind() const { return connection.auth; }
};

QString toString(ClusterStatus status); // "Ready", "NotReady", "Unreachable", "Unknown"
QString toString(KarmadaRole role);     // "none", "controlPlane", "member"
QString toString(ClusterOrigin origin); // "imported", "discoveredFromKarmada"
QString toString(AuthKind kind); // "none", "token", "tokenFile", "clientCert", "basic", "exec",
                                 // "authProvider" (OIDC, as kubeconfig calls it)
ClusterStatus clusterStatusFromString(const QString& text);
KarmadaRole karmadaRoleFromString(const QString& text);
ClusterOrigin clusterOriginFromString(const QString& text);
AuthKind authKindFromString(const QString& text);

// The data centers offered before the user adds their own.
QList<DataCenter> defaultDataCenters();

} // namespace fd::registry
