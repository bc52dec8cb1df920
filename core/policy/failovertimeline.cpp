#include "policy/failovertimeline.h"

#include "policy/policytext.h"

#include <QJsonArray>

#include <algorithm>

namespace fd::policy {

namespace {
// The longest span an observed phase is drawn with: ten years.
constexpr qint64 kMaxObservedSeconds = 10LL * 366 * 24 * 3600;
} // namespace

namespace {

TimelinePhase phase(const char* name, int start, int end) {
    return TimelinePhase{QString::fromLatin1(name), start, end};
}

QDateTime timeOf(const QJsonValue& v) {
    if (!v.isString())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

int intOf(const QJsonValue& v, int fallback) {
    return v.isDouble() ? v.toInt(fallback) : fallback;
}

} // namespace

QList<TimelinePhase> failoverTimeline(const FailoverPolicy& policy, const TimelineAssumptions& a) {
    QList<TimelinePhase> out{phase("failure", 0, 0)};
    if (!policy.enabled)
        return out;
    const int t = std::max(0, policy.tolerationSeconds);
    out.append(phase("detection", 0, t));
    out.append(phase("eviction", t, t + a.evictionSeconds));
    out.append(phase("rescheduling", t + a.evictionSeconds,
                     t + a.evictionSeconds + a.reschedulingSeconds));
    switch (policy.purgeMode) {
    case PurgeMode::Gracefully: {
        const int g = std::max(0, policy.gracePeriodSeconds);
        out.append(phase("gracePeriod", t, t + g));
        out.append(phase("purge", t + g, t + g + a.purgeSeconds));
        break;
    }
    case PurgeMode::Directly:
        out.append(phase("purge", t, t + a.purgeSeconds));
        break;
    case PurgeMode::Never:
        break;
    }
    return out;
}

QJsonObject timelineJson(const QList<TimelinePhase>& phases) {
    QJsonArray list;
    for (const TimelinePhase& p : phases)
        list.append(QJsonObject{{QStringLiteral("name"), p.name},
                                {QStringLiteral("startSeconds"), p.startSeconds},
                                {QStringLiteral("endSeconds"), p.endSeconds}});
    return QJsonObject{{QStringLiteral("phases"), list}};
}

QString phaseLabel(const QString& name) {
    if (name == u"failure")
        return Text::tr("Failure");
    if (name == u"detection")
        return Text::tr("Detection (toleration)");
    if (name == u"eviction")
        return Text::tr("Eviction");
    if (name == u"rescheduling")
        return Text::tr("Rescheduling");
    if (name == u"gracePeriod")
        return Text::tr("Grace period");
    if (name == u"purge")
        return Text::tr("Old replicas purged");
    return name;
}

QString formatDuration(int seconds) {
    if (seconds < 60)
        return Text::tr("%1 s").arg(seconds);
    if (seconds < 3600) {
        const int m = seconds / 60;
        const int s = seconds % 60;
        return s == 0 ? Text::tr("%1 min").arg(m) : Text::tr("%1 min %2 s").arg(m).arg(s);
    }
    const int h = seconds / 3600;
    const int m = (seconds % 3600) / 60;
    return m == 0 ? Text::tr("%1 h").arg(h) : Text::tr("%1 h %2 min").arg(h).arg(m);
}

QDateTime ObservedEviction::purgeDeadline() const {
    if (suppressDeletion || !created.isValid() || gracePeriodSeconds < 0)
        return {};
    return created.addSecs(gracePeriodSeconds);
}

fd::Result<BindingFailovers> decodeBindingFailovers(const QJsonObject& binding) {
    const QString kind = binding.value(QStringLiteral("kind")).toString();
    const bool hasSpec = binding.value(QStringLiteral("spec")).isObject() ||
                         binding.value(QStringLiteral("status")).isObject();
    if ((!kind.isEmpty() && kind != u"ResourceBinding" && kind != u"ClusterResourceBinding") ||
        !hasSpec)
        return fd::makeError(fd::ErrorKind::InvalidInput,
                             Text::tr("This is not a Karmada ResourceBinding, so it says nothing "
                                      "about failovers."));
    BindingFailovers out;
    const QJsonObject metadata = binding.value(QStringLiteral("metadata")).toObject();
    out.name = metadata.value(QStringLiteral("name")).toString();
    out.namespace_ = metadata.value(QStringLiteral("namespace")).toString();
    const QJsonObject spec = binding.value(QStringLiteral("spec")).toObject();
    for (const QJsonValue& c : spec.value(QStringLiteral("clusters")).toArray())
        out.clusters.append(c.toObject().value(QStringLiteral("name")).toString());
    out.rescheduleTriggeredAt = timeOf(spec.value(QStringLiteral("rescheduleTriggeredAt")));
    for (const QJsonValue& v : spec.value(QStringLiteral("gracefulEvictionTasks")).toArray()) {
        const QJsonObject t = v.toObject();
        ObservedEviction e;
        e.fromCluster = t.value(QStringLiteral("fromCluster")).toString();
        e.reason = t.value(QStringLiteral("reason")).toString();
        e.producer = t.value(QStringLiteral("producer")).toString();
        e.message = t.value(QStringLiteral("message")).toString();
        e.purgeMode = t.value(QStringLiteral("purgeMode")).toString();
        e.gracePeriodSeconds = intOf(t.value(QStringLiteral("gracePeriodSeconds")), -1);
        e.suppressDeletion = t.value(QStringLiteral("suppressDeletion")).toBool();
        e.replicas = intOf(t.value(QStringLiteral("replicas")), -1);
        e.created = timeOf(t.value(QStringLiteral("creationTimestamp")));
        for (const QJsonValue& c : t.value(QStringLiteral("clustersBeforeFailover")).toArray())
            e.clustersBeforeFailover.append(c.toString());
        out.evictions.append(e);
    }
    std::stable_sort(out.evictions.begin(), out.evictions.end(),
                     [](const ObservedEviction& a, const ObservedEviction& b) {
                         return a.created.isValid() && b.created.isValid() && a.created < b.created;
                     });
    const QJsonObject status = binding.value(QStringLiteral("status")).toObject();
    out.lastScheduledTime = timeOf(status.value(QStringLiteral("lastScheduledTime")));
    for (const QJsonValue& v : status.value(QStringLiteral("conditions")).toArray()) {
        const QJsonObject c = v.toObject();
        out.conditions.append(
            BindingCondition{c.value(QStringLiteral("type")).toString(),
                             c.value(QStringLiteral("status")).toString(),
                             c.value(QStringLiteral("reason")).toString(),
                             c.value(QStringLiteral("message")).toString(),
                             timeOf(c.value(QStringLiteral("lastTransitionTime")))});
    }
    for (const QJsonValue& v : status.value(QStringLiteral("aggregatedStatus")).toArray()) {
        const QJsonObject a = v.toObject();
        out.health.append(ClusterHealth{a.value(QStringLiteral("clusterName")).toString(),
                                        a.value(QStringLiteral("health")).toString(),
                                        a.value(QStringLiteral("applied")).toBool()});
    }
    return out;
}

QList<TimelinePhase> observedTimeline(const ObservedEviction& e, const BindingFailovers& b,
                                      const QDateTime& now) {
    QList<TimelinePhase> out{phase("eviction", 0, 0)};
    if (!e.created.isValid())
        return out;
    // Clamped: a timestamp centuries off (a damaged or hostile binding) must not overflow int
    // into a negative span (found by fuzz_failovers).
    const auto since = [&](const QDateTime& t) {
        return int(std::clamp<qint64>(e.created.secsTo(t), 0, kMaxObservedSeconds));
    };
    QDateTime scheduled = b.lastScheduledTime;
    for (const BindingCondition& c : b.conditions)
        if (c.type == u"Scheduled" && c.status == u"True" && c.lastTransitionTime.isValid() &&
            (!scheduled.isValid() || c.lastTransitionTime > scheduled))
            scheduled = c.lastTransitionTime;
    if (scheduled.isValid() && scheduled >= e.created)
        out.append(phase("rescheduling", 0, since(scheduled)));
    else if (now.isValid() && now > e.created)
        out.append(phase("rescheduling", 0, since(now))); // still open
    if (e.gracePeriodSeconds >= 0 && !e.suppressDeletion) {
        out.append(phase("gracePeriod", 0, e.gracePeriodSeconds));
        out.append(phase("purge", e.gracePeriodSeconds, e.gracePeriodSeconds));
    } else if (!e.suppressDeletion &&
               (e.purgeMode == u"Directly" || e.purgeMode == u"Immediately")) {
        out.append(phase("purge", 0, 0));
    }
    return out;
}

} // namespace fd::policy
