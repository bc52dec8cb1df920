#include "policy/deploymentfailovers.h"

#include "kube/resourcetype.h"
#include "policy/policylog.h"
#include "policy/policytext.h"
#include "registry/clusterconnections.h"

namespace fd::policy {

namespace {
QString nameOf(const QJsonObject& o) {
    return o.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString();
}
} // namespace

DeploymentFailovers::DeploymentFailovers(fd::registry::ClusterConnections& connections,
                                         qint64 controlPlaneId, QString namespaceName,
                                         QString deployment, QObject* parent)
    : QObject(parent)
    , m_deployment(std::move(deployment)) {
    fd::kube::ListOptions options;
    options.namespaceName = std::move(namespaceName);
    // One object: the binding's name is fixed by Karmada, so the server filters for us.
    options.fieldSelector.equals(QStringLiteral("metadata.name"), bindingName());
    fd::kube::WatchHandlers<QJsonObject> handlers;
    handlers.onRelisted = [this](fd::kube::ObjectList<QJsonObject>&& state) {
        relisted(state.items);
    };
    handlers.onDeltas = [this](QList<fd::kube::WatchDelta<QJsonObject>>&& deltas) {
        for (const auto& d : deltas) {
            if (d.type == fd::kube::WatchDelta<QJsonObject>::Type::Deleted)
                remove(d.object);
            else
                upsert(d.object);
        }
        if (m_state != State::Ready)
            m_state = State::Ready, m_error.clear();
        publish();
    };
    handlers.onError = [this](const fd::kube::KubeError& e, bool fatal) {
        failed(int(e.category), e.message, fatal);
    };
    connections.watch<QJsonObject>(controlPlaneId, fd::kube::resources::resourceBindings(), options,
                                   {}, this, std::move(handlers));
}

DeploymentFailovers::~DeploymentFailovers() = default;

QList<ObservedEviction> DeploymentFailovers::evictions() const {
    return m_binding ? m_binding->evictions : QList<ObservedEviction>{};
}

void DeploymentFailovers::relisted(const QList<QJsonObject>& items) {
    m_raw.reset();
    for (const QJsonObject& o : items)
        if (isDeploymentBinding(o, m_deployment))
            m_raw = o;
    m_state = State::Ready;
    m_error.clear();
    publish();
}

void DeploymentFailovers::upsert(const QJsonObject& binding) {
    if (isDeploymentBinding(binding, m_deployment))
        m_raw = binding;
}

void DeploymentFailovers::remove(const QJsonObject& binding) {
    if (m_raw && nameOf(*m_raw) == nameOf(binding))
        m_raw.reset();
}

void DeploymentFailovers::failed(int category, const QString& message, bool fatal) {
    using C = fd::kube::KubeErrorCategory;
    const auto c = C(category);
    qCInfo(lcPolicy) << "binding watch of" << m_deployment << (fatal ? "stopped:" : "failed:")
                     << message;
    if (c == C::VaultLocked) {
        m_state = State::Locked;
        m_error = Text::tr("Vault locked: unlock it to see this deployment's failovers.");
    } else if (c == C::NotFound) {
        m_state = State::NotServed;
        m_error = Text::tr("The control plane does not serve Karmada's ResourceBinding API "
                           "(work.karmada.io/v1alpha2), so its failovers cannot be shown; check "
                           "that Karmada is installed there.");
    } else if (fatal || m_state == State::Loading) {
        m_state = State::Failed;
        m_error =
            Text::tr("The failovers could not be read from the control plane: %1").arg(message);
    } else {
        return; // the watch reconnects by itself; keep what we showed
    }
    m_raw.reset();
    m_binding.reset();
    Q_EMIT changed();
}

void DeploymentFailovers::publish() {
    m_binding.reset();
    if (m_raw) {
        auto decoded = decodeBindingFailovers(*m_raw);
        if (decoded)
            m_binding = std::move(*decoded);
        else
            qCWarning(lcPolicy) << "undecodable binding" << nameOf(*m_raw);
    }
    Q_EMIT changed();
}

} // namespace fd::policy
