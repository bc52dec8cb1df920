#pragma once

// How Fleetdeck describes a member cluster to Karmada, and the minimal facts about a cluster the
// policy area needs (the registry maps its records onto ClusterFacts; core/policy does not depend
// on core/registry).
//
// Labels on the Karmada Cluster object (set on join and on every change by the registry):
//   fleetdeck.io/zone: A | B            (absent: no zone)
//   fleetdeck.io/datacenter: <id>       (the data-center id, e.g. hq-idc; spec.region too)
//   gpu.fleetdeck.io/<model>: "true"    (one per GPU model; <model> sanitised, see below)
// GPU model names are not valid label values ("NVIDIA T4" has a space, many exceed 63
// characters with their prefix): Fleetdeck keeps the real names in its own store and pushes
// only the sanitised presence labels, which strategies can select with `Exists`.

#include <QMap>
#include <QString>
#include <QStringList>

namespace fd::policy {

inline const QString kZoneLabel = QStringLiteral("fleetdeck.io/zone");
inline const QString kDataCenterLabel = QStringLiteral("fleetdeck.io/datacenter");
inline const QString kGpuLabelPrefix = QStringLiteral("gpu.fleetdeck.io/");
inline const QString kManagedByLabel = QStringLiteral("fleetdeck.io/managed-by");
inline const QString kManagedByValue = QStringLiteral("fleetdeck");
inline const QString kStrategyLabel = QStringLiteral("fleetdeck.io/placement-strategy");
inline const QString kProfileLabel = QStringLiteral("fleetdeck.io/resource-profile");
inline const QString kAppliedHashAnnotation = QStringLiteral("fleetdeck.io/applied-hash");
inline const QString kObjectNamePrefix = QStringLiteral("fleetdeck-");

enum class Zone { None, A, B };
QString toString(Zone zone); // "", "A", "B"
Zone zoneFromString(const QString& text);

// What the placement preview needs to know about one registered member cluster.
struct ClusterFacts {
    QString name;                  // the Karmada Cluster name
    QMap<QString, QString> labels; // the user's free-form labels from the registry
    Zone zone = Zone::None;
    QString dataCenter;    // data-center id
    QStringList gpuModels; // as the registry knows them, e.g. "NVIDIA T4"
    bool ready = false;    // Karmada (or the last health check) reports it Ready
};

// A label value from any text: lowercase ASCII letters, digits, '-', '_' and '.', starting and
// ending with a letter or digit, at most 63 characters; other characters become '-' and runs of
// '-' collapse. "NVIDIA T4" → "nvidia-t4", "NVIDIA-A100-SXM4-80GB" → "nvidia-a100-sxm4-80gb".
// Empty when nothing valid is left.
QString sanitizeLabelValue(const QString& text);
// The presence label of a GPU model: gpu.fleetdeck.io/nvidia-t4 (empty if nothing is left).
QString gpuModelLabel(const QString& model);

// The labels Fleetdeck pushes onto the Karmada Cluster: the user's labels, then zone,
// data center and GPU models (Fleetdeck's own keys win over a user label of the same key).
QMap<QString, QString> karmadaClusterLabels(const ClusterFacts& cluster);

// Kubernetes label syntax: key = optional DNS-1123 subdomain prefix (≤ 253) + '/' + name
// (≤ 63, alphanumeric ends, '-', '_', '.' inside); value = empty or like a name.
bool isValidLabelKey(const QString& key);
bool isValidLabelValue(const QString& value);
// DNS-1123 label: lowercase alphanumeric and '-', alphanumeric ends, 1-63 characters.
bool isDns1123Label(const QString& name);

} // namespace fd::policy
