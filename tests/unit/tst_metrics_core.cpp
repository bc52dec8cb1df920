// The pure core of the GPU metrics area: durations and steps, downsampling properties, the
// DCGM catalog against dcgm-exporter's own counter lists, label handling against real scrapes,
// the decoders against answers captured from a real Prometheus 2.42 and Alertmanager 0.25
// (tests/data/prometheus), and the models (fleet, gpu list, ranking, health events, attribution).
#include "kube/kubedecode.h"
#include "metrics/attribution.h"
#include "metrics/dcgmcatalog.h"
#include "metrics/dcgmqueries.h"
#include "metrics/downsample.h"
#include "metrics/duration.h"
#include "metrics/exposition.h"
#include "metrics/gpufleet.h"
#include "metrics/gpuranking.h"
#include "metrics/healthevents.h"
#include "metrics/jsonreader.h"
#include "metrics/podgpurequests.h"
#include "metrics/promdecode.h"
#include "metrics/querystep.h"
#include "metrics/xid.h"

#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace fd::metrics;

namespace {

QByteArray readData(const QString& relative) {
    QFile f(fd::test::testsPath(QStringLiteral("data/") + relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(relative));
    return f.readAll();
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const QString kServer = QStringLiteral("prom.test:9090");

// An instant vector from a scrape, as Prometheus would return it (labels + value).
QList<Sample> samplesOf(const Exposition& e) {
    QList<Sample> out;
    for (const ExpositionSample& s : e.samples)
        out.append(Sample{s.labels, Point{1000, s.value}});
    return out;
}

struct CsvRow {
    QString name;
    QString type;
    QString help;
    bool enabled;
};

QList<CsvRow> readCsv(const QString& file) {
    QList<CsvRow> rows;
    static const QRegularExpression nameRe(QStringLiteral("^(DCGM|dcgm)_[A-Za-z0-9_]+$"));
    for (QByteArray line : readData(QStringLiteral("dcgm/") + file).split('\n')) {
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const bool enabled = !line.startsWith('#');
        const QString body = QString::fromUtf8(enabled ? line : line.mid(1)).trimmed();
        const QStringList parts = body.split(QLatin1Char(','));
        if (parts.size() < 3)
            continue;
        const QString name = parts[0].trimmed();
        const QString type = parts[1].trimmed();
        if (!nameRe.match(name).hasMatch() ||
            !QStringList{QStringLiteral("gauge"), QStringLiteral("counter"),
                         QStringLiteral("label")}
                 .contains(type))
            continue;
        rows.append(CsvRow{name, type, parts.mid(2).join(QLatin1Char(',')).trimmed(), enabled});
    }
    return rows;
}

Series series(std::initializer_list<std::pair<QString, QString>> labels,
              std::vector<Point> points) {
    return Series{Labels(labels), std::move(points)};
}

// A range result on a grid of `steps` points from t0 with `stepMs`.
QueryResult grid(qint64 t0, qint64 stepMs, int steps, QList<Series> s) {
    QueryResult r;
    r.type = ResultType::Matrix;
    r.startMs = t0;
    r.stepMs = stepMs;
    r.endMs = t0 + stepMs * (steps - 1);
    r.matrix = std::move(s);
    return r;
}

std::vector<Point> constant(qint64 t0, qint64 step, int n, double v) {
    std::vector<Point> p;
    for (int i = 0; i < n; ++i)
        p.push_back({t0 + i * step, v});
    return p;
}

} // namespace

class TestMetricsCore final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void durations_data();
    void durations();
    void durationsPrinted();
    void steps();
    void downsamplingKeepsGapsAndBounds();
    void downsamplingKeepsExtremes();
    void lttbKeepsSegmentEnds();
    void jsonReader();
    void catalogMatchesExporterLists();
    void catalogMigRules();
    void realScrapesParse();
    void labelsFromRealScrapes();
    void fleetFromA800Scrape();
    void fleetWithBothHostLabels();
    void xidCatalog();
    void decodesRealAnswers();
    void decodesRealErrors();
    void rejectsWhatIsNotPrometheus();
    void oddValuesAreGaps();
    void healthEvents();
    void healthEventsBoardLevelAndPeers();
    void attributionAndAllocation();
    void podGpuRequestsFromPods();
    void ranking();
    void queries();
};

void TestMetricsCore::durations_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms"); // -1: invalid
    const qint64 s = 1000, m = 60 * s, h = 60 * m, d = 24 * h;
    QTest::newRow("15m") << "15m" << 15 * m;
    QTest::newRow("6h") << "6h" << 6 * h;
    QTest::newRow("7d") << "7d" << 7 * d;
    QTest::newRow("60s") << "60s" << 60 * s;
    QTest::newRow("1h30m") << "1h30m" << 90 * m;
    QTest::newRow("30d") << "30d" << 30 * d;
    QTest::newRow("500ms") << "500ms" << qint64(500);
    QTest::newRow("1m30s500ms") << "1m30s500ms" << 90 * s + 500;
    QTest::newRow("2w") << "2w" << 14 * d;
    QTest::newRow("1y") << "1y" << 365 * d;
    QTest::newRow("zero") << "0" << qint64(0);
    QTest::newRow("plain seconds") << "60" << 60 * s;
    QTest::newRow("fraction") << "0.5" << qint64(500);
    QTest::newRow("spaces around") << " 5m " << 5 * m;
    QTest::newRow("empty") << "" << qint64(-1);
    QTest::newRow("unit only") << "m" << qint64(-1);
    QTest::newRow("out of order") << "1m1h" << qint64(-1);
    QTest::newRow("repeated") << "1h1h" << qint64(-1);
    QTest::newRow("unknown unit") << "5x" << qint64(-1);
    QTest::newRow("negative") << "-5m" << qint64(-1);
    QTest::newRow("fractional unit") << "1.5h" << qint64(-1);
    QTest::newRow("inner space") << "1h 30m" << qint64(-1);
    QTest::newRow("trailing number") << "1h30" << qint64(-1);
    QTest::newRow("overflow") << "999999999999999999y" << qint64(-1);
}

void TestMetricsCore::durations() {
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    const auto parsed = parseDurationMs(text);
    if (ms < 0) {
        QVERIFY2(!parsed, qPrintable(text));
        const auto r = parseDuration(text);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QLatin1String("15m")));
    } else {
        QVERIFY2(parsed, qPrintable(text));
        QCOMPARE(*parsed, ms);
    }
}

void TestMetricsCore::durationsPrinted() {
    for (const char* text : {"15m", "6h", "7d", "30d", "1h30m", "1d12h", "500ms", "1m30s500ms"})
        QCOMPARE(formatDuration(*parseDurationMs(QString::fromLatin1(text))), QLatin1String(text));
    QCOMPARE(formatDuration(*parseDurationMs(u"60s")), QStringLiteral("1m"));
    QCOMPARE(formatDuration(*parseDurationMs(u"2w")), QStringLiteral("14d"));
    QCOMPARE(formatDuration(0), QStringLiteral("0s"));
    QCOMPARE(apiSeconds(60000), QStringLiteral("60"));
    QCOMPARE(apiSeconds(1500), QStringLiteral("1.500"));
}

void TestMetricsCore::steps() {
    const qint64 s = 1000, m = 60 * s, h = 60 * m, d = 24 * h;
    const QList<qint64> nice{s,     2 * s, 5 * s,  10 * s, 15 * s, 30 * s, m,
                             2 * m, 5 * m, 10 * m, 15 * m, 30 * m, h,      2 * h,
                             3 * h, 6 * h, 12 * h, d,      2 * d,  7 * d};
    for (qint64 range : {15 * m, h, 6 * h, 12 * h, d, 7 * d, 30 * d})
        for (int width : {1, 200, 800, 1920, 4000, 20000}) {
            const qint64 step = stepForWidth(range, width, 2.0, 15 * s);
            const TimeWindow w = alignedWindow(1796457600123, range, step);
            QVERIFY2(w.points() <= 11000, qPrintable(QStringLiteral("%1 over %2 px: %3 points")
                                                         .arg(formatDuration(range))
                                                         .arg(width)
                                                         .arg(w.points())));
            QVERIFY(step >= 15 * s);
            QVERIFY(nice.contains(step) || step % (7 * d) == 0);
            QCOMPARE(w.startMs % step, 0);
            QCOMPARE(w.endMs % step, 0);
            QVERIFY(w.endMs <= 1796457600123 && w.startMs >= 1796457600123 - range);
            // About two points per pixel, unless the scrape interval or the limit says otherwise.
            if (width >= 200 && step > 15 * s && w.points() < 10000)
                QVERIFY(double(range) / double(step) <= 2.0 * width + 1);
        }
    QCOMPARE(stepForWidth(d, 1200, 2.0, 30 * s), m); // 36 s → 1m
    QCOMPARE(stepForWidth(7 * d, 1600, 2.0, 30 * s), 5 * m);
    QCOMPARE(stepForWidth(15 * m, 1200, 2.0, 30 * s), 30 * s); // never finer than a scrape
    QCOMPARE(minimumStep(30 * d), 236 * s);                    // 30 d / 10,999 → 236 s
    QVERIFY(alignedWindow(1796457600000, 30 * d, minimumStep(30 * d)).points() <= 11000);
    QCOMPARE(rollupWindow(10 * s, 30 * s), m);
    QCOMPARE(rollupWindow(5 * m, 30 * s), 5 * m);
}

