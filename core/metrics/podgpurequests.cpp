#include "metrics/podgpurequests.h"

namespace fd::metrics {

bool isGpuResource(const QString& resource) {
    return resource == QLatin1String("nvidia.com/gpu") ||
           (resource.startsWith(QLatin1String("nvidia.com/mig-")) &&
            resource.size() > int(qstrlen("nvidia.com/mig-")));
}

QList<PodGpuRequest> podGpuRequests(const QList<fd::kube::Pod>& pods) {
    QList<PodGpuRequest> out;
    for (const fd::kube::Pod& pod : pods) {
        if (pod.phase != QLatin1String("Running"))
            continue;
        QStringList resources; // in the order the containers name them
        for (const fd::kube::ContainerSpec& c : pod.containers)
            for (const fd::kube::ResourceList* list : {&c.requests, &c.limits})
                for (auto it = list->values.cbegin(); it != list->values.cend(); ++it)
                    if (isGpuResource(it.key()) && !resources.contains(it.key()))
                        resources << it.key();
        for (const QString& resource : resources) {
            const qint64 count = pod.requested(resource);
            if (count <= 0)
                continue;
            PodGpuRequest r;
            r.namespaceName = pod.metadata.namespaceName;
            r.pod = pod.metadata.name;
            r.node = pod.nodeName;
            r.resource = resource;
            r.count = double(count);
            out << r;
        }
    }
    return out;
}

} // namespace fd::metrics
