#pragma once

// Decoders for Prometheus's HTTP API v1 and Alertmanager's API v2 answers. Pure functions over
// the body bytes (no I/O), run on the thread pool by the clients and fuzzed in tests/fuzz.
// Lenient where servers differ (unknown fields, labels that are not strings, values that are
// not numbers — dropped and counted), strict about the envelope: a body that is not the API's
// JSON fails with one clear error (HTML login pages are recognised as such).

#include "metrics/promerror.h"
#include "metrics/promtypes.h"

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

namespace fd::metrics {

// A sample value as Prometheus writes it: "1", "0.25", "1e+06", "NaN", "+Inf", "-Inf".
// Nothing for text that is not a number.
std::optional<double> parseSampleValue(QByteArrayView text);

// RFC 3339 with any number of fractional digits ("2026-12-05T08:06:29.967668664Z"); invalid
// QDateTime when it is not one. Go's zero time (0001-01-01T00:00:00Z) is returned as invalid.
QDateTime parseRfc3339(const QString& text);

// /api/v1/query and /api/v1/query_range.
PromResult<QueryResult> decodeQueryResult(QByteArrayView body, const QString& server);
// /api/v1/series: label sets.
PromResult<QList<Labels>> decodeSeriesList(QByteArrayView body, const QString& server);
// /api/v1/labels and /api/v1/label/<name>/values.
PromResult<QStringList> decodeStringList(QByteArrayView body, const QString& server);
PromResult<TargetList> decodeTargets(QByteArrayView body, const QString& server);
PromResult<QList<RuleGroup>> decodeRules(QByteArrayView body, const QString& server);
PromResult<QList<PromAlert>> decodeAlerts(QByteArrayView body, const QString& server);
PromResult<BuildInfo> decodeBuildInfo(QByteArrayView body, const QString& server);

// Alertmanager v2: /api/v2/alerts, /api/v2/silences, POST /api/v2/silences, /api/v2/status.
PromResult<QList<AmAlert>> decodeAmAlerts(QByteArrayView body, const QString& server);
PromResult<QList<Silence>> decodeSilences(QByteArrayView body, const QString& server);
PromResult<QString> decodeSilenceId(QByteArrayView body, const QString& server);
PromResult<AmStatus> decodeAmStatus(QByteArrayView body, const QString& server);

} // namespace fd::metrics
