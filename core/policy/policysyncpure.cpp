// The pure parts of policy sync: drift between what Fleetdeck applied and what the control plane
// holds, and adopting an external ClusterPropagationPolicy into the model.
#include "policy/policysync.h"
#include "policy/policytext.h"

#include <QJsonArray>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace fd::policy {

namespace {

// Leaves of a JSON value as dotted paths ("placement.clusterTolerations[0].key").
void flatten(const QJsonValue& value, const QString& path, QMap<QString, QJsonValue>* out) {
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        if (o.isEmpty())
            out->insert(path, value);
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
        return;
    }
    if (value.isArray()) {
        const QJsonArray a = value.toArray();
        if (a.isEmpty())
            out->insert(path, value);
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(a.at(i), path + u'[' + QString::number(i) + u']', out);
        return;
    }
    out->insert(path, value);
}

QJsonValue at(const QJsonObject& root, const QString& path) {
    QJsonValue cur = root;
    // Split on '.' and '[i]' (keys with dots, such as label keys, are looked up whole first).
    QString rest = path;
    while (!rest.isEmpty()) {
        if (rest.startsWith(u'[')) {
            const qsizetype close = rest.indexOf(u']');
            const int index = rest.mid(1, close - 1).toInt();
            if (!cur.isArray() || index >= cur.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            cur = cur.toArray().at(index);
            rest = rest.mid(close + 1);
            if (rest.startsWith(u'.'))
                rest = rest.mid(1);
            continue;
        }
        if (!cur.isObject())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonObject o = cur.toObject();
        // The longest key of this object that `rest` starts with (label keys hold dots).
        QString key;
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString& k = it.key();
            if (rest.startsWith(k) &&
                (rest.size() == k.size() || rest.at(k.size()) == u'.' ||
                 rest.at(k.size()) == u'[') &&
                k.size() > key.size())
                key = k;
        }
        if (key.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        cur = o.value(key);
        rest = rest.mid(key.size());
        if (rest.startsWith(u'.'))
            rest = rest.mid(1);
    }
    return cur;
}

// Paths in a managedFields fieldsV1 tree ("f:spec" → {"f:placement": {...}}); list items
// ("k:{…}", "v:…", "i:N") end the path at the list.
void fieldsV1Paths(const QJsonObject& fields, const QString& path, QSet<QString>* out) {
    bool leaf = true;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString& k = it.key();
        if (k == u".")
            continue;
        if (!k.startsWith(QLatin1String("f:"))) {
            leaf = true;
            out->insert(path);
            return;
        }
        leaf = false;
        fieldsV1Paths(it.value().toObject(), path.isEmpty() ? k.mid(2) : path + u'.' + k.mid(2),
                      out);
    }
    if (leaf && !path.isEmpty())
        out->insert(path);
}

// The owned fields of a fieldsV1 tree as key paths (without "f:"), `path` first; list items
// ("k:{…}", "v:…", "i:N") end the path at the list, as fieldsV1Paths does.
void fieldsV1Segments(const QJsonObject& fields, const QStringList& path, QList<QStringList>* out) {
    bool child = false;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        const QString& k = it.key();
        if (k == u".")
            continue;
        if (!k.startsWith(QLatin1String("f:"))) {
            out->append(path);
            return;
        }
        child = true;
        fieldsV1Segments(it.value().toObject(), path + QStringList{k.mid(2)}, out);
    }
    if (!child)
        out->append(path);
}

// The value at the first `count` keys of `path`, Undefined when missing or under a non-object.
QJsonValue atKeys(const QJsonObject& root, const QStringList& path, qsizetype count) {
    QJsonValue cur = root;
    for (qsizetype i = 0; i < count; ++i) {
        if (!cur.isObject())
            return QJsonValue(QJsonValue::Undefined);
        cur = cur.toObject().value(path.at(i));
    }
    return cur;
}

bool isPrefix(const QStringList& prefix, const QStringList& path) {
    return prefix.size() <= path.size() && std::equal(prefix.begin(), prefix.end(), path.begin());
}

// The spec fields one manager's managedFields entry owns, as key paths from the object's root.
QList<QStringList> specFieldsOf(const QJsonObject& entry) {
    QList<QStringList> out;
    const QJsonObject spec =
        entry.value(u"fieldsV1").toObject().value(QStringLiteral("f:spec")).toObject();
    if (!spec.isEmpty())
        fieldsV1Segments(spec, QStringList{QStringLiteral("spec")}, &out);
    return out;
}

} // namespace

