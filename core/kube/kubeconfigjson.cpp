#include "kube/kubeconfigjson.h"

#include <QJsonArray>

namespace fd::kube {

namespace {

QJsonValue orNull(const QString& s) {
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace

QJsonObject toRedactedJson(const KubeContext& context) {
    const KubeContext c = context.redacted();
    QJsonValue exec(QJsonValue::Null);
    if (c.credential.exec) {
        exec = QJsonObject{
            {QStringLiteral("command"), orNull(c.credential.exec->command)},
            {QStringLiteral("args"), QJsonArray::fromStringList(c.credential.exec->args)},
            {QStringLiteral("apiVersion"), orNull(c.credential.exec->apiVersion)}};
    }
    // Names are kept exactly as written, so an empty name is "" rather than null.
    return QJsonObject{{QStringLiteral("name"), c.name},
                       {QStringLiteral("cluster"), orNull(c.clusterName)},
                       {QStringLiteral("user"), orNull(c.userName)},
                       {QStringLiteral("server"), orNull(c.server)},
                       {QStringLiteral("namespace"), orNull(c.namespaceName)},
                       {QStringLiteral("authKind"), authKindName(c.credential.kind)},
                       {QStringLiteral("caSource"), caSourceName(c.ca.source)},
                       {QStringLiteral("insecureSkipTlsVerify"), c.insecureSkipTlsVerify},
                       {QStringLiteral("tlsServerName"), orNull(c.tlsServerName)},
                       {QStringLiteral("proxyUrl"), orNull(c.proxyUrl)},
                       {QStringLiteral("exec"), exec},
                       {QStringLiteral("authProvider"),
                        c.credential.authProvider ? QJsonValue(c.credential.authProvider->name)
                                                  : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(c.warnings)}};
}

QJsonObject toRedactedJson(const Kubeconfig& config) {
    QJsonArray contexts;
    for (const KubeContext& c : config.contexts)
        contexts.append(toRedactedJson(c));
    return QJsonObject{{QStringLiteral("currentContext"), config.currentContext
                                                              ? QJsonValue(*config.currentContext)
                                                              : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(config.warnings)},
                       {QStringLiteral("contexts"), contexts}};
}

} // namespace fd::kube
