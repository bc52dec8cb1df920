#include "metrics/serviceproxy.h"

#include "kube/kubeclient.h"
#include "kube/kubeerror.h"
#include "registry/clusterconnections.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace fd::metrics {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fd::metrics::ServiceProxy)
};

QString label(const fd::kube::Service& s, const char* key) {
    return s.metadata.labels.value(QString::fromLatin1(key));
}

// The port Prometheus serves its API on: named web/http-web/http, or 9090, else the first.
QString pickPort(const fd::kube::Service& s) {
    for (const fd::kube::ServicePort& p : s.ports)
        if (p.name == QLatin1String("web") || p.name == QLatin1String("http-web"))
            return QString::number(p.port);
    for (const fd::kube::ServicePort& p : s.ports)
        if (p.port == 9090)
            return QString::number(p.port);
    for (const fd::kube::ServicePort& p : s.ports)
        if (p.name == QLatin1String("http"))
            return QString::number(p.port);
    return s.ports.isEmpty() ? QString() : QString::number(s.ports.first().port);
}

bool isOtherComponent(const fd::kube::Service& s) {
    static const QRegularExpression other(QStringLiteral(
        "alertmanager|node-exporter|operator|pushgateway|kube-state-metrics|adapter|thanos|"
        "blackbox|grafana|dcgm"));
    const QString name = s.metadata.name.toLower();
    const QString app = (label(s, "app.kubernetes.io/name") + QLatin1Char(' ') + label(s, "app") +
                         QLatin1Char(' ') + label(s, "app.kubernetes.io/component"))
                            .toLower();
    // kube-prometheus-stack's Prometheus is "<release>-kube-prometheus-prometheus": the name
    // carries "operator"-free words; only reject when the labels do not say prometheus.
    if (label(s, "app") == QLatin1String("kube-prometheus-stack-prometheus") ||
        label(s, "operated-prometheus") == QLatin1String("true"))
        return false;
    return other.match(name).hasMatch() || other.match(app).hasMatch();
}

PromError fromKube(const fd::kube::KubeError& e, const QString& server) {
    using C = fd::kube::KubeErrorCategory;
    if (e.category == C::Network) {
        PromError p = makePromError(PromErrorCategory::Network, e.userMessage(), e.detail);
        p.netKind = e.netKind;
        p.peerCertSha256 = e.peerCertSha256;
        p.peerCertsPem = e.peerCertsPem;
        return p;
    }
    if (e.category == C::Cancelled)
        return makePromError(PromErrorCategory::Cancelled, e.userMessage(), e.detail);
    if (e.category == C::VaultLocked || e.category == C::CredentialUnavailable ||
        e.category == C::ExecPluginMissing || e.category == C::ExecPluginFailed ||
        e.category == C::OidcRefreshFailed || e.category == C::Unauthorized)
        return makePromError(PromErrorCategory::Unauthorized, e.userMessage(), e.detail);
    if (e.httpStatus > 0 && e.reason.isEmpty() && !e.detail.isEmpty()) {
        // Not an API server Status: Prometheus's own answer, passed through by the proxy (the
        // client keeps its first 200 characters).
        PromError p = errorFromResponse(e.httpStatus, e.detail.toUtf8(), "application/json",
                                        Service::Prometheus, server);
        return p;
    }
    PromErrorCategory category = PromErrorCategory::ServerError;
    if (e.category == C::Forbidden)
        category = PromErrorCategory::Forbidden;
    else if (e.category == C::NotFound)
        category = PromErrorCategory::NotFound;
    else if (e.httpStatus == 503)
        category = PromErrorCategory::Unavailable;
    PromError p = makePromError(
        category,
        category == PromErrorCategory::Forbidden
            ? Text::tr("The cluster's API server refused to proxy to Prometheus (%1); the "
                       "account needs permission to get services/proxy in that namespace.")
                  .arg(e.message)
            : Text::tr("The cluster's API server could not reach Prometheus through its service "
                       "proxy (%1); check the service's namespace, name and port, and that "
                       "Prometheus is running.")
                  .arg(e.message),
        e.detail);
    p.httpStatus = e.httpStatus;
    return p;
}

} // namespace

QString ServiceRef::toString() const {
    QString s = namespaceName + QLatin1Char('/');
    if (!scheme.isEmpty())
        s += scheme + QLatin1Char(':');
    s += name;
    if (!port.isEmpty())
        s += QLatin1Char(':') + port;
    return s;
}

QString ServiceRef::proxyPath() const {
    QString svc = name;
    if (!scheme.isEmpty())
        svc = scheme + QLatin1Char(':') + svc;
    if (!port.isEmpty())
        svc += QLatin1Char(':') + port;
    return QStringLiteral("/api/v1/namespaces/%1/services/%2/proxy")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(namespaceName)),
             QString::fromLatin1(QUrl::toPercentEncoding(svc, ":")));
}

