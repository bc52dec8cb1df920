#pragma once

// Internals of PolicyService shared by its two source files (not for other callers).

#include "common/result.h"
#include "policy/policyservice.h"

#include <optional>

namespace fd::policy::detail {

struct LoadResult {
    fd::Status status;
    PolicySnapshot snapshot;
};

// Policies and every sync record, from one connection.
fd::Status readSnapshot(sqlite3* db, PolicySnapshot& out);

// Strategies that link the profile (kind Resource) or attach the failover policy (Failover).
QStringList strategiesReferring(const PolicySet& set, PolicyKind kind, const QString& name);

// Why deleting the policy is blocked, or nullopt when it is not.
std::optional<QString> blockedMessage(PolicyKind kind, const QString& name,
                                      const PolicyUsage& usage);

// InvalidInput from validation findings: the first error's sentence, every error as detail.
fd::Error invalidPolicy(const QList<Finding>& errors);

} // namespace fd::policy::detail