void TestMetricsCore::downsamplingKeepsGapsAndBounds() {
    QRandomGenerator rng(12345);
    const qint64 step = 30000;
    for (int round = 0; round < 40; ++round) {
        // A random walk with random gaps (missing steps) and NaN samples.
        std::vector<Point> pts;
        std::vector<std::pair<qint64, qint64>> gaps; // (last before, first after)
        qint64 t = 1796457600000;
        double v = 50;
        const int n = 500 + int(rng.bounded(20000));
        for (int i = 0; i < n; ++i) {
            if (rng.bounded(1000) < 2) { // a gap of 2..200 steps
                const qint64 skip = 2 + rng.bounded(199);
                gaps.push_back({pts.empty() ? t - step : pts.back().timeMs, t + skip * step});
                t += skip * step;
            }
            v = qBound(0.0, v + (rng.generateDouble() - 0.5) * 8, 100.0);
            pts.push_back({t, rng.bounded(5000) == 0 ? kNaN : v});
            t += step;
        }
        const qint64 t0 = pts.front().timeMs, t1 = pts.back().timeMs;
        for (DownsampleMethod method : {DownsampleMethod::Lttb, DownsampleMethod::MinMax}) {
            for (int width : {50, 300, 1500}) {
                const std::vector<Point> out = downsampleForWidth(pts, step, t0, t1, width, method);
                qsizetype finite = 0;
                for (size_t i = 0; i < out.size(); ++i) {
                    if (!isGapMarker(out[i]))
                        ++finite;
                    if (i > 0)
                        QVERIFY(out[i].timeMs >= out[i - 1].timeMs); // time order
                    if (i > 0)
                        QVERIFY(!(isGapMarker(out[i]) && isGapMarker(out[i - 1])));
                }
                // At most ~2 points per pixel (min/max: per run within a pixel).
                const qsizetype runs = qsizetype(gaps.size()) * 2 + 64;
                QVERIFY2(finite <= 2 * width + runs,
                         qPrintable(QStringLiteral("%1 points for %2 px").arg(finite).arg(width)));
                // Never a line across a gap: between the points around each gap sits a marker.
                for (const auto& [before, after] : gaps) {
                    qsizetype lastBefore = -1, firstAfter = -1;
                    for (qsizetype i = 0; i < qsizetype(out.size()); ++i) {
                        if (isGapMarker(out[size_t(i)]))
                            continue;
                        if (out[size_t(i)].timeMs <= before)
                            lastBefore = i;
                        if (out[size_t(i)].timeMs >= after && firstAfter < 0)
                            firstAfter = i;
                    }
                    if (lastBefore < 0 || firstAfter < 0)
                        continue;
                    bool marker = false;
                    for (qsizetype i = lastBefore + 1; i < firstAfter; ++i)
                        marker = marker || isGapMarker(out[size_t(i)]);
                    QVERIFY2(marker, "a line would be drawn across a gap");
                    for (qsizetype i = lastBefore + 1; i < firstAfter; ++i)
                        QVERIFY(isGapMarker(out[size_t(i)]) || out[size_t(i)].timeMs <= before ||
                                out[size_t(i)].timeMs >= after);
                }
            }
        }
    }
    // Short series pass unchanged; NaN becomes a marker; empty stays empty.
    const std::vector<Point> few{{0, 1}, {30000, kNaN}, {60000, 3}};
    const std::vector<Point> same =
        downsampleForWidth(few, 30000, 0, 60000, 100, DownsampleMethod::Lttb);
    QCOMPARE(same.size(), size_t(3));
    QVERIFY(isGapMarker(same[1]));
    QVERIFY(downsampleForWidth({}, 30000, 0, 1, 100, DownsampleMethod::MinMax).empty());
}

void TestMetricsCore::downsamplingKeepsExtremes() {
    // 30 days at 1 min with one spike of one sample: min/max for 1000 px keeps it.
    std::vector<Point> pts;
    const qint64 step = 60000;
    for (int i = 0; i < 43200; ++i)
        pts.push_back({qint64(i) * step, i == 31337 ? 99.0 : (i == 777 ? -5.0 : 10.0 + (i % 7))});
    const std::vector<Point> out =
        downsampleForWidth(pts, step, 0, pts.back().timeMs, 1000, DownsampleMethod::MinMax);
    double hi = -1e9, lo = 1e9;
    for (const Point& p : out) {
        hi = std::max(hi, p.value);
        lo = std::min(lo, p.value);
    }
    QCOMPARE(hi, 99.0);
    QCOMPARE(lo, -5.0);
    QVERIFY(out.size() <= 2000);
}

void TestMetricsCore::lttbKeepsSegmentEnds() {
    std::vector<Point> pts;
    for (int i = 0; i < 1000; ++i)
        pts.push_back({qint64(i) * 1000, std::sin(i / 10.0)});
    pts.push_back({1000 * 1000, kNaN});
    for (int i = 1001; i < 3000; ++i)
        pts.push_back({qint64(i) * 1000, std::cos(i / 10.0)});
    const std::vector<Point> out = lttb(markGaps(pts, 1000), 100);
    QCOMPARE(out.front().timeMs, 0);
    QCOMPARE(out.back().timeMs, 2999 * 1000);
    bool sawEndOfFirst = false, sawStartOfSecond = false, sawMarker = false;
    for (const Point& p : out) {
        sawEndOfFirst = sawEndOfFirst || p.timeMs == 999 * 1000;
        sawStartOfSecond = sawStartOfSecond || p.timeMs == 1001 * 1000;
        sawMarker = sawMarker || isGapMarker(p);
    }
    QVERIFY(sawEndOfFirst && sawStartOfSecond && sawMarker);
    QVERIFY(out.size() <= 101);
}

void TestMetricsCore::jsonReader() {
    JsonReader r(R"( {"a": [1, -2.5e3, "x\"\u00e9\ud83d\ude00", true, null, {}], "b": {}} )");
    QVERIFY(r.enterObject());
    QByteArrayView key;
    QVERIFY(r.nextKey(&key));
    QCOMPARE(key, "a");
    QVERIFY(r.enterArray());
    double d = 0;
    QVERIFY(r.nextElement() && r.readNumber(&d) && d == 1);
    QVERIFY(r.nextElement() && r.readNumber(&d) && d == -2500);
    QString s;
    QVERIFY(r.nextElement() && r.readString(&s));
    QCOMPARE(s, QStringLiteral("x\"\u00e9") + QString::fromUcs4(U"\U0001F600", 1));
    QVERIFY(r.nextElement() && r.skipValue());
    QVERIFY(r.nextElement() && r.readNull());
    QVERIFY(r.nextElement() && r.skipValue());
    QVERIFY(!r.nextElement() && !r.failed());
    QVERIFY(r.nextKey(&key) && key == "b" && r.skipValue());
    QVERIFY(!r.nextKey(&key) && !r.failed());
    QVERIFY(r.atEnd());

    for (const char* bad : {"[1,]", "{\"a\":1,}", "[01]", "[1.]", "[\"\\x\"]", "{\"a\" 1}", "[tru]",
                            "[", "{\"a\":"}) {
        JsonReader b{QByteArrayView(bad)};
        b.skipValue();
        QVERIFY2(b.failed(), bad);
    }
    // A leading byte order mark is skipped (RFC 8259 §8.1), as QJsonDocument does.
    JsonReader bom(QByteArrayView("\xEF\xBB\xBF[1]"));
    QVERIFY(bom.skipValue() && bom.atEnd());
    JsonReader midBom(QByteArrayView("[1]\xEF\xBB\xBF"));
    QVERIFY(midBom.skipValue() && !midBom.atEnd());
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    JsonReader dr(deep);
    QVERIFY(!dr.skipValue());
    QVERIFY(dr.errorString().contains(QLatin1String("nested")));
}

