#include "deploy/fitcheck.h"

#include "deploy/deploytext.h"
#include "deploy/gpumodels.h"
#include "deploy/sizes.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <map>

namespace fd::deploy {

namespace {

constexpr qint64 kMiB = qint64(1) << 20;
const QLatin1String kMigPrefix("nvidia.com/mig-");

bool tolerated(const fd::kube::Taint& taint, const FitRequest& request) {
    if (taint.effect != QLatin1String("NoSchedule") && taint.effect != QLatin1String("NoExecute"))
        return true; // PreferNoSchedule only steers the scheduler
    return request.toleratedTaints.contains(taint.key);
}

QString taintText(const fd::kube::Taint& t) {
    return t.key + (t.value.isEmpty() ? QString() : QLatin1Char('=') + t.value) + QLatin1Char(':') +
           t.effect;
}

qint64 offered(const NodeFit& f, const FitRequest& r) {
    return qint64(double(f.memoryPerGpuBytes) * r.gpus * r.memoryUtilization);
}

bool memoryFits(const NodeFit& f, const FitRequest& r) {
    return r.requiredBytes <= 0 || f.memoryPerGpuBytes <= 0 || offered(f, r) >= r.requiredBytes;
}

bool fitsOne(const NodeFit& f, const FitRequest& r) {
    return f.productMatches && f.usable() && f.free >= r.gpus && memoryFits(f, r);
}

QString unusableReason(const NodeFit& f) {
    if (!f.ready)
        return Text::tr("not Ready");
    if (!f.schedulable)
        return Text::tr("cordoned");
    return Text::tr("tainted %1").arg(f.blockingTaint);
}

} // namespace

FitRequest fitRequestFor(const Manifest& manifest, const MemoryEstimate& estimate, int replicas) {
    FitRequest r;
    r.gpus = manifest.gpus;
    r.gpuResource = manifest.gpuResource;
    r.gpuProduct = manifest.gpuProduct;
    r.replicas = replicas;
    r.requiredBytes = estimate.totalBytes;
    r.memoryUtilization = estimate.memoryUtilization;
    return r;
}

qint64 gpuMemoryBytes(const fd::kube::Node& node, const QString& resource) {
    if (resource.startsWith(kMigPrefix)) {
        const QString profile = resource.mid(kMigPrefix.size());
        const qint64 mib =
            node.metadata.labels.value(kMigPrefix + profile + QStringLiteral(".memory"))
                .toLongLong();
        if (mib > 0)
            return mib * kMiB;
        // "3g.40gb": a slice holds a little less than its nominal size (9984 MiB for 10gb).
        static const QRegularExpression gb(QStringLiteral("\\.(\\d+)gb"));
        const auto m = gb.match(profile);
        return m.hasMatch() ? m.captured(1).toLongLong() * 998 * kMiB : 0;
    }
    const qint64 mib =
        node.metadata.labels.value(QStringLiteral("nvidia.com/gpu.memory")).toLongLong();
    if (mib > 0)
        return mib * kMiB;
    return gpuMemoryMiBForProduct(node.gpuProduct()) * kMiB;
}

FitResult checkFit(const QList<fd::kube::Node>& nodes, const QList<fd::kube::Pod>& pods,
                   const FitRequest& r) {
    FitResult out;
    out.requiredBytes = r.requiredBytes;
    if (r.gpus <= 0 || r.gpuResource.isEmpty()) {
        out.fits = true;
        out.placeableReplicas = r.replicas;
        out.message = Text::tr("No GPU is requested, so there is no GPU fit to check.");
        return out;
    }

    QHash<QString, qint64> used;
    for (const fd::kube::Pod& pod : pods) {
        if (pod.nodeName.isEmpty() || pod.phase == QLatin1String("Succeeded") ||
            pod.phase == QLatin1String("Failed"))
            continue;
        used[pod.nodeName] += pod.requested(r.gpuResource);
    }

    std::map<QString, int> products; // what the cluster has, for the message
    for (const fd::kube::Node& node : nodes) {
        const qint64 allocatable = node.allocatable.value(r.gpuResource);
        if (allocatable <= 0 && node.capacity.value(r.gpuResource) <= 0)
            continue;
        NodeFit f;
        f.node = node.metadata.name;
        f.product = node.gpuProduct();
        products[f.product.isEmpty() ? Text::tr("unlabelled GPUs") : f.product] += 1;
        f.productMatches = r.gpuProduct.isEmpty() || f.product == r.gpuProduct;
        f.ready = node.isReady();
        f.schedulable = !node.unschedulable;
        for (const fd::kube::Taint& t : node.taints) {
            if (!tolerated(t, r)) {
                f.blockingTaint = taintText(t);
                break;
            }
        }
        f.allocatable = allocatable;
        f.requested = used.value(f.node);
        f.free = qMax<qint64>(0, allocatable - f.requested);
        f.memoryPerGpuBytes = gpuMemoryBytes(node, r.gpuResource);
        out.nodes.append(f);
    }
    std::stable_sort(out.nodes.begin(), out.nodes.end(), [&](const NodeFit& a, const NodeFit& b) {
        const auto key = [&](const NodeFit& f) {
            return std::make_tuple(f.productMatches, f.usable(), fitsOne(f, r), f.free >= r.gpus,
                                   f.free, f.memoryPerGpuBytes);
        };
        if (key(a) != key(b))
            return key(a) > key(b);
        return a.node < b.node;
    });

    // Replicas placed greedily, best node first (the scheduler may spread them differently).
    QList<qint64> free;
    for (const NodeFit& f : std::as_const(out.nodes))
        free << f.free;
    for (int replica = 0; replica < r.replicas; ++replica) {
        bool placed = false;
        for (qsizetype i = 0; i < out.nodes.size() && !placed; ++i) {
            const NodeFit& f = out.nodes[i];
            if (f.productMatches && f.usable() && memoryFits(f, r) && free[i] >= r.gpus) {
                free[i] -= r.gpus;
                placed = true;
            }
        }
        if (!placed)
            break;
        ++out.placeableReplicas;
    }
    out.fits = out.placeableReplicas >= r.replicas;

    const QString what = !r.gpuProduct.isEmpty()                ? r.gpuProduct
                         : r.gpuResource.startsWith(kMigPrefix) ? r.gpuResource
                                                                : QStringLiteral("nvidia.com/gpu");
    if (out.nodes.isEmpty()) {
        out.message =
            r.gpuResource.startsWith(kMigPrefix)
                ? Text::tr("No node offers %1 (no GPU is partitioned into that MIG profile).")
                      .arg(r.gpuResource)
                : Text::tr("No node offers NVIDIA GPUs: the cluster has no GPU nodes, or the "
                           "NVIDIA device plugin is not running on them.");
        return out;
    }
    const NodeFit& best = out.nodes.front();
    out.bestNode = best.node;
    out.offeredBytes = offered(best, r);
    if (!best.productMatches) {
        QStringList have;
        for (const auto& [product, count] : products)
            have << product;
        out.message = Text::tr("No node has %1 GPUs; the cluster has %2.")
                          .arg(r.gpuProduct, have.join(QStringLiteral(", ")));
        out.bestNode.clear();
        out.offeredBytes = 0;
        return out;
    }
    if (!best.usable()) {
        out.message = Text::tr("No node with %1 GPUs can take the pod: the best, %2, is %3.")
                          .arg(what, best.node, unusableReason(best));
        return out;
    }
    if (best.free < r.gpus) {
        out.message = Text::tr("No node has %n free %1 GPU(s) for a replica; the best, %2, has "
                               "%3 of %4 free.",
                               nullptr, r.gpus)
                          .arg(what, best.node)
                          .arg(best.free)
                          .arg(best.allocatable);
        return out;
    }
    if (!memoryFits(best, r)) {
        out.message = Text::tr("The model needs about %1 of GPU memory, but %n GPU(s) on %2 "
                               "offer %3; use more GPUs, a shorter context or a smaller "
                               "quantisation.",
                               nullptr, r.gpus)
                          .arg(formatGiB(r.requiredBytes), best.node, formatGiB(out.offeredBytes));
        return out;
    }
    if (!out.fits) {
        out.message = Text::tr("Only %1 of %2 replicas fit; the best node, %3, has %4 free %5 "
                               "GPUs.")
                          .arg(out.placeableReplicas)
                          .arg(r.replicas)
                          .arg(best.node)
                          .arg(best.free)
                          .arg(what);
        return out;
    }
    if (r.requiredBytes > 0 && best.memoryPerGpuBytes > 0)
        out.message = Text::tr("%1 has %2 free %3 GPUs; the model needs about %4 of the %5 they "
                               "offer.")
                          .arg(best.node)
                          .arg(best.free)
                          .arg(what, formatGiB(r.requiredBytes), formatGiB(out.offeredBytes));
    else
        out.message = Text::tr("%1 has %2 free %3 GPUs (their memory is unknown, so the model's "
                               "size was not checked).")
                          .arg(best.node)
                          .arg(best.free)
                          .arg(what);
    return out;
}

} // namespace fd::deploy
