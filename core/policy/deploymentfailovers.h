#pragma once

// The failovers that actually happened to one Karmada deployment, read live from the control
// plane: Karmada makes one ResourceBinding (work.karmada.io/v1alpha2) per resource template,
// named `<template name>-<kind, lowercase>` in the template's namespace, with spec.resource
// naming the template (names.GenerateBindingName). The watch follows that binding through the
// registry's ClusterConnections (one client per cluster) and decodes it with
// decodeBindingFailovers(), so the deployment detail and `deploy status` see a new failover
// without asking again.
//
// States: loading (the first list has not come yet), ready (with or without a binding: Karmada
// may not have made one yet), notServed (the control plane does not serve the ResourceBinding
// API — not Karmada, or its CRDs are missing), locked (the vault holding the credentials is
// locked) and failed (any other error; the sentence says what happened). A transient error
// keeps the last state (the watch reconnects by itself).

#include "policy/failovertimeline.h"

#include <QJsonObject>
#include <QObject>

#include <optional>

namespace fd::registry {
class ClusterConnections;
}

namespace fd::policy {

// "llama3-8b-deployment": the ResourceBinding Karmada makes for the Deployment `deployment`.
QString deploymentBindingName(const QString& deployment);
// Whether `binding` is the one Karmada made for the Deployment (spec.resource kind Deployment
// and name; the binding's name when spec.resource is absent).
bool isDeploymentBinding(const QJsonObject& binding, const QString& deployment);

// {"fromCluster","reason","producer","message","purgeMode","gracePeriodSeconds",
//  "suppressDeletion","replicas","creationTimestamp","purgeDeadline","clustersBeforeFailover"}
// (absent values: "" / -1 / null timestamps). The `failovers` entries of `deploy status --json`.
QJsonObject observedEvictionJson(const ObservedEviction& eviction);

class DeploymentFailovers final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentFailovers)

public:
    enum class State { Loading, Ready, NotServed, Locked, Failed };

    // Starts watching at once; ends with the object. `connections` must outlive it.
    DeploymentFailovers(fd::registry::ClusterConnections& connections, qint64 controlPlaneId,
                        QString namespaceName, QString deployment, QObject* parent = nullptr);
    ~DeploymentFailovers() override;

    State state() const { return m_state; }
    // The user sentence of NotServed, Locked and Failed.
    QString errorText() const { return m_error; }
    // The decoded binding, when Karmada has made one.
    std::optional<BindingFailovers> binding() const { return m_binding; }
    QList<ObservedEviction> evictions() const;
    QString bindingName() const { return deploymentBindingName(m_deployment); }

Q_SIGNALS:
    // Any change of state, binding or error.
    void changed();

private:
    void relisted(const QList<QJsonObject>& items);
    void upsert(const QJsonObject& binding);
    void remove(const QJsonObject& binding);
    void failed(int category, const QString& message, bool fatal);
    void publish();

    QString m_deployment;
    State m_state = State::Loading;
    QString m_error;
    std::optional<QJsonObject> m_raw;
    std::optional<BindingFailovers> m_binding;
};

} // namespace fd::policy
