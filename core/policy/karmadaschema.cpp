#include "policy/karmadaschema.h"

#include "policy/policylog.h"
#include "policy/policytext.h"
#include "policy/yamldoc.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace fd::policy {

namespace {

const QString kGroup = QStringLiteral("policy.karmada.io");
const QString kVersion = QStringLiteral("v1alpha1");
const QStringList kKinds = {
    QStringLiteral("PropagationPolicy"), QStringLiteral("ClusterPropagationPolicy"),
    QStringLiteral("OverridePolicy"), QStringLiteral("ClusterOverridePolicy")};
constexpr int kMaxDepth = 48;

fd::Error invalid(const QString& message) {
    return fd::makeError(fd::ErrorKind::InvalidInput, message);
}

// ---- $ref / allOf resolution --------------------------------------------------------------

class Resolver {
public:
    explicit Resolver(QJsonObject definitions)
        : m_defs(std::move(definitions)) {}

    QJsonObject resolve(const QJsonObject& schema, int depth = 0) const {
        if (depth > kMaxDepth)
            return {};
        QJsonObject out = schema;
        // "$ref" (with siblings such as description/default, as kube-openapi writes them).
        if (const QString ref = schema.value(QStringLiteral("$ref")).toString(); !ref.isEmpty()) {
            out.remove(QStringLiteral("$ref"));
            const QString name = ref.mid(ref.lastIndexOf(u'/') + 1);
            const QJsonObject target = resolve(m_defs.value(name).toObject(), depth + 1);
            for (auto it = target.begin(); it != target.end(); ++it)
                if (!out.contains(it.key()))
                    out.insert(it.key(), it.value());
        }
        if (const QJsonArray all = schema.value(QStringLiteral("allOf")).toArray();
            !all.isEmpty()) {
            out.remove(QStringLiteral("allOf"));
            for (const QJsonValue& part : all) {
                const QJsonObject p = resolve(part.toObject(), depth + 1);
                for (auto it = p.begin(); it != p.end(); ++it) {
                    if (it.key() == u"properties" && out.contains(it.key())) {
                        QJsonObject merged = out.value(it.key()).toObject();
                        const QJsonObject more = it.value().toObject();
                        for (auto m = more.begin(); m != more.end(); ++m)
                            merged.insert(m.key(), m.value());
                        out.insert(it.key(), merged);
                    } else if (!out.contains(it.key())) {
                        out.insert(it.key(), it.value());
                    }
                }
            }
        }
        if (out.contains(QStringLiteral("properties"))) {
            QJsonObject props = out.value(QStringLiteral("properties")).toObject();
            for (auto it = props.begin(); it != props.end(); ++it)
                it.value() = resolve(it.value().toObject(), depth + 1);
            out.insert(QStringLiteral("properties"), props);
        }
        if (out.value(QStringLiteral("items")).isObject())
            out.insert(QStringLiteral("items"),
                       resolve(out.value(QStringLiteral("items")).toObject(), depth + 1));
        if (out.value(QStringLiteral("additionalProperties")).isObject())
            out.insert(
                QStringLiteral("additionalProperties"),
                resolve(out.value(QStringLiteral("additionalProperties")).toObject(), depth + 1));
        return out;
    }

private:
    QJsonObject m_defs;
};

QJsonObject specOf(const QJsonObject& objectSchema) {
    return objectSchema.value(QStringLiteral("properties"))
        .toObject()
        .value(QStringLiteral("spec"))
        .toObject();
}

fd::Result<QJsonValue> parseAny(const QByteArray& bytes) {
    const QByteArray trimmed = bytes.trimmed();
    if (trimmed.startsWith('{')) {
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed, &err);
        if (err.error == QJsonParseError::NoError)
            return QJsonValue(doc.object());
    }
    auto doc = yaml::Document::parse(bytes);
    if (!doc)
        return doc.error();
    QJsonArray docs;
    for (const yaml::Node* n : (*doc)->documents())
        if (!n->isNull())
            docs.append(n->toJson());
    return QJsonValue(docs);
}

