#pragma once

// What the Instances page says about one deployment, from what the member cluster's watches
// deliver (the Deployment, its pods, their events) — pure, so the page, `deploy status` and the
// tests share it; and where the model answers: http://<node IP>:<node port> for each Ready node.
//
// The state follows the pod that is furthest from serving: a crash loop or an image that cannot
// be pulled outranks a pod that is merely starting, which outranks a scheduled-but-creating one.
// Pending pods whose scheduling failed for nvidia.com/gpu (or a MIG resource) are
// WaitingForGpus, named as such, with the scheduler's own message.

#include "deploy/runtime.h"
#include "kube/kubetypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

namespace fd::deploy {

enum class InstanceState {
    ScaledDown,     // zero replicas desired
    Pending,        // pods not scheduled or containers being created
    WaitingForGpus, // unschedulable: not enough free nvidia.com/gpu (or MIG slices)
    Unschedulable,  // unschedulable for another reason (taints, node selector, memory …)
    PullingImage,
    Starting, // running, not ready yet: downloading or loading the model
    Ready,    // every desired replica ready
    Degraded, // some replicas ready, others not
    Failing,  // CrashLoopBackOff, ImagePullBackOff, ErrImagePull, a config error …
};

QString instanceStateName(InstanceState state); // "ready", "waiting-for-gpus" … (JSON, filters)

struct InstanceStatus {
    InstanceState state = InstanceState::Pending;
    int desired = 0;
    int ready = 0;
    int restarts = 0;
    QString reason;      // Kubernetes' word: CrashLoopBackOff, ImagePullBackOff, Unschedulable …
    QString message;     // one sentence for the user (translated), with the cluster's own words
    QString latestEvent; // "Reason: message" of the newest event, empty when none
    QDateTime latestEventTime; // UTC
};

// `pods` and `events` are the deployment's own (selected by its labels / involvedObject); pods
// being deleted are ignored. `loading` is the runtime's, to word the Starting state.
InstanceStatus summarizeInstance(const fd::kube::Deployment& deployment,
                                 const QList<fd::kube::Pod>& pods,
                                 const QList<fd::kube::Event>& events,
                                 const HealthSpec& health = {});

// http://<address>:<nodePort> for every Ready node (InternalIP, then ExternalIP when it has one),
// from the Service's port named "http" (else its first port). Empty without a node port.
QList<QUrl> serviceEndpoints(const QList<fd::kube::Node>& nodes, const fd::kube::Service& service);

} // namespace fd::deploy