void TestMetricsCore::catalogMatchesExporterLists() {
    const QList<CsvRow> defaults = readCsv(QStringLiteral("default-counters.csv"));
    const QList<CsvRow> dcp = readCsv(QStringLiteral("dcp-metrics-included.csv"));
    QVERIFY(defaults.size() > 40 && dcp.size() > 40);
    for (const QList<CsvRow>* list : {&defaults, &dcp})
        for (const CsvRow& row : *list) {
            const DcgmMetric* m = findDcgmMetric(row.name);
            QVERIFY2(m, qPrintable(row.name));
            // PCIe bytes: the lists have a commented counter and an enabled gauge; the enabled
            // definition is the one exporters serve.
            if (row.enabled || !row.name.startsWith(QLatin1String("DCGM_FI_PROF_PCIE")))
                QCOMPARE(metricTypeName(m->type), row.type);
            if (row.enabled)
                QCOMPARE(QString::fromLatin1(m->help), row.help);
            QVERIFY(!meaning(*m).isEmpty());
        }
    for (const CsvRow& row : defaults)
        if (row.enabled)
            QVERIFY2(findDcgmMetric(row.name)->inDefaultSet, qPrintable(row.name));
    for (const DcgmMetric& m : dcgmMetrics())
        if (m.inDefaultSet) {
            bool listed = false;
            for (const CsvRow& row : defaults)
                listed = listed || (row.enabled && row.name == QLatin1String(m.name));
            QVERIFY2(listed, m.name);
        }
    // Every 1.x name resolves to the current metric.
    for (const CsvRow& row : readCsv(QStringLiteral("1.x-compatibility-metrics.csv"))) {
        const DcgmMetric* m = findDcgmMetric(row.name);
        QVERIFY2(m, qPrintable(row.name));
        QCOMPARE(QString::fromLatin1(m->legacyName), row.name);
    }
    QCOMPARE(findDcgmMetric(u"dcgm_gpu_utilization")->name, "DCGM_FI_DEV_GPU_UTIL");
    QCOMPARE(findDcgmMetric(u"DCGM_FI_DEV_GPU_TEMP")->unit, Unit::Celsius);
    QCOMPARE(unitSymbol(findDcgmMetric(u"DCGM_FI_DEV_FB_USED")->unit), QStringLiteral("MiB"));
    QCOMPARE(findDcgmMetric(u"DCGM_FI_DEV_XID_ERRORS")->unit, Unit::XidCode);
    QCOMPARE(findDcgmMetric(u"DCGM_FI_PROF_GR_ENGINE_ACTIVE")->unit, Unit::Ratio);
    QVERIFY(!findDcgmMetric(u"DCGM_FI_NOT_A_FIELD"));
    // Every metric the dashboard of dcgm-exporter uses is known.
    const QByteArray dashboard = readData(QStringLiteral("dcgm/dcgm-exporter-dashboard.json"));
    static const QRegularExpression used(QStringLiteral("DCGM_FI_[A-Z0-9_]+"));
    auto it = used.globalMatch(QString::fromUtf8(dashboard));
    int count = 0;
    while (it.hasNext()) {
        const QString name = it.next().captured();
        QVERIFY2(findDcgmMetric(name), qPrintable(name));
        ++count;
    }
    QVERIFY(count >= 7);
}

void TestMetricsCore::catalogMigRules() {
    QCOMPARE(findDcgmMetric(dcgm::GpuUtil)->mig, MigSupport::NotReported);
    QCOMPARE(findDcgmMetric(dcgm::GrEngineActive)->mig, MigSupport::Reported);
    QCOMPARE(findDcgmMetric(dcgm::FbUsed)->mig, MigSupport::MayBeMissing);
    QCOMPARE(findDcgmMetric(dcgm::GpuTemp)->mig, MigSupport::BoardValue);
    QCOMPARE(migSlicesOfProfile(QStringLiteral("3g.40gb")), 3);
    QCOMPARE(migSlicesOfProfile(QStringLiteral("1g.10gb+me")), 1);
    QCOMPARE(migSlicesOfProfile(QStringLiteral("1c.3g.40gb")), 3);
    QCOMPARE(migSlicesOfProfile(QStringLiteral("weird")), 0);
    QCOMPARE(migSlicesOfBoard(QStringLiteral("NVIDIA A30")), 4);
    QCOMPARE(migSlicesOfBoard(QStringLiteral("NVIDIA H100 80GB HBM3")), 7);
    QCOMPARE(boardPowerWatts(QStringLiteral("NVIDIA A100-SXM4-80GB")), 400.0);
    QCOMPARE(boardPowerWatts(QStringLiteral("NVIDIA H100 80GB HBM3")), 700.0);
    QCOMPARE(boardPowerWatts(QStringLiteral("NVIDIA H100 PCIe")), 350.0);
    QCOMPARE(boardPowerWatts(QStringLiteral("Tesla T4")), 70.0);
    QCOMPARE(boardPowerWatts(QStringLiteral("Mystery GPU")), 0.0);
    QVERIFY(isBlankValue(9223372036854775794.0));
    QVERIFY(isBlankValue(kNaN));
    QVERIFY(isBlankValue(std::numeric_limits<double>::infinity()));
    QVERIFY(!isBlankValue(409.692));
}

void TestMetricsCore::realScrapesParse() {
    const Exposition a800 = parseExposition(
        readData(QStringLiteral("dcgm/a800-8gpu-mig-2g20gb_dcgm-exporter-3.x.prom")));
    QVERIFY2(a800.problems.isEmpty(), qPrintable(a800.problems.join(u'\n')));
    QCOMPARE(a800.samples.size(), 233); // every non-comment line
    int notNumeric = 0;
    for (const ExpositionSample& s : a800.samples) {
        if (!s.numeric) {
            ++notNumeric;
            QCOMPARE(s.rawValue, QStringLiteral("ERROR - FAILED TO CONVERT TO STRING"));
            QCOMPARE(s.labels.metricName(),
                     QStringLiteral("DCGM_FI_DEV_VGPU_PER_PROCESS_UTILIZATION"));
            QVERIFY(std::isnan(s.value));
        }
        QVERIFY2(findDcgmMetric(s.labels.metricName()), qPrintable(s.labels.metricName()));
    }
    QCOMPARE(notNumeric, 10);
    QCOMPARE(a800.help.value(QStringLiteral("DCGM_FI_DEV_SM_CLOCK")),
             QStringLiteral("SM clock frequency (in MHz)."));

    const Exposition dd = parseExposition(
        readData(QStringLiteral("dcgm/datadog-integrations-core_dcgm_metrics.txt")));
    QVERIFY2(dd.problems.isEmpty(), qPrintable(dd.problems.join(u'\n')));
    QVERIFY(dd.samples.size() > 30);
    int unlabeled = 0;
    for (const ExpositionSample& s : dd.samples) {
        QVERIFY2(findDcgmMetric(s.labels.metricName()), qPrintable(s.labels.metricName()));
        unlabeled += s.labels.size() == 1 ? 1 : 0;
    }
    QVERIFY(unlabeled >= 5);
    QVERIFY(dd.help.contains(QStringLiteral("DCGM_FI_DEV_SLOWDOWN_TEMP"))); // empty HELP text

    const Exposition readme =
        parseExposition(readData(QStringLiteral("dcgm/dcgm-exporter-readme_k8s.prom")));
    QVERIFY2(readme.problems.isEmpty(), qPrintable(readme.problems.join(u'\n')));
    QCOMPARE(readme.samples.size(), 3);
    QCOMPARE(readme.samples[0].labels.value(u"UUID"),
             QStringLiteral("GPU-604ac76c-d9cf-fef3-62e9-d92044ab6e52")); // after ", "
    QVERIFY(isBlankValue(readme.samples[2].value)); // MEMORY_TEMP 9223372036854775794

    const Exposition mig =
        parseExposition(readData(QStringLiteral("dcgm/nvidia-docs_a100-mig.prom")));
    QVERIFY(mig.problems.isEmpty());
    QCOMPARE(mig.samples.size(), 21);
}

