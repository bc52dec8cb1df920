#pragma once

// Placement preview: which registered member clusters a strategy's Karmada policy would select
// right now, and for every other cluster why not. Mirrors Karmada's cluster affinity (names or
// matchLabels over the labels Fleetdeck pushes, clusterlabels.h) and its NotReady taint
// (a cluster that is not Ready gets no new replicas).

#include "policy/clusterlabels.h"
#include "policy/policytypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace fd::policy {

enum class MismatchReason {
    NotReady,     // the cluster is not Ready
    NotNamed,     // a by-name strategy does not list it
    LabelMissing, // the cluster lacks a target label
    LabelDiffers, // the cluster has the label with another value
};

struct PreviewMismatch {
    MismatchReason reason = MismatchReason::NotNamed;
    QString labelKey; // LabelMissing / LabelDiffers
    QString expected; // LabelMissing / LabelDiffers
    QString actual;   // LabelDiffers
    QString message;  // one translated sentence
};

struct ClusterPreview {
    QString cluster;
    bool matches = false;
    QList<PreviewMismatch> reasons; // empty when it matches
};

struct PlacementPreview {
    QList<ClusterPreview> clusters; // in the order given
    QStringList unknownTargets;     // named targets that are not among the clusters
    QStringList matching() const;
};

PlacementPreview previewPlacement(const PlacementStrategy& strategy,
                                  const QList<ClusterFacts>& clusters);

} // namespace fd::policy
