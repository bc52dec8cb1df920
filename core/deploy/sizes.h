#pragma once

// Model sizes as the catalog writes them: parameter counts ("8.03B", "500M") and byte sizes
// ("16.1GB", "4.9GiB", "43G", "100Gi"), and the reverse for messages and PVC requests.

#include <QString>
#include <QtGlobal>

#include <optional>

namespace fd::deploy {

// "8.03B" -> 8.03e9; suffixes K, M, B (billion), T; a plain number is taken as is.
std::optional<double> parseParameterCount(const QString& text);
// Decimal (KB, MB, GB, TB, or K, M, G, T) and binary (KiB..TiB, Ki..Ti) units; "B" or none: bytes.
std::optional<qint64> parseByteSize(const QString& text);

QString formatParameterCount(double parameters); // "8.0B", "500M"
QString formatGiB(qint64 bytes);                 // "16.1 GiB" (one decimal)
// Whole GiB, rounded up, as a Kubernetes quantity ("17Gi").
QString toGiQuantity(qint64 bytes);

} // namespace fd::deploy