void TestMetricsCore::labelsFromRealScrapes() {
    const Exposition a800 = parseExposition(
        readData(QStringLiteral("dcgm/a800-8gpu-mig-2g20gb_dcgm-exporter-3.x.prom")));
    QSet<QString> migIds;
    bool migUtil = false, migEngine = false;
    for (const ExpositionSample& s : a800.samples) {
        const GpuIdentity id = gpuIdentity(s.labels);
        QVERIFY(id.isValid());
        QCOMPARE(id.node, QStringLiteral("msxf-hpc-64-35-ai"));
        QCOMPARE(id.hostLabel, QStringLiteral("Hostname"));
        QCOMPARE(id.model, QStringLiteral("NVIDIA A800-SXM4-80GB"));
        if (id.gpu == QLatin1String("0")) {
            QVERIFY(id.isMig());
            QCOMPARE(id.migProfile, QStringLiteral("2g.20gb"));
            migIds.insert(id.migInstance);
            migUtil = migUtil || s.labels.metricName() == dcgm::GpuUtil;
            migEngine = migEngine || s.labels.metricName() == dcgm::GrEngineActive;
        } else {
            QVERIFY(!id.isMig());
        }
    }
    QCOMPARE(migIds,
             (QSet<QString>{QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("6")}));
    QVERIFY2(!migUtil, "the A800 scrape has no GPU_UTIL for MIG instances");
    QVERIFY(migEngine);

    const Exposition dd = parseExposition(
        readData(QStringLiteral("dcgm/datadog-integrations-core_dcgm_metrics.txt")));
    bool sawPod = false;
    for (const ExpositionSample& s : dd.samples) {
        const GpuIdentity id = gpuIdentity(s.labels);
        if (s.labels.size() == 1) {
            QVERIFY(!id.isValid()); // an unlabeled series names no GPU
            continue;
        }
        if (!id.pod.isEmpty()) {
            sawPod = true;
            QCOMPARE(id.pod, QStringLiteral("ray-1111111"));
            QCOMPARE(id.namespaceName, QStringLiteral("ray-llm"));
            QCOMPARE(id.container, QStringLiteral("ray-worker"));
        }
    }
    QVERIFY(sawPod);

    const Exposition mig =
        parseExposition(readData(QStringLiteral("dcgm/nvidia-docs_a100-mig.prom")));
    const GpuIdentity inst = gpuIdentity(mig.samples.last().labels);
    QCOMPARE(inst.migProfile, QStringLiteral("1g.5gb"));
    QCOMPARE(inst.migInstance, QStringLiteral("13"));
    QVERIFY(inst.model.isEmpty()); // this scrape has no modelName
    QCOMPARE(inst.key(), QStringLiteral("ub20-a100-k8s/0/13"));

    // A newer exporter (lowercase hostname, pci_bus_id) and a ServiceMonitor without honorLabels.
    const GpuIdentity newer =
        gpuIdentity(Labels{{QStringLiteral("hostname"), QStringLiteral("n2")},
                           {QStringLiteral("gpu"), QStringLiteral("3")},
                           {QStringLiteral("pci_bus_id"), QStringLiteral("00000000:3B:00.0")},
                           {QStringLiteral("namespace"), QStringLiteral("gpu-operator")},
                           {QStringLiteral("pod"), QStringLiteral("nvidia-dcgm-exporter-x7k2p")},
                           {QStringLiteral("exported_namespace"), QStringLiteral("ml")},
                           {QStringLiteral("exported_pod"), QStringLiteral("train-0")}});
    QCOMPARE(newer.node, QStringLiteral("n2"));
    QCOMPARE(newer.hostLabel, QStringLiteral("hostname"));
    QCOMPARE(newer.pod, QStringLiteral("train-0"));
    QCOMPARE(newer.namespaceName, QStringLiteral("ml"));
    const GpuIdentity exporterOnly =
        gpuIdentity(Labels{{QStringLiteral("instance"), QStringLiteral("10.0.0.7:9400")},
                           {QStringLiteral("gpu"), QStringLiteral("1")},
                           {QStringLiteral("namespace"), QStringLiteral("gpu-operator")},
                           {QStringLiteral("pod"), QStringLiteral("nvidia-dcgm-exporter-x7k2p")}});
    QCOMPARE(exporterOnly.node, QStringLiteral("10.0.0.7"));
    QVERIFY(exporterOnly.pod.isEmpty());
}

void TestMetricsCore::fleetFromA800Scrape() {
    const Exposition a800 = parseExposition(
        readData(QStringLiteral("dcgm/a800-8gpu-mig-2g20gb_dcgm-exporter-3.x.prom")));
    int skipped = -1, blanks = -1;
    const Fleet fleet = buildFleet(readingsFromSamples(samplesOf(a800), &skipped, &blanks));
    QCOMPARE(skipped, 0);
    QCOMPARE(blanks, 10); // the non-numeric values: not reported, no crash
    QCOMPARE(fleet.nodes.size(), 1);
    QCOMPARE(fleet.gpuCount(), 8);
    QCOMPARE(fleet.migInstanceCount(), 3);
    const FleetGpu& g0 = fleet.nodes[0].gpus[0];
    QVERIFY(g0.synthesized);
    QCOMPARE(g0.migInstances.size(), 3);
    for (const GpuReading& inst : g0.migInstances) {
        QCOMPARE(inst.utilizationSource, QString(dcgm::GrEngineActive));
        QVERIFY(inst.utilizationPct);
        QVERIFY(inst.memoryUsedMiB && inst.memoryTotalMiB);
    }
    QVERIFY(g0.gpu.utilizationPct); // slices-weighted over the board
    QVERIFY(*g0.gpu.utilizationPct <= 100.0);
    QVERIFY(g0.gpu.temperatureC && g0.gpu.powerW);
    for (int i = 1; i < 8; ++i) {
        const FleetGpu& g = fleet.nodes[0].gpus[i];
        QCOMPARE(g.gpu.id.gpu, QString::number(i));
        QCOMPARE(g.gpu.utilizationSource, QString(dcgm::GpuUtil));
        QVERIFY(g.migInstances.isEmpty());
    }

    const QJsonObject json = gpuListJson(gpuListRows(fleet));
    const QJsonArray gpus = json.value(QStringLiteral("gpus")).toArray();
    QCOMPARE(gpus.size(), 11);
    const QStringList keys{"node",         "gpu",           "uuid",
                           "model",        "migProfile",    "migInstance",
                           "utilization",  "memoryUsedMiB", "memoryTotalMiB",
                           "temperatureC", "powerW",        "namespace",
                           "pod"};
    for (const QJsonValue& v : gpus) {
        QStringList have = v.toObject().keys();
        QStringList want = keys;
        have.sort();
        want.sort();
        QCOMPARE(have, want);
    }
    const QJsonObject parent = gpus[0].toObject();
    QCOMPARE(parent.value(QStringLiteral("gpu")).toInt(), 0);
    QVERIFY(parent.value(QStringLiteral("migProfile")).isNull());
    QVERIFY(parent.value(QStringLiteral("pod")).isNull());
    const QJsonObject inst = gpus[1].toObject();
    QCOMPARE(inst.value(QStringLiteral("migProfile")).toString(), QStringLiteral("2g.20gb"));
    QCOMPARE(inst.value(QStringLiteral("migInstance")).toInt(), 3);
    QVERIFY(inst.value(QStringLiteral("utilization")).isDouble());
}

void TestMetricsCore::fleetWithBothHostLabels() {
    // The same scrape as a newer exporter writes it (hostname) for a second node: both spellings
    // in one fleet.
    QByteArray newer = readData(QStringLiteral("dcgm/a800-8gpu-mig-2g20gb_dcgm-exporter-3.x.prom"));
    newer.replace("Hostname=\"msxf-hpc-64-35-ai\"", "hostname=\"node-b\"");
    QList<Sample> samples = samplesOf(parseExposition(
        readData(QStringLiteral("dcgm/a800-8gpu-mig-2g20gb_dcgm-exporter-3.x.prom"))));
    samples += samplesOf(parseExposition(newer));
    // Series without the expected labels are counted, not fatal.
    samples.append(Sample{Labels{{QStringLiteral("__name__"), QString(dcgm::GpuUtil)}}, {0, 5}});
    int skipped = 0;
    const Fleet fleet = buildFleet(readingsFromSamples(samples, &skipped));
    QCOMPARE(skipped, 1);
    QCOMPARE(fleet.nodes.size(), 2);
    QCOMPARE(fleet.nodes[0].node, QStringLiteral("msxf-hpc-64-35-ai"));
    QCOMPARE(fleet.nodes[1].node, QStringLiteral("node-b"));
    QCOMPARE(fleet.gpuCount(), 16);
    QCOMPARE(fleet.nodes[1].gpus[0].migInstances.size(), 3);
}

