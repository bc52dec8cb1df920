#pragma once

class QString;

namespace fd::store {

// Creates the database in `dataDir` when there is none yet (the same creation Store::open does:
// built under a temporary name, one fsync, renamed into place), and does nothing when it
// exists. Safe to call from any thread once the main thread has touched Qt, so a first start
// can create it while the GUI starts up; Store::open then opens what is there and reports any
// failure itself, which is why nothing is returned here.
void prepareDatabase(const QString& dataDir);

} // namespace fd::store
