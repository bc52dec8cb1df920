#include "policy/validation.h"

#include "policy/clusterlabels.h"
#include "policy/policytext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fd::policy {

namespace {

class Collector {
public:
    Collector(PolicyKind kind, QString policy)
        : m_kind(kind)
        , m_policy(std::move(policy)) {}

    void add(Severity s, const QString& path, const char* code, const QString& message) {
        m_out.append(Finding{s, m_kind, m_policy, path, QString::fromLatin1(code), message});
    }
    void error(const QString& path, const char* code, const QString& message) {
        add(Severity::Error, path, code, message);
    }
    void warning(const QString& path, const char* code, const QString& message) {
        add(Severity::Warning, path, code, message);
    }
    void info(const QString& path, const char* code, const QString& message) {
        add(Severity::Info, path, code, message);
    }
    // Reports an out-of-range integer; true when it is in range.
    bool range(const QString& path, int value, int min, int max, const QString& what) {
        if (value >= min && value <= max)
            return true;
        error(path, "out-of-range",
              QCoreApplication::translate("fd::policy", "%1 must be between %2 and %3.")
                  .arg(what)
                  .arg(min)
                  .arg(max));
        return false;
    }
    QList<Finding> take() { return std::move(m_out); }

private:
    PolicyKind m_kind;
    QString m_policy;
    QList<Finding> m_out;
};

template <typename T> int countNamed(const QList<T>& list, const QString& name) {
    int n = 0;
    for (const T& item : list)
        if (item.name.compare(name, Qt::CaseInsensitive) == 0)
            ++n;
    return n;
}

template <typename T> void checkName(Collector& c, const QString& name, const QList<T>& siblings) {
    if (name.isEmpty()) {
        c.error(QStringLiteral("name"), "name-required", Text::tr("Enter a name."));
        return;
    }
    if (!isDns1123Label(name)) {
        c.error(
            QStringLiteral("name"), "name-invalid",
            Text::tr("Use at most 63 lowercase letters, digits and hyphens, starting and ending "
                     "with a letter or digit."));
        return;
    }
    if (countNamed(siblings, name) > 1)
        c.error(
            QStringLiteral("name"), "name-duplicate",
            Text::tr("Another policy of this kind already has this name; choose a different one."));
}

QString cpuText(int millis) {
    return QString::number(millis / 1000.0, 'g', 6);
}

void checkRule(Collector& c, const PlacementRule& rule, int index) {
    const QString base = QStringLiteral("rules[%1]").arg(index);
    const QString valuesPath = base + QStringLiteral(".values");
    const bool numeric = rule.field == RuleField::ModelSize;
    const bool ordering = rule.op == RuleOperator::LessThan || rule.op == RuleOperator::AtMost ||
                          rule.op == RuleOperator::GreaterThan || rule.op == RuleOperator::AtLeast;
    const bool list = rule.op == RuleOperator::In || rule.op == RuleOperator::NotIn;
    if (!numeric && ordering) {
        c.error(
            base + QStringLiteral(".operator"), "rule-operator",
            Text::tr("Less than and greater than compare numbers; use them with the model size."));
        return;
    }
    if (numeric && rule.op == RuleOperator::Contains) {
        c.error(base + QStringLiteral(".operator"), "rule-operator",
                Text::tr("Contains compares text; use it with the GPU type or the runtime."));
        return;
    }
    QStringList values;
    for (const QString& v : rule.values)
        if (!v.trimmed().isEmpty())
            values.append(v.trimmed());
    if (values.isEmpty()) {
        c.error(valuesPath, "rule-value-required", Text::tr("Enter a value for this rule."));
        return;
    }
    if (!list && values.size() > 1) {
        c.error(valuesPath, "rule-one-value",
                Text::tr("This operator takes one value; use \"in\" to match any of several."));
        return;
    }
    if (numeric) {
        for (const QString& v : values) {
            bool ok = false;
            const double d = v.toDouble(&ok);
            if (!ok || d <= 0 || d > Limits::kMaxModelSizeBillions) {
                c.error(valuesPath, "rule-model-size",
                        QCoreApplication::translate(
                            "fd::policy", "The model size is a number of billions of parameters "
                                          "between 0 and %1, such as 7 or 70.")
                            .arg(Limits::kMaxModelSizeBillions));
                return;
            }
        }
    }
    if (rule.field == RuleField::Runtime && rule.op != RuleOperator::Contains) {
        const QStringList known = knownRuntimes();
        for (const QString& v : values)
            if (!known.contains(v.toLower()))
                c.warning(valuesPath, "rule-unknown-runtime",
                          QCoreApplication::translate(
                              "fd::policy", "\"%1\" is not a runtime Fleetdeck knows (%2); the "
                                            "rule matches only deployments that name it exactly.")
                              .arg(v, known.join(QStringLiteral(", "))));
    }
}

} // namespace

