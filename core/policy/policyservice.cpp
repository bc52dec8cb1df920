// PolicyService: loading, reading, usage and the write-job machinery (the changes themselves are
// in policyservicewrites.cpp).
#include "policy/policyservice.h"

#include "common/handoff.h"
#include "policy/policylog.h"
#include "policy/policyservicejob.h"
#include "policy/policytext.h"
#include "store/store.h"

#include <QCoreApplication>

#include <memory>

namespace fd::policy {

QString policyTarget(PolicyKind kind, const QString& name) {
    return cliName(kind) + u'/' + name;
}

PolicyService::PolicyService(fd::store::Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_capabilities(KarmadaCapabilities::assumed(KarmadaGeneration::Unknown))
    , m_author(defaultAuthor()) {}

PolicyService::~PolicyService() = default;

QString PolicyService::defaultAuthor() {
    for (const char* var : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(var).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

// ---- Loading ------------------------------------------------------------------------------------

void PolicyService::load(QObject* context, std::function<void(fd::Status)> done) {
    auto deliver = fd::handoff<fd::Status>(context, std::move(done));
    const quint64 writesAtStart = m_writes;
    fd::store::Store* store = &m_store;
    fd::runOnPool<std::shared_ptr<detail::LoadResult>>(
        this,
        [store] {
            auto result = std::make_shared<detail::LoadResult>();
            result->status = store->read(
                [&](sqlite3* db) { return detail::readSnapshot(db, result->snapshot); });
            return result;
        },
        [this, deliver, writesAtStart](std::shared_ptr<detail::LoadResult> result) {
            m_loadError = result->status.ok() ? QString() : result->status.error().message;
            // A write that completed meanwhile already put a newer state in memory.
            if (result->status.ok() && m_writes == writesAtStart)
                applySnapshot(result->snapshot);
            else if (!result->status.ok())
                qCWarning(lcPolicy) << "loading policies failed:" << m_loadError;
            Q_EMIT loadFinished();
            deliver(result->status);
        });
}

fd::Status PolicyService::loadNow() {
    PolicySnapshot snapshot;
    const fd::Status st =
        m_store.read([&](sqlite3* db) { return detail::readSnapshot(db, snapshot); });
    m_loadError = st.ok() ? QString() : st.error().message;
    if (st.ok())
        applySnapshot(snapshot);
    Q_EMIT loadFinished();
    return st;
}

void PolicyService::applySnapshot(const PolicySnapshot& snapshot) {
    const bool policiesDiffer = !m_loaded || !(m_set == snapshot.set);
    const bool syncDiffers = !m_loaded || m_syncRecords != snapshot.syncRecords;
    m_set = snapshot.set;
    m_syncRecords = snapshot.syncRecords;
    m_loaded = true;
    if (policiesDiffer)
        Q_EMIT policiesChanged();
    if (syncDiffers)
        Q_EMIT syncStateChanged();
}

// ---- Reading ------------------------------------------------------------------------------------

SyncSummary PolicyService::syncSummary(PolicyKind kind, const QString& name) const {
    using repository::SyncState;
    const auto rank = [](SyncState s) {
        switch (s) {
        case SyncState::Failed:
            return 5;
        case SyncState::Drifted:
            return 4;
        case SyncState::Deleting:
            return 3;
        case SyncState::NotSynced:
            return 2;
        case SyncState::External:
            return 1;
        case SyncState::InSync:
            return 0;
        }
        return 0;
    };
    SyncSummary out;
    bool any = false;
    for (const repository::SyncRecord& r : m_syncRecords) {
        if (r.kind != kind || r.name.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        out.records.append(r);
        if (!any || rank(r.state) > rank(out.state))
            out.state = r.state;
        any = true;
    }
    return out;
}

QList<repository::SyncRecord> PolicyService::externalObjects() const {
    QList<repository::SyncRecord> out;
    for (const repository::SyncRecord& r : m_syncRecords)
        if (r.state == repository::SyncState::External)
            out.append(r);
    return out;
}

void PolicyService::history(
    PolicyKind kind, const QString& name, QObject* context,
    std::function<void(fd::Result<QList<repository::PolicyVersion>>)> done) const {
    using Versions = fd::Result<QList<repository::PolicyVersion>>;
    fd::store::Store* store = &m_store;
    fd::runOnPool<Versions>(
        context,
        [store, kind, name]() -> Versions {
            Versions out{QList<repository::PolicyVersion>()};
            const fd::Status st = store->read([&](sqlite3* db) -> fd::Status {
                auto h = repository::history(db, kind, name);
                if (!h)
                    return h.error();
                out = std::move(h);
                return {};
            });
            if (!st)
                return st.error();
            return out;
        },
        std::move(done));
}

// ---- Usage --------------------------------------------------------------------------------------

void PolicyService::setDeploymentsUsing(DeploymentsUsing deploymentsUsing) {
    m_deploymentsUsing = std::move(deploymentsUsing);
}

PolicyUsage PolicyService::usage(PolicyKind kind, const QString& name) const {
    PolicyUsage out;
    if (m_deploymentsUsing && kind != PolicyKind::Failover)
        out.deployments = m_deploymentsUsing(kind, name);
    out.strategies = detail::strategiesReferring(m_set, kind, name);
    return out;
}

DeleteCheck PolicyService::checkDelete(PolicyKind kind, const QString& name) const {
    DeleteCheck out;
    out.usage = usage(kind, name);
    if (auto blocked = detail::blockedMessage(kind, name, out.usage)) {
        out.verdict = DeleteVerdict::Blocked;
        out.message = *blocked;
        return out;
    }
    const PlacementStrategy* s = kind == PolicyKind::Placement ? m_set.strategy(name) : nullptr;
    if (s && s->isDefault) {
        out.verdict = DeleteVerdict::AllowedButDefault;
        out.message = Text::tr("This is the default strategy: deployments that no rule matches "
                               "will have no strategy until you make another one the default.");
    }
    return out;
}

// ---- Karmada schema -----------------------------------------------------------------------------

void PolicyService::setCapabilities(const KarmadaCapabilities& capabilities) {
    m_capabilities = capabilities;
    m_capabilitiesKnown = true;
    Q_EMIT capabilitiesChanged();
}

// ---- Jobs ---------------------------------------------------------------------------------------

void PolicyService::runJob(Job job, std::function<void(const fd::Status&)> finish) {
    auto snapshot = std::make_shared<PolicySnapshot>();
    m_store.write(
        [job = std::move(job), snapshot](sqlite3* db) -> fd::Status {
            if (auto st = job(db); !st)
                return st;
            return detail::readSnapshot(db, *snapshot);
        },
        this,
        [this, snapshot, finish = std::move(finish)](fd::Status st) {
            if (st.ok()) {
                ++m_writes;
                applySnapshot(*snapshot);
            }
            finish(st);
        });
}

void PolicyService::audit(const QString& action, const QString& target, const fd::Status& result,
                          const QString& detail) {
    fd::store::AuditEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.action = action;
    entry.target = target;
    entry.result = result.ok() ? QStringLiteral("ok") : QStringLiteral("failed");
    entry.detail = result.ok() ? detail : result.error().message;
    m_store.appendAudit(std::move(entry));
}

} // namespace fd::policy
