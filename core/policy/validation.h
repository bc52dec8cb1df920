#pragma once

// Validation of policies as the editors show it while typing and as `policy apply` and sync
// enforce it: every finding has a severity, the field it is about and one translated sentence.
// Errors block saving and syncing; warnings and information notes are shown next to the field.

#include "policy/policytypes.h"

#include <QList>
#include <QString>

namespace fd::policy {

enum class Severity { Error, Warning, Info };
QString toString(Severity severity); // "error", "warning", "info"

struct Finding {
    Severity severity = Severity::Error;
    PolicyKind kind = PolicyKind::Placement;
    QString policy;  // the policy's name (as typed; may be empty or invalid)
    QString path;    // the field inside the policy: "name", "zoneA.migProfile", "rules[1].values"
    QString code;    // stable identifier for tests and the UI, e.g. "mig-with-nvlink"
    QString message; // one translated sentence: what is wrong and what to do
};

// Each validator looks at one policy; `context` is the whole set the policy belongs to, with
// the policy in it (for unique names and references). An editor passes the set with the edited
// copy in place of the stored one.
QList<Finding> validateStrategy(const PlacementStrategy& strategy, const PolicySet& context);
QList<Finding> validateProfile(const ResourceProfile& profile, const PolicySet& context);
QList<Finding> validateFailover(const FailoverPolicy& policy, const PolicySet& context);
// Everything in the set, plus the set-wide rules (exactly one default strategy).
QList<Finding> validate(const PolicySet& set);

bool hasErrors(const QList<Finding>& findings);
QList<Finding> errorsOnly(const QList<Finding>& findings);

// Limits the validators enforce (also the editors' spin-box ranges).
struct Limits {
    static constexpr int kMaxGpus = 16;
    static constexpr int kMaxMemoryGiB = 4096;
    static constexpr int kMinCpuMillis = 100;
    static constexpr int kMaxCpuMillis = 256000;
    static constexpr int kMaxMigCount = 56; // 7 slices x 8 GPUs
    static constexpr int kMaxGangMembers = 1024;
    static constexpr int kMaxWeight = 10000;
    static constexpr int kMaxTolerationSeconds = 86400;
    static constexpr int kMaxGracePeriodSeconds = 86400;
    static constexpr int kMaxModelSizeBillions = 10000;
};

// Runtimes the deploy form knows; a rule naming another one is a warning, not an error
// (runtimes are data and may be added).
QStringList knownRuntimes(); // ollama, vllm, tgi, llamacpp

} // namespace fd::policy
