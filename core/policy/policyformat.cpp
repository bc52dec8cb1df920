#include "policy/policyformat.h"

#include "policy/policytext.h"
#include "policy/yamldoc.h"
#include "policy/yamlwriter.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>
#include <functional>

namespace fd::policy {

namespace {

using yaml::Node;

// ---- reading ----------------------------------------------------------------------------

// Collects the first problem only: one clear message is what the user acts on.
class Reader {
public:
    bool failed() const { return !m_message.isEmpty(); }
    fd::Error error() const { return fd::makeError(fd::ErrorKind::InvalidInput, m_message); }

    void fail(const Node* at, const QString& sentence) {
        if (failed())
            return;
        m_message =
            (at && at->line > 0) ? Text::tr("Line %1: %2").arg(at->line).arg(sentence) : sentence;
    }

    // A mapping whose keys are all among `allowed`; false (and an error) otherwise.
    bool map(const Node* n, const QString& what, const QStringList& allowed) {
        if (failed())
            return false;
        if (!n->isMap()) {
            fail(n, Text::tr("%1 must be a mapping of keys and values.").arg(what));
            return false;
        }
        QStringList seen;
        for (const auto& [k, v] : n->entries) {
            Q_UNUSED(v)
            const QString key = k->isScalar() ? k->scalar : QString();
            if (!allowed.contains(key)) {
                fail(k, Text::tr("unknown key \"%1\" in %2; expected one of: %3.")
                            .arg(key, what, allowed.join(QStringLiteral(", "))));
                return false;
            }
            if (seen.contains(key)) {
                fail(k, Text::tr("\"%1\" appears twice in %2.").arg(key, what));
                return false;
            }
            seen.append(key);
        }
        return true;
    }

    QString text(const Node* n, const QString& field) {
        if (failed() || !n)
            return {};
        if (n->isNull())
            return {};
        if (!n->isScalar()) {
            fail(n, Text::tr("\"%1\" must be a single value, not a list or mapping.").arg(field));
            return {};
        }
        return n->scalar;
    }

    bool boolean(const Node* n, const QString& field, bool fallback) {
        if (failed() || !n || n->isNull())
            return fallback;
        const QJsonValue v = n->toJson();
        if (!n->isScalar() || !n->plain || !v.isBool()) {
            fail(n, Text::tr("\"%1\" must be true or false.").arg(field));
            return fallback;
        }
        return v.toBool();
    }

    int integer(const Node* n, const QString& field, int fallback) {
        if (failed() || !n || n->isNull())
            return fallback;
        const QJsonValue v = n->toJson();
        const double d = v.toDouble();
        if (!n->isScalar() || !n->plain || !v.isDouble() || std::floor(d) != d ||
            std::fabs(d) > 2e9) {
            fail(n, Text::tr("\"%1\" must be a whole number.").arg(field));
            return fallback;
        }
        return int(d);
    }

    // CPU in cores (8, 0.5) or as a Kubernetes quantity ("500m", "2").
    int cpuMillis(const Node* n, const QString& field, int fallback) {
        if (failed() || !n || n->isNull())
            return fallback;
        if (n->isScalar()) {
            static const QRegularExpression milli(QStringLiteral(R"(^([0-9]{1,9})m$)"));
            if (const auto m = milli.match(n->scalar); m.hasMatch())
                return m.captured(1).toInt();
            bool ok = false;
            const double cores = n->scalar.toDouble(&ok);
            if (ok && std::isfinite(cores) && cores >= 0 && cores < 1e6 &&
                std::fabs(cores * 1000 - std::round(cores * 1000)) < 1e-6)
                return int(std::round(cores * 1000));
        }
        fail(n, Text::tr("\"%1\" must be a number of CPUs such as 8 or 0.5, or millicores such "
                         "as 500m.")
                    .arg(field));
        return fallback;
    }

    template <typename E>
    E word(const Node* n, const QString& field, E fallback,
           const std::function<std::optional<E>(const QString&)>& parse,
           const QStringList& allowed) {
        if (failed() || !n || n->isNull())
            return fallback;
        const QString t = text(n, field);
        if (failed())
            return fallback;
        if (const std::optional<E> e = parse(t))
            return *e;
        fail(n, Text::tr("\"%1\" is not a valid value for \"%2\"; use one of: %3.")
                    .arg(t, field, allowed.join(QStringLiteral(", "))));
        return fallback;
    }