std::optional<ServiceRef> ServiceRef::parse(const QString& text) {
    static const QRegularExpression re(QStringLiteral(
        "^([a-z0-9]([-a-z0-9]*[a-z0-9])?)/(?:(https?):)?([a-z0-9]([-a-z0-9]*[a-z0-9])?)"
        "(?::([a-z0-9]([-a-z0-9]*[a-z0-9])?))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return ServiceRef{m.captured(1), m.captured(3), m.captured(4), m.captured(6)};
}

Route serviceProxyRoute(fd::registry::ClusterConnections& connections, fd::registry::ClusterId id,
                        const ServiceRef& service) {
    QPointer<fd::registry::ClusterConnections> conns(&connections);
    const QString prefix = service.proxyPath();
    const QString server = service.toString();
    return [conns, id, prefix, server](WireCall call, QObject* context,
                                       std::function<void(PromResult<RoutedReply>)> done) {
        if (!conns) {
            done(makePromError(PromErrorCategory::Cancelled,
                               Text::tr("The request was cancelled because the connection was "
                                        "closed.")));
            return;
        }
        fd::kube::ApiRequest req;
        req.method = call.method;
        const qsizetype q = call.pathAndQuery.indexOf(QLatin1Char('?'));
        req.path = prefix + (q < 0 ? call.pathAndQuery : call.pathAndQuery.left(q));
        if (q >= 0) // already percent-encoded ('+' as %2B): kept as it is
            req.query.setQuery(call.pathAndQuery.mid(q + 1));
        req.body = call.body;
        if (!call.contentType.isEmpty())
            req.contentType = call.contentType;
        req.accept = "application/json, text/plain;q=0.9, */*;q=0.8";
        req.totalTimeoutMs = call.timeoutMs;
        conns->with(
            id, context,
            [req, context, done, server](fd::kube::KubeClient& client) {
                client.send(req, context,
                            [done, server](fd::kube::KubeResult<fd::kube::ApiResponse> r) {
                                if (!r.ok()) {
                                    done(fromKube(r.error(), server));
                                    return;
                                }
                                done(RoutedReply{std::move(r.value().body),
                                                 r.value().header("Content-Type")});
                            });
            },
            [done, server](const fd::kube::KubeError& e) { done(fromKube(e, server)); });
    };
}

QList<ServiceCandidate> rankPrometheusServices(const QList<fd::kube::Service>& services) {
    QList<ServiceCandidate> out;
    for (const fd::kube::Service& s : services) {
        if (s.type == QLatin1String("ExternalName") || isOtherComponent(s))
            continue;
        int score = 0;
        QString reason;
        const auto take = [&](int points, const QString& why) {
            if (points > score) {
                score = points;
                reason = why;
            }
        };
        if (label(s, "app") == QLatin1String("kube-prometheus-stack-prometheus"))
            take(100, QStringLiteral("app=kube-prometheus-stack-prometheus"));
        if (label(s, "operated-prometheus") == QLatin1String("true"))
            take(90, QStringLiteral("operated-prometheus=true"));
        if (label(s, "app.kubernetes.io/name") == QLatin1String("prometheus")) {
            const QString component = label(s, "app.kubernetes.io/component");
            take(component.isEmpty() || component == QLatin1String("server") ? 80 : 40,
                 QStringLiteral("app.kubernetes.io/name=prometheus"));
        }
        if (label(s, "app") == QLatin1String("prometheus"))
            take(label(s, "component") == QLatin1String("server") ? 75 : 60,
                 QStringLiteral("app=prometheus"));
        if (s.metadata.name.contains(QLatin1String("prometheus"), Qt::CaseInsensitive))
            take(30, QStringLiteral("name"));
        if (score == 0)
            continue;
        if (std::any_of(s.ports.cbegin(), s.ports.cend(),
                        [](const fd::kube::ServicePort& p) { return p.port == 9090; }))
            score += 5;
        out.append({ServiceRef{s.metadata.namespaceName, QString(), s.metadata.name, pickPort(s)},
                    score, reason});
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ServiceCandidate& a, const ServiceCandidate& b) {
                         if (a.score != b.score)
                             return a.score > b.score;
                         return a.ref.toString() < b.ref.toString();
                     });
    return out;
}

void discoverPrometheus(fd::registry::ClusterConnections& connections, fd::registry::ClusterId id,
                        QObject* context,
                        std::function<void(fd::Result<QList<ServiceCandidate>>)> done) {
    connections.list<fd::kube::Service>(
        id, {}, context, [done](fd::kube::KubeResult<fd::kube::ObjectList<fd::kube::Service>> r) {
            if (!r.ok()) {
                done(r.error().toError());
                return;
            }
            QList<ServiceCandidate> found = rankPrometheusServices(r.value().items);
            if (found.isEmpty()) {
                done(fd::makeError(fd::ErrorKind::NotFound,
                                   Text::tr("No Prometheus service was found in the cluster; "
                                            "name it yourself as namespace/name:port.")));
                return;
            }
            done(std::move(found));
        });
}

} // namespace fd::metrics