QString toString(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return {};
}

QStringList knownRuntimes() {
    return {QStringLiteral("ollama"), QStringLiteral("vllm"), QStringLiteral("tgi"),
            QStringLiteral("llamacpp")};
}

QList<Finding> validateStrategy(const PlacementStrategy& s, const PolicySet& context) {
    Collector c(PolicyKind::Placement, s.name);
    checkName(c, s.name, context.strategies);

    if (s.targetBy == TargetBy::Labels) {
        if (s.mode == PlacementMode::Manual)
            c.error(
                QStringLiteral("targets"), "manual-needs-names",
                Text::tr("A manual strategy places on exactly the clusters you name; choose target "
                         "clusters by name."));
        if (s.targetLabels.isEmpty())
            c.warning(QStringLiteral("targets.labels"), "targets-all-clusters",
                      Text::tr("Without target labels the strategy may use every member cluster."));
        for (auto it = s.targetLabels.begin(); it != s.targetLabels.end(); ++it) {
            if (!isValidLabelKey(it.key()))
                c.error(QStringLiteral("targets.labels"), "label-key-invalid",
                        QCoreApplication::translate(
                            "fd::policy", "\"%1\" is not a valid label key (an optional DNS "
                                          "prefix and '/', then at most 63 letters, digits, '-', "
                                          "'_' or '.').")
                            .arg(it.key()));
            else if (!isValidLabelValue(it.value()))
                c.error(QStringLiteral("targets.labels"), "label-value-invalid",
                        QCoreApplication::translate(
                            "fd::policy", "The value of label \"%1\" must be at most 63 letters, "
                                          "digits, '-', '_' or '.', starting and ending with a "
                                          "letter or digit.")
                            .arg(it.key()));
        }
    } else {
        if (s.targetClusters.isEmpty())
            c.error(QStringLiteral("targets.clusters"), "targets-required",
                    Text::tr("Choose at least one target cluster."));
        QStringList seen;
        for (const QString& cluster : s.targetClusters) {
            if (!isDns1123Label(cluster))
                c.error(QStringLiteral("targets.clusters"), "cluster-name-invalid",
                        QCoreApplication::translate(
                            "fd::policy", "\"%1\" is not a valid Karmada cluster name (lowercase "
                                          "letters, digits and hyphens).")
                            .arg(cluster));
            else if (seen.contains(cluster))
                c.error(QStringLiteral("targets.clusters"), "cluster-duplicate",
                        QCoreApplication::translate("fd::policy", "Cluster \"%1\" is listed twice.")
                            .arg(cluster));
            seen.append(cluster);
        }
    }

    if (s.mode == PlacementMode::Manual && s.spread == ReplicaSpread::StaticWeights) {
        for (const QString& cluster : s.targetClusters) {
            if (!s.weights.contains(cluster))
                c.error(QStringLiteral("weights"), "weight-missing",
                        QCoreApplication::translate("fd::policy", "Give cluster \"%1\" a weight.")
                            .arg(cluster));
        }
        for (auto it = s.weights.begin(); it != s.weights.end(); ++it) {
            if (!s.targetClusters.contains(it.key()))
                c.error(QStringLiteral("weights"), "weight-not-target",
                        QCoreApplication::translate("fd::policy",
                                                    "Cluster \"%1\" has a weight but is not a "
                                                    "target; add it to the targets or remove "
                                                    "its weight.")
                            .arg(it.key()));
            else
                c.range(QStringLiteral("weights"), it.value(), 1, Limits::kMaxWeight,
                        QCoreApplication::translate("fd::policy", "The weight of cluster \"%1\"")
                            .arg(it.key()));
        }
    }

    if (!s.resourceProfile.isEmpty() && !context.profile(s.resourceProfile))
        c.error(QStringLiteral("resourceProfile"), "profile-missing",
                QCoreApplication::translate("fd::policy",
                                            "There is no resource profile named \"%1\"; choose "
                                            "an existing one or create it first.")
                    .arg(s.resourceProfile));
    if (!s.failoverPolicy.isEmpty() && !context.failoverPolicy(s.failoverPolicy))
        c.error(QStringLiteral("failoverPolicy"), "failover-missing",
                QCoreApplication::translate("fd::policy",
                                            "There is no failover policy named \"%1\"; choose "
                                            "an existing one or create it first.")
                    .arg(s.failoverPolicy));

    for (int i = 0; i < s.rules.size(); ++i)
        checkRule(c, s.rules[i], i);
    if (s.isDefault && !s.rules.isEmpty())
        c.info(QStringLiteral("rules"), "default-with-rules",
               Text::tr("The default strategy also takes every deployment that no strategy's rules "
                        "match."));
    return c.take();
}

