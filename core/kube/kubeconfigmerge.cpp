// kubectl's merge rules for a KUBECONFIG list (client-go ClientConfigLoadingRules.Load): the
// first file that defines a cluster, user or context name wins the whole entry, and
// current-context comes from the first file that sets one. Contexts keep file order.
#include "kube/kubeconfigentries_p.h"

#include <QHash>
#include <QSet>

namespace fd::kube::detail {

namespace {

QString inFile(const QString& path) {
    return path.isEmpty() ? Text::tr("the pasted kubeconfig") : QStringLiteral("\"%1\"").arg(path);
}

// Adds entries whose name is new; a name repeated inside one file is something kubectl refuses
// outright, and a warning with the first definition kept is more useful to someone importing.
template <typename Entry>
void takeNew(const QList<Entry>& entries, const QString& kind, const QString& path,
             QHash<QString, const Entry*>& winners, QStringList& warnings) {
    QSet<QString> seenHere;
    for (const Entry& e : entries) {
        if (seenHere.contains(e.name)) {
            warnings << Text::tr("The %1 \"%2\" is defined more than once in %3; the first "
                                 "definition is used (kubectl refuses such a file).")
                            .arg(kind, e.name, inFile(path));
            continue;
        }
        seenHere.insert(e.name);
        if (!winners.contains(e.name))
            winners.insert(e.name, &e);
    }
}

} // namespace

Kubeconfig mergeKubeconfigs(const QList<ParsedFile>& files, const ReadOptions& options) {
    const QDateTime now = options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc();
    Kubeconfig result;
    QHash<QString, const ClusterEntry*> clusters;
    QHash<QString, const UserEntry*> users;
    QHash<QString, const ContextEntry*> contexts;
    QList<const ContextEntry*> contextOrder;

    for (const ParsedFile& file : files) {
        if (!file.path.isEmpty())
            result.files << file.path;
        for (const QString& w : file.warnings)
            result.warnings << (file.path.isEmpty() ? w : file.path + QLatin1String(": ") + w);
        if (!result.currentContext && file.currentContext)
            result.currentContext = file.currentContext;
        takeNew(file.clusters, Text::tr("cluster"), file.path, clusters, result.warnings);
        takeNew(file.users, Text::tr("user"), file.path, users, result.warnings);
        const qsizetype before = contexts.size();
        takeNew(file.contexts, Text::tr("context"), file.path, contexts, result.warnings);
        if (contexts.size() != before) {
            for (const ContextEntry& c : file.contexts)
                if (contexts.value(c.name) == &c)
                    contextOrder << &c;
        }
    }

    // Each entry's checks read files and parse certificates: do them once per entry, not once
    // per context (1,000 contexts often share a handful of users).
    QHash<const ClusterEntry*, QStringList> clusterChecks;
    QHash<const UserEntry*, std::pair<AuthKind, QStringList>> userChecks;

    result.contexts.reserve(contextOrder.size());
    for (const ContextEntry* entry : std::as_const(contextOrder)) {
        KubeContext ctx;
        ctx.name = entry->name;
        ctx.clusterName = entry->cluster;
        ctx.userName = entry->user;
        ctx.namespaceName = entry->namespaceName;
        ctx.sourceFile = entry->sourceFile;
        ctx.warnings = entry->warnings;

        if (entry->cluster.isEmpty()) {
            ctx.warnings << Text::tr("The context names no cluster.");
        } else if (const ClusterEntry* cl = clusters.value(entry->cluster)) {
            ctx.server = cl->server;
            ctx.ca = cl->ca;
            ctx.tlsServerName = cl->tlsServerName;
            ctx.insecureSkipTlsVerify = cl->insecureSkipTlsVerify;
            ctx.proxyUrl = cl->proxyUrl;
            ctx.clusterSource = cl->sourceFile;
            auto it = clusterChecks.find(cl);
            if (it == clusterChecks.end())
                it = clusterChecks.insert(cl, clusterWarnings(*cl));
            ctx.warnings << *it;
        } else {
            ctx.warnings << Text::tr("The cluster \"%1\" is not defined in the kubeconfig.")
                                .arg(entry->cluster);
        }

        if (entry->user.isEmpty()) {
            ctx.warnings << Text::tr("The context names no user; requests will be anonymous.");
        } else if (const UserEntry* u = users.value(entry->user)) {
            ctx.credential = u->credential;
            ctx.userSource = u->sourceFile;
            auto it = userChecks.find(u);
            if (it == userChecks.end()) {
                QStringList w = userWarnings(*u, now);
                const AuthKind kind = decideAuthKind(u->credential, u->name, &w);
                it = userChecks.insert(u, {kind, w});
            }
            ctx.credential.kind = it->first;
            ctx.warnings << it->second;
        } else {
            ctx.warnings
                << Text::tr("The user \"%1\" is not defined in the kubeconfig.").arg(entry->user);
        }
        result.contexts << std::move(ctx);
    }

    if (result.currentContext && !contexts.contains(*result.currentContext))
        result.warnings << Text::tr("The current context \"%1\" is not defined in the kubeconfig.")
                               .arg(*result.currentContext);
    return result;
}

} // namespace fd::kube::detail