void TestMetricsCore::xidCatalog() {
    for (int code : {13, 31, 43, 45, 48, 63, 64, 74, 79, 92, 94, 95}) {
        const XidInfo* x = findXid(code);
        QVERIFY2(x, qPrintable(QString::number(code)));
        QVERIFY(!xidMeaning(code).isEmpty());
        QVERIFY(!xidAction(code).isEmpty());
    }
    QCOMPARE(findXid(79)->severity, XidSeverity::Hardware);
    QCOMPARE(findXid(43)->severity, XidSeverity::Application);
    QVERIFY(xidMeaning(79).contains(QLatin1String("fallen off the bus")));
    QVERIFY(xidMeaning(12345).contains(QLatin1String("12345")));
    QVERIFY(!xidAction(12345).isEmpty());
}

void TestMetricsCore::decodesRealAnswers() {
    auto vec = decodeQueryResult(
        readData(QStringLiteral("prometheus/query_vector_latest-values.json")), kServer);
    QVERIFY2(vec.ok(), qPrintable(vec.ok() ? QString() : vec.error().message));
    QCOMPARE(vec->type, ResultType::Vector);
    QVERIFY(vec->vector.size() > 20);
    const Fleet fleet = buildFleet(readingsFromSamples(vec->vector));
    QCOMPARE(fleet.nodes.size(), 1);
    QCOMPARE(fleet.nodes[0].node, QStringLiteral("gpu-node-a"));
    QCOMPARE(fleet.gpuCount(), 8);
    QCOMPARE(fleet.migInstanceCount(), 3);
    // The 1g.10gb instance has no frame-buffer metrics: null, not zero.
    const GpuReading& small = fleet.nodes[0].gpus[0].migInstances[2];
    QCOMPARE(small.id.migProfile, QStringLiteral("1g.10gb"));
    QVERIFY(!small.memoryUsedMiB && !small.memoryTotalMiB);
    QVERIFY(!fleet.nodes[0].gpus[0].gpu.memoryUsedMiB); // so the board sum is unknown too

    auto nan = decodeQueryResult(readData(QStringLiteral("prometheus/query_range_matrix_nan.json")),
                                 kServer);
    QVERIFY(nan.ok());
    QCOMPARE(nan->type, ResultType::Matrix);
    QCOMPARE(nan->matrix.size(), 1);
    int nans = 0;
    for (const Point& p : nan->matrix[0].points)
        nans += std::isnan(p.value) ? 1 : 0;
    QVERIFY(nans >= 5);
    QCOMPARE(nan->invalidValues, 0); // NaN is a value Prometheus sent, not garbage

    auto gap = decodeQueryResult(readData(QStringLiteral("prometheus/query_range_matrix_gap.json")),
                                 kServer);
    QVERIFY(gap.ok());
    QCOMPARE(gap->matrix.size(), 2);
    const std::vector<Point> marked = markGaps(gap->matrix[0].points, 120000);
    int markers = 0;
    for (const Point& p : marked)
        markers += isGapMarker(p) ? 1 : 0;
    QCOMPARE(markers, 1); // the exporter was down: one gap, not interpolated

    auto scalar =
        decodeQueryResult(readData(QStringLiteral("prometheus/query_scalar.json")), kServer);
    QVERIFY(scalar.ok());
    QCOMPARE(scalar->type, ResultType::Scalar);
    QCOMPARE(scalar->scalar.value, 19.0); // 10 + 9 GPUs and MIG instances
    auto str = decodeQueryResult(readData(QStringLiteral("prometheus/query_string.json")), kServer);
    QVERIFY(str.ok());
    QCOMPARE(str->type, ResultType::String);
    QCOMPARE(str->string, QStringLiteral("fleetdeck"));

    auto series = decodeSeriesList(readData(QStringLiteral("prometheus/series.json")), kServer);
    QVERIFY(series.ok());
    QVERIFY(series->size() >= 7);
    for (const Labels& l : *series)
        QCOMPARE(l.value(u"hostname"), QStringLiteral("gpu-node-b"));
    auto values =
        decodeStringList(readData(QStringLiteral("prometheus/label_values.json")), kServer);
    QVERIFY(values.ok());
    QCOMPARE(*values, (QStringList{QStringLiteral("NVIDIA A100-SXM4-80GB"),
                                   QStringLiteral("NVIDIA H100 80GB HBM3")}));

    auto targets = decodeTargets(readData(QStringLiteral("prometheus/targets.json")), kServer);
    QVERIFY(targets.ok());
    QCOMPARE(targets->active.size(), 2);
    QCOMPARE(targets->active[0].health, QStringLiteral("up"));
    QCOMPARE(targets->active[0].scrapeIntervalMs, 2000);
    QVERIFY(targets->active[0].lastScrape.isValid());
    QCOMPARE(targets->active[0].labels.value(u"job"), QStringLiteral("dcgm-exporter"));

    auto rules = decodeRules(readData(QStringLiteral("prometheus/rules.json")), kServer);
    QVERIFY(rules.ok());
    QCOMPARE(rules->size(), 1);
    QCOMPARE(rules->at(0).rules.size(), 4);
    QCOMPARE(rules->at(0).rules[0].name, QStringLiteral("GpuTooHot"));
    QCOMPARE(rules->at(0).rules[0].state, QStringLiteral("firing"));
    QCOMPARE(rules->at(0).rules[3].type, QStringLiteral("recording"));

    auto alerts = decodeAlerts(readData(QStringLiteral("prometheus/alerts.json")), kServer);
    QVERIFY(alerts.ok());
    QVERIFY(!alerts->isEmpty());
    QVERIFY(alerts->at(0).activeAt.isValid());

    auto build = decodeBuildInfo(readData(QStringLiteral("prometheus/buildinfo.json")), kServer);
    QVERIFY(build.ok());
    QCOMPARE(build->version, QStringLiteral("2.42.0+ds"));

    auto am = decodeAmAlerts(readData(QStringLiteral("prometheus/am_alerts.json")), kServer);
    QVERIFY(am.ok());
    QVERIFY(am->size() >= 2);
    bool suppressed = false;
    for (const AmAlert& a : *am)
        if (a.state == QLatin1String("suppressed")) {
            suppressed = true;
            QCOMPARE(a.labels.value(u"alertname"), QStringLiteral("GpuFramebufferFull"));
            QCOMPARE(a.silencedBy.size(), 1);
        }
    QVERIFY(suppressed);
    auto silences =
        decodeSilences(readData(QStringLiteral("prometheus/am_silences.json")), kServer);
    QVERIFY(silences.ok());
    QCOMPARE(silences->size(), 1);
    QCOMPARE(silences->at(0).matchers.size(), 2);
    QCOMPARE(silences->at(0).state, QStringLiteral("active"));
    auto status = decodeAmStatus(readData(QStringLiteral("prometheus/am_status.json")), kServer);
    QVERIFY(status.ok());
    QCOMPARE(status->version, QStringLiteral("0.25.0"));
}