KarmadaSchema crdSchema(const QJsonObject& crd) {
    KarmadaSchema out;
    const QJsonObject spec = crd.value(QStringLiteral("spec")).toObject();
    const QString kind =
        spec.value(QStringLiteral("names")).toObject().value(QStringLiteral("kind")).toString();
    if (spec.value(QStringLiteral("group")).toString() != kGroup || !kKinds.contains(kind))
        return out;
    QJsonObject schema;
    const QJsonArray versions = spec.value(QStringLiteral("versions")).toArray();
    for (const QJsonValue& v : versions) {
        const QJsonObject vo = v.toObject();
        if (vo.value(QStringLiteral("name")).toString() == kVersion ||
            (schema.isEmpty() && v == versions.first()))
            schema = vo.value(QStringLiteral("schema"))
                         .toObject()
                         .value(QStringLiteral("openAPIV3Schema"))
                         .toObject();
    }
    if (schema.isEmpty()) // apiextensions.k8s.io/v1beta1 kept it here
        schema = spec.value(QStringLiteral("validation"))
                     .toObject()
                     .value(QStringLiteral("openAPIV3Schema"))
                     .toObject();
    const QJsonObject specSchema = Resolver({}).resolve(specOf(schema));
    if (!specSchema.isEmpty())
        out.specs.insert(kind, specSchema);
    const QString gen = crd.value(QStringLiteral("metadata"))
                            .toObject()
                            .value(QStringLiteral("annotations"))
                            .toObject()
                            .value(QStringLiteral("controller-gen.kubebuilder.io/version"))
                            .toString();
    out.source = gen.isEmpty() ? QStringLiteral("CRD %1").arg(kind)
                               : QStringLiteral("CRD %1 (controller-gen %2)").arg(kind, gen);
    return out;
}

// ---- fields -------------------------------------------------------------------------------

void collect(const QJsonObject& schema, const QString& prefix, QSet<QString>* fields,
             QSet<QString>* opaque, QMap<QString, QJsonObject>* nodes, int depth) {
    if (depth > kMaxDepth)
        return;
    QJsonObject s = schema;
    if (s.value(QStringLiteral("type")).toString() == u"array" &&
        s.value(QStringLiteral("items")).isObject())
        s = s.value(QStringLiteral("items")).toObject();
    const QJsonObject props = s.value(QStringLiteral("properties")).toObject();
    if (props.isEmpty()) {
        if (!prefix.isEmpty() &&
            (s.contains(QStringLiteral("additionalProperties")) ||
             s.value(QStringLiteral("x-kubernetes-preserve-unknown-fields")).toBool() ||
             s.value(QStringLiteral("type")).toString() == u"object" ||
             !s.contains(QStringLiteral("type"))))
            opaque->insert(prefix);
        return;
    }
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        fields->insert(path);
        nodes->insert(path, it.value().toObject());
        collect(it.value().toObject(), path, fields, opaque, nodes, depth + 1);
    }
}

QStringList enumOf(const QJsonObject& node) {
    QStringList out;
    for (const QJsonValue& v : node.value(QStringLiteral("enum")).toArray())
        out.append(v.toString());
    return out;
}

QSet<QString> setOf(const QStringList& list) {
    return QSet<QString>(list.begin(), list.end());
}

const QStringList& newWords() {
    static const QStringList w = {QStringLiteral("Directly"), QStringLiteral("Gracefully"),
                                  QStringLiteral("Never")};
    return w;
}
const QStringList& oldWords() {
    static const QStringList w = {QStringLiteral("Immediately"), QStringLiteral("Graciously"),
                                  QStringLiteral("Never")};
    return w;
}

KarmadaGeneration classify(const KarmadaCapabilities& c) {
    if (!c.hasPropagationPolicy)
        return KarmadaGeneration::Unknown;
    if (!c.hasPropagationField(QStringLiteral("failover")))
        return KarmadaGeneration::BeforeFailover;
    const QSet<QString> words = setOf(c.applicationPurgeModes);
    const bool cluster = c.hasPropagationField(QStringLiteral("failover.cluster"));
    if (words == setOf(oldWords()) && !cluster)
        return c.purgeModeEnforced ? KarmadaGeneration::V1_11_to_1_14
                                   : KarmadaGeneration::V1_6_to_1_10;
    if (words == setOf(newWords() + oldWords()) && cluster &&
        setOf(c.deprecatedPurgeModes) ==
            QSet<QString>{QStringLiteral("Immediately"), QStringLiteral("Graciously")})
        return KarmadaGeneration::V1_15_to_1_18;
    if (words == setOf(newWords()) && cluster)
        return KarmadaGeneration::V1_19_or_later;
    return KarmadaGeneration::Unknown;
}

} // namespace

