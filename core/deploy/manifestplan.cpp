// Validation and defaults: everything the admin chose is checked here, before any object is
// written, and each problem becomes one sentence saying what to change.
#include "deploy/manifest_p.h"

#include "deploy/deploytext.h"
#include "deploy/gpumodels.h"
#include "deploy/image.h"
#include "deploy/names.h"
#include "deploy/settings.h"
#include "deploy/sizes.h"
#include "kube/quantity.h"

#include <QRegularExpression>

namespace fd::deploy {

namespace {

constexpr qint64 kGi = qint64(1) << 30;

Error invalid(const QString& message) {
    return fd::makeError(fd::ErrorKind::InvalidInput, message);
}

QString q(const QString& s) {
    return QLatin1Char('"') + s + QLatin1Char('"');
}

std::optional<fd::kube::Quantity> quantity(const QString& text) {
    auto parsed = fd::kube::Quantity::parse(text);
    if (!parsed || parsed->milliValue() <= 0)
        return std::nullopt;
    return parsed;
}

// The short part of a model reference names the deployment: "meta-llama/Llama-3.1-8B" ->
// "Llama-3.1-8B", "/models/x.gguf" -> "x.gguf", "llama3.2:1b" stays.
QString modelShortName(const QString& model) {
    QString m = model;
    while (m.endsWith(QLatin1Char('/')))
        m.chop(1);
    const qsizetype slash = m.lastIndexOf(QLatin1Char('/'));
    return slash >= 0 ? m.mid(slash + 1) : m;
}

Status checkStore(const DeploySpec& spec, detail::Plan& plan) {
    const ModelStore& s = spec.store;
    const qint64 fileBytes = spec.model.fileSizeBytes;
    switch (s.kind) {
    case StorageKind::NewPvc:
    case StorageKind::EmptyDir: {
        if (!s.size.isEmpty()) {
            const auto size = quantity(s.size);
            if (!size)
                return invalid(Text::tr("The model store size %1 is not a size such as 100Gi.")
                                   .arg(q(s.size)));
            plan.storeSize = s.size;
            if (fileBytes > 0 && size->value() < fileBytes)
                plan.warnings << Text::tr("The model store (%1) is smaller than the model (%2); "
                                          "the download will not fit.")
                                     .arg(s.size, formatGiB(fileBytes));
        } else if (s.kind == StorageKind::NewPvc) {
            // Room for the weights plus the runtime's own files (tokenizer, partial downloads).
            plan.storeSize = toGiQuantity(qMax(10 * kGi, fileBytes + fileBytes / 2));
        }
        if (s.kind == StorageKind::NewPvc && !s.storageClass.isEmpty() &&
            !isDns1123Subdomain(s.storageClass))
            return invalid(
                Text::tr("The storage class %1 is not a valid name.").arg(q(s.storageClass)));
        if (s.kind == StorageKind::NewPvc && spec.replicas > 1)
            plan.warnings << Text::tr("%n replicas share one new model store, so it is requested "
                                      "ReadWriteMany; the storage class must support that.",
                                      nullptr, spec.replicas);
        if (s.kind == StorageKind::EmptyDir)
            plan.warnings << Text::tr("The model store is an emptyDir: every restart of a pod "
                                      "downloads the model again.");
        break;
    }
    case StorageKind::ExistingPvc:
        if (!isDns1123Subdomain(s.claimName))
            return invalid(Text::tr("Name the existing volume claim for the model store (a "
                                    "valid claim name, not %1).")
                               .arg(q(s.claimName)));
        break;
    case StorageKind::Nfs:
        if (s.nfsServer.isEmpty() || s.nfsServer.contains(QLatin1Char(' ')) ||
            s.nfsServer.contains(QLatin1Char('/')))
            return invalid(Text::tr("Give the NFS server of the model store as a host name or "
                                    "address."));
        if (!s.nfsPath.startsWith(QLatin1Char('/')))
            return invalid(Text::tr("Give the NFS export of the model store as an absolute path "
                                    "(it starts with \"/\")."));
        break;
    case StorageKind::HostPath:
        if (!s.hostPath.startsWith(QLatin1Char('/')) || s.hostPath == QLatin1String("/"))
            return invalid(Text::tr("Give the node directory of the model store as an absolute "
                                    "path other than \"/\"."));
        plan.warnings << Text::tr("A hostPath model store is one node's disk: a pod that starts "
                                  "on another node finds no model there.");
        break;
    }
    if (s.subPath.startsWith(QLatin1Char('/')) ||
        s.subPath.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        return invalid(Text::tr("The model store's sub-directory must be a relative path "
                                "without \"..\"."));
    if (s.readOnly && s.kind != StorageKind::NewPvc && s.kind != StorageKind::EmptyDir &&
        !spec.model.model.startsWith(QLatin1Char('/')))
        plan.warnings << Text::tr("The model store is read-only: the model must already be on "
                                  "it, nothing can be downloaded.");
    if (s.readOnly && (s.kind == StorageKind::NewPvc || s.kind == StorageKind::EmptyDir))
        return invalid(Text::tr("A new model store starts empty, so it cannot be read-only."));
    return {};
}

Status checkGpus(const DeploySpec& spec, const RuntimeSpec& rt, detail::Plan& plan) {
    int gpus =
        spec.gpus >= 0 ? spec.gpus : (spec.model.gpus > 0 ? spec.model.gpus : rt.gpu.defaultCount);
    if (gpus > 64)
        return invalid(
            Text::tr("%1 GPUs per replica is more than a node has; use at most 64.").arg(gpus));
    if (!spec.migProfile.isEmpty()) {
        static const QRegularExpression mig(QStringLiteral("^[1-9]g\\.[0-9]{1,4}gb(\\+me)?$"));
        if (!mig.match(spec.migProfile).hasMatch())
            return invalid(Text::tr("%1 is not a MIG profile such as 1g.10gb or 3g.40gb.")
                               .arg(q(spec.migProfile)));
        if (!rt.gpu.mig)
            return invalid(
                Text::tr("%1 cannot run on a MIG slice; choose whole GPUs.").arg(rt.name.text()));
        if (spec.gpus > 1)
            return invalid(Text::tr("A replica uses one MIG slice (a process sees only one); "
                                    "choose whole GPUs for more."));
        gpus = 1;
        plan.gpuResource = QStringLiteral("nvidia.com/mig-") + spec.migProfile;
    } else if (gpus > 0) {
        plan.gpuResource = QStringLiteral("nvidia.com/gpu");
    }
    if (gpus == 0 && rt.gpu.required)
        return invalid(Text::tr("%1 needs at least one GPU.").arg(rt.name.text()));
    if (gpus == 0)
        plan.warnings << Text::tr("No GPU is requested: %1 runs on the CPU, many times slower.")
                             .arg(rt.name.text());
    plan.gpus = gpus;
    if (!spec.gpuModel.isEmpty()) {
        const auto product = gpuProductFor(spec.gpuModel);
        if (!product)
            return invalid(Text::tr("%1 is not a GPU model Fleetdeck knows, nor a GPU product "
                                    "label value such as NVIDIA-H100-80GB-HBM3.")
                               .arg(q(spec.gpuModel)));
        if (gpus == 0)
            return invalid(Text::tr("A GPU model is chosen but no GPU is requested; request at "
                                    "least one GPU or clear the GPU model."));
        plan.gpuProduct = *product;
    }
    // Tensor parallelism must match the GPUs: each rank takes one GPU of the pod.
    if (const SettingSpec* tp = rt.settingWithRole(SettingRole::TensorParallel)) {
        if (plan.settings.contains(tp->key)) {
            const qint64 size = plan.settings.value(tp->key).toLongLong();
            if (gpus == 0 || size > gpus || gpus % size != 0)
                return invalid(Text::tr("The setting %1 is %2 but each replica has %n GPU(s); it "
                                        "must divide the GPU count.",
                                        nullptr, gpus)
                                   .arg(tp->key)
                                   .arg(size));
        } else if (gpus > 1) {
            plan.settings.insert(tp->key, QVariant(qlonglong(gpus)));
        }
    }
    return {};
}

Status checkResources(const DeploySpec& spec, detail::Plan& plan) {
    const ResourceRequests& r = spec.resources;
    plan.cpu = r.cpu.isEmpty() ? QStringLiteral("4") : r.cpu;
    const auto cpu = quantity(plan.cpu);
    if (!cpu)
        return invalid(
            Text::tr("The CPU request %1 is not a CPU amount such as 4 or 500m.").arg(q(plan.cpu)));
    if (!r.cpuLimit.isEmpty()) {
        const auto limit = quantity(r.cpuLimit);
        if (!limit || limit->milliValue() < cpu->milliValue())
            return invalid(Text::tr("The CPU limit %1 must be a CPU amount at least the request "
                                    "(%2).")
                               .arg(q(r.cpuLimit), plan.cpu));
        plan.cpuLimit = r.cpuLimit;
    }
    // Weights pass through host memory while they load.
    const qint64 fileBytes = spec.model.fileSizeBytes;
    plan.memory =
        r.memory.isEmpty() ? toGiQuantity(qBound(8 * kGi, fileBytes, 64 * kGi)) : r.memory;
    const auto memory = quantity(plan.memory);
    if (!memory)
        return invalid(
            Text::tr("The memory request %1 is not a size such as 16Gi.").arg(q(plan.memory)));
    plan.memoryLimit = r.memoryLimit.isEmpty() ? toGiQuantity(2 * memory->value()) : r.memoryLimit;
    const auto limit = quantity(plan.memoryLimit);
    if (!limit || limit->value() < memory->value())
        return invalid(Text::tr("The memory limit %1 must be a size at least the request (%2).")
                           .arg(q(plan.memoryLimit), plan.memory));
    return {};
}

Status checkImage(const DeploySpec& spec, const RuntimeSpec& rt, detail::Plan& plan) {
    const QString image = spec.image.isEmpty() ? rt.image : spec.image;
    if (!parseImageReference(image))
        return invalid(Text::tr("%1 is not an image reference such as registry/repository:tag.")
                           .arg(q(image)));
    if (!spec.registryMirror.isEmpty() && !isValidMirror(spec.registryMirror))
        return invalid(Text::tr("The registry mirror %1 is not a registry such as "
                                "harbor.example.com/proxy.")
                           .arg(q(spec.registryMirror)));
    plan.image = rewriteImage(image, spec.registryMirror);
    if (!spec.imagePullSecret.isEmpty() && !isDns1123Subdomain(spec.imagePullSecret))
        return invalid(Text::tr("The image pull secret %1 is not a valid secret name.")
                           .arg(q(spec.imagePullSecret)));
    return {};
}

void addLabels(const DeploySpec& spec, const RuntimeSpec& rt, detail::Plan& plan) {
    plan.selector = QJsonObject{{QLatin1String(labels::kInstance), plan.name},
                                {QLatin1String(labels::kName), rt.id}};
    plan.labels = plan.selector;
    plan.labels.insert(QLatin1String(labels::kComponent), QStringLiteral("model-server"));
    plan.labels.insert(QLatin1String(labels::kManagedBy), QStringLiteral("fleetdeck"));
    plan.labels.insert(QLatin1String(labels::kDeployment), plan.name);
    plan.labels.insert(QLatin1String(labels::kRuntime), rt.id);
    if (const auto ref = parseImageReference(plan.image)) {
        if (const QString version = sanitizeLabelValue(ref->tag); !version.isEmpty())
            plan.labels.insert(QLatin1String(labels::kVersion), version);
    }
    if (spec.target.kind == TargetKind::Karmada) {
        plan.labels.insert(QLatin1String(labels::kPlacementStrategy),
                           spec.target.placementStrategy);
        if (!spec.target.resourceProfile.isEmpty())
            plan.labels.insert(QLatin1String(labels::kResourceProfile),
                               spec.target.resourceProfile);
    }
    plan.annotations = QJsonObject{{QLatin1String(labels::kModelAnnotation), spec.model.model}};
}

} // namespace

int startupBudgetFor(qint64 modelFileBytes) {
    // 20 MB/s is a slow mirror or a shared uplink; loading into GPUs takes minutes on its own.
    const qint64 download = modelFileBytes / (20 * 1000 * 1000);
    return int(qMax<qint64>(30 * 60, download + 10 * 60));
}

QString deploymentNameFor(const DeploySpec& spec, const QSet<QString>& takenNames) {
    if (!spec.name.isEmpty())
        return spec.name;
    return uniqueName(sanitizeDns1035(modelShortName(spec.model.model)), takenNames);
}

namespace detail {

fd::Result<Plan> makePlan(const DeploySpec& spec, const RuntimeSpec& rt,
                          const QSet<QString>& takenNames) {
    Plan plan;
    plan.spec = &spec;
    plan.runtime = &rt;
    if (spec.runtimeId != rt.id)
        return invalid(Text::tr("The deployment asks for the runtime %1 but was given %2.")
                           .arg(q(spec.runtimeId), q(rt.id)));
    if (const QString problem = checkModelReference(spec.model.model); !problem.isEmpty())
        return invalid(Text::tr("Choose a model: %1.").arg(problem));
    plan.namespaceName =
        spec.namespaceName.isEmpty() ? QStringLiteral("default") : spec.namespaceName;
    if (!isDns1123Label(plan.namespaceName))
        return invalid(Text::tr("%1 is not a valid namespace name.").arg(q(plan.namespaceName)));
    plan.name = deploymentNameFor(spec, takenNames);
    if (!spec.name.isEmpty()) {
        if (!isDns1035Label(spec.name))
            return invalid(Text::tr("%1 is not a valid deployment name (lowercase letters, "
                                    "digits and \"-\", starting with a letter, at most 63); for "
                                    "example %2.")
                               .arg(q(spec.name), q(sanitizeDns1035(spec.name))));
        if (takenNames.contains(spec.name))
            return invalid(Text::tr("A deployment named %1 already exists there; choose another "
                                    "name, for example %2.")
                               .arg(q(spec.name), q(uniqueName(spec.name, takenNames))));
    }
    if (spec.replicas < 0 || spec.replicas > 64)
        return invalid(Text::tr("Choose between 0 and 64 replicas."));
    if (spec.nodePort != 0 && (spec.nodePort < 30000 || spec.nodePort > 32767))
        return invalid(Text::tr("The node port %1 is outside the cluster's usual range "
                                "30000–32767; leave it empty to let the cluster choose.")
                           .arg(spec.nodePort));
    if (spec.target.kind == TargetKind::Karmada) {
        if (spec.target.placementStrategy.isEmpty() || !isLabelValue(spec.target.placementStrategy))
            return invalid(Text::tr("Choose a placement strategy for the Karmada target."));
        if (!isLabelValue(spec.target.resourceProfile))
            return invalid(Text::tr("%1 is not a valid resource profile name.")
                               .arg(q(spec.target.resourceProfile)));
    }
    auto settings = resolveSettings(rt, spec.settings);
    if (!settings)
        return settings.error();
    plan.settings = *settings;
    for (const auto& check : {checkGpus(spec, rt, plan), checkImage(spec, rt, plan),
                              checkResources(spec, plan), checkStore(spec, plan)})
        if (!check)
            return check.error();
    if (const SettingSpec* ctx = rt.settingWithRole(SettingRole::ContextLength);
        ctx && plan.settings.contains(ctx->key) && spec.model.contextLength > 0 &&
        plan.settings.value(ctx->key).toLongLong() > spec.model.contextLength)
        plan.warnings << Text::tr("The context length %1 is longer than the model's own maximum "
                                  "(%2); the server may refuse to start.")
                             .arg(plan.settings.value(ctx->key).toLongLong())
                             .arg(spec.model.contextLength);
    plan.startupBudgetSeconds = spec.startupBudgetSeconds > 0
                                    ? spec.startupBudgetSeconds
                                    : (rt.health.loading == HealthSpec::Loading::NotReady
                                           ? 10 * 60
                                           : startupBudgetFor(spec.model.fileSizeBytes));
    addLabels(spec, rt, plan);
    return plan;
}

} // namespace detail

} // namespace fd::deploy
