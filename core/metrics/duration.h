#pragma once

// Prometheus's duration syntax, as its query language and HTTP API read it: unit-suffixed
// integers in descending order, each unit at most once — `15m`, `6h`, `7d`, `60s`, `1h30m`,
// `500ms`, `2w`, `1y` (y = 365 d, w = 7 d) — plus, as the HTTP API accepts for `step` and
// `timeout`, a plain number of seconds (`60`, `0.5`).

#include "common/result.h"

#include <QString>
#include <QStringView>

#include <optional>

namespace fd::metrics {

// Milliseconds, or nothing when `text` is not a duration (empty, unknown unit, units out of
// order or repeated, negative, overflow).
std::optional<qint64> parseDurationMs(QStringView text);

// The same with a translated message naming the text and giving examples.
fd::Result<qint64> parseDuration(QStringView text);

// Prometheus's own spelling, except that weeks and years are written as days so that what a
// user typed (`7d`, `30d`) is printed back unchanged: 5400000 → "1h30m", 0 → "0s".
QString formatDuration(qint64 ms);

// The HTTP API's form for step and timeout: seconds with up to three decimals ("60", "0.25").
QString apiSeconds(qint64 ms);

} // namespace fd::metrics