void KarmadaSchema::merge(const KarmadaSchema& other) {
    for (auto it = other.specs.begin(); it != other.specs.end(); ++it)
        specs.insert(it.key(), it.value());
    if (!other.source.isEmpty())
        source = source.isEmpty() ? other.source : source + QStringLiteral(", ") + other.source;
}

QString toString(KarmadaGeneration g) {
    switch (g) {
    case KarmadaGeneration::Unknown:
        return QStringLiteral("unknown");
    case KarmadaGeneration::BeforeFailover:
        return QStringLiteral("v1.5-");
    case KarmadaGeneration::V1_6_to_1_10:
        return QStringLiteral("v1.6-v1.10");
    case KarmadaGeneration::V1_11_to_1_14:
        return QStringLiteral("v1.11-v1.14");
    case KarmadaGeneration::V1_15_to_1_18:
        return QStringLiteral("v1.15-v1.18");
    case KarmadaGeneration::V1_19_or_later:
        return QStringLiteral("v1.19+");
    }
    return {};
}

QString displayName(KarmadaGeneration g) {
    switch (g) {
    case KarmadaGeneration::Unknown:
        return Text::tr("an unrecognised Karmada version");
    case KarmadaGeneration::BeforeFailover:
        return Text::tr("Karmada v1.5 or older");
    case KarmadaGeneration::V1_6_to_1_10:
        return Text::tr("Karmada v1.6 to v1.10");
    case KarmadaGeneration::V1_11_to_1_14:
        return Text::tr("Karmada v1.11 to v1.14");
    case KarmadaGeneration::V1_15_to_1_18:
        return Text::tr("Karmada v1.15 to v1.18");
    case KarmadaGeneration::V1_19_or_later:
        return Text::tr("Karmada v1.19 or later");
    }
    return {};
}

void parsePurgeModeDescription(const QString& description, QStringList* words,
                               QStringList* deprecated) {
    const qsizetype start = description.indexOf(QLatin1String("Valid options are"));
    if (start < 0)
        return;
    QString segment = description.mid(start);
    const qsizetype end = segment.indexOf(QLatin1String("Defaults to"));
    if (end > 0)
        segment.truncate(end);
    static const QRegularExpression word(
        QStringLiteral(R"re("([A-Za-z]+)"\s*(\(\s*deprecated\s*\))?)re"));
    for (auto it = word.globalMatch(segment); it.hasNext();) {
        const auto m = it.next();
        if (!words->contains(m.captured(1)))
            words->append(m.captured(1));
        if (m.capturedLength(2) > 0 && !deprecated->contains(m.captured(1)))
            deprecated->append(m.captured(1));
    }
}

fd::Result<KarmadaSchema> readCrd(const QByteArray& bytes) {
    auto any = parseAny(bytes);
    if (!any)
        return any.error();
    QJsonObject crd = any->isArray() ? any->toArray().first().toObject() : any->toObject();
    if (crd.value(QStringLiteral("kind")).toString() != u"CustomResourceDefinition")
        return invalid(Text::tr("This is not a CustomResourceDefinition; point Fleetdeck at "
                                "Karmada's policy CRD files."));
    return crdSchema(crd);
}

