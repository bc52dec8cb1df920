#pragma once

#include "policy/failovertimeline.h"
#include "policy/policytypes.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QWidget>

namespace fd::widgets {

// The failover timeline: what happens, and when, after a model server or its cluster fails under
// a failover policy — failure, detection (toleration), eviction, rescheduling, grace period,
// purge of the old replicas — as horizontal bars on one time axis (core/policy/
// failovertimeline.h has the model). Each bar's length is proportional to its duration; times
// read in seconds or minutes, whichever reads best. Painted by hand with fractional coordinates
// snapped to device pixels, so it stays crisp at any scale factor.
//
// Full: one labelled row per phase with durations and a time axis (the editor). Compact: thin
// unlabelled lanes with the start and end of the axis (cards). Both can also draw failovers that
// actually happened (observed rows, from a ResourceBinding) under the model on the same axis.
// The accessible description (and the tooltip) says the same in words.
class FailoverTimelineWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailoverTimelineWidget)

public:
    enum class Variant { Compact, Full };

    struct ObservedRow {
        QString label; // e.g. "member-1 · ApplicationFailure · 10:02"
        QList<fd::policy::TimelinePhase> phases;
    };

    explicit FailoverTimelineWidget(Variant variant, QWidget* parent = nullptr);

    Variant variant() const { return m_variant; }
    // The model phases of `policy` (failoverTimeline()).
    void setPolicy(const fd::policy::FailoverPolicy& policy);
    void setPhases(const QList<fd::policy::TimelinePhase>& phases);
    QList<fd::policy::TimelinePhase> phases() const { return m_phases; }
    void setObserved(const QList<ObservedRow>& rows);
    // One row per graceful-eviction task of a binding (oldest first), labelled with the cluster
    // it left, the reason and when; open phases end at `now`.
    static QList<ObservedRow> observedRows(const fd::policy::BindingFailovers& binding,
                                           const QDateTime& now);
    QList<ObservedRow> observed() const { return m_observed; }

    // Where a phase's bar is, in widget coordinates: the model's (observedRow -1) or an observed
    // row's. Empty when that phase is not drawn. A zero-length phase has zero width.
    QRectF barRect(const QString& phase, int observedRow = -1) const;
    // The seconds the axis spans (a round number at or after the last phase's end).
    int axisSeconds() const;
    // x of a time on the axis, in widget coordinates.
    double xForSeconds(double seconds) const;
    // The words for the accessible description and tooltip.
    QString summaryText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Layout {
        QRectF plot; // the area of the time axis (bars map into its width)
        double labelWidth = 0;
        double rowHeight = 0;
        double observedTop = 0; // y of the "what happened" heading, 0 when none
        int axisSeconds = 1;
        int tickSeconds = 1;
    };
    Layout computeLayout() const;
    double rowTop(const Layout& l, int observedRow, int phaseIndex) const;
    QRectF barIn(const Layout& l, const fd::policy::TimelinePhase& phase, double top) const;
    int rowCount() const;
    void updateTexts();
    double snap(double x) const;

    Variant m_variant;
    QList<fd::policy::TimelinePhase> m_phases;
    QList<ObservedRow> m_observed;
    bool m_enabled = true;
};

} // namespace fd::widgets
