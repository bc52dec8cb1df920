#include "policyoutput.h"

#include "policy/failovertimeline.h"
#include "policy/policyformat.h"

#include <QStringList>

using namespace fd::policy;

namespace fd::cli::policyout {

namespace {

QString labelsText(const QMap<QString, QString>& labels) {
    QStringList parts;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        parts.append(it.key() + u'=' + it.value());
    return parts.isEmpty() ? QStringLiteral("all clusters") : parts.join(u',');
}

QString zoneAText(const ZoneA& a) {
    if (!a.enabled)
        return QStringLiteral("off");
    QString gpu = a.mig ? QStringLiteral("%1x MIG %2").arg(a.migCount).arg(a.migProfile)
                        : QStringLiteral("%1 GPU").arg(a.gpus);
    if (a.nvlink)
        gpu += QStringLiteral(" NVLink");
    return QStringLiteral("%1, %2 CPU, %3 GiB").arg(gpu, cpuQuantity(a.cpuMillis)).arg(a.memoryGiB);
}

QString zoneBText(const ZoneB& b) {
    if (!b.enabled)
        return QStringLiteral("off");
    QString gpu = QStringLiteral("%1 GPU").arg(b.gpus);
    if (b.gpuSharing)
        gpu += QStringLiteral(" shared %1%").arg(b.gpuSharePercent);
    return QStringLiteral("%1, %2 CPU, %3 GiB, %4%5")
        .arg(gpu, cpuQuantity(b.cpuMillis))
        .arg(b.memoryGiB)
        .arg(toString(b.qosClass), b.overcommit ? QStringLiteral(" overcommit") : QString());
}

QString timeText(const QDateTime& t) {
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

QString summaryLine(const PlacementStrategy& s) {
    const QString targets = s.targetBy == TargetBy::Labels
                                ? labelsText(s.targetLabels)
                                : s.targetClusters.join(QLatin1Char(','));
    QString line =
        QStringLiteral("%1 %2 targets=%3")
            .arg(toString(s.mode), s.isDefault ? QStringLiteral("(default)") : QString(), targets)
            .simplified();
    if (!s.resourceProfile.isEmpty())
        line += QStringLiteral(" profile=") + s.resourceProfile;
    if (!s.failoverPolicy.isEmpty())
        line += QStringLiteral(" failover=") + s.failoverPolicy;
    if (!s.rules.isEmpty())
        line += QStringLiteral(" rules=%1").arg(s.rules.size());
    return line;
}

QString summaryLine(const ResourceProfile& p) {
    return QStringLiteral("zoneA: %1; zoneB: %2").arg(zoneAText(p.zoneA), zoneBText(p.zoneB));
}

QString summaryLine(const FailoverPolicy& f) {
    if (!f.enabled)
        return QStringLiteral("disabled");
    QString line = QStringLiteral("after %1, purge %2")
                       .arg(formatDuration(f.tolerationSeconds), toString(f.purgeMode));
    if (f.purgeMode == PurgeMode::Gracefully)
        line += QStringLiteral(" (grace %1)").arg(formatDuration(f.gracePeriodSeconds));
    return line;
}

QJsonObject syncRecordJson(const repository::SyncRecord& r) {
    QJsonObject o{{QStringLiteral("kind"), cliName(r.kind)},
                  // An external object's record is keyed "external/<name>": show its name.
                  {QStringLiteral("name"),
                   r.state == repository::SyncState::External && !r.objectName.isEmpty()
                       ? r.objectName
                       : r.name},
                  {QStringLiteral("controlPlaneId"), r.controlPlaneId},
                  {QStringLiteral("controlPlane"), r.controlPlaneName},
                  {QStringLiteral("state"), repository::toString(r.state)},
                  {QStringLiteral("objectKind"), r.objectKind},
                  {QStringLiteral("objectName"), r.objectName},
                  {QStringLiteral("appliedVersion"), r.appliedVersion},
                  {QStringLiteral("generation"), r.generation}};
    if (r.appliedAt.isValid())
        o.insert(QStringLiteral("appliedAt"), timeText(r.appliedAt));
    if (r.checkedAt.isValid())
        o.insert(QStringLiteral("checkedAt"), timeText(r.checkedAt));
    if (!r.lastError.isEmpty())
        o.insert(QStringLiteral("lastError"), r.lastError);
    if (!r.driftedFields.isEmpty())
        o.insert(QStringLiteral("driftedFields"), QJsonArray::fromStringList(r.driftedFields));
    return o;
}

QJsonObject versionJson(const repository::PolicyVersion& v) {
    static const char* const actions[] = {"created", "updated", "deleted"};
    QJsonArray changes;
    for (const auto& c : v.changes)
        changes.append(QJsonObject{{QStringLiteral("path"), c.path},
                                   {QStringLiteral("from"), c.from},
                                   {QStringLiteral("to"), c.to}});
    return QJsonObject{{QStringLiteral("version"), v.version},
                       {QStringLiteral("action"), QLatin1String(actions[int(v.action)])},
                       {QStringLiteral("changedAt"), timeText(v.changedAt)},
                       {QStringLiteral("changedBy"), v.changedBy},
                       {QStringLiteral("changes"), changes}};
}

QJsonObject listJson(const PolicyService& service) {
    const PolicySet& set = service.policies();
    const auto withState = [&](QJsonObject o, PolicyKind kind, const QString& name) {
        o.insert(QStringLiteral("syncState"),
                 repository::toString(service.syncSummary(kind, name).state));
        return o;
    };
    QJsonArray strategies, profiles, failover, external;
    for (const auto& s : set.strategies)
        strategies.append(withState(toJson(s), PolicyKind::Placement, s.name));
    for (const auto& p : set.profiles)
        profiles.append(withState(toJson(p), PolicyKind::Resource, p.name));
    for (const auto& f : set.failoverPolicies)
        failover.append(withState(toJson(f), PolicyKind::Failover, f.name));
    for (const auto& r : service.externalObjects())
        external.append(syncRecordJson(r));
    return QJsonObject{{QStringLiteral("strategies"), strategies},
                       {QStringLiteral("profiles"), profiles},
                       {QStringLiteral("failoverPolicies"), failover},
                       {QStringLiteral("external"), external}};
}

QString historyComments(const QList<repository::PolicyVersion>& versions) {
    static const char* const actions[] = {"created", "updated", "deleted"};
    QString out;
    for (const auto& v : versions) {
        QStringList paths;
        for (const auto& c : v.changes)
            paths.append(c.path);
        out += QStringLiteral("# v%1 %2 %3 by %4")
                   .arg(v.version)
                   .arg(QLatin1String(actions[int(v.action)]), timeText(v.changedAt),
                        v.changedBy.isEmpty() ? QStringLiteral("unknown") : v.changedBy);
        if (!paths.isEmpty())
            out += QStringLiteral(": ") + paths.join(QStringLiteral(", "));
        out += u'\n';
    }
    return out;
}

} // namespace fd::cli::policyout