fd::Result<KarmadaSchema> readOpenApi(const QByteArray& json) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(
            Text::tr("The OpenAPI document is not valid JSON (%1).").arg(err.errorString()));
    const QJsonObject root = doc.object();
    QJsonObject defs = root.value(QStringLiteral("components"))
                           .toObject()
                           .value(QStringLiteral("schemas"))
                           .toObject();
    const bool v3 = !defs.isEmpty();
    if (!v3)
        defs = root.value(QStringLiteral("definitions")).toObject();
    if (defs.isEmpty())
        return invalid(Text::tr("The document has no schemas; expected an OpenAPI v2 or v3 "
                                "document such as /openapi/v3/apis/policy.karmada.io/v1alpha1."));
    KarmadaSchema out;
    const Resolver resolver(defs);
    for (auto it = defs.begin(); it != defs.end(); ++it) {
        const QJsonObject def = it.value().toObject();
        for (const QJsonValue& g :
             def.value(QStringLiteral("x-kubernetes-group-version-kind")).toArray()) {
            const QJsonObject gvk = g.toObject();
            const QString kind = gvk.value(QStringLiteral("kind")).toString();
            if (gvk.value(QStringLiteral("group")).toString() != kGroup ||
                gvk.value(QStringLiteral("version")).toString() != kVersion ||
                !kKinds.contains(kind))
                continue;
            const QJsonObject resolved = resolver.resolve(def);
            out.specs.insert(kind, specOf(resolved));
        }
    }
    out.source = v3 ? QStringLiteral("OpenAPI v3") : QStringLiteral("OpenAPI v2");
    return out;
}

fd::Result<KarmadaSchema> readSchemaBytes(const QByteArray& bytes) {
    auto any = parseAny(bytes);
    if (!any)
        return any.error();
    if (any->isObject()) {
        const QJsonObject o = any->toObject();
        if (o.contains(QStringLiteral("openapi")) || o.contains(QStringLiteral("swagger")) ||
            o.contains(QStringLiteral("components")) || o.contains(QStringLiteral("definitions")))
            return readOpenApi(bytes.trimmed());
        return readCrd(bytes);
    }
    KarmadaSchema out;
    for (const QJsonValue& d : any->toArray()) {
        const QJsonObject o = d.toObject();
        if (o.value(QStringLiteral("kind")).toString() == u"CustomResourceDefinition")
            out.merge(crdSchema(o));
        else if (o.value(QStringLiteral("kind")).toString() == u"List")
            for (const QJsonValue& item : o.value(QStringLiteral("items")).toArray())
                out.merge(crdSchema(item.toObject()));
    }
    return out;
}

fd::Result<KarmadaSchema> readSchemaDirectory(const QString& path) {
    const QDir dir(path);
    if (!dir.exists())
        return fd::makeError(fd::ErrorKind::NotFound,
                             Text::tr("The folder %1 does not exist; give the folder that holds "
                                      "Karmada's CRD files.")
                                 .arg(QDir::toNativeSeparators(path)));
    KarmadaSchema out;
    const QStringList files =
        dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml"), QStringLiteral("*.json")},
                      QDir::Files, QDir::Name);
    for (const QString& name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return fd::makeError(fd::ErrorKind::Io,
                                 Text::tr("%1 could not be read (%2).")
                                     .arg(QDir::toNativeSeparators(f.fileName()), f.errorString()));
        auto schema = readSchemaBytes(f.readAll());
        if (!schema)
            return fd::makeError(schema.error().kind,
                                 Text::tr("%1: %2").arg(name, schema.error().message));
        out.merge(*schema);
    }
    if (out.isEmpty())
        return fd::makeError(
            fd::ErrorKind::NotFound,
            Text::tr("No Karmada policy CRD was found in %1.").arg(QDir::toNativeSeparators(path)));
    return out;
}

