#pragma once

#include "common/result.h"
#include "registry/clusterrecord.h"
#include "registry/credentials.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fd::kube {
struct KubeContext;
}

namespace fd::registry {

// One context of a kubeconfig on its way into the registry: the record as it will be saved
// (metadata editable in the import dialog) plus its secrets, held in memory until saved.
struct ImportCandidate {
    ClusterRecord record;           // id 0; name, datacenter, gpuModels, labels set by the user
    ClusterCredentials credentials; // secrets; go only to the vault
    QStringList warnings;           // per-context warnings from the kubeconfig reader + mapping
    // The user confirmed saving although the connection test failed: saved as Unreachable with
    // the report's sentence as lastError.
    bool saveAsUnreachable = false;
    QString failedTestSentence; // used with saveAsUnreachable
};

// Maps one kubeconfig context to a candidate: server, CA (file contents read), TLS name,
// insecure flag, proxy, namespace and the credential (token / tokenFile path / client cert+key
// read from files / basic / exec / OIDC auth-provider). The display name defaults to the
// context name. Files that cannot be read become warnings, not a failure. Never throws.
fd::Result<ImportCandidate> candidateFromContext(const fd::kube::KubeContext& context);

// What happened to one candidate on import.
struct ImportOutcome {
    enum class Action {
        Created, // a new record
        Updated, // same server and user identity as an existing record: updated in place
        Failed,
    };
    Action action = Action::Failed;
    ClusterId id = 0;
    QString name;    // the name it was saved under
    fd::Error error; // when Failed
    QStringList warnings;
};

QString toString(ImportOutcome::Action action); // "created", "updated", "failed"

} // namespace fd::registry
