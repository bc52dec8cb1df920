#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace fd {

QString fleetdeckVersion();

// Versions of the libraries Fleetdeck runs on, read at run time from the libraries themselves
// where they expose it (libcurl, OpenSSL, SQLite), for the About dialog and `--version`.
QList<QPair<QString, QString>> libraryVersions();

} // namespace fd
