#pragma once

// How `fleetdeck-cli policy …` prints policies, their sync state and history (text and --json).

#include "policy/policyrepository.h"
#include "policy/policyservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace fd::cli::policyout {

// One line per policy for `policy list`: kind, name, a summary and the sync state.
QString summaryLine(const fd::policy::PlacementStrategy& strategy);
QString summaryLine(const fd::policy::ResourceProfile& profile);
QString summaryLine(const fd::policy::FailoverPolicy& policy);

QJsonObject syncRecordJson(const fd::policy::repository::SyncRecord& record);
QJsonObject versionJson(const fd::policy::repository::PolicyVersion& version);
// `policy list --json`: {"strategies":[…], "profiles":[…], "failoverPolicies":[…], "external":[…]}
// with each policy's file form plus "syncState".
QJsonObject listJson(const fd::policy::PolicyService& service);

// The history as YAML comments for `policy show` ("# v2 updated 2026-… by bob: zoneA.gpus").
QString historyComments(const QList<fd::policy::repository::PolicyVersion>& versions);

} // namespace fd::cli::policyout