KarmadaCapabilities capabilitiesFrom(const KarmadaSchema& schema) {
    KarmadaCapabilities c;
    c.source = schema.source;
    QMap<QString, QJsonObject> propNodes, overNodes;
    const QJsonObject prop =
        schema.specs.value(QStringLiteral("ClusterPropagationPolicy"),
                           schema.specs.value(QStringLiteral("PropagationPolicy")));
    const QJsonObject over =
        schema.specs.value(QStringLiteral("ClusterOverridePolicy"),
                           schema.specs.value(QStringLiteral("OverridePolicy")));
    c.hasPropagationPolicy = !prop.isEmpty();
    c.hasOverridePolicy = !over.isEmpty();
    collect(prop, {}, &c.propagationFields, &c.propagationOpaque, &propNodes, 0);
    collect(over, {}, &c.overrideFields, &c.overrideOpaque, &overNodes, 0);

    const QJsonObject purge = propNodes.value(QStringLiteral("failover.application.purgeMode"));
    if (!purge.isEmpty()) {
        const QStringList enumWords = enumOf(purge);
        QStringList described;
        parsePurgeModeDescription(purge.value(QStringLiteral("description")).toString(), &described,
                                  &c.deprecatedPurgeModes);
        c.purgeModeEnforced = !enumWords.isEmpty();
        c.applicationPurgeModes = c.purgeModeEnforced ? enumWords : described;
        // A deprecated word that the enum no longer accepts is not "accepted, deprecated".
        QStringList kept;
        for (const QString& w : c.deprecatedPurgeModes)
            if (c.applicationPurgeModes.contains(w))
                kept.append(w);
        c.deprecatedPurgeModes = kept;
    }
    const QJsonObject clusterPurge = propNodes.value(QStringLiteral("failover.cluster.purgeMode"));
    if (!clusterPurge.isEmpty()) {
        c.clusterPurgeModes = enumOf(clusterPurge);
        if (c.clusterPurgeModes.isEmpty()) {
            QStringList ignored;
            parsePurgeModeDescription(clusterPurge.value(QStringLiteral("description")).toString(),
                                      &c.clusterPurgeModes, &ignored);
        }
    }
    c.generation = classify(c);
    qCDebug(lcPolicy) << "Karmada schema from" << c.source << "classified as"
                      << toString(c.generation);
    return c;
}

QString KarmadaCapabilities::purgeModeWord(PurgeMode mode) const {
    const int i = mode == PurgeMode::Directly ? 0 : mode == PurgeMode::Gracefully ? 1 : 2;
    if (applicationPurgeModes.contains(newWords()[i]) &&
        !deprecatedPurgeModes.contains(newWords()[i]))
        return newWords()[i];
    if (applicationPurgeModes.contains(oldWords()[i]))
        return oldWords()[i];
    return {};
}

QList<PurgeMode> KarmadaCapabilities::offeredPurgeModes() const {
    QList<PurgeMode> out;
    for (PurgeMode m : {PurgeMode::Directly, PurgeMode::Gracefully, PurgeMode::Never})
        if (!purgeModeWord(m).isEmpty())
            out.append(m);
    return out;
}

