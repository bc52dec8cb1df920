#include "kube/kubetypes.h"

#include <algorithm>

namespace fd::kube {

namespace {
const QString kGpuResource = QStringLiteral("nvidia.com/gpu");
const QString kMigPrefix = QStringLiteral("nvidia.com/mig-");
const QString kRolePrefix = QStringLiteral("node-role.kubernetes.io/");
} // namespace

std::optional<Quantity> ResourceList::quantity(const QString& resource) const {
    const auto it = values.constFind(resource);
    if (it == values.constEnd())
        return std::nullopt;
    return Quantity::parse(*it);
}

qint64 ResourceList::value(const QString& resource) const {
    const auto q = quantity(resource);
    return q ? q->value() : 0;
}

bool Node::isReady() const {
    for (const Condition& c : conditions) {
        if (c.type == QLatin1String("Ready"))
            return c.status == QLatin1String("True");
    }
    return false;
}

QString Node::readyStatus() const {
    QString status = QStringLiteral("Unknown");
    for (const Condition& c : conditions) {
        if (c.type == QLatin1String("Ready")) {
            status = c.status == QLatin1String("True") ? QStringLiteral("Ready")
                                                       : QStringLiteral("NotReady");
            break;
        }
    }
    // As kubectl prints it.
    if (unschedulable)
        status += QLatin1String(",SchedulingDisabled");
    return status;
}

QStringList Node::roles() const {
    QStringList out;
    for (auto it = metadata.labels.cbegin(); it != metadata.labels.cend(); ++it) {
        if (it.key().startsWith(kRolePrefix)) {
            const QString role = it.key().mid(kRolePrefix.size());
            if (!role.isEmpty())
                out.append(role);
        } else if (it.key() == QLatin1String("kubernetes.io/role") && !it.value().isEmpty()) {
            out.append(it.value()); // the legacy label kubectl also honours
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString Node::internalIp() const {
    for (const NodeAddress& a : addresses) {
        if (a.type == QLatin1String("InternalIP"))
            return a.address;
    }
    return {};
}

QString Node::gpuProduct() const {
    return metadata.labels.value(QStringLiteral("nvidia.com/gpu.product"));
}

qint64 Node::gpuCapacity() const {
    return capacity.value(kGpuResource);
}
qint64 Node::gpuAllocatable() const {
    return allocatable.value(kGpuResource);
}

QMap<QString, qint64> Node::migResources() const {
    QMap<QString, qint64> out;
    for (auto it = capacity.values.cbegin(); it != capacity.values.cend(); ++it) {
        if (it.key().startsWith(kMigPrefix)) {
            if (const auto q = Quantity::parse(it.value()))
                out.insert(it.key(), q->value());
        }
    }
    return out;
}

QString Node::migStrategy() const {
    return metadata.labels.value(QStringLiteral("nvidia.com/mig.strategy"));
}

QString Node::migConfig() const {
    return metadata.labels.value(QStringLiteral("nvidia.com/mig.config"));
}

int Pod::restarts() const {
    int total = 0;
    for (const ContainerStatus& s : containerStatuses)
        total += s.restartCount;
    return total;
}

int Pod::readyContainers() const {
    return int(std::count_if(containerStatuses.cbegin(), containerStatuses.cend(),
                             [](const ContainerStatus& s) { return s.ready; }));
}

qint64 Pod::requested(const QString& resource) const {
    qint64 total = 0;
    // As the API server defaults them: a container that states only a limit for a resource
    // requests that much (objects read back from a server always carry both).
    for (const ContainerSpec& c : containers)
        total += c.requests.values.contains(resource) ? c.requests.value(resource)
                                                      : c.limits.value(resource);
    return total;
}

QDateTime Event::lastSeen() const {
    for (const QDateTime* t :
         {&lastTimestamp, &eventTime, &firstTimestamp, &metadata.creationTimestamp}) {
        if (t->isValid())
            return *t;
    }
    return {};
}

} // namespace fd::kube
