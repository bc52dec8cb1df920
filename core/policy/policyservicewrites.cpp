// PolicyService: the changes. Each runs as one job on the store's writer thread that reads the
// stored set, checks the change against it (not against memory, which may lag behind queued
// jobs), writes, and reads everything back in the same transaction.
#include "common/handoff.h"
#include "policy/defaults.h"
#include "policy/policyformat.h"
#include "policy/policyservice.h"
#include "policy/policyservicejob.h"
#include "policy/policytext.h"
#include "store/store.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>
#include <type_traits>

namespace fd::policy {

namespace detail {

fd::Status readSnapshot(sqlite3* db, PolicySnapshot& out) {
    auto set = repository::loadPolicies(db);
    if (!set)
        return set.error();
    auto records = repository::syncRecords(db);
    if (!records)
        return records.error();
    out.set = std::move(set).value();
    out.syncRecords = std::move(records).value();
    return {};
}

QStringList strategiesReferring(const PolicySet& set, PolicyKind kind, const QString& name) {
    QStringList out;
    for (const PlacementStrategy& s : set.strategies) {
        const QString& ref = kind == PolicyKind::Resource   ? s.resourceProfile
                             : kind == PolicyKind::Failover ? s.failoverPolicy
                                                            : QString();
        if (!ref.isEmpty() && ref.compare(name, Qt::CaseInsensitive) == 0)
            out.append(s.name);
    }
    return out;
}

std::optional<QString> blockedMessage(PolicyKind kind, const QString& name,
                                      const PolicyUsage& usage) {
    if (!usage.deployments.isEmpty()) {
        const QString list = usage.deployments.join(QStringLiteral(", "));
        if (kind == PolicyKind::Placement)
            return Text::tr("The strategy \"%1\" is used by these deployments: %2. Move them to "
                            "another strategy or delete them first.")
                .arg(name, list);
        return Text::tr("The resource profile \"%1\" is used by these deployments: %2. Give them "
                        "another profile or delete them first.")
            .arg(name, list);
    }
    if (!usage.strategies.isEmpty()) {
        const QString list = usage.strategies.join(QStringLiteral(", "));
        if (kind == PolicyKind::Resource)
            return Text::tr("The resource profile \"%1\" is linked by these strategies: %2. Link "
                            "another profile to them first.")
                .arg(name, list);
        return Text::tr("The failover policy \"%1\" is attached to these strategies: %2. Attach "
                        "another policy or none to them first.")
            .arg(name, list);
    }
    return std::nullopt;
}

fd::Error invalidPolicy(const QList<Finding>& errors) {
    QStringList lines;
    for (const Finding& f : errors)
        lines.append(
            QStringLiteral("%1/%2 %3: %4").arg(cliName(f.kind), f.policy, f.path, f.message));
    return fd::makeError(fd::ErrorKind::InvalidInput,
                         errors.isEmpty()
                             ? QCoreApplication::translate("fd::policy", "The policy is not valid.")
                             : errors.first().message,
                         lines.join(u'\n'));
}

} // namespace detail

namespace {

template <typename P> constexpr PolicyKind kindOf() {
    if constexpr (std::is_same_v<P, PlacementStrategy>)
        return PolicyKind::Placement;
    else if constexpr (std::is_same_v<P, ResourceProfile>)
        return PolicyKind::Resource;
    else
        return PolicyKind::Failover;
}

template <typename P> const QList<P>& listOf(const PolicySet& set) {
    if constexpr (std::is_same_v<P, PlacementStrategy>)
        return set.strategies;
    else if constexpr (std::is_same_v<P, ResourceProfile>)
        return set.profiles;
    else
        return set.failoverPolicies;
}

template <typename P> const P* findIn(const PolicySet& set, const QString& name) {
    for (const P& p : listOf<P>(set))
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

QList<Finding> validateOne(const PlacementStrategy& s, const PolicySet& set) {
    return validateStrategy(s, set);
}
QList<Finding> validateOne(const ResourceProfile& p, const PolicySet& set) {
    return validateProfile(p, set);
}
QList<Finding> validateOne(const FailoverPolicy& f, const PolicySet& set) {
    return validateFailover(f, set);
}

fd::Error nameTaken(PolicyKind kind, const QString& name) {
    switch (kind) {
    case PolicyKind::Placement:
        return fd::makeError(fd::ErrorKind::InvalidInput,
                             QCoreApplication::translate("fd::policy",
                                                         "A placement strategy named \"%1\" "
                                                         "already exists; choose another name.")
                                 .arg(name));
    case PolicyKind::Resource:
        return fd::makeError(fd::ErrorKind::InvalidInput,
                             QCoreApplication::translate("fd::policy",
                                                         "A resource profile named \"%1\" already "
                                                         "exists; choose another name.")
                                 .arg(name));
    case PolicyKind::Failover:
        break;
    }
    return fd::makeError(
        fd::ErrorKind::InvalidInput,
        QCoreApplication::translate(
            "fd::policy", "A failover policy named \"%1\" already exists; choose another name.")
            .arg(name));
}

QString changedPaths(const QList<repository::FieldChange>& changes) {
    QStringList paths;
    for (const auto& c : changes)
        paths.append(c.path);
    return paths.join(QStringLiteral(", "));
}

// Saves one policy inside a job; created/updated/unchanged from the stored copy.
template <typename P>
fd::Result<SaveOutcome> saveInJob(sqlite3* db, const PolicySet& current, const P& policy,
                                  const QString& who, const QDateTime& when) {
    const P* before = findIn<P>(current, policy.name);
    auto version = repository::savePolicy(db, policy, who, when);
    if (!version)
        return version.error();
    SaveOutcome out;
    out.version = *version;
    out.created = before == nullptr;
    if (before)
        out.changes =
            repository::diffSpecs(toJson(normalized(*before)), toJson(normalized(policy)));
    return out;
}

} // namespace

// ---- Save ---------------------------------------------------------------------------------------

template <typename P>
void PolicyService::saveOne(const P& policy, SaveMode mode, QObject* context,
                            std::function<void(fd::Result<SaveOutcome>)> done) {
    auto deliver = fd::handoff<fd::Result<SaveOutcome>>(context, std::move(done));
    auto outcome = std::make_shared<SaveOutcome>();
    const QString who = m_author;
    const QDateTime when = QDateTime::currentDateTimeUtc();
    constexpr PolicyKind kind = kindOf<P>();
    const bool knownBefore = findIn<P>(m_set, policy.name) != nullptr;
    runJob(
        [=](sqlite3* db) -> fd::Status {
            auto current = repository::loadPolicies(db);
            if (!current)
                return current.error();
            const bool exists = findIn<P>(*current, policy.name) != nullptr;
            if (exists && mode == SaveMode::Create)
                return nameTaken(kind, policy.name);
            const QList<Finding> errors =
                errorsOnly(validateOne(policy, withPolicy(*current, policy, !exists)));
            if (!errors.isEmpty())
                return detail::invalidPolicy(errors);
            auto saved = saveInJob(db, *current, policy, who, when);
            if (!saved)
                return saved.error();
            *outcome = *saved;
            if constexpr (kind == PolicyKind::Placement) {
                if (policy.isDefault)
                    return repository::setDefaultStrategy(db, policy.name, who, when);
            }
            return {};
        },
        [=, this](const fd::Status& st) {
            const bool created = st.ok() ? outcome->created : !knownBefore;
            const QString action =
                created ? QStringLiteral("policy.create") : QStringLiteral("policy.update");
            if (!st.ok() || created || !outcome->changes.isEmpty())
                audit(action, policyTarget(kind, policy.name), st, changedPaths(outcome->changes));
            if (st.ok())
                deliver(*outcome);
            else
                deliver(st.error());
        });
}

void PolicyService::save(const PlacementStrategy& strategy, SaveMode mode, QObject* context,
                         std::function<void(fd::Result<SaveOutcome>)> done) {
    saveOne(strategy, mode, context, std::move(done));
}
void PolicyService::save(const ResourceProfile& profile, SaveMode mode, QObject* context,
                         std::function<void(fd::Result<SaveOutcome>)> done) {
    saveOne(profile, mode, context, std::move(done));
}
void PolicyService::save(const FailoverPolicy& policy, SaveMode mode, QObject* context,
                         std::function<void(fd::Result<SaveOutcome>)> done) {
    saveOne(policy, mode, context, std::move(done));
}

// ---- Apply --------------------------------------------------------------------------------------

namespace {

struct ApplyRecord {
    PolicyKind kind;
    QString name;
    SaveOutcome outcome;
};

bool inIncoming(const PolicySet& incoming, const Finding& f) {
    if (f.policy.isEmpty())
        return true; // set-wide
    switch (f.kind) {
    case PolicyKind::Placement:
        return incoming.strategy(f.policy) != nullptr;
    case PolicyKind::Resource:
        return incoming.profile(f.policy) != nullptr;
    case PolicyKind::Failover:
        return incoming.failoverPolicy(f.policy) != nullptr;
    }
    return false;
}

} // namespace

void PolicyService::apply(const PolicySet& incoming, QObject* context,
                          std::function<void(fd::Result<ApplyOutcome>)> done) {
    auto deliver = fd::handoff<fd::Result<ApplyOutcome>>(context, std::move(done));
    auto records = std::make_shared<QList<ApplyRecord>>();
    const QString who = m_author;
    const QDateTime when = QDateTime::currentDateTimeUtc();
    runJob(
        [=](sqlite3* db) -> fd::Status {
            auto current = repository::loadPolicies(db);
            if (!current)
                return current.error();
            PolicySet merged = *current;
            const PlacementStrategy* newDefault = incoming.defaultStrategy();
            if (newDefault)
                for (PlacementStrategy& s : merged.strategies)
                    s.isDefault = false;
            for (const auto& s : incoming.strategies)
                merged = withPolicy(merged, s, !findIn<PlacementStrategy>(merged, s.name));
            for (const auto& p : incoming.profiles)
                merged = withPolicy(merged, p, !findIn<ResourceProfile>(merged, p.name));
            for (const auto& f : incoming.failoverPolicies)
                merged = withPolicy(merged, f, !findIn<FailoverPolicy>(merged, f.name));
            QList<Finding> errors;
            for (const Finding& f : errorsOnly(validate(merged)))
                if (inIncoming(incoming, f))
                    errors.append(f);
            if (!errors.isEmpty())
                return detail::invalidPolicy(errors);

            const auto saveAll = [&](const auto& list) -> fd::Status {
                for (const auto& p : list) {
                    auto saved = saveInJob(db, *current, p, who, when);
                    if (!saved)
                        return saved.error();
                    using P = std::decay_t<decltype(p)>;
                    records->append(ApplyRecord{kindOf<P>(), p.name, *saved});
                }
                return {};
            };
            if (auto st = saveAll(incoming.profiles); !st)
                return st;
            if (auto st = saveAll(incoming.failoverPolicies); !st)
                return st;
            if (auto st = saveAll(incoming.strategies); !st)
                return st;
            if (newDefault)
                return repository::setDefaultStrategy(db, newDefault->name, who, when);
            return {};
        },
        [=, this](const fd::Status& st) {
            if (!st.ok()) {
                const qsizetype count = incoming.strategies.size() + incoming.profiles.size() +
                                        incoming.failoverPolicies.size();
                audit(QStringLiteral("policy.apply"), QStringLiteral("%1 policies").arg(count), st,
                      {});
                deliver(st.error());
                return;
            }
            ApplyOutcome out;
            for (const ApplyRecord& r : std::as_const(*records)) {
                const QString target = policyTarget(r.kind, r.name);
                if (r.outcome.created) {
                    out.created.append(target);
                    audit(QStringLiteral("policy.create"), target, st, {});
                } else if (!r.outcome.changes.isEmpty()) {
                    out.updated.append(target);
                    audit(QStringLiteral("policy.update"), target, st,
                          changedPaths(r.outcome.changes));
                } else {
                    out.unchanged.append(target);
                }
            }
            deliver(out);
        });
}

// ---- The default set ----------------------------------------------------------------------------

void PolicyService::createDefaultSet(QObject* context,
                                     std::function<void(fd::Result<DefaultSetOutcome>)> done) {
    auto deliver = fd::handoff<fd::Result<DefaultSetOutcome>>(context, std::move(done));
    auto outcome = std::make_shared<DefaultSetOutcome>();
    const QString who = m_author;
    const QDateTime when = QDateTime::currentDateTimeUtc();
    runJob(
        [=](sqlite3* db) -> fd::Status {
            auto current = repository::loadPolicies(db);
            if (!current)
                return current.error();
            PolicySet defaults = defaultPolicySet();
            const bool hasDefault = current->defaultStrategy() != nullptr;
            PolicySet toAdd;
            const auto pick = [&](const auto& list, auto& into) {
                for (auto p : list) {
                    using P = std::decay_t<decltype(p)>;
                    const QString target = policyTarget(kindOf<P>(), p.name);
                    if (findIn<P>(*current, p.name)) {
                        outcome->skipped.append(target);
                        continue;
                    }
                    if constexpr (std::is_same_v<P, PlacementStrategy>) {
                        if (hasDefault)
                            p.isDefault = false;
                        else if (p.isDefault)
                            outcome->generalIsDefault = true;
                    }
                    outcome->created.append(target);
                    into.append(p);
                }
            };
            pick(defaults.failoverPolicies, toAdd.failoverPolicies);
            pick(defaults.profiles, toAdd.profiles);
            pick(defaults.strategies, toAdd.strategies);
            for (const auto& p : std::as_const(toAdd.failoverPolicies))
                if (auto r = repository::savePolicy(db, p, who, when); !r)
                    return r.error();
            for (const auto& p : std::as_const(toAdd.profiles))
                if (auto r = repository::savePolicy(db, p, who, when); !r)
                    return r.error();
            for (const auto& p : std::as_const(toAdd.strategies))
                if (auto r = repository::savePolicy(db, p, who, when); !r)
                    return r.error();
            return {};
        },
        [=, this](const fd::Status& st) {
            QString detail;
            if (st.ok()) {
                detail = QStringLiteral("created: %1").arg(outcome->created.join(u' '));
                if (!outcome->skipped.isEmpty())
                    detail += QStringLiteral("; kept: %1").arg(outcome->skipped.join(u' '));
            }
            if (!st.ok() || !outcome->created.isEmpty()) // all kept: nothing changed
                audit(QStringLiteral("policy.defaults"), QStringLiteral("default set"), st, detail);
            if (st.ok())
                deliver(*outcome);
            else
                deliver(st.error());
        });
}

// ---- Delete -------------------------------------------------------------------------------------

void PolicyService::remove(PolicyKind kind, const QString& name, QObject* context,
                           std::function<void(fd::Status)> done) {
    auto deliver = fd::handoff<fd::Status>(context, std::move(done));
    const QString target = policyTarget(kind, name);
    // Deployments are known here (the deployments feature answers on this thread); strategies
    // referring to the policy are checked again against the store inside the job.
    const DeleteCheck check = checkDelete(kind, name);
    if (check.verdict == DeleteVerdict::Blocked) {
        const fd::Status st = fd::makeError(fd::ErrorKind::InvalidInput, check.message);
        audit(QStringLiteral("policy.delete"), target, st, {});
        deliver(st);
        return;
    }
    const QString who = m_author;
    const QDateTime when = QDateTime::currentDateTimeUtc();
    runJob(
        [=](sqlite3* db) -> fd::Status {
            auto current = repository::loadPolicies(db);
            if (!current)
                return current.error();
            PolicyUsage usage;
            usage.strategies = detail::strategiesReferring(*current, kind, name);
            if (auto blocked = detail::blockedMessage(kind, name, usage))
                return fd::makeError(fd::ErrorKind::InvalidInput, *blocked);
            fd::Status st = repository::deletePolicy(db, kind, name, who, when);
            // The deployments table refers to strategies (ON DELETE RESTRICT): the store's own
            // guard when the deployments feature was not asked.
            if (!st.ok() && st.error().kind == fd::ErrorKind::InvalidInput)
                return fd::makeError(
                    fd::ErrorKind::InvalidInput,
                    QCoreApplication::translate("fd::policy",
                                                "Deployments in the local store still use \"%1\"; "
                                                "move or delete them first.")
                        .arg(name),
                    st.error().detail);
            return st;
        },
        [=, this](const fd::Status& st) {
            audit(QStringLiteral("policy.delete"), target, st, {});
            deliver(st);
        });
}

// ---- Default strategy ---------------------------------------------------------------------------

void PolicyService::setDefaultStrategy(const QString& name, QObject* context,
                                       std::function<void(fd::Status)> done) {
    auto deliver = fd::handoff<fd::Status>(context, std::move(done));
    const QString who = m_author;
    const QDateTime when = QDateTime::currentDateTimeUtc();
    const PlacementStrategy* previous = m_set.defaultStrategy();
    const QString detail =
        previous ? QStringLiteral("was: %1").arg(previous->name) : QStringLiteral("was: none");
    runJob([=](sqlite3* db) { return repository::setDefaultStrategy(db, name, who, when); },
           [=, this](const fd::Status& st) {
               audit(QStringLiteral("policy.default"), policyTarget(PolicyKind::Placement, name),
                     st, detail);
               deliver(st);
           });
}

// ---- Sync records -------------------------------------------------------------------------------

void PolicyService::saveSyncRecord(const repository::SyncRecord& record, QObject* context,
                                   std::function<void(fd::Status)> done) {
    auto deliver = fd::handoff<fd::Status>(context, std::move(done));
    runJob([record](sqlite3* db) { return repository::saveSyncRecord(db, record); },
           [deliver](const fd::Status& st) { deliver(st); });
}

void PolicyService::replaceSyncRecords(qint64 controlPlaneId,
                                       const QList<repository::SyncRecord>& records,
                                       QObject* context, std::function<void(fd::Status)> done) {
    auto deliver = fd::handoff<fd::Status>(context, std::move(done));
    runJob(
        [controlPlaneId, records](sqlite3* db) -> fd::Status {
            auto old = repository::syncRecords(db, controlPlaneId);
            if (!old)
                return old.error();
            for (const repository::SyncRecord& r : std::as_const(*old)) {
                const bool kept = std::any_of(records.begin(), records.end(), [&](const auto& n) {
                    return n.kind == r.kind && n.name.compare(r.name, Qt::CaseInsensitive) == 0;
                });
                if (kept)
                    continue;
                if (auto st = repository::removeSyncRecord(db, r.kind, r.name, controlPlaneId); !st)
                    return st;
            }
            for (repository::SyncRecord r : records) {
                r.controlPlaneId = controlPlaneId;
                if (auto st = repository::saveSyncRecord(db, r); !st)
                    return st;
            }
            return {};
        },
        [deliver](const fd::Status& st) { deliver(st); });
}

} // namespace fd::policy