KarmadaCapabilities KarmadaCapabilities::assumed(KarmadaGeneration generation) {
    if (generation == KarmadaGeneration::Unknown)
        generation = KarmadaGeneration::V1_19_or_later;
    KarmadaCapabilities c;
    c.generation = generation;
    c.source = Text::tr("built-in knowledge of %1").arg(displayName(generation));
    c.hasPropagationPolicy = true;
    c.hasOverridePolicy = true;
    const auto add = [](QSet<QString>& set, const QString& path) {
        QString p;
        for (const QString& part : path.split(u'.')) {
            p = p.isEmpty() ? part : p + u'.' + part;
            set.insert(p);
        }
    };
    static const char* const kSelectors[] = {
        "resourceSelectors.apiVersion",
        "resourceSelectors.kind",
        "resourceSelectors.labelSelector.matchLabels",
        "resourceSelectors.labelSelector.matchExpressions.key",
        "resourceSelectors.labelSelector.matchExpressions.operator",
        "resourceSelectors.labelSelector.matchExpressions.values"};
    static const char* const kPropagation[] = {
        "propagateDeps",
        "conflictResolution",
        "placement.clusterAffinity.clusterNames",
        "placement.clusterAffinity.labelSelector.matchLabels",
        "placement.clusterAffinity.labelSelector.matchExpressions.key",
        "placement.clusterAffinity.labelSelector.matchExpressions.operator",
        "placement.clusterAffinity.labelSelector.matchExpressions.values",
        "placement.replicaScheduling.replicaSchedulingType",
        "placement.replicaScheduling.replicaDivisionPreference",
        "placement.replicaScheduling.weightPreference.dynamicWeight",
        "placement.replicaScheduling.weightPreference.staticWeightList.targetCluster.clusterNames",
        "placement.replicaScheduling.weightPreference.staticWeightList.weight",
        "placement.clusterTolerations.key",
        "placement.clusterTolerations.operator",
        "placement.clusterTolerations.effect",
        "placement.clusterTolerations.tolerationSeconds",
        "placement.clusterTolerations.value"};
    static const char* const kFailover[] = {
        "failover.application.decisionConditions.tolerationSeconds",
        "failover.application.purgeMode", "failover.application.gracePeriodSeconds"};
    static const char* const kOverride[] = {
        "overrideRules.targetCluster.clusterNames",
        "overrideRules.targetCluster.labelSelector.matchLabels",
        "overrideRules.overriders.plaintext.operator",
        "overrideRules.overriders.plaintext.path",
        "overrideRules.overriders.plaintext.value",
        "overrideRules.overriders.labelsOverrider.operator",
        "overrideRules.overriders.labelsOverrider.value",
        "overrideRules.overriders.annotationsOverrider.operator",
        "overrideRules.overriders.annotationsOverrider.value"};
    for (const char* p : kSelectors) {
        add(c.propagationFields, QString::fromLatin1(p));
        add(c.overrideFields, QString::fromLatin1(p));
    }
    for (const char* p : kPropagation)
        add(c.propagationFields, QString::fromLatin1(p));
    for (const char* p : kOverride)
        add(c.overrideFields, QString::fromLatin1(p));
    for (const char* p : {"resourceSelectors.labelSelector.matchLabels"}) {
        c.propagationOpaque.insert(QString::fromLatin1(p));
        c.overrideOpaque.insert(QString::fromLatin1(p));
    }
    c.propagationOpaque.insert(
        QStringLiteral("placement.clusterAffinity.labelSelector.matchLabels"));
    for (const char* p : {"overrideRules.targetCluster.labelSelector.matchLabels",
                          "overrideRules.overriders.plaintext.value",
                          "overrideRules.overriders.labelsOverrider.value",
                          "overrideRules.overriders.annotationsOverrider.value"})
        c.overrideOpaque.insert(QString::fromLatin1(p));

    if (generation == KarmadaGeneration::BeforeFailover)
        return c;
    for (const char* p : kFailover)
        add(c.propagationFields, QString::fromLatin1(p));
    switch (generation) {
    case KarmadaGeneration::V1_6_to_1_10:
        c.applicationPurgeModes = oldWords();
        break;
    case KarmadaGeneration::V1_11_to_1_14:
        c.applicationPurgeModes = oldWords();
        c.purgeModeEnforced = true;
        break;
    case KarmadaGeneration::V1_15_to_1_18:
        c.applicationPurgeModes = newWords() + QStringList{oldWords()[0], oldWords()[1]};
        c.deprecatedPurgeModes = {oldWords()[0], oldWords()[1]};
        c.purgeModeEnforced = true;
        break;
    default:
        c.applicationPurgeModes = newWords();
        c.purgeModeEnforced = true;
        break;
    }
    // v1.10.11's CRDs lack preserveResourcesOnDeletion and fieldOverrider; v1.14.10's have them.
    if (generation != KarmadaGeneration::V1_6_to_1_10) {
        add(c.propagationFields, QStringLiteral("preserveResourcesOnDeletion"));
        for (const char* p : {"overrideRules.overriders.fieldOverrider.fieldPath",
                              "overrideRules.overriders.fieldOverrider.json.operator",
                              "overrideRules.overriders.fieldOverrider.json.subPath",
                              "overrideRules.overriders.fieldOverrider.json.value",
                              "overrideRules.overriders.fieldOverrider.yaml.operator",
                              "overrideRules.overriders.fieldOverrider.yaml.subPath",
                              "overrideRules.overriders.fieldOverrider.yaml.value"})
            add(c.overrideFields, QString::fromLatin1(p));
        c.overrideOpaque.insert(
            QStringLiteral("overrideRules.overriders.fieldOverrider.json.value"));
        c.overrideOpaque.insert(
            QStringLiteral("overrideRules.overriders.fieldOverrider.yaml.value"));
    }
    if (generation == KarmadaGeneration::V1_15_to_1_18 ||
        generation == KarmadaGeneration::V1_19_or_later) {
        add(c.propagationFields, QStringLiteral("failover.cluster.purgeMode"));
        c.clusterPurgeModes = {newWords()[0], newWords()[1]};
    }
    return c;
}

} // namespace fd::policy
