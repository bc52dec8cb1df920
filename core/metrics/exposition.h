#pragma once

// A tolerant reader of Prometheus's text exposition format (what dcgm-exporter serves on
// /metrics), for catalog checks and for looking at a scrape directly. Real scrapes break strict
// parsers in several ways, all accepted here: non-numeric values (`ERROR - FAILED TO CONVERT TO
// STRING`), a space after the comma between labels, `# NOTE` and other comment lines, series
// without labels, elided lines (`...`), a missing final newline, CRLF line ends.

#include "metrics/promtypes.h"

#include <QByteArrayView>
#include <QHash>

#include <optional>

namespace fd::metrics {

struct ExpositionSample {
    Labels labels; // with __name__
    double value = 0;
    bool numeric = false; // false: rawValue was not a number (value is NaN)
    QString rawValue;
    std::optional<qint64> timestampMs;
    int line = 0; // 1-based
};

struct Exposition {
    QList<ExpositionSample> samples;
    QHash<QString, QString> help; // metric → HELP text (may be empty)
    QHash<QString, QString> type; // metric → TYPE
    QStringList problems;         // lines that were skipped, with their number
};

Exposition parseExposition(QByteArrayView text);

} // namespace fd::metrics
