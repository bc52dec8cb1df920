#pragma once

// What Prometheus and Alertmanager answer, decoded: the shapes of the HTTP API v1
// (https://prometheus.io/docs/prometheus/latest/querying/api/) and Alertmanager's API v2.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace fd::metrics {

// A series' labels in the order Prometheus sent them (sorted by name). Small (a dozen entries
// for dcgm-exporter), so lookups are linear.
class Labels {
public:
    Labels() = default;
    Labels(std::initializer_list<std::pair<QString, QString>> pairs);

    void insert(const QString& name, const QString& value); // replaces an existing name
    void remove(QStringView name);
    QString value(QStringView name) const; // empty when absent (Prometheus has no empty labels)
    bool contains(QStringView name) const;
    qsizetype size() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    const QList<std::pair<QString, QString>>& items() const { return m_items; }
    QString metricName() const { return value(u"__name__"); }
    // `{a="1", b="2"}` (with the metric name in front when there is one), for display.
    QString toString() const;

    friend bool operator==(const Labels& a, const Labels& b);

private:
    QList<std::pair<QString, QString>> m_items;
};

// One sample. `value` may be NaN or ±Inf as Prometheus sent it; anything that is not a finite
// number is "not reported" for charts and tables (a gap, a null).
struct Point {
    qint64 timeMs = 0;
    double value = 0;
};

struct Series {
    Labels labels;
    std::vector<Point> points; // ascending time
};

struct Sample {
    Labels labels;
    Point point;
};

enum class ResultType { Vector, Matrix, Scalar, String };

struct QueryResult {
    ResultType type = ResultType::Vector;
    QList<Sample> vector;  // Vector
    QList<Series> matrix;  // Matrix
    Point scalar;          // Scalar
    QString string;        // String
    QStringList warnings;  // Prometheus's own "warnings"
    int invalidValues = 0; // values that were not numbers at all (dropped: a gap)
    // Range queries: the grid asked for, so a missing step can be told from a present one.
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 stepMs = 0;
};

struct Target {
    Labels labels;
    Labels discoveredLabels;
    QString scrapePool;
    QString scrapeUrl;
    QString health; // "up", "down", "unknown"
    QString lastError;
    QDateTime lastScrape;
    double lastScrapeDurationSeconds = 0;
    qint64 scrapeIntervalMs = 0; // 0 when the server does not say (before 2.27)
};

struct TargetList {
    QList<Target> active;
    int droppedCount = 0;
};

// An alert as Prometheus's /api/v1/alerts and /api/v1/rules report it.
struct PromAlert {
    Labels labels;
    Labels annotations;
    QString state; // "pending", "firing", "inactive"
    QDateTime activeAt;
    QString value; // as sent ("9.7e-01"): an alert's value is for display
};

struct Rule {
    QString type; // "alerting" or "recording"
    QString name;
    QString query;
    QString health; // "ok", "err", "unknown"
    QString lastError;
    qint64 forMs = 0; // alerting rules: the `for` duration
    Labels labels;
    Labels annotations;
    QString state; // alerting rules: "inactive", "pending", "firing"
    QList<PromAlert> alerts;
};

struct RuleGroup {
    QString name;
    QString file;
    qint64 intervalMs = 0;
    QList<Rule> rules;
};

struct BuildInfo {
    QString version;
    QString revision;
    QString branch;
    QString goVersion;
};

// Alertmanager API v2.
struct Matcher {
    QString name;
    QString value;
    bool isRegex = false;
    bool isEqual = true; // false: != or !~
    friend bool operator==(const Matcher&, const Matcher&) = default;
};

struct AmAlert {
    Labels labels;
    Labels annotations;
    QString fingerprint;
    QString state; // "active", "suppressed", "unprocessed"
    QStringList silencedBy;
    QStringList inhibitedBy;
    QStringList receivers;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime updatedAt;
    QString generatorUrl;
};

struct Silence {
    QString id; // empty for a new one
    QList<Matcher> matchers;
    QDateTime startsAt;
    QDateTime endsAt;
    QDateTime updatedAt;
    QString createdBy;
    QString comment;
    QString state; // "active", "pending", "expired"
};

struct AmStatus {
    QString version;
    QString uptime;
    int peers = 0;
};

} // namespace fd::metrics