QList<ForeignField> foreignOnlyFields(const QJsonObject& rendered, const QJsonObject& server) {
    const QJsonArray managed =
        server.value(QStringLiteral("metadata")).toObject().value(u"managedFields").toArray();
    QList<QStringList> ours;
    QList<QStringList> theirs;
    for (const QJsonValue& v : managed) {
        const QJsonObject entry = v.toObject();
        (entry.value(u"manager").toString() == u"fleetdeck" ? ours : theirs) << specFieldsOf(entry);
    }
    QList<QStringList> remove;
    for (const QStringList& path : std::as_const(theirs)) {
        // The outermost part of the field Fleetdeck does not render: removing it leaves no empty
        // parent (owned by that manager, so still drift) behind.
        qsizetype n = 2;
        while (n <= path.size() && atKeys(rendered, path, n).isObject())
            ++n;
        if (n > path.size() || !atKeys(rendered, path, n).isUndefined() ||
            !atKeys(rendered, path, n - 1).isObject())
            continue; // Fleetdeck renders it (it took the field over with force)
        const QStringList field = path.mid(0, n);
        if (atKeys(server, field, field.size()).isUndefined())
            continue; // nothing there to remove
        const bool shared = std::any_of(ours.begin(), ours.end(), [&](const QStringList& o) {
            return isPrefix(o, field) || isPrefix(field, o);
        });
        if (!shared && !remove.contains(field))
            remove << field;
    }
    QList<ForeignField> out;
    for (const QStringList& field : std::as_const(remove)) {
        // A field inside another one removed anyway would fail its own remove op.
        const bool inside = std::any_of(remove.begin(), remove.end(), [&](const QStringList& o) {
            return o.size() < field.size() && isPrefix(o, field);
        });
        if (inside)
            continue;
        ForeignField f;
        f.path = field.join(u'.');
        for (QString key : field)
            f.pointer +=
                u'/' + key.replace(u'~', QLatin1String("~0")).replace(u'/', QLatin1String("~1"));
        out << f;
    }
    std::sort(out.begin(), out.end(),
              [](const ForeignField& a, const ForeignField& b) { return a.path < b.path; });
    return out;
}

QJsonArray removalPatch(const QString& resourceVersion, const QList<ForeignField>& fields) {
    QJsonArray ops{
        QJsonObject{{QStringLiteral("op"), QStringLiteral("test")},
                    {QStringLiteral("path"), QStringLiteral("/metadata/resourceVersion")},
                    {QStringLiteral("value"), resourceVersion}}};
    for (const ForeignField& f : fields)
        ops.append(QJsonObject{{QStringLiteral("op"), QStringLiteral("remove")},
                               {QStringLiteral("path"), f.pointer}});
    return ops;
}

QStringList driftedFields(const QJsonObject& applied, const QJsonObject& server) {
    QMap<QString, QJsonValue> leaves;
    flatten(applied.value(QStringLiteral("spec")), QStringLiteral("spec"), &leaves);
    const QJsonObject meta = applied.value(QStringLiteral("metadata")).toObject();
    for (const char* part : {"labels", "annotations"}) {
        const QJsonObject map = meta.value(QLatin1String(part)).toObject();
        for (auto it = map.begin(); it != map.end(); ++it)
            leaves.insert(QStringLiteral("metadata.%1.%2").arg(QLatin1String(part), it.key()),
                          it.value());
    }
    QSet<QString> drift;
    for (auto it = leaves.begin(); it != leaves.end(); ++it)
        if (at(server, it.key()) != it.value())
            drift.insert(it.key());
    // Spec fields another field manager owns: set or changed behind Fleetdeck's back (kubectl
    // edit, another tool's apply). Fields the server defaulted have no manager. A field another
    // manager shares while it holds exactly what Fleetdeck applied (that tool applied the same
    // value) differs in nothing, so it is no drift.
    const QJsonArray managed =
        server.value(QStringLiteral("metadata")).toObject().value(u"managedFields").toArray();
    for (const QJsonValue& v : managed) {
        const QJsonObject entry = v.toObject();
        if (entry.value(u"manager").toString() == u"fleetdeck")
            continue;
        const QJsonObject spec =
            entry.value(u"fieldsV1").toObject().value(QStringLiteral("f:spec")).toObject();
        if (spec.isEmpty())
            continue;
        QSet<QString> paths;
        fieldsV1Paths(spec, QStringLiteral("spec"), &paths);
        for (const QString& path : std::as_const(paths)) {
            const QJsonValue mine = at(applied, path);
            if (mine.isUndefined() || mine != at(server, path))
                drift.insert(path);
        }
    }
    QStringList out(drift.begin(), drift.end());
    std::sort(out.begin(), out.end());
    return out;
}

QString printableText(const QString& text) {
    QString out = text;
    for (QChar& c : out)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QChar::ReplacementCharacter;
    return out;
}

