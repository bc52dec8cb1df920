#include "policy/synclease.h"

#include "policy/policytext.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>
#include <QSysInfo>

// The lease's pure parts (no client): what the fuzz target and the unit tests use.
namespace fd::policy {

namespace {

QDateTime timeOf(const QJsonValue& v) {
    // MicroTime has six fractional digits; seconds are precise enough for a 15 s lease.
    static const QRegularExpression fraction(QStringLiteral("\\.\\d+"));
    QString s = v.toString();
    s.remove(fraction);
    QDateTime t = QDateTime::fromString(s, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QMutex g_guardLock;
QHash<QPair<quintptr, qint64>, SyncGuard::Activity> g_running;

} // namespace

QString syncHolderIdentity() {
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = QStringLiteral("unknown");
    return QStringLiteral("%1@%2 pid %3")
        .arg(user, QSysInfo::machineHostName())
        .arg(QCoreApplication::applicationPid());
}

LeaseState decodeLease(const QJsonObject& lease) {
    LeaseState s;
    const QJsonObject spec = lease.value(QLatin1String("spec")).toObject();
    s.holder = spec.value(QLatin1String("holderIdentity")).toString();
    s.acquired = timeOf(spec.value(QLatin1String("acquireTime")));
    s.renewed = timeOf(spec.value(QLatin1String("renewTime")));
    s.durationSeconds = spec.value(QLatin1String("leaseDurationSeconds")).toInt();
    s.transitions = spec.value(QLatin1String("leaseTransitions")).toInt();
    s.resourceVersion = lease.value(QLatin1String("metadata"))
                            .toObject()
                            .value(QLatin1String("resourceVersion"))
                            .toString();
    return s;
}

bool leaseTakeable(const LeaseState& lease, const QString& me, const QDateTime& now) {
    if (lease.holder.isEmpty() || lease.holder == me)
        return true;
    if (!lease.renewed.isValid() || lease.durationSeconds <= 0)
        return true;
    return lease.renewed.addSecs(lease.durationSeconds) < now;
}

LeaseDecision decideLease(const LeaseState& lease, const QString& me, const QDateTime& now,
                          qint64 nowMs, LeaseObservation* seen) {
    if (lease.holder.isEmpty() || lease.holder == me)
        return {LeaseDecision::Take, 0};
    if (lease.resourceVersion.isEmpty()) // nothing to observe (not from an API server)
        return {leaseTakeable(lease, me, now) ? LeaseDecision::Take : LeaseDecision::Refuse, 0};
    if (seen->resourceVersion != lease.resourceVersion) {
        seen->resourceVersion = lease.resourceVersion;
        seen->sinceMs = nowMs;
    }
    // Unchanged for a whole duration of local monotonic time: its holder stopped renewing,
    // whatever the clocks say.
    const qint64 durationMs = qint64(qMax(lease.durationSeconds, 1)) * 1000;
    const qint64 observedMs = nowMs - seen->sinceMs;
    if (observedMs >= durationMs)
        return {LeaseDecision::Take, 0};
    // Stale by its renewTime: only a hint (this clock may be ahead of the holder's); watch it
    // for the rest of the duration before taking it over.
    if (leaseTakeable(lease, me, now))
        return {LeaseDecision::Wait, durationMs - observedMs};
    return {LeaseDecision::Refuse, 0};
}

QString microTime(const QDateTime& t) {
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'000Z'"));
}

QJsonObject leaseSpecFor(const LeaseState& current, const QString& me, const QDateTime& now,
                         int durationSeconds) {
    const bool same = current.holder == me && current.acquired.isValid();
    const bool newHolder = !current.holder.isEmpty() && current.holder != me;
    return QJsonObject{
        {QStringLiteral("holderIdentity"), me},
        {QStringLiteral("leaseDurationSeconds"), durationSeconds},
        {QStringLiteral("acquireTime"), microTime(same ? current.acquired : now)},
        {QStringLiteral("renewTime"), microTime(now)},
        {QStringLiteral("leaseTransitions"), current.transitions + (newHolder ? 1 : 0)}};
}

QString leaseHeldMessage(const QString& controlPlane, const LeaseState& lease,
                         LeasePurpose purpose) {
    const QString since =
        lease.acquired.isValid()
            ? QLocale().toString(lease.acquired.toLocalTime(), QLocale::ShortFormat)
            : QStringLiteral("?");
    if (purpose == LeasePurpose::Adoption)
        return Text::tr("Another policy sync with %1 is running (held by %2 since %3); adopt "
                        "once it has finished.")
            .arg(controlPlane, lease.holder, since);
    return Text::tr("Another policy sync with %1 is running (held by %2 since %3); wait for it "
                    "to finish, then sync again.")
        .arg(controlPlane, lease.holder, since);
}

bool SyncGuard::tryEnter(const void* connections, qint64 controlPlaneId, Activity activity) {
    QMutexLocker lock(&g_guardLock);
    const auto key = qMakePair(quintptr(connections), controlPlaneId);
    if (g_running.contains(key))
        return false;
    g_running.insert(key, activity);
    return true;
}

void SyncGuard::leave(const void* connections, qint64 controlPlaneId) {
    QMutexLocker lock(&g_guardLock);
    g_running.remove(qMakePair(quintptr(connections), controlPlaneId));
}

std::optional<SyncGuard::Activity> SyncGuard::running(const void* connections,
                                                      qint64 controlPlaneId) {
    QMutexLocker lock(&g_guardLock);
    const auto it = g_running.constFind(qMakePair(quintptr(connections), controlPlaneId));
    if (it == g_running.constEnd())
        return std::nullopt;
    return it.value();
}

} // namespace fd::policy
