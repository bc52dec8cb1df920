#pragma once

#include "common/result.h"

#include <QString>

class QMessageBox;
class QWidget;

namespace fd::widgets {

// The one dialog shown when the local store cannot be opened at start-up: what happened, which
// file, and what to do. Fleetdeck never repairs, migrates or deletes the file in that case;
// the only action offered is Quit.
QMessageBox* createStoreErrorBox(const fd::Error& error, const QString& databasePath,
                                 QWidget* parent = nullptr);

} // namespace fd::widgets