bool isNamespacedPolicyKind(const QString& objectKind) {
    return objectKind == u"PropagationPolicy" || objectKind == u"OverridePolicy";
}

QString qualifiedObjectName(const QString& namespaceName, const QString& name) {
    return namespaceName.isEmpty() ? name : namespaceName + u'/' + name;
}

std::optional<fd::Error> namespacedAdoptionRefusal(const QJsonObject& object) {
    const QString kind = object.value(u"kind").toString();
    if (!isNamespacedPolicyKind(kind))
        return std::nullopt;
    const QJsonObject meta = object.value(u"metadata").toObject();
    const QString ns = printableText(meta.value(u"namespace").toString());
    const QString name = qualifiedObjectName(ns, printableText(meta.value(u"name").toString()));
    // Fleetdeck's strategies and profiles are cluster-wide (ClusterPropagationPolicy /
    // ClusterOverridePolicy selecting by Fleetdeck's label in every namespace) and have no
    // namespace scope: adopting would widen the object, so it is refused instead.
    return fd::Error{
        fd::ErrorKind::InvalidInput,
        kind == u"PropagationPolicy"
            ? Text::tr("%1 %2 applies only in namespace %3, and a Fleetdeck placement strategy "
                       "cannot be limited to one namespace; keep it as it is, or create a "
                       "strategy in Fleetdeck for every namespace.")
                  .arg(kind, name, ns)
            : Text::tr("%1 %2 applies only in namespace %3, and a Fleetdeck resource profile "
                       "cannot be limited to one namespace; keep it as it is, or create a "
                       "profile in Fleetdeck for every namespace.")
                  .arg(kind, name, ns),
        QStringLiteral("metadata.namespace")};
}

QString externalRecordName(const QString& objectName) {
    return QStringLiteral("external/") + objectName;
}

QString adoptedPolicyName(const QString& objectName) {
    static const QString prefix = QStringLiteral("fleetdeck-");
    return objectName.startsWith(prefix) && objectName.size() > prefix.size()
               ? objectName.mid(prefix.size())
               : objectName;
}

