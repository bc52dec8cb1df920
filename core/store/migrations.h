#pragma once

#include "common/result.h"

#include <span>

struct sqlite3;

namespace fd::store {

// One schema step: the database at `version - 1` becomes `version`. A step is SQL (run with
// sqlite3_exec, so several statements are fine) and, when SQL alone cannot express it, an
// optional function run after the SQL in the same transaction.
//
// To change the schema, APPEND a step to the list in migrations.cpp. Never edit or reorder a
// step that has shipped: databases in the field have already run it.
struct MigrationStep {
    int version;
    const char* summary;
    const char* sql;
    fd::Status (*extra)(sqlite3* db) = nullptr;
};

std::span<const MigrationStep> migrationSteps();

// The schema version this build writes (the last step's version).
int latestSchemaVersion();

// Applies the steps after `PRAGMA user_version` up to `target` (default: latest), all in one
// transaction together with the new user_version: a crash or a failing step leaves the database
// at the version it had, never between steps.
fd::Status migrate(sqlite3* db, int target = -1);

} // namespace fd::store
