#include "deploy/manifest_p.h"

#include "deploy/settings.h"
#include "deploy/template.h"
#include "deploy/yamlrender.h"

namespace fd::deploy {

using detail::Plan;

namespace {

QJsonArray env(const Plan& plan, const QMap<QString, QString>& values) {
    QJsonArray out;
    for (const EnvVar& e : plan.runtime->env)
        out.append(QJsonObject{{QStringLiteral("name"), e.name},
                               {QStringLiteral("value"), expandTemplate(e.value, values)}});
    for (const SettingSpec& s : plan.runtime->settings)
        if (s.apply == SettingApply::Env && plan.settings.contains(s.key))
            out.append(QJsonObject{
                {QStringLiteral("name"), s.target},
                {QStringLiteral("value"), settingValueText(s, plan.settings.value(s.key))}});
    return out;
}

QStringList args(const Plan& plan, const QMap<QString, QString>& values) {
    const RuntimeSpec& rt = *plan.runtime;
    QStringList out;
    const bool local = plan.spec->model.model.startsWith(QLatin1Char('/'));
    for (const QStringList* part :
         {&rt.args, local && !rt.localModelArgs.isEmpty() ? &rt.localModelArgs : &rt.modelArgs})
        for (const QString& a : *part)
            out << expandTemplate(a, values);
    for (const SettingSpec& s : rt.settings) {
        if (s.apply != SettingApply::Arg || !plan.settings.contains(s.key))
            continue;
        const QVariant v = plan.settings.value(s.key);
        if (s.type == SettingType::Bool) {
            if (v.toBool())
                out << s.target;
        } else {
            out << s.target << settingValueText(s, v);
        }
    }
    return out;
}

QJsonObject resources(const Plan& plan) {
    QJsonObject requests{{QStringLiteral("cpu"), plan.cpu},
                         {QStringLiteral("memory"), plan.memory}};
    QJsonObject limits{{QStringLiteral("memory"), plan.memoryLimit}};
    if (!plan.cpuLimit.isEmpty())
        limits.insert(QStringLiteral("cpu"), plan.cpuLimit);
    if (!plan.gpuResource.isEmpty()) {
        // Extended resources cannot be overcommitted: request and limit are the same count.
        requests.insert(plan.gpuResource, QString::number(plan.gpus));
        limits.insert(plan.gpuResource, QString::number(plan.gpus));
    }
    return QJsonObject{{QStringLiteral("requests"), requests}, {QStringLiteral("limits"), limits}};
}

QJsonObject container(const Plan& plan) {
    const RuntimeSpec& rt = *plan.runtime;
    const QMap<QString, QString> values{{QStringLiteral("port"), QString::number(rt.port)},
                                        {QStringLiteral("model"), plan.spec->model.model},
                                        {QStringLiteral("modelStore"), rt.modelStorePath},
                                        {QStringLiteral("name"), plan.name}};
    QJsonObject c{{QStringLiteral("name"), rt.id},
                  {QStringLiteral("image"), plan.image},
                  {QStringLiteral("ports"),
                   QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("http")},
                                          {QStringLiteral("containerPort"), rt.port},
                                          {QStringLiteral("protocol"), QStringLiteral("TCP")}}}},
                  {QStringLiteral("resources"), resources(plan)},
                  {QStringLiteral("startupProbe"), detail::startupProbe(plan)},
                  {QStringLiteral("readinessProbe"), detail::readinessProbe(plan)},
                  {QStringLiteral("livenessProbe"), detail::livenessProbe(plan)}};
    QStringList command;
    for (const QString& part : rt.command)
        command << expandTemplate(part, values);
    if (!command.isEmpty())
        c.insert(QStringLiteral("command"), QJsonArray::fromStringList(command));
    if (const QStringList a = args(plan, values); !a.isEmpty())
        c.insert(QStringLiteral("args"), QJsonArray::fromStringList(a));
    if (const QJsonArray e = env(plan, values); !e.isEmpty())
        c.insert(QStringLiteral("env"), e);
    QJsonArray mounts{detail::storeMount(plan)};
    if (rt.gpu.sharedMemory && plan.gpus > 0)
        mounts.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("dshm")},
                                  {QStringLiteral("mountPath"), QStringLiteral("/dev/shm")}});
    if (!rt.startupScript.isEmpty())
        mounts.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("startup")},
                                  {QStringLiteral("mountPath"), QStringLiteral("/fleetdeck")},
                                  {QStringLiteral("readOnly"), true}});
    c.insert(QStringLiteral("volumeMounts"), mounts);
    return c;
}

