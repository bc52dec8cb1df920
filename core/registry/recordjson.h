#pragma once

#include "registry/clusterrecord.h"
#include "registry/connectionreport.h"

#include <QJsonObject>

namespace fd::registry {

// JSON forms used by the store (metadata and health columns) and by `cluster list --json`.
// Secrets never appear: only vault references, which are opaque ids. Exec args/env are written
// in their redacted form only.
QJsonObject toJson(const HealthSnapshot& health);
HealthSnapshot healthFromJson(const QJsonObject& json);

// Everything of the record except id, name, health and timestamps (those are columns).
QJsonObject metadataToJson(const ClusterRecord& record);
void metadataFromJson(const QJsonObject& json, ClusterRecord& record);

// The complete record for display and scripting (id, name, health, everything; no secrets).
QJsonObject recordToJson(const ClusterRecord& record);

QJsonObject toJson(const ConnectionReport& report);

} // namespace fd::registry
