#pragma once

// What a Karmada control plane accepts, read from its own schema: a CustomResourceDefinition
// (apiextensions.k8s.io/v1, YAML file or the JSON object the API returns), the OpenAPI v3
// document of /openapi/v3/apis/policy.karmada.io/v1alpha1, or Karmada's OpenAPI v2
// (swagger.json). The result is a capability set the renderer follows: it writes only fields
// the schema declares and only purge-mode words it accepts (never a deprecated spelling when
// the new one is accepted), and reports what it could not express.

#include "common/result.h"
#include "policy/policytypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace fd::policy {

// The failover generations of reference/karmada/versions/MANIFEST.md.
enum class KarmadaGeneration {
    Unknown,        // a schema that fits none of the known shapes (rendered field by field)
    BeforeFailover, // ≤ v1.5: no spec.failover at all
    V1_6_to_1_10,   // purgeMode Immediately|Graciously|Never, only in the description
    V1_11_to_1_14,  // the same three as an enforced enum
    V1_15_to_1_18,  // Directly|Gracefully|Never + Immediately, Graciously deprecated;
                    // failover.cluster
    V1_19_or_later, // Directly|Gracefully|Never only
};
QString toString(KarmadaGeneration generation);    // "unknown", "v1.6-v1.10", ..., "v1.19+"
QString displayName(KarmadaGeneration generation); // translated, e.g. "Karmada v1.15–v1.18"

// The specs of the policy kinds one schema source declares.
struct KarmadaSchema {
    // kind ("PropagationPolicy", "ClusterPropagationPolicy", "OverridePolicy",
    // "ClusterOverridePolicy") → the resolved JSON schema of its `spec` ($ref and allOf
    // inlined), for the served version v1alpha1.
    QMap<QString, QJsonObject> specs;
    QString source; // what it was read from, for messages ("CRD …", "OpenAPI v3 …")

    bool isEmpty() const { return specs.isEmpty(); }
    void merge(const KarmadaSchema& other); // other's kinds replace ours
};

// One CRD (YAML or JSON; the first document when a YAML file holds several). A CRD of another
// group or kind yields an empty schema (no error): a directory of CRDs may hold others.
fd::Result<KarmadaSchema> readCrd(const QByteArray& bytes);
// An OpenAPI v3 (components.schemas) or v2 (definitions) document; kinds found through
// x-kubernetes-group-version-kind.
fd::Result<KarmadaSchema> readOpenApi(const QByteArray& json);
// Whatever the bytes are (CRD, a YAML stream of CRDs, OpenAPI v2/v3), merged.
fd::Result<KarmadaSchema> readSchemaBytes(const QByteArray& bytes);
// Every *.yaml, *.yml and *.json file in a directory (`policy render --karmada-crds DIR`).
fd::Result<KarmadaSchema> readSchemaDirectory(const QString& path);

struct KarmadaCapabilities {
    KarmadaGeneration generation = KarmadaGeneration::Unknown;
    QString source;
    // Dotted field paths below spec that the schema declares (array items need no marker):
    // "failover.application.gracePeriodSeconds", "overrideRules.overriders.fieldOverrider".
    // A path is present together with all its parents. Empty set for a kind = kind unknown.
    QSet<QString> propagationFields; // ClusterPropagationPolicy (or PropagationPolicy)
    QSet<QString> overrideFields;    // ClusterOverridePolicy (or OverridePolicy)
    // Paths whose subtree is free-form (maps, preserve-unknown-fields): kept as a whole.
    QSet<QString> propagationOpaque;
    QSet<QString> overrideOpaque;
    bool hasPropagationPolicy = false;
    bool hasOverridePolicy = false;

    QStringList applicationPurgeModes; // accepted words, deprecated ones included
    QStringList deprecatedPurgeModes;  // the subset marked "(deprecated)"
    bool purgeModeEnforced = false;    // an enum in the schema (not only the description)
    QStringList clusterPurgeModes;     // failover.cluster.purgeMode, when declared

    bool hasPropagationField(const QString& path) const { return propagationFields.contains(path); }
    bool hasOverrideField(const QString& path) const { return overrideFields.contains(path); }
    // The word to write for a purge mode, preferring the current spelling; empty when the
    // schema accepts neither spelling (the renderer then leaves purgeMode to Karmada's default
    // and reports it).
    QString purgeModeWord(PurgeMode mode) const;
    // Purge modes the editor may offer for this control plane.
    QList<PurgeMode> offeredPurgeModes() const;

    // What Fleetdeck assumes for a generation when no schema is at hand (the fields Fleetdeck
    // writes, as the reference CRDs of that generation declare them). Unknown = the newest.
    static KarmadaCapabilities assumed(KarmadaGeneration generation);
};

KarmadaCapabilities capabilitiesFrom(const KarmadaSchema& schema);

// Parses a purgeMode description: `Valid options are "Directly", "Gracefully", "Never",
// "Immediately"(deprecated), and "Graciously"(deprecated).` → words and deprecated words.
void parsePurgeModeDescription(const QString& description, QStringList* words,
                               QStringList* deprecated);

} // namespace fd::policy