QJsonObject podSpec(const Plan& plan) {
    const RuntimeSpec& rt = *plan.runtime;
    QJsonArray volumes{detail::storeVolume(plan)};
    if (rt.gpu.sharedMemory && plan.gpus > 0)
        // NCCL and the runtimes' worker processes exchange tensors through /dev/shm; the
        // container runtime's 64 MiB default breaks tensor parallelism.
        volumes.append(QJsonObject{
            {QStringLiteral("name"), QStringLiteral("dshm")},
            {QStringLiteral("emptyDir"),
             QJsonObject{{QStringLiteral("medium"), QStringLiteral("Memory")},
                         {QStringLiteral("sizeLimit"),
                          plan.gpus > 1 ? QStringLiteral("16Gi") : QStringLiteral("2Gi")}}}});
    if (!rt.startupScript.isEmpty())
        volumes.append(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("startup")},
                        {QStringLiteral("configMap"),
                         QJsonObject{{QStringLiteral("name"), detail::configMapName(plan)},
                                     {QStringLiteral("defaultMode"), 0555}}}});
    QJsonObject spec{{QStringLiteral("containers"), QJsonArray{container(plan)}},
                     {QStringLiteral("volumes"), volumes},
                     {QStringLiteral("enableServiceLinks"), false}};
    if (!plan.gpuProduct.isEmpty())
        spec.insert(QStringLiteral("nodeSelector"),
                    QJsonObject{{QLatin1String(labels::kGpuProduct), plan.gpuProduct}});
    if (plan.gpus > 0)
        // GPU nodes are commonly tainted nvidia.com/gpu:NoSchedule to keep other pods off.
        spec.insert(
            QStringLiteral("tolerations"),
            QJsonArray{QJsonObject{{QStringLiteral("key"), QStringLiteral("nvidia.com/gpu")},
                                   {QStringLiteral("operator"), QStringLiteral("Exists")},
                                   {QStringLiteral("effect"), QStringLiteral("NoSchedule")}}});
    if (!plan.spec->imagePullSecret.isEmpty())
        spec.insert(QStringLiteral("imagePullSecrets"),
                    QJsonArray{QJsonObject{{QStringLiteral("name"), plan.spec->imagePullSecret}}});
    return spec;
}

ManifestObject deployment(const Plan& plan) {
    const QJsonObject spec{
        {QStringLiteral("replicas"), plan.spec->replicas},
        {QStringLiteral("selector"), QJsonObject{{QStringLiteral("matchLabels"), plan.selector}}},
        {QStringLiteral("strategy"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("Recreate")}}},
        // The Progressing condition turns False after this long; a model that is still loading
        // must not read as a failed rollout.
        {QStringLiteral("progressDeadlineSeconds"), plan.startupBudgetSeconds + 600},
        {QStringLiteral("template"),
         QJsonObject{{QStringLiteral("metadata"),
                      QJsonObject{{QStringLiteral("labels"), plan.labels},
                                  {QStringLiteral("annotations"), plan.annotations}}},
                     {QStringLiteral("spec"), podSpec(plan)}}}};
    return {QStringLiteral("apps/v1"), QStringLiteral("Deployment"), plan.name,
            QJsonObject{{QStringLiteral("apiVersion"), QStringLiteral("apps/v1")},
                        {QStringLiteral("kind"), QStringLiteral("Deployment")},
                        {QStringLiteral("metadata"), detail::objectMeta(plan, plan.name, true)},
                        {QStringLiteral("spec"), spec}}};
}

QJsonObject requestOptions(const Plan& plan) {
    QJsonObject out;
    for (const SettingSpec& s : plan.runtime->settings) {
        if (s.apply != SettingApply::RequestOption || !plan.settings.contains(s.key))
            continue;
        const QVariant v = plan.settings.value(s.key);
        switch (s.type) {
        case SettingType::Int:
            out.insert(s.target, double(v.toLongLong()));
            break;
        case SettingType::Float:
            out.insert(s.target, v.toDouble());
            break;
        case SettingType::Bool:
            out.insert(s.target, v.toBool());
            break;
        default:
            out.insert(s.target, v.toString());
        }
    }
    return out;
}

} // namespace

const ManifestObject* Manifest::find(const QString& kind) const {
    for (const ManifestObject& o : objects)
        if (o.kind == kind)
            return &o;
    return nullptr;
}

QList<QJsonObject> Manifest::jsonObjects() const {
    QList<QJsonObject> out;
    for (const ManifestObject& o : objects)
        out << o.json;
    return out;
}

QString Manifest::yaml() const {
    return toYamlDocuments(jsonObjects());
}

fd::Result<Manifest> buildManifest(const DeploySpec& spec, const RuntimeSpec& runtime,
                                   const QSet<QString>& takenNames) {
    auto plan = detail::makePlan(spec, runtime, takenNames);
    if (!plan)
        return plan.error();
    Manifest m;
    m.name = plan->name;
    m.namespaceName = plan->namespaceName;
    m.image = plan->image;
    m.gpus = plan->gpus;
    m.gpuResource = plan->gpuResource;
    m.gpuProduct = plan->gpuProduct;
    m.settings = plan->settings;
    m.requestOptions = requestOptions(*plan);
    m.startupBudgetSeconds = plan->startupBudgetSeconds;
    m.warnings = plan->warnings;
    if (!runtime.startupScript.isEmpty())
        m.objects << detail::configMap(*plan);
    if (spec.store.kind == StorageKind::NewPvc)
        m.objects << detail::persistentVolumeClaim(*plan);
    m.objects << deployment(*plan) << detail::service(*plan);
    return m;
}

} // namespace fd::deploy