QList<Finding> validateProfile(const ResourceProfile& p, const PolicySet& context) {
    Collector c(PolicyKind::Resource, p.name);
    checkName(c, p.name, context.profiles);
    if (!p.zoneA.enabled && !p.zoneB.enabled)
        c.error(
            QStringLiteral("zones"), "no-zone",
            Text::tr("Turn on zone A, zone B or both; a profile without a zone changes nothing."));

    const ZoneA& a = p.zoneA;
    if (a.enabled) {
        if (!a.mig)
            c.range(QStringLiteral("zoneA.gpus"), a.gpus, 0, Limits::kMaxGpus,
                    Text::tr("The number of GPUs"));
        c.range(QStringLiteral("zoneA.memoryGiB"), a.memoryGiB, 1, Limits::kMaxMemoryGiB,
                Text::tr("Memory (GiB)"));
        const bool cpuOk = c.range(QStringLiteral("zoneA.cpu"), a.cpuMillis, Limits::kMinCpuMillis,
                                   Limits::kMaxCpuMillis, Text::tr("CPU (millicores)"));
        if (cpuOk && a.topologyAware && a.cpuMillis % 1000 != 0)
            c.error(QStringLiteral("zoneA.cpu"), "topology-whole-cpus",
                    QCoreApplication::translate(
                        "fd::policy", "Topology-aware placement needs whole CPUs (%1 is not); "
                                      "round the CPU count.")
                        .arg(cpuText(a.cpuMillis)));
        if (a.mig) {
            static const QRegularExpression migRe(QStringLiteral(R"(^[1-7]g\.[1-9][0-9]*gb$)"));
            if (a.migProfile.isEmpty())
                c.error(QStringLiteral("zoneA.migProfile"), "mig-profile-required",
                        Text::tr("Choose a MIG profile such as 1g.10gb."));
            else if (!migRe.match(a.migProfile).hasMatch())
                c.error(QStringLiteral("zoneA.migProfile"), "mig-profile-invalid",
                        QCoreApplication::translate(
                            "fd::policy", "\"%1\" is not a MIG profile; write it as the GPU "
                                          "operator names it, such as 1g.10gb or 3g.40gb.")
                            .arg(a.migProfile));
            c.range(QStringLiteral("zoneA.migCount"), a.migCount, 1, Limits::kMaxMigCount,
                    Text::tr("The number of MIG slices"));
            if (a.nvlink)
                c.error(
                    QStringLiteral("zoneA.nvlink"), "mig-with-nvlink",
                    Text::tr("MIG and NVLink conflict: MIG slices do not use NVLink; turn one of "
                             "them off."));
        }
    }

    const ZoneB& b = p.zoneB;
    if (b.enabled) {
        c.range(QStringLiteral("zoneB.gpus"), b.gpus, 0, Limits::kMaxGpus,
                Text::tr("The number of GPUs"));
        c.range(QStringLiteral("zoneB.memoryGiB"), b.memoryGiB, 1, Limits::kMaxMemoryGiB,
                Text::tr("Memory (GiB)"));
        c.range(QStringLiteral("zoneB.cpu"), b.cpuMillis, Limits::kMinCpuMillis,
                Limits::kMaxCpuMillis, Text::tr("CPU (millicores)"));
        if (b.gpuSharing) {
            if (b.gpus < 1)
                c.error(QStringLiteral("zoneB.gpuSharing"), "sharing-needs-gpu",
                        Text::tr("GPU sharing needs at least one GPU to share."));
            c.range(QStringLiteral("zoneB.gpuSharePercent"), b.gpuSharePercent, 1, 100,
                    Text::tr("The share of each GPU (%)"));
        }
        if (b.gangScheduling)
            c.range(QStringLiteral("zoneB.gangMinMembers"), b.gangMinMembers, 2,
                    Limits::kMaxGangMembers, Text::tr("The minimum gang size"));
        if (b.overcommit && (b.qosClass == QosClass::LSE || b.qosClass == QosClass::LSR))
            c.warning(QStringLiteral("zoneB.overcommit"), "overcommit-latency-sensitive",
                      QCoreApplication::translate(
                          "fd::policy", "Overcommit with QoS class %1 undermines the reserved "
                                        "CPUs that class promises; use LS or BE, or turn "
                                        "overcommit off.")
                          .arg(toString(b.qosClass)));
        if (b.overcommit && b.qosClass == QosClass::BE)
            c.info(
                QStringLiteral("zoneB.overcommit"), "overcommit-best-effort",
                Text::tr("Best-effort pods run on reclaimed, overcommitted resources; that is what "
                         "BE is for."));
    }
    return c.take();
}