fd::Result<AdoptedPolicies> adoptPropagationPolicy(const QJsonObject& object, const QString& name) {
    if (auto refused = namespacedAdoptionRefusal(object))
        return *refused;
    if (object.value(u"kind").toString() != u"ClusterPropagationPolicy")
        return fd::Error{fd::ErrorKind::InvalidInput,
                         Text::tr("Only a ClusterPropagationPolicy can be adopted as a placement "
                                  "strategy; keep this object as it is or recreate it in "
                                  "Fleetdeck."),
                         object.value(u"kind").toString()};
    const QJsonObject spec = object.value(u"spec").toObject();
    const QJsonObject placement = spec.value(u"placement").toObject();
    AdoptedPolicies out;
    PlacementStrategy& s = out.strategy;
    s.name = name;
    s.description = Text::tr("Adopted from %1 on the control plane.")
                        .arg(object.value(u"metadata").toObject().value(u"name").toString());
    // Where: names or matchLabels.
    const QJsonObject affinity = placement.value(u"clusterAffinity").toObject();
    const QJsonArray names = affinity.value(u"clusterNames").toArray();
    const QJsonObject selector = affinity.value(u"labelSelector").toObject();
    if (!names.isEmpty()) {
        s.targetBy = TargetBy::Names;
        for (const QJsonValue& n : names)
            s.targetClusters << n.toString();
    } else {
        s.targetBy = TargetBy::Labels;
        const QJsonObject labels = selector.value(u"matchLabels").toObject();
        for (auto it = labels.begin(); it != labels.end(); ++it)
            s.targetLabels.insert(it.key(), it.value().toString());
    }
    if (selector.contains(u"matchExpressions"))
        out.notCarried << QStringLiteral("spec.placement.clusterAffinity.labelSelector."
                                         "matchExpressions");
    for (const char* key : {"exclude", "fieldSelector"})
        if (affinity.contains(QLatin1String(key)))
            out.notCarried << QStringLiteral("spec.placement.clusterAffinity.") +
                                  QLatin1String(key);
    // How replicas are spread.
    const QJsonObject scheduling = placement.value(u"replicaScheduling").toObject();
    const QString type = scheduling.value(u"replicaSchedulingType").toString();
    const QJsonObject weights = scheduling.value(u"weightPreference").toObject();
    if (type == u"Duplicated") {
        s.mode = PlacementMode::Manual;
        s.spread = ReplicaSpread::Duplicated;
    } else if (weights.contains(u"staticWeightList")) {
        s.mode = PlacementMode::Manual;
        s.spread = ReplicaSpread::StaticWeights;
        for (const QJsonValue& v : weights.value(u"staticWeightList").toArray()) {
            const QJsonObject w = v.toObject();
            const QJsonArray clusters =
                w.value(u"targetCluster").toObject().value(u"clusterNames").toArray();
            for (const QJsonValue& c : clusters)
                s.weights.insert(c.toString(), w.value(u"weight").toInt(1));
        }
        if (s.targetBy == TargetBy::Labels && !s.weights.isEmpty()) {
            s.targetBy = TargetBy::Names;
            s.targetClusters = s.weights.keys();
        }
    } else {
        s.mode = PlacementMode::Auto;
    }
    if (s.mode == PlacementMode::Manual && s.targetBy == TargetBy::Labels) {
        // Fleetdeck's manual mode names its clusters; keep the labels as an auto strategy (with
        // none of manual mode's settings: an auto strategy renders without them, found by
        // fuzz_policy_adopt).
        s.mode = PlacementMode::Auto;
        s.spread = ReplicaSpread::Duplicated;
        s.weights.clear();
        out.notCarried << QStringLiteral("spec.placement.replicaScheduling");
    }
    s.conflictResolution =
        conflictResolutionFromString(spec.value(u"conflictResolution").toString())
            .value_or(ConflictResolution::Abort);
    s.keepResourcesOnDeletion = spec.value(u"preserveResourcesOnDeletion").toBool();
    // Failover.
    const QJsonObject application =
        spec.value(u"failover").toObject().value(u"application").toObject();
    if (!application.isEmpty()) {
        FailoverPolicy f;
        f.name = name;
        f.description = s.description;
        f.enabled = true;
        f.tolerationSeconds = application.value(u"decisionConditions")
                                  .toObject()
                                  .value(u"tolerationSeconds")
                                  .toInt(300);
        const QString purge = application.value(u"purgeMode").toString();
        // The deprecated spellings mean the same as the new ones.
        if (purge == u"Immediately" || purge == u"Directly")
            f.purgeMode = PurgeMode::Directly;
        else if (purge == u"Never")
            f.purgeMode = PurgeMode::Never;
        else
            f.purgeMode = PurgeMode::Gracefully; // Karmada's default
        if (!purge.isEmpty() && !purgeModeFromString(purge))
            out.notCarried << QStringLiteral("spec.failover.application.purgeMode");
        // A grace period means something only when purging gracefully (it is rendered only
        // then); otherwise the policy keeps the default, so adopting what it renders gives the
        // same policy back.
        if (f.purgeMode == PurgeMode::Gracefully)
            f.gracePeriodSeconds = application.value(u"gracePeriodSeconds").toInt(600);
        else if (application.contains(u"gracePeriodSeconds"))
            out.notCarried << QStringLiteral("spec.failover.application.gracePeriodSeconds");
        out.failover = f;
        s.failoverPolicy = name;
    }
    if (spec.value(u"failover").toObject().contains(u"cluster"))
        out.notCarried << QStringLiteral("spec.failover.cluster");
    // What Fleetdeck's model has no place for.
    out.notCarried << QStringLiteral("spec.resourceSelectors");
    for (const char* key : {"spreadConstraints", "clusterAffinities"})
        if (placement.contains(QLatin1String(key)))
            out.notCarried << QStringLiteral("spec.placement.") + QLatin1String(key);
    for (const char* key : {"priority", "preemption", "dependentOverrides", "schedulerName",
                            "suspension", "activationPreference"})
        if (spec.contains(QLatin1String(key)))
            out.notCarried << QStringLiteral("spec.") + QLatin1String(key);
    return out;
}

QString toString(SyncAction action) {
    switch (action) {
    case SyncAction::Created:
        return QStringLiteral("created");
    case SyncAction::Updated:
        return QStringLiteral("updated");
    case SyncAction::Unchanged:
        return QStringLiteral("unchanged");
    case SyncAction::Deleted:
        return QStringLiteral("deleted");
    case SyncAction::Pending:
        return QStringLiteral("pending");
    case SyncAction::Drifted:
        return QStringLiteral("drifted");
    case SyncAction::Failed:
        return QStringLiteral("failed");
    case SyncAction::External:
        return QStringLiteral("external");
    case SyncAction::Adopted:
        return QStringLiteral("adopted");
    }
    return QString();
}

bool SyncReport::ok() const {
    return !failure && count(SyncAction::Failed) == 0;
}

int SyncReport::count(SyncAction action) const {
    return int(std::count_if(items.begin(), items.end(),
                             [action](const SyncItem& i) { return i.action == action; }));
}

} // namespace fd::policy