void TestMetricsCore::decodesRealErrors() {
    struct Case {
        const char* file;
        int status;
        PromErrorCategory category;
        const char* words;
    };
    const Case cases[] = {
        {"error_bad_data_parse.json", 400, PromErrorCategory::BadQuery,
         "unclosed left parenthesis"},
        {"error_too_many_samples.json", 422, PromErrorCategory::TooManySamples, "too many samples"},
        {"error_timeout.json", 503, PromErrorCategory::QueryTimeout, "query timed out"},
        {"error_too_many_points.json", 400, PromErrorCategory::BadQuery, "11,000 points"},
    };
    for (const Case& c : cases) {
        const QByteArray body = readData(QStringLiteral("prometheus/") + QLatin1String(c.file));
        const PromError e =
            errorFromResponse(c.status, body, "application/json", Service::Prometheus, kServer);
        QCOMPARE(e.category, c.category);
        QVERIFY2(e.error.contains(QLatin1String(c.words)), qPrintable(e.error));
        QVERIFY2(e.message.contains(QLatin1String(c.words)), qPrintable(e.message));
        QVERIFY(!e.errorType.isEmpty());
        // The same body decoded as an answer (a proxy that sends 200): still the same error.
        auto decoded = decodeQueryResult(body, kServer);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().category, c.category);
    }
    const PromError am =
        errorFromResponse(400, readData(QStringLiteral("prometheus/am_error_bad_silence.json")),
                          "application/json", Service::Alertmanager, kServer);
    QCOMPARE(am.category, PromErrorCategory::BadQuery);
    QVERIFY(am.error.contains(QLatin1String("invalid regular expression")));
    QVERIFY(am.message.startsWith(QLatin1String("Alertmanager")));
    const PromError plain =
        errorFromResponse(503, "Service Unavailable\n", "text/plain", Service::Prometheus, kServer);
    QCOMPARE(plain.category, PromErrorCategory::Unavailable);
    const PromError login = errorFromResponse(401, "<html><body>login</body></html>", "text/html",
                                              Service::Prometheus, kServer);
    QCOMPARE(login.category, PromErrorCategory::Unauthorized);
    QVERIFY(!login.message.contains(QLatin1String("<html>")));
}

void TestMetricsCore::rejectsWhatIsNotPrometheus() {
    const QByteArray html = "<!DOCTYPE html><html><head><title>Grafana</title></head></html>";
    auto r = decodeQueryResult(html, kServer);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().category, PromErrorCategory::NotPrometheus);
    QVERIFY(r.error().message.contains(QLatin1String("web page")));
    QCOMPARE(decodeQueryResult("Prometheus Server is Ready.", kServer).error().category,
             PromErrorCategory::NotPrometheus);
    QCOMPARE(decodeQueryResult(R"({"status":"success","data":{"resultType":"matrix","result":[)",
                               kServer)
                 .error()
                 .category,
             PromErrorCategory::Malformed);
    QCOMPARE(decodeQueryResult(
                 R"({"status":"success","data":{"resultType":"vector","result":[]}} x)", kServer)
                 .error()
                 .category,
             PromErrorCategory::Malformed);
    QCOMPARE(decodeQueryResult(R"({"status":"success"})", kServer).error().category,
             PromErrorCategory::Malformed);
    QCOMPARE(decodeQueryResult(R"([1,2,3])", kServer).error().category,
             PromErrorCategory::Malformed);
    QCOMPARE(decodeTargets(R"({"status":"success","data":[]})", kServer).error().category,
             PromErrorCategory::Malformed);
    QCOMPARE(decodeAmAlerts(R"({"not":"a list"})", kServer).error().category,
             PromErrorCategory::Malformed);
    const QByteArray deep =
        "{\"status\":\"success\",\"data\":" + QByteArray(50000, '[') + QByteArray(50000, ']') + "}";
    QCOMPARE(decodeQueryResult(deep, kServer).error().category, PromErrorCategory::Malformed);
    auto empty = decodeQueryResult(
        R"({"status":"success","data":{"resultType":"matrix","result":[]}})", kServer);
    QVERIFY(empty.ok());
    QVERIFY(empty->matrix.isEmpty());
}

void TestMetricsCore::oddValuesAreGaps() {
    const QByteArray body =
        R"({"status":"success","warnings":["w1"],"data":{"resultType":"matrix","result":[
      {"metric":{"__name__":"x","gpu":"0","Hostname":"n1"},
       "values":[[1733390000,"1"],[1733390030,"abc"],[1733390060,"NaN"],[1733390090,"+Inf"],
                 [1733390120,"-Inf"],["1733390150","2"],[1733390180,"1e+01"],[1733390210,7]]},
      {"metric":{},"values":[[1733390000,"5"]]},
      {"metric":{"gpu":3,"hostname":"n2"},"values":[[1733390000,"7"]]}]}})";
    auto r = decodeQueryResult(body, kServer);
    QVERIFY(r.ok());
    QCOMPARE(r->warnings, QStringList{QStringLiteral("w1")});
    QCOMPARE(r->invalidValues, 1); // "abc"
    const std::vector<Point>& p = r->matrix[0].points;
    QCOMPARE(p.size(), size_t(7));
    QVERIFY(std::isnan(p[1].value));
    QVERIFY(std::isinf(p[2].value) && p[2].value > 0);
    QVERIFY(std::isinf(p[3].value) && p[3].value < 0);
    QCOMPARE(p[4].value, 2.0);
    QCOMPARE(p[4].timeMs, 1733390150000);
    QCOMPARE(p[5].value, 10.0);
    QCOMPARE(p[6].value, 7.0);
    // Drawn: the non-numbers are gaps; the dropped "abc" step is a gap by time.
    const std::vector<Point> marked = markGaps(p, 30000);
    int markers = 0;
    for (const Point& q : marked)
        markers += isGapMarker(q) ? 1 : 0;
    QCOMPARE(markers, 1); // one run of gap (abc, NaN, +Inf, -Inf) between 1 and 2
    // Series without labels, labels that are not strings: kept, then left out by identity.
    QVERIFY(!gpuIdentity(r->matrix[1].labels).isValid());
    QVERIFY(!r->matrix[2].labels.contains(u"gpu"));
    QCOMPARE(parseSampleValue("9223372036854775794").value(), 9223372036854775794.0);
    QVERIFY(!parseSampleValue("ERROR - FAILED TO CONVERT TO STRING"));
    QVERIFY(!parseSampleValue(""));
    QVERIFY(!parseSampleValue("0x10"));
    QVERIFY(!parseSampleValue("+"));
}

void TestMetricsCore::healthEvents() {
    const qint64 t0 = 1796371200000, step = 60000;
    const int n = 600;
    // XID 79 on gpu 4 for two steps, XID 13 then 31 back to back on gpu 1.
    std::vector<Point> xid4 = constant(t0, step, n, 0);
    xid4[100].value = 79;
    xid4[101].value = 79;
    std::vector<Point> xid1 = constant(t0, step, n, 0);
    xid1[200].value = 13;
    xid1[201].value = 31;
    std::vector<Point> xid2 = constant(t0, step, n, 0);
    xid2[n - 1].value = 48; // still there at the end of the range
    const QString model = QStringLiteral("NVIDIA A100-SXM4-80GB");
    HealthInputs in;
    in.windowMs = step;
    in.xid = grid(t0, step, n,
                  {series({{"Hostname", "a"}, {"gpu", "4"}, {"modelName", model}}, xid4),
                   series({{"Hostname", "a"}, {"gpu", "1"}, {"modelName", model}}, xid1),
                   series({{"Hostname", "a"}, {"gpu", "2"}, {"modelName", model}}, xid2),
                   series({{"gpu", "9"}}, xid4)}); // no node: left out
    // Temperature: gpu 3 at 90 °C for 10 steps.
    std::vector<Point> hot = constant(t0, step, n, 60);
    for (int i = 300; i < 310; ++i)
        hot[size_t(i)].value = 90;
    in.temperature =
        grid(t0, step, n, {series({{"Hostname", "a"}, {"gpu", "3"}, {"modelName", model}}, hot)});
    // Power: gpu 2 at 450 W (A100 SXM4: 400 W) for 3 steps, with a NaN in the middle (a gap).
    std::vector<Point> power = constant(t0, step, n, 250);
    power[400].value = 450;
    power[401].value = kNaN;
    power[402].value = 450;
    in.power =
        grid(t0, step, n, {series({{"Hostname", "a"}, {"gpu", "2"}, {"modelName", model}}, power)});
    std::vector<Point> throttled = constant(t0, step, n, 0);
    for (int i = 300; i < 305; ++i)
        throttled[size_t(i)].value = 3e10;
    in.thermal = grid(t0, step, n,
                      {series({{"Hostname", "a"}, {"gpu", "3"}, {"modelName", model}}, throttled)});
    in.powerCapped = grid(t0, step, n, {});

    const QList<HealthEvent> events = findHealthEvents(in);
    QStringList seen;
    for (const HealthEvent& e : events)
        seen << e.kind + QLatin1Char('/') + e.id.gpu + QLatin1Char('/') +
                    (e.code ? QString::number(*e.code) : QStringLiteral("-"));
    QCOMPARE(seen,
             (QStringList{QStringLiteral("xid/4/79"), QStringLiteral("xid/1/13"),
                          QStringLiteral("xid/1/31"), QStringLiteral("temperature/3/-"),
                          QStringLiteral("thermal-throttling/3/-"), QStringLiteral("power/2/-"),
                          QStringLiteral("power/2/-"), QStringLiteral("xid/2/48")}));
    const HealthEvent& x79 = events[0];
    QCOMPARE(x79.startMs, t0 + 100 * step - step); // the window before the first step
    QCOMPARE(*x79.endMs, t0 + 101 * step);
    QVERIFY(x79.meaning.contains(QLatin1String("fallen off the bus")));
    QVERIFY(!events.last().endMs); // still going at the end
    QVERIFY(events[3].meaning.contains(QLatin1String("90")));
    QVERIFY(events[5].meaning.contains(QLatin1String("400")));

    const QJsonArray json = healthEventsJson(events).value(QStringLiteral("events")).toArray();
    QCOMPARE(json.size(), events.size());
    const QJsonObject first = json[0].toObject();
    QCOMPARE(first.value(QStringLiteral("node")).toString(), QStringLiteral("a"));
    QCOMPARE(first.value(QStringLiteral("gpu")).toInt(), 4);
    QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("xid"));
    QCOMPARE(first.value(QStringLiteral("code")).toInt(), 79);
    QCOMPARE(first.value(QStringLiteral("start")).toString(), isoTime(t0 + 99 * step));
    QVERIFY(first.value(QStringLiteral("start")).toString().endsWith(QLatin1Char('Z')));
    QVERIFY(json.last().toObject().value(QStringLiteral("end")).isNull());
    QVERIFY(json[3].toObject().value(QStringLiteral("code")).isNull());
}

