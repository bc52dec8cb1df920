#include "policy/placementpreview.h"

#include "policy/policytext.h"

namespace fd::policy {

QStringList PlacementPreview::matching() const {
    QStringList out;
    for (const ClusterPreview& c : clusters)
        if (c.matches)
            out.append(c.cluster);
    return out;
}

PlacementPreview previewPlacement(const PlacementStrategy& strategy,
                                  const QList<ClusterFacts>& clusters) {
    PlacementPreview preview;
    QStringList known;
    for (const ClusterFacts& facts : clusters) {
        known.append(facts.name);
        ClusterPreview c;
        c.cluster = facts.name;
        if (strategy.targetBy == TargetBy::Names) {
            if (!strategy.targetClusters.contains(facts.name))
                c.reasons.append(
                    PreviewMismatch{MismatchReason::NotNamed,
                                    {},
                                    {},
                                    {},
                                    Text::tr("The strategy does not name this cluster.")});
        } else {
            const QMap<QString, QString> labels = karmadaClusterLabels(facts);
            for (auto it = strategy.targetLabels.begin(); it != strategy.targetLabels.end(); ++it) {
                if (!labels.contains(it.key()))
                    c.reasons.append(
                        PreviewMismatch{MismatchReason::LabelMissing,
                                        it.key(),
                                        it.value(),
                                        {},
                                        Text::tr("It has no label %1 (the strategy wants %1=%2).")
                                            .arg(it.key(), it.value())});
                else if (labels.value(it.key()) != it.value())
                    c.reasons.append(PreviewMismatch{
                        MismatchReason::LabelDiffers, it.key(), it.value(), labels.value(it.key()),
                        Text::tr("Its label %1 is %2, not %3.")
                            .arg(it.key(), labels.value(it.key()), it.value())});
            }
        }
        if (!facts.ready)
            c.reasons.append(PreviewMismatch{MismatchReason::NotReady,
                                             {},
                                             {},
                                             {},
                                             Text::tr("It is not Ready, so Karmada places "
                                                      "nothing new on it.")});
        c.matches = c.reasons.isEmpty();
        preview.clusters.append(c);
    }
    if (strategy.targetBy == TargetBy::Names)
        for (const QString& name : strategy.targetClusters)
            if (!known.contains(name))
                preview.unknownTargets.append(name);
    return preview;
}

} // namespace fd::policy
