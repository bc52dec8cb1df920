#include "deploy/instancestatus.h"

#include "deploy/deploytext.h"

namespace fd::deploy {

using fd::kube::Event;
using fd::kube::Pod;

namespace {

struct PodVerdict {
    int rank = 0; // higher is further from serving
    InstanceState state = InstanceState::Pending;
    QString reason;
    QString message;
};

bool isGpuShortage(const QString& text) {
    return text.contains(QLatin1String("Insufficient nvidia.com/gpu")) ||
           text.contains(QLatin1String("Insufficient nvidia.com/mig-"));
}

const Event* newestFor(const QList<Event>& events, const QString& podName,
                       const QString& reason = {}, bool warningsOnly = false) {
    const Event* best = nullptr;
    for (const Event& e : events) {
        if (!podName.isEmpty() &&
            (e.involvedObject.kind != QLatin1String("Pod") || e.involvedObject.name != podName))
            continue;
        if (!reason.isEmpty() && e.reason != reason)
            continue;
        if (warningsOnly && e.type != QLatin1String("Warning"))
            continue;
        if (!best || e.lastSeen() > best->lastSeen())
            best = &e;
    }
    return best;
}

bool isFailureReason(const QString& r) {
    static const char* const kReasons[] = {
        "CrashLoopBackOff",  "ImagePullBackOff",           "ErrImagePull",
        "InvalidImageName",  "CreateContainerConfigError", "CreateContainerError",
        "RunContainerError", "ErrImageNeverPull"};
    for (const char* k : kReasons)
        if (r == QLatin1String(k))
            return true;
    return false;
}

PodVerdict judge(const Pod& pod, const QList<Event>& events, const HealthSpec& health) {
    PodVerdict v;
    for (const fd::kube::ContainerStatus& cs : pod.containerStatuses) {
        if (cs.state != QLatin1String("waiting") || !isFailureReason(cs.stateReason))
            continue;
        const Event* warning = newestFor(events, pod.metadata.name, {}, true);
        const QString said = warning ? warning->message : cs.stateMessage;
        v.rank = 5;
        v.state = InstanceState::Failing;
        v.reason = cs.stateReason;
        if (cs.stateReason == QLatin1String("CrashLoopBackOff"))
            v.message =
                Text::tr("The model server keeps crashing (CrashLoopBackOff, %n restart(s)); "
                         "its log says why. Last event: %1",
                         nullptr, cs.restartCount)
                    .arg(said);
        else if (cs.stateReason.contains(QLatin1String("Image")))
            v.message = Text::tr("The image cannot be pulled (%1): %2").arg(cs.stateReason, said);
        else
            v.message = Text::tr("The container cannot start (%1): %2").arg(cs.stateReason, said);
        return v;
    }
    if (pod.phase == QLatin1String("Pending")) {
        for (const fd::kube::Condition& c : pod.conditions) {
            if (c.type != QLatin1String("PodScheduled") || c.status != QLatin1String("False"))
                continue;
            const Event* e =
                newestFor(events, pod.metadata.name, QStringLiteral("FailedScheduling"));
            const QString said = e ? e->message : c.message;
            v.rank = 4;
            v.reason = c.reason.isEmpty() ? QStringLiteral("Unschedulable") : c.reason;
            if (isGpuShortage(said) || isGpuShortage(c.message)) {
                v.state = InstanceState::WaitingForGpus;
                v.message = Text::tr("Waiting for free GPUs: %1").arg(said);
            } else {
                v.state = InstanceState::Unschedulable;
                v.message = Text::tr("No node can take the pod: %1").arg(said);
            }
            return v;
        }
        const Event* latest = newestFor(events, pod.metadata.name);
        if (latest && latest->reason == QLatin1String("Pulling")) {
            v.rank = 3;
            v.state = InstanceState::PullingImage;
            v.reason = latest->reason;
            v.message = Text::tr("Pulling the image: %1").arg(latest->message);
            return v;
        }
        v.rank = 1;
        v.state = InstanceState::Pending;
        v.reason = pod.phase;
        v.message = Text::tr("The pod is scheduled and its containers are being created.");
        return v;
    }
    if (pod.phase == QLatin1String("Running") &&
        pod.readyContainers() < pod.containerStatuses.size()) {
        v.rank = 2;
        v.state = InstanceState::Starting;
        v.reason = QStringLiteral("Starting");
        v.message = health.loadingText.en.isEmpty()
                        ? Text::tr("The server is starting and loading the model.")
                        : Text::tr("Loading the model: %1").arg(health.loadingText.text());
        return v;
    }
    if (pod.phase == QLatin1String("Failed")) {
        v.rank = 5;
        v.state = InstanceState::Failing;
        v.reason = pod.phase;
        v.message = Text::tr("A pod failed; its events and log say why.");
    }
    return v;
}

} // namespace

QString instanceStateName(InstanceState state) {
    switch (state) {
    case InstanceState::ScaledDown:
        return QStringLiteral("scaled-down");
    case InstanceState::Pending:
        return QStringLiteral("pending");
    case InstanceState::WaitingForGpus:
        return QStringLiteral("waiting-for-gpus");
    case InstanceState::Unschedulable:
        return QStringLiteral("unschedulable");
    case InstanceState::PullingImage:
        return QStringLiteral("pulling-image");
    case InstanceState::Starting:
        return QStringLiteral("starting");
    case InstanceState::Ready:
        return QStringLiteral("ready");
    case InstanceState::Degraded:
        return QStringLiteral("degraded");
    case InstanceState::Failing:
        return QStringLiteral("failing");
    }
    return {};
}

InstanceStatus summarizeInstance(const fd::kube::Deployment& deployment, const QList<Pod>& pods,
                                 const QList<Event>& events, const HealthSpec& health) {
    InstanceStatus s;
    s.desired = deployment.replicas;
    s.ready = deployment.readyReplicas;
    if (const Event* latest = newestFor(events, {})) {
        s.latestEvent = latest->reason + QStringLiteral(": ") + latest->message;
        s.latestEventTime = latest->lastSeen();
    }
    PodVerdict worst;
    for (const Pod& pod : pods) {
        if (pod.metadata.deletionTimestamp.isValid())
            continue;
        s.restarts += pod.restarts();
        const PodVerdict v = judge(pod, events, health);
        if (v.rank > worst.rank)
            worst = v;
    }
    if (s.desired == 0) {
        s.state = InstanceState::ScaledDown;
        s.message = Text::tr("Scaled down to zero replicas.");
        return s;
    }
    if (s.ready >= s.desired && worst.rank < 5) {
        s.state = InstanceState::Ready;
        s.message = Text::tr("All %n replica(s) are ready.", nullptr, s.desired);
        return s;
    }
    for (const fd::kube::Condition& c : deployment.conditions) {
        if (c.type == QLatin1String("ReplicaFailure") && c.status == QLatin1String("True") &&
            worst.rank < 5) {
            worst = {5, InstanceState::Failing, c.reason,
                     Text::tr("Pods cannot be created: %1").arg(c.message)};
        }
    }
    if (worst.rank == 0) {
        worst.state = InstanceState::Pending;
        worst.reason = QStringLiteral("Pending");
        worst.message = Text::tr("Waiting for the pods to be created.");
    }
    s.state = s.ready > 0 ? InstanceState::Degraded : worst.state;
    s.reason = worst.reason;
    s.message = s.ready > 0 ? Text::tr("%1 of %2 replicas are ready. %3")
                                  .arg(s.ready)
                                  .arg(s.desired)
                                  .arg(worst.message)
                            : worst.message;
    return s;
}

QList<QUrl> serviceEndpoints(const QList<fd::kube::Node>& nodes, const fd::kube::Service& service) {
    int nodePort = 0;
    for (const fd::kube::ServicePort& p : service.ports)
        if (p.name == QLatin1String("http"))
            nodePort = p.nodePort;
    if (nodePort == 0 && !service.ports.isEmpty())
        nodePort = service.ports.first().nodePort;
    QList<QUrl> out;
    if (nodePort <= 0)
        return out;
    for (const fd::kube::Node& node : nodes) {
        if (!node.isReady())
            continue;
        for (const char* type : {"InternalIP", "ExternalIP"}) {
            for (const fd::kube::NodeAddress& a : node.addresses) {
                if (a.type != QLatin1String(type) || a.address.isEmpty())
                    continue;
                QUrl url;
                url.setScheme(QStringLiteral("http"));
                url.setHost(a.address);
                url.setPort(nodePort);
                if (url.isValid() && !out.contains(url))
                    out << url;
            }
        }
    }
    return out;
}

} // namespace fd::deploy