void TestMetricsCore::healthEventsBoardLevelAndPeers() {
    const qint64 t0 = 1796371200000, step = 60000;
    const int n = 100;
    const QString model = QStringLiteral("NVIDIA H100 80GB HBM3");
    HealthInputs in;
    in.windowMs = step;
    // Two MIG instances of gpu 7 report the same hot board: one event, without MIG labels.
    std::vector<Point> hot = constant(t0, step, n, 88);
    QList<Series> temps{series({{"hostname", "b"},
                                {"gpu", "7"},
                                {"GPU_I_ID", "1"},
                                {"GPU_I_PROFILE", "4g.40gb"},
                                {"modelName", model}},
                               hot),
                        series({{"hostname", "b"},
                                {"gpu", "7"},
                                {"GPU_I_ID", "2"},
                                {"GPU_I_PROFILE", "3g.40gb"},
                                {"modelName", model}},
                               hot)};
    // gpu 5 at 78 °C while its equally idle peers are at 50: a peer outlier below the threshold.
    // gpu 6 at 79 °C is busy, as is gpu 4: not an outlier, only busier than the idle ones.
    QList<Series> util;
    for (int g = 0; g < 4; ++g) {
        temps.append(series({{"hostname", "b"}, {"gpu", QString::number(g)}, {"modelName", model}},
                            constant(t0, step, n, 50)));
        util.append(
            series({{"hostname", "b"}, {"gpu", QString::number(g)}}, constant(t0, step, n, 2)));
    }
    temps.append(
        series({{"hostname", "b"}, {"gpu", "5"}, {"modelName", model}}, constant(t0, step, n, 78)));
    util.append(series({{"hostname", "b"}, {"gpu", "5"}}, constant(t0, step, n, 1)));
    for (const char* busy : {"4", "6"}) {
        temps.append(
            series({{"hostname", "b"}, {"gpu", QString::fromLatin1(busy)}, {"modelName", model}},
                   constant(t0, step, n, 79)));
        util.append(series({{"hostname", "b"}, {"gpu", QString::fromLatin1(busy)}},
                           constant(t0, step, n, 95)));
    }
    in.temperature = grid(t0, step, n, temps);
    in.utilization = grid(t0, step, n, util);
    // An XID on both instances at once is the board's; on one instance it stays the instance's.
    std::vector<Point> x = constant(t0, step, n, 0);
    x[50].value = 79;
    std::vector<Point> y = constant(t0, step, n, 0);
    y[70].value = 43;
    in.xid = grid(t0, step, n,
                  {series({{"hostname", "b"}, {"gpu", "7"}, {"GPU_I_ID", "1"}}, x),
                   series({{"hostname", "b"}, {"gpu", "7"}, {"GPU_I_ID", "2"}}, x),
                   series({{"hostname", "b"}, {"gpu", "7"}, {"GPU_I_ID", "2"}}, y)});
    const QList<HealthEvent> events = findHealthEvents(in);
    int temperature = 0;
    bool peer = false, board79 = false, instance43 = false;
    for (const HealthEvent& e : events) {
        if (e.kind == QLatin1String("temperature")) {
            ++temperature;
            QVERIFY(e.id.migInstance.isEmpty());
            peer = peer || e.id.gpu == QLatin1String("5");
        }
        if (e.code == 79)
            board79 = e.id.migInstance.isEmpty();
        if (e.code == 43)
            instance43 = e.id.migInstance == QLatin1String("2");
    }
    QCOMPARE(temperature, 2); // gpu 7 (threshold) and gpu 5 (peers)
    QVERIFY(peer && board79 && instance43);
}

void TestMetricsCore::attributionAndAllocation() {
    const QString a100 = QStringLiteral("NVIDIA A100-SXM4-80GB");
    auto s = [&](const QString& gpu, const QString& mig, const QString& profile, const QString& ns,
                 const QString& pod, double v) {
        Labels l{{QStringLiteral("Hostname"), QStringLiteral("a")},
                 {QStringLiteral("gpu"), gpu},
                 {QStringLiteral("modelName"), a100}};
        if (!mig.isEmpty()) {
            l.insert(QStringLiteral("GPU_I_ID"), mig);
            l.insert(QStringLiteral("GPU_I_PROFILE"), profile);
        }
        if (!pod.isEmpty()) {
            l.insert(QStringLiteral("namespace"), ns);
            l.insert(QStringLiteral("pod"), pod);
        }
        return Sample{l, {0, v}};
    };
    const QList<Sample> util{s("1", {}, {}, "llm", "vllm-0", 80),
                             s("2", {}, {}, "llm", "vllm-0", 60),
                             s("0", "5", "2g.20gb", "research", "jupyter", 70),
                             s("3", {}, {}, "research", "nb", 1),
                             s("4", {}, {}, {}, {}, 99), // not attributed: no pod
                             s("6", {}, {}, "llm", "tgi-0", kNaN)};
    const QList<Sample> mem{s("1", {}, {}, "llm", "vllm-0", 78000),
                            s("2", {}, {}, "llm", "vllm-0", 78000)};
    const QList<PodUsage> pods = usageByPod(util, mem);
    QCOMPARE(pods.size(), 4);
    QCOMPARE(pods[0].pod, QStringLiteral("vllm-0"));
    QCOMPARE(pods[0].gpus, 2.0);
    QCOMPARE(pods[0].busyGpus, 1.4);
    QCOMPARE(*pods[0].utilizationPct, 70.0);
    QCOMPARE(*pods[0].memoryUsedMiB, 156000.0);
    const PodUsage* jupyter = nullptr;
    const PodUsage* tgi = nullptr;
    for (const PodUsage& p : pods) {
        if (p.pod == QLatin1String("jupyter"))
            jupyter = &p;
        if (p.pod == QLatin1String("tgi-0"))
            tgi = &p;
    }
    QVERIFY(jupyter && tgi);
    QCOMPARE(jupyter->gpus, 2.0 / 7.0); // 2g.20gb on a 7-slice A100
    QVERIFY(!tgi->utilizationPct);      // NaN: not measured, not zero
    const QList<NamespaceUsage> ns = usageByNamespace(pods);
    QCOMPARE(ns[0].namespaceName, QStringLiteral("llm"));
    QCOMPARE(ns[0].pods, 2);

    const QList<PodGpuRequest> requests{{QStringLiteral("llm"), QStringLiteral("vllm-0"),
                                         QStringLiteral("a"), QStringLiteral("nvidia.com/gpu"), 2},
                                        {QStringLiteral("research"), QStringLiteral("nb"),
                                         QStringLiteral("a"), QStringLiteral("nvidia.com/gpu"), 1},
                                        {QStringLiteral("research"), QStringLiteral("jupyter"),
                                         QStringLiteral("a"),
                                         QStringLiteral("nvidia.com/mig-2g.20gb"), 1},
                                        {QStringLiteral("batch"), QStringLiteral("ghost"),
                                         QStringLiteral("c"), QStringLiteral("nvidia.com/gpu"), 4}};
    const QList<AllocationRow> rows = allocationVsUse(requests, pods);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].pod, QStringLiteral("nb")); // idle first
    QVERIFY(rows[0].idle);
    QCOMPARE(rows[0].gpuKeys, QStringList{QStringLiteral("a/3")});
    const AllocationRow* ghost = nullptr;
    for (const AllocationRow& r : rows)
        if (r.pod == QLatin1String("ghost"))
            ghost = &r;
    QVERIFY(ghost && ghost->unmeasured && !ghost->idle);
    QCOMPARE(requestedGpuEquivalent(requests[2]), 2.0 / 7.0);
    QVERIFY(allocationJson(rows).value(QStringLiteral("pods")).toArray().size() == 4);
}