    QStringList textList(const Node* n, const QString& field) {
        QStringList out;
        if (failed() || !n || n->isNull())
            return out;
        if (!n->isSequence()) {
            fail(n, Text::tr("\"%1\" must be a list.").arg(field));
            return out;
        }
        for (const Node* item : n->items) {
            if (!item->isScalar()) {
                fail(item, Text::tr("the items of \"%1\" must be single values.").arg(field));
                return out;
            }
            out.append(item->scalar);
        }
        return out;
    }

    QMap<QString, QString> textMap(const Node* n, const QString& field) {
        QMap<QString, QString> out;
        if (failed() || !n || n->isNull())
            return out;
        if (!n->isMap()) {
            fail(n, Text::tr("\"%1\" must be a mapping of keys and values.").arg(field));
            return out;
        }
        for (const auto& [k, v] : n->entries) {
            if (!k->isScalar() || !(v->isScalar() || v->isNull())) {
                fail(k, Text::tr("the entries of \"%1\" must be single values.").arg(field));
                return out;
            }
            if (out.contains(k->scalar)) {
                fail(k, Text::tr("\"%1\" appears twice in %2.").arg(k->scalar, field));
                return out;
            }
            out.insert(k->scalar, v->isNull() ? QString() : v->scalar);
        }
        return out;
    }

private:
    QString m_message;
};

QStringList names(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* s : list)
        out.append(QString::fromLatin1(s));
    return out;
}

template <typename E, typename F> std::function<std::optional<E>(const QString&)> fn(F f) {
    return [f](const QString& t) { return f(t); };
}

PlacementRule readRule(Reader& r, const Node* n, int index) {
    PlacementRule rule;
    const QString what = QStringLiteral("rules[%1]").arg(index);
    if (!r.map(n, what, names({"field", "operator", "value", "values"})))
        return rule;
    rule.field = r.word<RuleField>(n->get(u"field"), QStringLiteral("field"), rule.field,
                                   fn<RuleField>(ruleFieldFromString),
                                   names({"modelSize", "gpuType", "runtime"}));
    rule.op = r.word<RuleOperator>(n->get(u"operator"), QStringLiteral("operator"), rule.op,
                                   fn<RuleOperator>(ruleOperatorFromString),
                                   names({"equals", "notEquals", "lessThan", "atMost",
                                          "greaterThan", "atLeast", "in", "notIn", "contains"}));
    const Node* value = n->get(u"value");
    const Node* values = n->get(u"values");
    if (!n->get(u"field"))
        r.fail(n, Text::tr("%1 needs a \"field\".").arg(what));
    else if (!n->get(u"operator"))
        r.fail(n, Text::tr("%1 needs an \"operator\".").arg(what));
    else if (value && values)
        r.fail(values, Text::tr("%1 has both \"value\" and \"values\"; keep one.").arg(what));
    else if (value)
        rule.values = QStringList{r.text(value, QStringLiteral("value"))};
    else if (values)
        rule.values = r.textList(values, QStringLiteral("values"));
    else
        r.fail(n, Text::tr("%1 needs a \"value\".").arg(what));
    return rule;
}

PlacementStrategy readStrategy(Reader& r, const Node* n) {
    PlacementStrategy s;
    if (!r.map(n, Text::tr("a strategy"),
               names({"name", "description", "default", "mode", "targets", "replicas", "weights",
                      "conflictResolution", "keepResourcesOnDeletion", "resourceProfile",
                      "failoverPolicy", "rules"})))
        return s;
    s.name = r.text(n->get(u"name"), QStringLiteral("name"));
    if (!r.failed() && !n->get(u"name"))
        r.fail(n, Text::tr("a strategy needs a \"name\"."));
    s.description = r.text(n->get(u"description"), QStringLiteral("description"));
    s.isDefault = r.boolean(n->get(u"default"), QStringLiteral("default"), false);
    s.mode = r.word<PlacementMode>(n->get(u"mode"), QStringLiteral("mode"), s.mode,
                                   fn<PlacementMode>(placementModeFromString),
                                   names({"auto", "manual"}));
    if (const Node* t = n->get(u"targets")) {
        if (r.map(t, QStringLiteral("targets"), names({"labels", "clusters"}))) {
            const Node* labels = t->get(u"labels");
            const Node* clusters = t->get(u"clusters");
            if (labels && clusters) {
                r.fail(clusters, Text::tr("targets has both \"labels\" and \"clusters\"; a "
                                          "strategy targets clusters by labels or by names."));
            } else if (clusters) {
                s.targetBy = TargetBy::Names;
                s.targetClusters = r.textList(clusters, QStringLiteral("clusters"));
            } else {
                s.targetBy = TargetBy::Labels;
                s.targetLabels = r.textMap(labels, QStringLiteral("labels"));
            }
        }
    }
    s.spread = r.word<ReplicaSpread>(n->get(u"replicas"), QStringLiteral("replicas"), s.spread,
                                     fn<ReplicaSpread>(replicaSpreadFromString),
                                     names({"duplicated", "staticWeights"}));
    if (const Node* w = n->get(u"weights"); w && !r.failed()) {
        if (!w->isMap()) {
            r.fail(w, Text::tr("\"weights\" must map cluster names to numbers."));
        } else {
            for (const auto& [k, v] : w->entries)
                s.weights.insert(k->scalar, r.integer(v, k->scalar, 0));
        }
    }
    s.conflictResolution = r.word<ConflictResolution>(
        n->get(u"conflictResolution"), QStringLiteral("conflictResolution"), s.conflictResolution,
        fn<ConflictResolution>(conflictResolutionFromString), names({"Abort", "Overwrite"}));
    s.keepResourcesOnDeletion = r.boolean(n->get(u"keepResourcesOnDeletion"),
                                          QStringLiteral("keepResourcesOnDeletion"), false);
    s.resourceProfile = r.text(n->get(u"resourceProfile"), QStringLiteral("resourceProfile"));
    s.failoverPolicy = r.text(n->get(u"failoverPolicy"), QStringLiteral("failoverPolicy"));
    if (const Node* rules = n->get(u"rules"); rules && !rules->isNull() && !r.failed()) {
        if (!rules->isSequence())
            r.fail(rules, Text::tr("\"rules\" must be a list."));
        else
            for (const Node* item : rules->items)
                s.rules.append(readRule(r, item, int(s.rules.size())));
    }
    return s;
}

ZoneA readZoneA(Reader& r, const Node* n) {
    ZoneA a;
    if (!n || n->isNull())
        return a;
    if (!r.map(n, QStringLiteral("zoneA"),
               names({"enabled", "gpus", "memoryGiB", "cpu", "topologyAware", "nvlink", "mig",
                      "migProfile", "migCount"})))
        return a;
    a.enabled = r.boolean(n->get(u"enabled"), QStringLiteral("enabled"), true);
    a.gpus = r.integer(n->get(u"gpus"), QStringLiteral("gpus"), a.gpus);
    a.memoryGiB = r.integer(n->get(u"memoryGiB"), QStringLiteral("memoryGiB"), a.memoryGiB);
    a.cpuMillis = r.cpuMillis(n->get(u"cpu"), QStringLiteral("cpu"), a.cpuMillis);
    a.topologyAware = r.boolean(n->get(u"topologyAware"), QStringLiteral("topologyAware"), false);
    a.nvlink = r.boolean(n->get(u"nvlink"), QStringLiteral("nvlink"), false);
    a.mig = r.boolean(n->get(u"mig"), QStringLiteral("mig"), false);
    a.migProfile = r.text(n->get(u"migProfile"), QStringLiteral("migProfile"));
    a.migCount = r.integer(n->get(u"migCount"), QStringLiteral("migCount"), a.migCount);
    return a;
}

ZoneB readZoneB(Reader& r, const Node* n) {
    ZoneB b;
    if (!n || n->isNull())
        return b;
    if (!r.map(n, QStringLiteral("zoneB"),
               names({"enabled", "gpus", "memoryGiB", "cpu", "qosClass", "gpuSharing",
                      "gpuSharePercent", "gangScheduling", "gangMinMembers", "overcommit"})))
        return b;
    b.enabled = r.boolean(n->get(u"enabled"), QStringLiteral("enabled"), true);
    b.gpus = r.integer(n->get(u"gpus"), QStringLiteral("gpus"), b.gpus);
    b.memoryGiB = r.integer(n->get(u"memoryGiB"), QStringLiteral("memoryGiB"), b.memoryGiB);
    b.cpuMillis = r.cpuMillis(n->get(u"cpu"), QStringLiteral("cpu"), b.cpuMillis);
    b.qosClass =
        r.word<QosClass>(n->get(u"qosClass"), QStringLiteral("qosClass"), b.qosClass,
                         fn<QosClass>(qosClassFromString), names({"LSE", "LSR", "LS", "BE"}));
    b.gpuSharing = r.boolean(n->get(u"gpuSharing"), QStringLiteral("gpuSharing"), false);
    b.gpuSharePercent =
        r.integer(n->get(u"gpuSharePercent"), QStringLiteral("gpuSharePercent"), b.gpuSharePercent);
    b.gangScheduling =
        r.boolean(n->get(u"gangScheduling"), QStringLiteral("gangScheduling"), false);
    b.gangMinMembers =
        r.integer(n->get(u"gangMinMembers"), QStringLiteral("gangMinMembers"), b.gangMinMembers);
    b.overcommit = r.boolean(n->get(u"overcommit"), QStringLiteral("overcommit"), false);
    return b;
}

ResourceProfile readProfile(Reader& r, const Node* n) {
    ResourceProfile p;
    if (!r.map(n, Text::tr("a profile"), names({"name", "description", "zoneA", "zoneB"})))
        return p;
    p.name = r.text(n->get(u"name"), QStringLiteral("name"));
    if (!r.failed() && !n->get(u"name"))
        r.fail(n, Text::tr("a profile needs a \"name\"."));
    p.description = r.text(n->get(u"description"), QStringLiteral("description"));
    p.zoneA = readZoneA(r, n->get(u"zoneA"));
    p.zoneB = readZoneB(r, n->get(u"zoneB"));
    return p;
}

FailoverPolicy readFailover(Reader& r, const Node* n) {
    FailoverPolicy f;
    if (!r.map(n, Text::tr("a failover policy"),
               names({"name", "description", "enabled", "tolerationSeconds", "purgeMode",
                      "gracePeriodSeconds"})))
        return f;
    f.name = r.text(n->get(u"name"), QStringLiteral("name"));
    if (!r.failed() && !n->get(u"name"))
        r.fail(n, Text::tr("a failover policy needs a \"name\"."));
    f.description = r.text(n->get(u"description"), QStringLiteral("description"));
    f.enabled = r.boolean(n->get(u"enabled"), QStringLiteral("enabled"), true);
    f.tolerationSeconds = r.integer(n->get(u"tolerationSeconds"),
                                    QStringLiteral("tolerationSeconds"), f.tolerationSeconds);
    f.purgeMode = r.word<PurgeMode>(n->get(u"purgeMode"), QStringLiteral("purgeMode"), f.purgeMode,
                                    fn<PurgeMode>(purgeModeFromString),
                                    names({"Directly", "Gracefully", "Never"}));
    f.gracePeriodSeconds = r.integer(n->get(u"gracePeriodSeconds"),
                                     QStringLiteral("gracePeriodSeconds"), f.gracePeriodSeconds);
    return f;
}

template <typename T, typename F>
QList<T> readList(Reader& r, const Node* n, const QString& field, F readItem) {
    QList<T> out;
    if (!n || n->isNull() || r.failed())
        return out;
    if (!n->isSequence()) {
        r.fail(n, Text::tr("\"%1\" must be a list.").arg(field));
        return out;
    }
    for (const Node* item : n->items) {
        out.append(readItem(r, item));
        if (r.failed())
            break;
    }
    return out;
}

// ---- writing ----------------------------------------------------------------------------

QJsonArray stringArray(const QStringList& list) {
    return QJsonArray::fromStringList(list);
}

QJsonObject stringMap(const QMap<QString, QString>& map) {
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonValue cpuJson(int millis) {
    return millis % 1000 == 0 ? QJsonValue(millis / 1000) : QJsonValue(millis / 1000.0);
}

bool isListOperator(RuleOperator op) {
    return op == RuleOperator::In || op == RuleOperator::NotIn;
}

template <typename T>
fd::Result<T> fromJson(const QJsonObject& json, T (*read)(Reader&, const Node*)) {
    const auto doc = yaml::Document::fromJson(json);
    Reader r;
    T value = read(r, doc->documents().front());
    if (r.failed())
        return r.error();
    return value;
}

} // namespace

QJsonObject toJson(const PlacementStrategy& s) {
    QJsonObject o;
    o.insert(QStringLiteral("name"), s.name);
    if (!s.description.isEmpty())
        o.insert(QStringLiteral("description"), s.description);
    o.insert(QStringLiteral("default"), s.isDefault);
    o.insert(QStringLiteral("mode"), toString(s.mode));
    QJsonObject targets;
    if (s.targetBy == TargetBy::Names)
        targets.insert(QStringLiteral("clusters"), stringArray(s.targetClusters));
    else
        targets.insert(QStringLiteral("labels"), stringMap(s.targetLabels));
    o.insert(QStringLiteral("targets"), targets);
    if (s.mode == PlacementMode::Manual) {
        o.insert(QStringLiteral("replicas"), toString(s.spread));
        if (s.spread == ReplicaSpread::StaticWeights) {
            QJsonObject w;
            for (auto it = s.weights.begin(); it != s.weights.end(); ++it)
                w.insert(it.key(), it.value());
            o.insert(QStringLiteral("weights"), w);
        }
    }
    o.insert(QStringLiteral("conflictResolution"), toString(s.conflictResolution));
    o.insert(QStringLiteral("keepResourcesOnDeletion"), s.keepResourcesOnDeletion);
    if (!s.resourceProfile.isEmpty())
        o.insert(QStringLiteral("resourceProfile"), s.resourceProfile);
    if (!s.failoverPolicy.isEmpty())
        o.insert(QStringLiteral("failoverPolicy"), s.failoverPolicy);
    if (!s.rules.isEmpty()) {
        QJsonArray rules;
        for (const PlacementRule& r : s.rules) {
            QJsonObject ro{{QStringLiteral("field"), toString(r.field)},
                           {QStringLiteral("operator"), toString(r.op)}};
            if (isListOperator(r.op)) {
                ro.insert(QStringLiteral("values"), stringArray(r.values));
            } else {
                const QString v = r.values.value(0);
                bool ok = false;
                const double d = v.toDouble(&ok);
                if (r.field == RuleField::ModelSize && ok && std::isfinite(d))
                    ro.insert(QStringLiteral("value"), d);
                else
                    ro.insert(QStringLiteral("value"), v);
            }
            rules.append(ro);
        }
        o.insert(QStringLiteral("rules"), rules);
    }
    return o;
}

QJsonObject toJson(const ResourceProfile& p) {
    QJsonObject o;
    o.insert(QStringLiteral("name"), p.name);
    if (!p.description.isEmpty())
        o.insert(QStringLiteral("description"), p.description);
    QJsonObject a{{QStringLiteral("enabled"), p.zoneA.enabled}};
    if (p.zoneA.enabled) {
        if (!p.zoneA.mig)
            a.insert(QStringLiteral("gpus"), p.zoneA.gpus);
        a.insert(QStringLiteral("memoryGiB"), p.zoneA.memoryGiB);
        a.insert(QStringLiteral("cpu"), cpuJson(p.zoneA.cpuMillis));
        a.insert(QStringLiteral("topologyAware"), p.zoneA.topologyAware);
        a.insert(QStringLiteral("nvlink"), p.zoneA.nvlink);
        a.insert(QStringLiteral("mig"), p.zoneA.mig);
        if (p.zoneA.mig) {
            a.insert(QStringLiteral("migProfile"), p.zoneA.migProfile);
            a.insert(QStringLiteral("migCount"), p.zoneA.migCount);
        }
    }
    o.insert(QStringLiteral("zoneA"), a);
    QJsonObject b{{QStringLiteral("enabled"), p.zoneB.enabled}};
    if (p.zoneB.enabled) {
        b.insert(QStringLiteral("gpus"), p.zoneB.gpus);
        b.insert(QStringLiteral("memoryGiB"), p.zoneB.memoryGiB);
        b.insert(QStringLiteral("cpu"), cpuJson(p.zoneB.cpuMillis));
        b.insert(QStringLiteral("qosClass"), toString(p.zoneB.qosClass));
        b.insert(QStringLiteral("gpuSharing"), p.zoneB.gpuSharing);
        if (p.zoneB.gpuSharing)
            b.insert(QStringLiteral("gpuSharePercent"), p.zoneB.gpuSharePercent);
        b.insert(QStringLiteral("gangScheduling"), p.zoneB.gangScheduling);
        if (p.zoneB.gangScheduling)
            b.insert(QStringLiteral("gangMinMembers"), p.zoneB.gangMinMembers);
        b.insert(QStringLiteral("overcommit"), p.zoneB.overcommit);
    }
    o.insert(QStringLiteral("zoneB"), b);
    return o;
}

QJsonObject toJson(const FailoverPolicy& f) {
    QJsonObject o;
    o.insert(QStringLiteral("name"), f.name);
    if (!f.description.isEmpty())
        o.insert(QStringLiteral("description"), f.description);
    o.insert(QStringLiteral("enabled"), f.enabled);
    o.insert(QStringLiteral("tolerationSeconds"), f.tolerationSeconds);
    o.insert(QStringLiteral("purgeMode"), toString(f.purgeMode));
    if (f.purgeMode == PurgeMode::Gracefully)
        o.insert(QStringLiteral("gracePeriodSeconds"), f.gracePeriodSeconds);
    return o;
}

QJsonObject toJson(const PolicySet& set) {
    QJsonObject o{{QStringLiteral("apiVersion"), kPolicyApiVersion},
                  {QStringLiteral("kind"), kPolicySetKind}};
    QJsonArray strategies, profiles, failovers;
    for (const PlacementStrategy& s : set.strategies)
        strategies.append(toJson(s));
    for (const ResourceProfile& p : set.profiles)
        profiles.append(toJson(p));
    for (const FailoverPolicy& f : set.failoverPolicies)
        failovers.append(toJson(f));
    if (!strategies.isEmpty())
        o.insert(QStringLiteral("strategies"), strategies);
    if (!profiles.isEmpty())
        o.insert(QStringLiteral("profiles"), profiles);
    if (!failovers.isEmpty())
        o.insert(QStringLiteral("failoverPolicies"), failovers);
    return o;
}

QByteArray writePolicyYaml(const PolicySet& set) {
    yaml::WriteOptions options;
    options.keyOrder = names({"apiVersion",
                              "kind",
                              "strategies",
                              "profiles",
                              "failoverPolicies",
                              "name",
                              "description",
                              "default",
                              "enabled",
                              "mode",
                              "targets",
                              "replicas",
                              "weights",
                              "conflictResolution",
                              "keepResourcesOnDeletion",
                              "resourceProfile",
                              "failoverPolicy",
                              "rules",
                              "field",
                              "operator",
                              "value",
                              "values",
                              "zoneA",
                              "zoneB",
                              "gpus",
                              "memoryGiB",
                              "cpu",
                              "topologyAware",
                              "nvlink",
                              "mig",
                              "migProfile",
                              "migCount",
                              "qosClass",
                              "gpuSharing",
                              "gpuSharePercent",
                              "gangScheduling",
                              "gangMinMembers",
                              "overcommit",
                              "tolerationSeconds",
                              "purgeMode",
                              "gracePeriodSeconds"});
    return yaml::write(toJson(set), options);
}

fd::Result<PolicySet> readPolicyYaml(const QByteArray& bytes) {
    auto parsed = yaml::Document::parse(bytes);
    if (!parsed)
        return parsed.error();
    const auto& docs = (*parsed)->documents();
    if (docs.empty() || docs.front()->isNull())
        return fd::makeError(fd::ErrorKind::InvalidInput,
                             Text::tr("The policy file is empty; see docs/policies.md for its "
                                      "format."));
    Reader r;
    if (docs.size() > 1) {
        r.fail(docs[1], Text::tr("a policy file holds one document; put every policy into the "
                                 "lists of the first one."));
        return r.error();
    }
    const Node* root = docs.front();
    if (root->isMap()) {
        const Node* kind = root->get(u"kind");
        const Node* api = root->get(u"apiVersion");
        if (kind && kind->isScalar() && kind->scalar != kPolicySetKind) {
            r.fail(kind, Text::tr("this is a %1, not a Fleetdeck policy file (kind: %2); "
                                  "Fleetdeck writes the Karmada objects itself.")
                             .arg(kind->scalar, kPolicySetKind));
            return r.error();
        }
        if (!kind || !api) {
            r.fail(root, Text::tr("a policy file starts with \"apiVersion: %1\" and \"kind: %2\".")
                             .arg(kPolicyApiVersion, kPolicySetKind));
            return r.error();
        }
        if (api->scalar != kPolicyApiVersion) {
            r.fail(api, Text::tr("apiVersion \"%1\" is not supported; use %2.")
                            .arg(api->scalar, kPolicyApiVersion));
            return r.error();
        }
    }
    if (!r.map(root, Text::tr("the policy file"),
               names({"apiVersion", "kind", "strategies", "profiles", "failoverPolicies"})))
        return r.error();
    PolicySet set;
    set.strategies = readList<PlacementStrategy>(r, root->get(u"strategies"),
                                                 QStringLiteral("strategies"), readStrategy);
    set.profiles = readList<ResourceProfile>(r, root->get(u"profiles"), QStringLiteral("profiles"),
                                             readProfile);
    set.failoverPolicies = readList<FailoverPolicy>(
        r, root->get(u"failoverPolicies"), QStringLiteral("failoverPolicies"), readFailover);
    if (r.failed())
        return r.error();
    return set;
}

fd::Result<PlacementStrategy> strategyFromJson(const QJsonObject& json) {
    return fromJson<PlacementStrategy>(json, readStrategy);
}
fd::Result<ResourceProfile> profileFromJson(const QJsonObject& json) {
    return fromJson<ResourceProfile>(json, readProfile);
}
fd::Result<FailoverPolicy> failoverFromJson(const QJsonObject& json) {
    return fromJson<FailoverPolicy>(json, readFailover);
}

PlacementStrategy normalized(PlacementStrategy s) {
    const PlacementStrategy d;
    if (s.targetBy == TargetBy::Names)
        s.targetLabels.clear();
    else
        s.targetClusters.clear();
    if (s.mode != PlacementMode::Manual)
        s.spread = d.spread;
    if (s.mode != PlacementMode::Manual || s.spread != ReplicaSpread::StaticWeights)
        s.weights.clear();
    for (PlacementRule& r : s.rules)
        if (!isListOperator(r.op) && r.values.size() > 1)
            r.values = QStringList{r.values.front()};
    return s;
}

ResourceProfile normalized(ResourceProfile p) {
    if (!p.zoneA.enabled) {
        p.zoneA = ZoneA{};
        p.zoneA.enabled = false;
    } else if (p.zoneA.mig) {
        p.zoneA.gpus = ZoneA{}.gpus;
    } else {
        p.zoneA.migProfile.clear();
        p.zoneA.migCount = ZoneA{}.migCount;
    }
    if (!p.zoneB.enabled) {
        p.zoneB = ZoneB{};
        p.zoneB.enabled = false;
    } else {
        if (!p.zoneB.gpuSharing)
            p.zoneB.gpuSharePercent = ZoneB{}.gpuSharePercent;
        if (!p.zoneB.gangScheduling)
            p.zoneB.gangMinMembers = ZoneB{}.gangMinMembers;
    }
    return p;
}

FailoverPolicy normalized(FailoverPolicy f) {
    if (f.purgeMode != PurgeMode::Gracefully)
        f.gracePeriodSeconds = FailoverPolicy{}.gracePeriodSeconds;
    return f;
}

PolicySet normalized(PolicySet set) {
    for (auto& s : set.strategies)
        s = normalized(s);
    for (auto& p : set.profiles)
        p = normalized(p);
    for (auto& f : set.failoverPolicies)
        f = normalized(f);
    return set;
}

} // namespace fd::policy
