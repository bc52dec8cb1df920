// libFuzzer target for what the control plane sends about failovers and sync leases: a
// ResourceBinding (work.karmada.io/v1alpha2) decoded into observed failovers, their timeline and
// `deploy status` JSON (core/policy/failovertimeline, deploymentfailoverspure), and a
// coordination.k8s.io/v1 Lease decoded and judged (core/policy/syncleasepure).
// Beyond "no crash, no sanitizer report, no hang": every observed phase starts at or after 0 and
// ends at or after its start, and a lease is always takeable by its own holder.
#include "policy/deploymentfailovers.h"
#include "policy/failovertimeline.h"
#include "policy/synclease.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "failover decoding broke an invariant: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, unsigned long size) {
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1764957600, Qt::UTC);

    (void)fd::policy::isDeploymentBinding(object, QStringLiteral("web"));
    if (const auto binding = fd::policy::decodeBindingFailovers(object)) {
        for (const auto& e : binding->evictions) {
            (void)fd::policy::observedEvictionJson(e);
            for (const auto& p : fd::policy::observedTimeline(e, *binding, now)) {
                if (p.endSeconds < p.startSeconds || p.startSeconds < 0)
                    fail("a phase ends before it starts");
            }
        }
    }

    const fd::policy::LeaseState lease = fd::policy::decodeLease(object);
    if (!lease.holder.isEmpty() && !fd::policy::leaseTakeable(lease, lease.holder, now))
        fail("the holder cannot take its own lease");
    (void)fd::policy::leaseSpecFor(lease, QStringLiteral("fuzz@host pid 1"), now);
    (void)fd::policy::leaseHeldMessage(QStringLiteral("cp"), lease);
    return 0;
}