// The GPUs running pods requested, from Pod objects as the API server lists them: whole GPUs and
// MIG resources, a limit-only container, sidecars without GPUs; Pending and finished pods hold
// nothing. Then allocation vs use against measured usage names the idle pod first.
void TestMetricsCore::podGpuRequestsFromPods() {
    const QJsonObject list =
        QJsonDocument::fromJson(readData(QStringLiteral("kube/lists/podlist_gpu-requests.json")))
            .object();
    QList<fd::kube::Pod> pods;
    for (const QJsonValue& item : list.value(QStringLiteral("items")).toArray()) {
        fd::kube::Pod pod;
        fd::kube::decode(item.toObject(), pod);
        pods << pod;
    }
    QCOMPARE(pods.size(), 7);

    QVERIFY(isGpuResource(QStringLiteral("nvidia.com/gpu")));
    QVERIFY(isGpuResource(QStringLiteral("nvidia.com/mig-1g.10gb")));
    QVERIFY(!isGpuResource(QStringLiteral("nvidia.com/mig-")));
    QVERIFY(!isGpuResource(QStringLiteral("amd.com/gpu")));
    QVERIFY(!isGpuResource(QStringLiteral("nvidia.com/gpu.shared")));

    const QList<PodGpuRequest> requests = podGpuRequests(pods);
    QHash<QString, PodGpuRequest> byPod;
    for (const PodGpuRequest& r : requests)
        byPod.insert(r.namespaceName + QLatin1Char('/') + r.pod, r);
    QCOMPARE(requests.size(), 4); // not ollama-1 (Pending), finetune (Succeeded), coredns
    QCOMPARE(QSet<QString>(byPod.keyBegin(), byPod.keyEnd()),
             (QSet<QString>{QStringLiteral("training/trainer-0"),
                            QStringLiteral("research/jupyter-alice"),
                            QStringLiteral("research/notebook-bob"),
                            QStringLiteral("llm-serving/tgi-mistral-0")}));
    const PodGpuRequest trainer = byPod.value(QStringLiteral("training/trainer-0"));
    QCOMPARE(trainer.count, 4.0); // the sidecar adds nothing
    QCOMPARE(trainer.node, QStringLiteral("gpu-node-b"));
    QCOMPARE(trainer.resource, QStringLiteral("nvidia.com/gpu"));
    const PodGpuRequest alice = byPod.value(QStringLiteral("research/jupyter-alice"));
    QCOMPARE(alice.resource, QStringLiteral("nvidia.com/mig-2g.20gb")); // a limit only
    QCOMPARE(alice.count, 1.0);
    QCOMPARE(requestedGpuEquivalent(alice), 2.0 / 7.0);
    QCOMPARE(requestedGpuEquivalent(byPod.value(QStringLiteral("llm-serving/tgi-mistral-0"))),
             4.0 / 7.0);

    // notebook-bob holds its GPU at 1 %: first, idle; tgi has no metrics naming it.
    auto usage = [](const QString& ns, const QString& pod, double gpus, double util) {
        PodUsage u;
        u.namespaceName = ns;
        u.pod = pod;
        u.gpus = gpus;
        u.busyGpus = gpus * util / 100.0;
        u.utilizationPct = util;
        return u;
    };
    const QList<AllocationRow> rows = allocationVsUse(
        requests,
        {usage(QStringLiteral("training"), QStringLiteral("trainer-0"), 4, 92),
         usage(QStringLiteral("research"), QStringLiteral("notebook-bob"), 1, 1),
         usage(QStringLiteral("research"), QStringLiteral("jupyter-alice"), 2.0 / 7, 10)});
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows[0].pod, QStringLiteral("notebook-bob"));
    QVERIFY(rows[0].idle);
    QCOMPARE(rows[0].node, QStringLiteral("gpu-node-b"));
    for (const AllocationRow& r : rows)
        QCOMPARE(r.unmeasured, r.pod == QLatin1String("tgi-mistral-0"));
}

void TestMetricsCore::ranking() {
    auto s = [](const QString& node, const QString& gpu, double v) {
        return Sample{Labels{{QStringLiteral("Hostname"), node}, {QStringLiteral("gpu"), gpu}},
                      {0, v}};
    };
    const QList<Sample> samples{s("a", "1", 50),   s("a", "2", 90),  s("b", "1", 90),
                                s("b", "2", kNaN), s("b", "10", 70), s("a", "1", 55)};
    const QList<RankedGpu> top = rankGpus(samples, 3);
    QCOMPARE(top.size(), 3);
    QCOMPARE(top[0].id.key(), QStringLiteral("a/2"));
    QCOMPARE(top[1].id.key(), QStringLiteral("b/1"));
    QCOMPARE(top[2].id.key(), QStringLiteral("b/10"));
    QCOMPARE(rankGpus(samples, 0).size(), 4); // NaN left out, a/1 once (its highest)
    QCOMPARE(*parseRankBy(u"memory"), RankBy::Memory);
    QVERIFY(!parseRankBy(u"speed"));
    QVERIFY(rankQuery(RankBy::Utilization, 7 * 86400000LL).contains(QLatin1String("[7d]")));
    QVERIFY(rankQuery(RankBy::Memory, 3600000).startsWith(QLatin1String("max_over_time(")));
    const QJsonObject json = rankingJson(RankBy::Power, 3600000, top);
    QCOMPARE(json.value(QStringLiteral("range")).toString(), QStringLiteral("1h"));
    QCOMPARE(json.value(QStringLiteral("gpus")).toArray().size(), 3);
}

void TestMetricsCore::queries() {
    const QString util = gpuMetricExpr(GpuMetric::Utilization, Rollup::Avg, 300000);
    QVERIFY(util.contains(QLatin1String("avg_over_time(DCGM_FI_DEV_GPU_UTIL{}[5m])")));
    QVERIFY(
        util.contains(QLatin1String("avg_over_time(DCGM_FI_PROF_GR_ENGINE_ACTIVE{}[5m]) * 100")));
    QVERIFY(util.contains(QLatin1String(" or ")));
    const QString node =
        gpuMetricExpr(GpuMetric::Temperature, Rollup::Max, 60000, QStringLiteral("job=\"dcgm\""),
                      QStringLiteral("gpu-\"node\""));
    QVERIFY(node.contains(QLatin1String("Hostname=\"gpu-\\\"node\\\"\"")));
    QVERIFY(node.contains(QLatin1String("hostname=\"gpu-\\\"node\\\"\"")));
    QVERIFY(node.contains(QLatin1String("job=\"dcgm\"")));
    QCOMPARE(rollupExpr(dcgm::XidErrors, Rollup::Max, 1800000),
             QStringLiteral("max_over_time(DCGM_FI_DEV_XID_ERRORS{}[30m])"));
    QCOMPARE(increaseExpr(dcgm::ThermalViolation, 60000),
             QStringLiteral("increase(DCGM_FI_DEV_THERMAL_VIOLATION{}[1m])"));
    QVERIFY(latestValuesQuery().startsWith(QLatin1String("{__name__=~\"DCGM_FI_DEV_GPU_UTIL|")));
    QCOMPARE(promQuote(QStringLiteral("a\\b\"c")), QStringLiteral("\"a\\\\b\\\"c\""));
}

QTEST_APPLESS_MAIN(TestMetricsCore)
#include "tst_metrics_core.moc"