QList<Finding> validateFailover(const FailoverPolicy& f, const PolicySet& context) {
    Collector c(PolicyKind::Failover, f.name);
    checkName(c, f.name, context.failoverPolicies);
    c.range(QStringLiteral("tolerationSeconds"), f.tolerationSeconds, 0,
            Limits::kMaxTolerationSeconds, Text::tr("The detection time (seconds)"));
    if (f.purgeMode == PurgeMode::Gracefully)
        c.range(QStringLiteral("gracePeriodSeconds"), f.gracePeriodSeconds, 1,
                Limits::kMaxGracePeriodSeconds, Text::tr("The grace period (seconds)"));
    return c.take();
}

QList<Finding> validate(const PolicySet& set) {
    QList<Finding> out;
    for (const ResourceProfile& p : set.profiles)
        out += validateProfile(p, set);
    for (const FailoverPolicy& f : set.failoverPolicies)
        out += validateFailover(f, set);
    int defaults = 0;
    for (const PlacementStrategy& s : set.strategies) {
        out += validateStrategy(s, set);
        if (s.isDefault && ++defaults == 2)
            out.append(Finding{Severity::Error, PolicyKind::Placement, s.name,
                               QStringLiteral("default"), QStringLiteral("default-twice"),
                               Text::tr("Only one placement strategy can be the default; clear the "
                                        "flag on the others.")});
    }
    if (!set.strategies.isEmpty() && defaults == 0)
        out.append(
            Finding{Severity::Warning, PolicyKind::Placement, QString(), QStringLiteral("default"),
                    QStringLiteral("no-default"),
                    Text::tr("No placement strategy is the default; deployments that no rule "
                             "matches must pick a strategy by hand.")});
    return out;
}

bool hasErrors(const QList<Finding>& findings) {
    for (const Finding& f : findings)
        if (f.severity == Severity::Error)
            return true;
    return false;
}

QList<Finding> errorsOnly(const QList<Finding>& findings) {
    QList<Finding> out;
    for (const Finding& f : findings)
        if (f.severity == Severity::Error)
            out.append(f);
    return out;
}

} // namespace fd::policy
