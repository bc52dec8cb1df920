// The GPU dashboards: the heat map colours the right cells (MIG instances as sub-cells, hatched
// when not reported) and says what is in them; a gap in a series stays a gap in the chart; the
// dashboard against the real Prometheus peer fills the fleet, node and health views, a range
// change re-queries, an answer to an older request is dropped; screenshots of every view.
#include "guifixture.h"

#include "common/emptystate.h"
#include "common/language.h"
#include "common/usagebardelegate.h"
#include "kube/kubeconfig.h"
#include "kubetestserver.h"
#include "metrics/addprometheusdialog.h"
#include "metrics/alertmanagerclient.h"
#include "metrics/alertmanagermodels.h"
#include "metrics/alertsview.h"
#include "metrics/allocationmodel.h"
#include "metrics/allocationview.h"
#include "metrics/attributionmodels.h"
#include "metrics/attributionview.h"
#include "metrics/fleetheatmap.h"
#include "metrics/gpuchart.h"
#include "metrics/gpudashboard.h"
#include "metrics/gpufleetmodel.h"
#include "metrics/gpumetricspage.h"
#include "metrics/metricsendpoints.h"
#include "metrics/promalertmodel.h"
#include "metrics/promclient.h"
#include "metrics/promconsole.h"
#include "metrics/promresultmodel.h"
#include "metrics/silencedialog.h"
#include "net/httpclient.h"
#include "promtestserver.h"
#include "registry/clusterregistry.h"
#include "registry/clusterregistryimpl.h"
#include "registry/importcandidate.h"
#include "registrytesthelpers.h"
#include "screenshothelpers.h"
#include "secrets/secretstore.h"
#include "serverprocess.h"
#include "store/store.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHeaderView>
#include <QHelpEvent>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QXYSeries>

#include <cmath>
#include <limits>
#include <memory>

using fd::widgets::AttributionView;
using fd::widgets::FleetHeatMap;
using fd::widgets::GpuChart;
using fd::widgets::GpuDashboard;
using fd::widgets::GpuFleetModel;

namespace {

fd::metrics::GpuReading reading(const QString& node, const QString& gpu, std::optional<double> util,
                                const QString& mig = {}, const QString& pod = {}) {
    fd::metrics::GpuReading r;
    r.id.node = node;
    r.id.gpu = gpu;
    r.id.model = QStringLiteral("NVIDIA A100-SXM4-80GB");
    r.id.migInstance = mig;
    r.id.migProfile = mig.isEmpty() ? QString() : QStringLiteral("3g.40gb");
    r.id.pod = pod;
    r.id.namespaceName = pod.isEmpty() ? QString() : QStringLiteral("llm-serving");
    r.utilizationPct = util;
    r.memoryUsedMiB = 40960;
    r.memoryTotalMiB = 81920;
    r.temperatureC = 61;
    r.powerW = 310;
    return r;
}

// Two nodes: a busy GPU and an idle one on node-a, a GPU split into two MIG instances (one busy,
// one not reporting) on node-b.
fd::metrics::Fleet syntheticFleet() {
    return fd::metrics::buildFleet(
        {reading(QStringLiteral("node-a"), QStringLiteral("0"), 95.0, {}, QStringLiteral("vllm-0")),
         reading(QStringLiteral("node-a"), QStringLiteral("1"), 0.0),
         reading(QStringLiteral("node-b"), QStringLiteral("0"), 80.0, QStringLiteral("1"),
                 QStringLiteral("trainer-0")),
         reading(QStringLiteral("node-b"), QStringLiteral("0"), std::nullopt,
                 QStringLiteral("2"))});
}

fd::metrics::PodUsage podUsage(const QString& ns, const QString& pod, double gpus,
                               std::optional<double> util) {
    fd::metrics::PodUsage p;
    p.namespaceName = ns;
    p.pod = pod;
    p.gpus = gpus;
    p.busyGpus = util ? gpus * *util / 100.0 : 0.0;
    p.utilizationPct = util;
    p.memoryUsedMiB = util ? std::optional<double>(1024.0 * gpus) : std::nullopt;
    p.gpuKeys << ns + QStringLiteral("-node/0");
    return p;
}

// The rows of a view as the user sees them: column `column`, top to bottom.
QStringList columnTexts(const QAbstractItemModel* model, int column) {
    QStringList out;
    for (int r = 0; r < model->rowCount(); ++r)
        out << model->index(r, column).data().toString();
    return out;
}

bool near(const QColor& a, const QColor& b) {
    return std::abs(a.red() - b.red()) <= 3 && std::abs(a.green() - b.green()) <= 3 &&
           std::abs(a.blue() - b.blue()) <= 3;
}

} // namespace

class TestGpuMetrics : public QObject {
    Q_OBJECT

    fd::test::PromTestServer m_prom;
    std::unique_ptr<fd::net::HttpClient> m_http;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_prom.start(), qPrintable(m_prom.errorString()));
        m_http = std::make_unique<fd::net::HttpClient>();
    }
    void cleanupTestCase() {
        m_http.reset();
        m_prom.stop();
    }

    void heatMapColoursTheRightCells() {
        FleetHeatMap map;
        map.setFleet(syntheticFleet());
        map.resize(map.sizeHint());
        map.show();
        QVERIFY(QTest::qWaitForWindowExposed(&map));
        const QImage image = map.grab().toImage();
        const auto pixel = [&](const FleetHeatMap::Cell& c) {
            const QRect r = map.cellRect(c);
            // Off the centre, where the label is drawn.
            return image.pixelColor(r.left() + 3, r.top() + 3);
        };
        const FleetHeatMap::Cell busy{0, 0, -1}, idle{0, 1, -1}, mig1{1, 0, 0}, mig2{1, 0, 1};
        QVERIFY(near(pixel(busy), FleetHeatMap::colorForUtilization(95)));
        QVERIFY(near(pixel(idle), FleetHeatMap::colorForUtilization(0)));
        QVERIFY(near(pixel(mig1), FleetHeatMap::colorForUtilization(80)));
        QVERIFY(!map.cellColor(mig2).isValid()); // not reported: hatched, not "idle"
        QVERIFY(!near(pixel(mig2), FleetHeatMap::colorForUtilization(0)));
        // The two instances share their GPU's cell, one above the other.
        QCOMPARE(map.cellRect(mig1).united(map.cellRect(mig2)), map.cellRect({1, 0, -1}));
        // Busy is darker than idle, on the accent's hue (not red: busy is not an alarm).
        QVERIFY(FleetHeatMap::colorForUtilization(95).lightnessF() <
                FleetHeatMap::colorForUtilization(0).lightnessF());
        QVERIFY(FleetHeatMap::colorForUtilization(95).blue() <
                FleetHeatMap::colorForUtilization(0).blue());
        QCOMPARE(map.cellAt(map.cellRect(mig2).center()), std::optional(mig2));

        // The tooltip names the model, memory and pod of the cell under the pointer.
        const QPoint at = map.cellRect(busy).center();
        QHelpEvent help(QEvent::ToolTip, at, map.mapToGlobal(at));
        QApplication::sendEvent(&map, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QVERIFY(QToolTip::text().contains(QStringLiteral("NVIDIA A100-SXM4-80GB")));
        QVERIFY(QToolTip::text().contains(QStringLiteral("llm-serving/vllm-0")));
        QVERIFY(QToolTip::text().contains(QStringLiteral("40,960 MiB")) ||
                QToolTip::text().contains(QStringLiteral("40960 MiB")));
        QToolTip::hideText();

        // A click opens that node.
        QSignalSpy activated(&map, &FleetHeatMap::nodeActivated);
        QTest::mouseClick(&map, Qt::LeftButton, {}, map.cellRect(mig1).center());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("node-b"));
    }

    void fleetModelIsAModel() {
        GpuFleetModel model;
        QAbstractItemModelTester tester(&model);
        model.setFleet(syntheticFleet());
        // node-a: 2 GPUs; node-b: the GPU and its 2 instances.
        QCOMPARE(model.rowCount(), 5);
        const QModelIndex notReported = model.index(4, GpuFleetModel::Utilization);
        QCOMPARE(model.data(notReported).toString(), QStringLiteral("—"));
        QVERIFY(std::isnan(model.data(notReported, GpuFleetModel::RawDataRole).toDouble()));
    }

    void aGapStaysAGap() {
        GpuChart chart(QStringLiteral("Temperature"), QStringLiteral("°C"));
        fd::metrics::MetricSeries ms;
        fd::metrics::GpuSeries s;
        s.id.node = QStringLiteral("node-a");
        s.id.gpu = QStringLiteral("0");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        for (int i = 0; i < 30; ++i)
            s.points.push_back({qint64(i) * 60000, (i >= 10 && i < 20) ? nan : 50.0 + i});
        ms.series << s;
        chart.setSeries(ms, {0, 29 * 60000, 60000});
        QCOMPARE(chart.segmentCount(s.id.key()), 2);
        chart.resize(600, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QTest::qWait(100);
        s.points[15].value = 42; // a lone sample between two gaps is its own point
        ms.series = {s};
        chart.setSeries(ms, {0, 29 * 60000, 60000});
        QCOMPARE(chart.segmentCount(s.id.key()), 3);
    }

    // A week of eight GPUs is added to the chart a slice per turn of the event loop, never all at
    // once (QtCharts lays out and strokes every line it gets in one go), and all of it arrives.
    void aLargeChartFillsAcrossTurns() {
        GpuChart chart(QStringLiteral("Utilisation"), QStringLiteral("%"));
        chart.resize(800, 300);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        fd::metrics::MetricSeries ms;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        for (int g = 0; g < 8; ++g) {
            fd::metrics::GpuSeries s;
            s.id.node = QStringLiteral("node-a");
            s.id.gpu = QString::number(g);
            for (int i = 0; i < 1500; ++i)
                s.points.push_back(
                    {qint64(i) * 60000, (g == 3 && i == 700) ? nan : double(i % 100)});
            ms.series << s;
        }
        const auto drawnPoints = [&chart] {
            qsizetype n = 0;
            for (QAbstractSeries* line : chart.chart()->series())
                n += static_cast<QXYSeries*>(line)->count();
            return n;
        };
        QSignalSpy filled(&chart, &GpuChart::filled);
        chart.setSeries(ms, {0, 1499 * 60000, 60000});
        QCOMPARE(chart.lineCount(), 9); // GPU 3 is cut by its gap
        QCOMPARE(chart.segmentCount(QStringLiteral("node-a/3")), 2);
        QVERIFY(chart.isFilling());
        QVERIFY(filled.isEmpty());
        QVERIFY2(drawnPoints() <= GpuChart::kPointsPerTurn + 1500,
                 qPrintable(QString::number(drawnPoints())));
        QVERIFY(filled.wait(10000));
        QVERIFY(!chart.isFilling());
        QCOMPARE(chart.chart()->series().size(), 9);
        QCOMPARE(drawnPoints(), qsizetype(8 * 1500 - 1));
        // A new series replaces one still filling: only the new lines end up in the chart, and
        // the replaced one never reports filled.
        filled.clear();
        chart.setSeries(ms, {0, 1499 * 60000, 60000});
        QVERIFY(chart.isFilling());
        ms.series.resize(6); // more than a turn takes too
        chart.setSeries(ms, {0, 1499 * 60000, 60000});
        QVERIFY(chart.isFilling());
        QTRY_COMPARE_WITH_TIMEOUT(filled.size(), 1, 10000);
        QTest::qWait(50);
        QCOMPARE(filled.size(), 1);
        QCOMPARE(chart.chart()->series().size(), 7); // GPU 3 cut by its gap
        QCOMPARE(drawnPoints(), qsizetype(6 * 1500 - 1));
    }

    // Picking another node while the first node's charts are still filling: the newer answer
    // wins, the charts show the second node, and the refresh settles (the button comes back).
    void overlappingNodeAnswersSettle() {
        fd::metrics::PromClient client({m_prom.prometheusUrl(), {}, {}}, fd::metrics::noAuth(),
                                       m_http.get());
        GpuDashboard dash;
        dash.resize(1280, 860);
        dash.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dash));
        dash.setRangeIndex(4); // 7 days: charts large enough to fill over several turns
        QSignalSpy loaded(&dash, &GpuDashboard::loaded);
        dash.setClient(&client);
        QVERIFY(loaded.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(dash.refreshButtonEnabled(), 60000);
        GpuChart* util = dash.chart(fd::metrics::GpuMetric::Utilization);
        GpuChart* clock = dash.chart(fd::metrics::GpuMetric::SmClock);
        loaded.clear();
        // Opening a node (from the fleet tab, as a heat-map click does) asks Prometheus once.
        const int before = dash.requestsStarted();
        // The second node is picked once the first chart of the first node is complete: the
        // first chain is still running then (the next chart comes on a later turn).
        int switched = 0;
        bool loadedBeforeSwitch = false;
        connect(
            util, &GpuChart::filled, &dash,
            [&] {
                ++switched;
                loadedBeforeSwitch = !loaded.isEmpty();
                dash.showNode(QStringLiteral("gpu-node-b"));
            },
            Qt::SingleShotConnection);
        dash.showNode(QStringLiteral("gpu-node-a"));
        QCOMPARE(dash.requestsStarted(), before + 1);
        QTRY_COMPARE_WITH_TIMEOUT(switched, 1, 60000);
        QVERIFY(!loadedBeforeSwitch);
        QCOMPARE(dash.requestsStarted(), before + 2);
        // Both answers settle exactly once between them: one loaded(), after the second node's
        // last chart is complete.
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        QVERIFY(!clock->isFilling());
        QVERIFY(clock->lineCount() > 0);
        QTest::qWait(300);
        QCOMPARE(loaded.size(), 1);
        for (GpuChart* chart : {util, clock})
            for (const auto& g : dash.heatMap()->fleet().nodes)
                for (const auto& cell : g.gpus)
                    if (g.node == QLatin1String("gpu-node-a"))
                        QCOMPARE(chart->segmentCount(cell.gpu.id.key()), 0);

        // Two nodes asked for in the same turn: whichever answer comes back first, only the
        // second node's fills the charts, and the page settles once.
        loaded.clear();
        const int twice = dash.requestsStarted();
        dash.showNode(QStringLiteral("gpu-node-a"));
        dash.showNode(QStringLiteral("gpu-node-b"));
        QCOMPARE(dash.requestsStarted(), twice + 2);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        QTest::qWait(300);
        QCOMPARE(loaded.size(), 1);
        QVERIFY(clock->lineCount() > 0);
        for (GpuChart* chart : {util, clock})
            for (const auto& g : dash.heatMap()->fleet().nodes)
                for (const auto& cell : g.gpus)
                    if (g.node == QLatin1String("gpu-node-a"))
                        QCOMPARE(chart->segmentCount(cell.gpu.id.key()), 0);
    }

    // The node page asks a query per chart and draws each chart as its answer comes: a late
    // answer does not hold the other charts back, and until it comes its chart shows nothing
    // rather than another node's lines. A chart whose query Prometheus gives up on stays empty
    // while the other five draw; the status gives Prometheus's words and the load settles once.
    // A failed refresh of the same view keeps what the chart showed.
    void aLateOrFailingChartLeavesTheOthers() {
        QTemporaryDir dir;
        const QString failFile = dir.filePath(QStringLiteral("fail"));
        const QString holdFile = dir.filePath(QStringLiteral("hold"));
        // The power chart's query only (the health tab asks for the maximum, not the mean).
        const QByteArray powerChart = "avg_over_time(DCGM_FI_DEV_POWER_USAGE";
        const auto setFile = [](const QString& path, const QByteArray& text) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(f.write(text), text.size());
        };
        qputenv("FLEETDECK_TEST_PROXY_TOKEN", "chart-token");
        fd::test::ServerProcess proxy;
        QString error;
        const bool started = proxy.startPython(
            QStringLiteral("prometheus/authproxy.py"),
            {QStringLiteral("--upstream"), m_prom.prometheusUrl(), QStringLiteral("--fail-file"),
             failFile, QStringLiteral("--hold-file"), holdFile},
            &error);
        qunsetenv("FLEETDECK_TEST_PROXY_TOKEN");
        QVERIFY2(started, qPrintable(error));
        fd::metrics::RequestAuth auth;
        auth.headers.append({"Authorization", fd::metrics::bearerAuthorization("chart-token")});
        fd::metrics::PromClient client({proxy.baseUrl(), {}, {}}, fd::metrics::staticAuth(auth),
                                       m_http.get());
        GpuDashboard dash;
        dash.resize(1280, 860);
        dash.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dash));
        dash.setRangeIndex(3); // 24 hours
        QSignalSpy loaded(&dash, &GpuDashboard::loaded);
        dash.setClient(&client);
        QVERIFY(loaded.wait(60000));
        QTRY_VERIFY_WITH_TIMEOUT(dash.refreshButtonEnabled(), 60000);

        QList<GpuChart*> charts;
        for (auto m : {fd::metrics::GpuMetric::Utilization, fd::metrics::GpuMetric::MemoryUsed,
                       fd::metrics::GpuMetric::MemoryFree, fd::metrics::GpuMetric::Temperature,
                       fd::metrics::GpuMetric::Power, fd::metrics::GpuMetric::SmClock})
            charts << dash.chart(m);
        GpuChart* power = dash.chart(fd::metrics::GpuMetric::Power);
        const auto linesOf = [&dash](GpuChart* chart, const QString& node) {
            int n = 0;
            for (const auto& g : dash.heatMap()->fleet().nodes)
                if (g.node == node)
                    for (const auto& cell : g.gpus)
                        n += chart->segmentCount(cell.gpu.id.key());
            return n;
        };
        const auto othersDrawn = [&](const QString& node) {
            return std::all_of(charts.begin(), charts.end(), [&](GpuChart* c) {
                return c == power || (linesOf(c, node) > 0 && !c->isFilling());
            });
        };

        // gpu-node-a, every chart.
        loaded.clear();
        dash.showNode(QStringLiteral("gpu-node-a"));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        QVERIFY(othersDrawn(QStringLiteral("gpu-node-a")));
        QVERIFY(linesOf(power, QStringLiteral("gpu-node-a")) > 0);
        QVERIFY(!dash.statusLabel()->property("error").toBool());

        // The user picks gpu-node-b in the node box while the power answer is held back: the
        // other five charts show gpu-node-b meanwhile, the power chart nothing.
        setFile(holdFile, powerChart);
        loaded.clear();
        dash.nodeBox()->setFocus();
        QCOMPARE(dash.nodeBox()->currentText(), QStringLiteral("gpu-node-a"));
        QTest::keyClick(dash.nodeBox(), Qt::Key_Down);
        QCOMPARE(dash.nodeBox()->currentText(), QStringLiteral("gpu-node-b"));
        QCOMPARE(power->lineCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(othersDrawn(QStringLiteral("gpu-node-b")), 60000);
        QCOMPARE(power->lineCount(), 0);
        QVERIFY(loaded.isEmpty());
        setFile(holdFile, {});
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        QVERIFY(linesOf(power, QStringLiteral("gpu-node-b")) > 0);
        QVERIFY(!power->isFilling());

        // Back to gpu-node-a while Prometheus refuses the power query: five charts, an empty
        // one (never gpu-node-b's lines), Prometheus's words, one loaded().
        setFile(failFile, powerChart);
        loaded.clear();
        QTest::keyClick(dash.nodeBox(), Qt::Key_Up);
        QCOMPARE(dash.nodeBox()->currentText(), QStringLiteral("gpu-node-a"));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        QVERIFY(othersDrawn(QStringLiteral("gpu-node-a")));
        QCOMPARE(power->lineCount(), 0);
        for (GpuChart* chart : charts)
            QCOMPARE(linesOf(chart, QStringLiteral("gpu-node-b")), 0);
        QVERIFY(dash.statusLabel()->property("error").toBool());
        QVERIFY2(dash.statusLabel()->text().contains(QStringLiteral("too many samples")),
                 qPrintable(dash.statusLabel()->text()));
        QTest::qWait(200);
        QCOMPARE(loaded.size(), 1);
        QVERIFY(dash.refreshButtonEnabled());

        // Prometheus answers again: Refresh draws the power chart too, and the error goes.
        setFile(failFile, {});
        loaded.clear();
        QTest::mouseClick(dash.refreshButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        QVERIFY(othersDrawn(QStringLiteral("gpu-node-a")));
        QVERIFY(linesOf(power, QStringLiteral("gpu-node-a")) > 0);
        QVERIFY2(!dash.statusLabel()->property("error").toBool(),
                 qPrintable(dash.statusLabel()->text()));

        // It refuses once more: a refresh of the same view keeps the power lines it drew, and
        // says why they were not renewed (only the chart's query fails).
        const int drawn = power->lineCount();
        setFile(failFile, powerChart);
        loaded.clear();
        QTest::mouseClick(dash.refreshButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        QCOMPARE(power->lineCount(), drawn);
        QVERIFY2(dash.statusLabel()->text().contains(QStringLiteral("too many samples")),
                 qPrintable(dash.statusLabel()->text()));
        QTest::qWait(200);
        QCOMPARE(loaded.size(), 1);
    }

    void dashboardAgainstRealPrometheus() {
        fd::metrics::PromClient client({m_prom.prometheusUrl(), {}, {}}, fd::metrics::noAuth(),
                                       m_http.get());
        GpuDashboard dash;
        dash.resize(1280, 860);
        dash.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dash));
        QSignalSpy loaded(&dash, &GpuDashboard::loaded);
        dash.setClient(&client);
        QVERIFY(loaded.wait(60000));
        QVERIFY2(!dash.statusLabel()->property("error").toBool(),
                 qPrintable(dash.statusLabel()->text()));
        QCOMPARE(dash.heatMap()->fleet().nodes.size(), 2);
        QVERIFY(dash.fleetModel()->rowCount() >= 16);
        const int before = dash.requestsStarted();

        // A range change (keyboard on the range box) asks again, for the new range.
        dash.rangeBox()->setFocus();
        loaded.clear();
        QTest::keyClick(dash.rangeBox(), Qt::Key_Down); // last 6 hours
        QCOMPARE(dash.rangeMs(), qint64(6) * 3600 * 1000);
        QVERIFY(dash.requestsStarted() > before);
        dash.setRangeIndex(4); // 7 days: the whole generated history
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() && dash.healthModel()->rowCount() > 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(dash.refreshButtonEnabled(), 60000);
        bool xid79 = false;
        for (const auto& e : dash.healthModel()->events())
            xid79 = xid79 || (e.kind == QLatin1String("xid") && e.code == 79);
        QVERIFY(xid79);

        // Clicking gpu-node-b in the heat map opens its charts; its exporter gap stays a gap.
        dash.setRangeIndex(3); // 24 hours
        QTRY_VERIFY_WITH_TIMEOUT(dash.refreshButtonEnabled(), 60000);
        int nodeRow = -1;
        for (int n = 0; n < dash.heatMap()->fleet().nodes.size(); ++n)
            if (dash.heatMap()->fleet().nodes.at(n).node == QLatin1String("gpu-node-b"))
                nodeRow = n;
        QVERIFY(nodeRow >= 0);
        dash.tabs()->setCurrentIndex(GpuDashboard::FleetTab);
        QTest::qWait(50);
        const QPoint cell = dash.heatMap()->cellRect({nodeRow, 0, -1}).center();
        QTest::mouseClick(dash.heatMap(), Qt::LeftButton, {}, cell);
        QCOMPARE(dash.tabs()->currentIndex(), int(GpuDashboard::NodeTab));
        GpuChart* temp = dash.chart(fd::metrics::GpuMetric::Temperature);
        QTRY_VERIFY_WITH_TIMEOUT(temp->lineCount() > 0, 60000);
        QString gpu0;
        for (const auto& g : dash.heatMap()->fleet().nodes.at(nodeRow).gpus)
            if (g.gpu.id.gpu == QLatin1String("0"))
                gpu0 = g.gpu.id.key();
        QVERIFY2(temp->segmentCount(gpu0) >= 2, qPrintable(gpu0));

        // Export: the node's series as CSV keeps the gap as empty values; the view as PNG.
        QTemporaryDir out;
        QSignalSpy exported(&dash, &GpuDashboard::exported);
        dash.exportCsv(out.filePath(QStringLiteral("node.csv")));
        QVERIFY(exported.wait(30000));
        QCOMPARE(exported.last().at(1).toString(), QString());
        QFile csv(out.filePath(QStringLiteral("node.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csv.readAll().split('\n');
        QCOMPARE(lines.first().trimmed(), QByteArray("metric,node,gpu,mig_instance,time,value"));
        int gapRows = 0;
        for (const QByteArray& line : lines)
            if (line.startsWith("temperature_c,gpu-node-b,0,,") && line.trimmed().endsWith(','))
                ++gapRows;
        QVERIFY(gapRows > 0);
        dash.exportPng(out.filePath(QStringLiteral("node.png")));
        QVERIFY(exported.wait(30000));
        QImage png(out.filePath(QStringLiteral("node.png")));
        QVERIFY(!png.isNull() && png.width() > 600);
        dash.tabs()->setCurrentIndex(GpuDashboard::FleetTab);
        dash.exportCsv(out.filePath(QStringLiteral("fleet.csv")));
        QVERIFY(exported.wait(30000));
        QFile fleetCsv(out.filePath(QStringLiteral("fleet.csv")));
        QVERIFY(fleetCsv.open(QIODevice::ReadOnly));
        const QByteArray fleetText = fleetCsv.readAll();
        QVERIFY(fleetText.startsWith("Node,GPU,MIG instance,Model,Utilisation"));
        QCOMPARE(fleetText.count('\n'), dash.fleetModel()->rowCount() + 1);
    }

    void promResultModelIsAModelAndCaps() {
        fd::widgets::PromResultModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fd::metrics::QueryResult r;
        r.type = fd::metrics::ResultType::Vector;
        for (int i = 0; i < 600; ++i)
            r.vector << fd::metrics::Sample{{{QStringLiteral("__name__"), QStringLiteral("up")},
                                             {QStringLiteral("instance"), QString::number(i)},
                                             {QStringLiteral("job"), QStringLiteral("dcgm")}},
                                            {0, double(i)}};
        model.setResult(r);
        QCOMPARE(model.rowCount(), fd::widgets::PromResultModel::kMaxRows);
        QCOMPARE(model.truncatedFrom(), 600);
        QCOMPARE(model.columnCount(), 4); // metric, instance, job, value
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Metric"));
        QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("Value"));
        QCOMPARE(model.index(7, 1).data().toString(), QStringLiteral("7"));
        QCOMPARE(model.index(7, 3).data(fd::widgets::PromResultModel::RawRole).toDouble(), 7.0);
        // A range answer: the last finite value and the number of samples; a scalar is one row.
        fd::metrics::QueryResult m;
        m.type = fd::metrics::ResultType::Matrix;
        const double nan = std::numeric_limits<double>::quiet_NaN();
        m.matrix << fd::metrics::Series{{{QStringLiteral("gpu"), QStringLiteral("0")}},
                                        {{0, 1.5}, {60000, 2.5}, {120000, nan}}};
        model.setResult(m);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.truncatedFrom(), 0);
        QCOMPARE(model.columnCount(), 3);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("2.5"));
        QCOMPARE(model.index(0, 2).data(fd::widgets::PromResultModel::RawRole).toDouble(), 3.0);
        fd::metrics::QueryResult sc;
        sc.type = fd::metrics::ResultType::Scalar;
        sc.scalar = {0, 42};
        model.setResult(sc);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("42"));
    }

    // The console's table shows values in the locale with about six significant digits; the
    // raw double stays in RawRole, the tooltip and the CSV export.
    void promResultValuesAreFormatted() {
        using fd::widgets::PromResultModel;
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        const QLocale ko(QLocale::Korean, QLocale::SouthKorea);
        const double sum = 0.1 + 0.2; // 0.30000000000000004
        QCOMPARE(PromResultModel::displayValue(sum, en), QStringLiteral("0.3"));
        QCOMPARE(PromResultModel::displayValue(sum, de), QStringLiteral("0,3"));
        QCOMPARE(PromResultModel::displayValue(1500000000.0, en), QStringLiteral("1,500,000,000"));
        QCOMPARE(PromResultModel::displayValue(1500000000.0, de), QStringLiteral("1.500.000.000"));
        QCOMPARE(PromResultModel::displayValue(1500000000.0, ko), QStringLiteral("1,500,000,000"));
        QCOMPARE(PromResultModel::displayValue(42.0, en), QStringLiteral("42"));
        QCOMPARE(PromResultModel::displayValue(-3.0, en), QStringLiteral("-3"));
        QCOMPARE(PromResultModel::displayValue(0.9699949602350252, en), QStringLiteral("0.969995"));
        QCOMPARE(PromResultModel::displayValue(12345.678901, en), QStringLiteral("12,345.7"));
        QCOMPARE(PromResultModel::displayValue(86.25, en), QStringLiteral("86.25"));
        QCOMPARE(PromResultModel::displayValue(0.000312345, en), QStringLiteral("0.000312345"));
        QCOMPARE(PromResultModel::displayValue(1.25e-7, en), QStringLiteral("1.25E-07"));
        QCOMPARE(PromResultModel::displayValue(std::numeric_limits<double>::quiet_NaN(), en),
                 QStringLiteral("NaN"));
        QCOMPARE(PromResultModel::displayValue(std::numeric_limits<double>::infinity(), en),
                 QStringLiteral("+Inf"));
        QCOMPARE(PromResultModel::displayValue(-std::numeric_limits<double>::infinity(), en),
                 QStringLiteral("-Inf"));

        // In the model (default locale) and in the console's CSV export.
        const QLocale before;
        QLocale::setDefault(en);
        GpuDashboard dash;
        PromResultModel* model = dash.console()->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        fd::metrics::QueryResult r;
        r.type = fd::metrics::ResultType::Vector;
        r.vector << fd::metrics::Sample{{{QStringLiteral("gpu"), QStringLiteral("0")}}, {0, sum}}
                 << fd::metrics::Sample{{{QStringLiteral("gpu"), QStringLiteral("1")}},
                                        {0, 1500000000.0}};
        model->setResult(r);
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("0.3"));
        QCOMPARE(model->index(0, 1).data(PromResultModel::RawRole).toDouble(), sum);
        QCOMPARE(model->index(0, 1).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("0.30000000000000004"));
        QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("1,500,000,000"));
        dash.tabs()->setCurrentIndex(GpuDashboard::ConsoleTab);
        QTemporaryDir out;
        QSignalSpy exported(&dash, &GpuDashboard::exported);
        dash.exportCsv(out.filePath(QStringLiteral("values.csv")));
        QVERIFY(exported.wait(30000));
        QFile csv(out.filePath(QStringLiteral("values.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QLocale::setDefault(before);
        QVERIFY2(text.contains("0,0.30000000000000004\r\n"), text.constData());
        QVERIFY2(text.contains("1,1500000000\r\n"), text.constData());
    }

    // The admin types PromQL into the console on the GPU page and runs it with the keyboard: an
    // instant query fills the table, a range query over the dashboard's range also the chart, and
    // a syntax error shows Prometheus's own words in one line.
    void promqlConsoleAgainstRealPrometheus() {
        fd::metrics::PromClient client({m_prom.prometheusUrl(), {}, {}}, fd::metrics::noAuth(),
                                       m_http.get());
        GpuDashboard dash;
        dash.resize(1280, 860);
        dash.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dash));
        dash.setRangeIndex(3); // 24 hours
        QSignalSpy loaded(&dash, &GpuDashboard::loaded);
        dash.setClient(&client);
        QVERIFY(loaded.wait(60000));
        dash.tabs()->setCurrentIndex(GpuDashboard::ConsoleTab);
        fd::widgets::PromConsole* console = dash.console();
        QSignalSpy finished(console, &fd::widgets::PromConsole::finished);
        console->editor()->setFocus();
        QTest::keyClicks(console->editor(), QStringLiteral("DCGM_FI_DEV_GPU_TEMP"));
        QTest::keyClick(console->editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(console->editor()->toPlainText(), QStringLiteral("DCGM_FI_DEV_GPU_TEMP"));
        auto* model = console->model();
        QVERIFY2(model->rowCount() >= 8, qPrintable(QString::number(model->rowCount())));
        QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Metric"));
        QVERIFY(model->labelColumns().contains(QStringLiteral("gpu")));
        const int valueColumn = int(model->labelColumns().size());
        for (int r = 0; r < model->rowCount(); ++r) {
            const double v =
                model->index(r, valueColumn).data(fd::widgets::PromResultModel::RawRole).toDouble();
            QVERIFY2(v > 10 && v < 110, qPrintable(QString::number(v)));
        }
        QVERIFY(!console->chart()->isVisible());

        // A range query over the dashboard's 24 hours, run with the button: table and chart.
        console->modeBox()->setFocus();
        QTest::keyClick(console->modeBox(), Qt::Key_Down);
        QCOMPARE(console->modeBox()->currentIndex(), int(fd::widgets::PromConsole::Range));
        QVERIFY(console->modeBox()->currentText().contains(QStringLiteral("24")));
        finished.clear();
        QTest::mouseClick(console->runButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(0).toBool(), true);
        QCOMPARE(model->columnCount(), valueColumn + 2); // + last value, samples
        QVERIFY(model->rowCount() >= 8);
        QVERIFY(console->chart()->isVisible());
        QCOMPARE(console->chart()->lineCount() >= model->rowCount(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!console->chart()->isFilling(), 10000);
        QVERIFY(console->statusLabel()->text().contains(QString::number(model->rowCount())));

        // A syntax error: Prometheus's words, one line, no stale table under it.
        console->editor()->selectAll();
        QTest::keyClicks(console->editor(), QStringLiteral("sum(rate(DCGM_FI_DEV_GPU_TEMP[5m]"));
        finished.clear();
        QTest::keyClick(console->editor(), Qt::Key_Enter, Qt::ControlModifier);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.last().at(0).toBool(), false);
        const QString error = console->statusLabel()->text();
        QVERIFY2(error.contains(QStringLiteral("parse error")), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QVERIFY(console->statusLabel()->property("error").toBool());
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->columnCount(), 0);
        QVERIFY(!console->chart()->isVisible());

        // The table exports as CSV from this tab.
        console->editor()->selectAll();
        QTest::keyClicks(console->editor(), QStringLiteral("count(DCGM_FI_DEV_GPU_TEMP)"));
        console->modeBox()->setCurrentIndex(fd::widgets::PromConsole::Instant);
        finished.clear();
        QTest::keyClick(console->editor(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(30000));
        QCOMPARE(model->rowCount(), 1);
        QTemporaryDir out;
        QSignalSpy exported(&dash, &GpuDashboard::exported);
        dash.exportCsv(out.filePath(QStringLiteral("promql.csv")));
        QVERIFY(exported.wait(30000));
        QFile csv(out.filePath(QStringLiteral("promql.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY2(text.startsWith("Value\r\n"), text.constData());
    }

    // The Alerts tab lists Prometheus's active alerts, firing first, with their labels and since;
    // the tab title counts the firing ones.
    // Up in the query field recalls the queries run before (newest first), Down goes back to what
    // was being typed; on a multi-line query the arrows move between its lines first.
    void promqlConsoleRecallsEarlierQueries() {
        fd::metrics::PromClient client({m_prom.prometheusUrl(), {}, {}}, fd::metrics::noAuth(),
                                       m_http.get());
        fd::widgets::PromConsole console;
        console.setClient(&client);
        console.resize(900, 600);
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));
        QPlainTextEdit* editor = console.editor();
        editor->setFocus();
        QSignalSpy finished(&console, &fd::widgets::PromConsole::finished);
        const auto runTyped = [&](const QString& expr) {
            editor->selectAll();
            QTest::keyClicks(editor, expr);
            QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
            return finished.wait(30000);
        };
        QVERIFY(runTyped(QStringLiteral("up")));
        QVERIFY(runTyped(QStringLiteral("count(DCGM_FI_DEV_GPU_TEMP)")));
        QVERIFY(runTyped(QStringLiteral("count(DCGM_FI_DEV_GPU_TEMP)"))); // once in the history
        QVERIFY(runTyped(QStringLiteral("sum(")));                        // failed, still recalled
        QCOMPARE(console.history(),
                 (QStringList{QStringLiteral("up"), QStringLiteral("count(DCGM_FI_DEV_GPU_TEMP)"),
                              QStringLiteral("sum(")}));
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("max(DCGM"));
        QTest::keyClick(editor, Qt::Key_Up);
        QCOMPARE(editor->toPlainText(), QStringLiteral("sum("));
        QTest::keyClick(editor, Qt::Key_Up);
        QCOMPARE(editor->toPlainText(), QStringLiteral("count(DCGM_FI_DEV_GPU_TEMP)"));
        QTest::keyClick(editor, Qt::Key_Up);
        QCOMPARE(editor->toPlainText(), QStringLiteral("up"));
        QTest::keyClick(editor, Qt::Key_Up); // the oldest stays
        QCOMPARE(editor->toPlainText(), QStringLiteral("up"));
        QTest::keyClick(editor, Qt::Key_Down);
        QCOMPARE(editor->toPlainText(), QStringLiteral("count(DCGM_FI_DEV_GPU_TEMP)"));
        // A recalled query runs as typed.
        QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.last().at(0).toBool());
        QCOMPARE(console.model()->rowCount(), 1);
        QCOMPARE(console.history().last(), QStringLiteral("count(DCGM_FI_DEV_GPU_TEMP)"));
        // Down past the newest gives back what was in the field.
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("draft"));
        QTest::keyClick(editor, Qt::Key_Up);
        QTest::keyClick(editor, Qt::Key_Up);
        QCOMPARE(editor->toPlainText(), QStringLiteral("sum("));
        QTest::keyClick(editor, Qt::Key_Down);
        QTest::keyClick(editor, Qt::Key_Down);
        QCOMPARE(editor->toPlainText(), QStringLiteral("draft"));
        editor->selectAll();
        QTest::keyClick(editor, Qt::Key_Delete);

        // Two lines, the cursor on the second: Up moves to the first line, the next Up recalls.
        QTest::keyClicks(editor, QStringLiteral("sum by (gpu) ("));
        QTest::keyClick(editor, Qt::Key_Return);
        QTest::keyClicks(editor, QStringLiteral("DCGM_FI_DEV_POWER_USAGE)"));
        QTest::keyClick(editor, Qt::Key_Up);
        QCOMPARE(editor->toPlainText(), QStringLiteral("sum by (gpu) (\nDCGM_FI_DEV_POWER_USAGE)"));
        QCOMPARE(editor->textCursor().blockNumber(), 0);
        QTest::keyClick(editor, Qt::Key_Up);
        QCOMPARE(editor->toPlainText(), QStringLiteral("count(DCGM_FI_DEV_GPU_TEMP)"));
        QTest::keyClick(editor, Qt::Key_Down);
        QCOMPARE(editor->toPlainText(), QStringLiteral("sum by (gpu) (\nDCGM_FI_DEV_POWER_USAGE)"));

        // At most kMaxHistory, the oldest dropped.
        for (int i = 0; i < fd::widgets::PromConsole::kMaxHistory + 5; ++i)
            QVERIFY(runTyped(QStringLiteral("vector(%1)").arg(i)));
        QCOMPARE(console.history().size(), fd::widgets::PromConsole::kMaxHistory);
        QCOMPARE(console.history().last(),
                 QStringLiteral("vector(%1)").arg(fd::widgets::PromConsole::kMaxHistory + 4));
        console.setClient(nullptr);
    }

    void alertsAgainstRealPrometheus() {
        fd::metrics::PromClient client({m_prom.prometheusUrl(), {}, {}}, fd::metrics::noAuth(),
                                       m_http.get());
        GpuDashboard dash;
        dash.resize(1280, 860);
        dash.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dash));
        QSignalSpy loaded(&dash, &GpuDashboard::loaded);
        dash.setClient(&client);
        QVERIFY(loaded.wait(60000));
        QAbstractItemModelTester tester(dash.alertModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The fixture's rules are evaluated every 2 s: GpuTooHot fires for gpu-node-b's GPU 6.
        const auto hot = [&dash]() -> int {
            const auto& alerts = dash.alertModel()->alerts();
            for (int i = 0; i < alerts.size(); ++i)
                if (alerts.at(i).labels.value(u"alertname") == QLatin1String("GpuTooHot") &&
                    alerts.at(i).state == QLatin1String("firing"))
                    return i;
            return -1;
        };
        for (int i = 0; i < 30 && hot() < 0; ++i) {
            QTest::qWait(500);
            loaded.clear();
            dash.refresh();
            QVERIFY(loaded.wait(60000));
        }
        const int row = hot();
        QVERIFY(row >= 0);
        auto* model = dash.alertModel();
        QCOMPARE(model->index(0, fd::widgets::PromAlertModel::State).data().toString(),
                 QStringLiteral("Firing"));
        QCOMPARE(model->index(row, fd::widgets::PromAlertModel::Severity).data().toString(),
                 QStringLiteral("warning"));
        const QString labels =
            model->index(row, fd::widgets::PromAlertModel::Labels).data().toString();
        QVERIFY2(labels.contains(QStringLiteral("gpu=6")), qPrintable(labels));
        QVERIFY(!labels.contains(QStringLiteral("alertname")));
        QVERIFY(!model->index(row, fd::widgets::PromAlertModel::Since).data().toString().isEmpty());
        QVERIFY(model->index(row, fd::widgets::PromAlertModel::Summary)
                    .data()
                    .toString()
                    .contains(QStringLiteral("gpu-node-b")));
        QVERIFY(model->firingCount() >= 1);
        const double value = model->index(row, fd::widgets::PromAlertModel::Value)
                                 .data(fd::widgets::PromAlertModel::RawRole)
                                 .toDouble();
        QVERIFY2(value > 85, qPrintable(QString::number(value))); // the rule: temperature > 85
        QVERIFY(!model->index(row, fd::widgets::PromAlertModel::Value)
                     .data()
                     .toString()
                     .contains(QLatin1Char('e')));
        QVERIFY2(dash.tabs()->tabText(GpuDashboard::AlertsTab).contains(QStringLiteral("firing")),
                 qPrintable(dash.tabs()->tabText(GpuDashboard::AlertsTab)));
        // Another endpoint: the alerts of the previous one are gone at once.
        dash.setClient(nullptr);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(dash.tabs()->tabText(GpuDashboard::AlertsTab), QStringLiteral("Alerts"));
    }

    // The Alerts tab with the endpoint's Alertmanager, driven like a user: without one it says
    // so; with one it lists the alerts (the fixture's silence suppresses GpuFramebufferFull) and
    // the silences; "Silence…" on GpuTooHot with the dialog filled in creates a silence that
    // appears in the list and suppresses the alert; "Expire", confirmed, ends it again.
    void alertmanagerSilenceAndExpire() {
        using fd::widgets::AlertsView;
        using fd::widgets::AmAlertModel;
        using fd::widgets::SilenceModel;
        fd::metrics::PromClient client({m_prom.prometheusUrl(), {}, {}}, fd::metrics::noAuth(),
                                       m_http.get());
        fd::metrics::AlertmanagerClient am({m_prom.alertmanagerUrl(), {}, {}},
                                           fd::metrics::noAuth(), m_http.get());
        GpuDashboard dash;
        dash.resize(1280, 860);
        dash.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dash));
        AlertsView* view = dash.alertsView();
        QSignalSpy loaded(&dash, &GpuDashboard::loaded);
        dash.setClient(&client);
        QVERIFY(loaded.wait(60000));
        dash.tabs()->setCurrentIndex(GpuDashboard::AlertsTab);
        QVERIFY(view->alertmanagerNote()->isVisible());
        QVERIFY2(
            view->alertmanagerNote()->text().contains(QStringLiteral("No Alertmanager configured")),
            qPrintable(view->alertmanagerNote()->text()));
        QVERIFY(!view->silenceTable()->isVisible());
        QVERIFY(!view->silenceButton()->isVisible());

        QSignalSpy amLoaded(view, &AlertsView::alertmanagerLoaded);
        dash.setAlertmanager(&am);
        QVERIFY(view->isAlertmanagerLoading());
        QVERIFY2(view->alertmanagerNote()->text().contains(QStringLiteral("Loading")),
                 qPrintable(view->alertmanagerNote()->text()));
        QVERIFY(amLoaded.wait(30000));
        QAbstractItemModelTester alertTester(
            view->alertmanagerAlerts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester silenceTester(
            view->silences(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto rowOf = [view](const QString& name, const QString& state) {
            const auto& alerts = view->alertmanagerAlerts()->alerts();
            for (int i = 0; i < alerts.size(); ++i)
                if (alerts.at(i).labels.value(u"alertname") == name &&
                    (state.isEmpty() || alerts.at(i).state == state))
                    return i;
            return -1;
        };
        // Prometheus sends the firing alerts to the Alertmanager within seconds.
        for (int i = 0;
             i < 40 && (rowOf(QStringLiteral("GpuTooHot"), QStringLiteral("active")) < 0 ||
                        rowOf(QStringLiteral("GpuFramebufferFull"), {}) < 0);
             ++i) {
            QTest::qWait(500);
            amLoaded.clear();
            view->refreshAlertmanager();
            QVERIFY(amLoaded.wait(30000));
        }
        QVERIFY(view->alertmanagerTable()->isVisible());
        // The fixture's silence suppresses the frame-buffer alert and says so.
        const QString fixtureSilence = m_prom.ready().value(QStringLiteral("silenceId")).toString();
        QVERIFY(!fixtureSilence.isEmpty());
        const int fb = rowOf(QStringLiteral("GpuFramebufferFull"), {});
        QVERIFY(fb >= 0);
        auto* amModel = view->alertmanagerAlerts();
        QCOMPARE(amModel->index(fb, AmAlertModel::State).data().toString(),
                 QStringLiteral("Suppressed"));
        QCOMPARE(amModel->index(fb, AmAlertModel::SuppressedBy).data().toString(),
                 QStringLiteral("silenced by ") + fixtureSilence.left(8));
        QVERIFY(amModel->index(fb, AmAlertModel::SuppressedBy)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(fixtureSilence));
        QCOMPARE(amModel->index(0, AmAlertModel::State).data().toString(),
                 QStringLiteral("Active")); // active first
        QVERIFY(view->silences()->activeCount() >= 1);
        QVERIFY(view->silenceTable()->isVisible());

        // Select GpuTooHot and silence it.
        int hot = rowOf(QStringLiteral("GpuTooHot"), QStringLiteral("active"));
        QVERIFY(hot >= 0);
        const fd::metrics::Labels hotLabels = amModel->alerts().at(hot).labels;
        QVERIFY(!view->silenceButton()->isEnabled()); // nothing selected yet
        QTableView* amTable = view->alertmanagerTable();
        QTest::mouseClick(
            amTable->viewport(), Qt::LeftButton, {},
            amTable->visualRect(amTable->model()->index(hot, AmAlertModel::Alert)).center());
        QVERIFY(view->silenceButton()->isEnabled());
        // A refresh (the dashboard's, or every 30 s) keeps the selected alert selected.
        amLoaded.clear();
        view->refreshAlertmanager();
        QVERIFY(amLoaded.wait(30000));
        QVERIFY(view->silenceButton()->isEnabled());
        QCOMPARE(view->alertmanagerAlerts()
                     ->alerts()
                     .at(amTable->model()
                             ->index(amTable->selectionModel()->selectedRows().first().row(),
                                     AmAlertModel::Alert)
                             .row())
                     .labels,
                 hotLabels);
        QTest::mouseClick(view->silenceButton(), Qt::LeftButton);
        QTRY_VERIFY(view->silenceDialog() && view->silenceDialog()->isVisible());
        fd::widgets::SilenceDialog* dialog = view->silenceDialog();
        const QString prefilled = dialog->matchersEdit()->toPlainText();
        QVERIFY2(prefilled.contains(QStringLiteral("alertname=\"GpuTooHot\"")),
                 qPrintable(prefilled));
        QVERIFY2(prefilled.contains(QStringLiteral("gpu=\"") + hotLabels.value(u"gpu") +
                                    QLatin1Char('"')),
                 qPrintable(prefilled));
        QVERIFY(!dialog->okButton()->isEnabled()); // a comment is required
        QTest::keyClicks(dialog->commentEdit(), QStringLiteral("Fan replaced, ticket OPS-42"));
        dialog->creatorEdit()->clear();
        QVERIFY(!dialog->okButton()->isEnabled());
        QTest::keyClicks(dialog->creatorEdit(), QStringLiteral("fleetdeck-test"));
        QVERIFY(dialog->okButton()->isEnabled());
        // A line that is not a matcher is refused in the dialog, in one sentence.
        dialog->matchersEdit()->setFocus();
        QTest::keyClick(dialog->matchersEdit(), Qt::Key_End, Qt::ControlModifier);
        QTest::keyClick(dialog->matchersEdit(), Qt::Key_Return);
        QTest::keyClicks(dialog->matchersEdit(), QStringLiteral("not a matcher"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(dialog->errorLabel()->isVisible());
        QVERIFY(dialog->errorLabel()->text().contains(QStringLiteral("not a matcher")));
        QVERIFY(dialog->isVisible());
        QTest::keyClick(dialog->matchersEdit(), Qt::Key_Backspace); // undo the line
        for (int i = 0; i < 13; ++i)
            QTest::keyClick(dialog->matchersEdit(), Qt::Key_Backspace);
        QCOMPARE(dialog->matchersEdit()->toPlainText(), prefilled);
        // The Alertmanager's own refusal (a regex that does not compile) stays in the dialog.
        {
            QSignalSpy refused(view, &AlertsView::silenceCreated);
            dialog->matchersEdit()->setPlainText(QStringLiteral("job=~\"(\""));
            QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
            QVERIFY(refused.wait(30000));
            QVERIFY(refused.first().at(0).toString().isEmpty());
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->errorLabel()->isVisible());
            QVERIFY2(!dialog->errorLabel()->text().isEmpty() &&
                         !dialog->errorLabel()->text().contains(QLatin1Char('\n')),
                     qPrintable(dialog->errorLabel()->text()));
            QVERIFY(dialog->okButton()->isEnabled());
            dialog->matchersEdit()->setPlainText(prefilled);
        }
        QTest::keyClick(dialog->durationBox(), Qt::Key_Down); // 4 hours
        QSignalSpy created(view, &AlertsView::silenceCreated);
        amLoaded.clear();
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(created.wait(30000));
        const QString id = created.first().at(0).toString();
        QVERIFY2(created.first().at(1).toString().isEmpty(),
                 qPrintable(created.first().at(1).toString()));
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY(!view->silenceDialog());
        QVERIFY(amLoaded.wait(30000));
        // The new silence is listed, active, with its matchers, creator, comment and end.
        const auto silenceRow = [view](const QString& sid) {
            const auto& all = view->silences()->silences();
            for (int i = 0; i < all.size(); ++i)
                if (all.at(i).id == sid)
                    return i;
            return -1;
        };
        int srow = silenceRow(id);
        QVERIFY(srow >= 0);
        auto* silences = view->silences();
        QCOMPARE(silences->index(srow, SilenceModel::State).data().toString(),
                 QStringLiteral("Active"));
        QVERIFY(silences->index(srow, SilenceModel::Matchers)
                    .data()
                    .toString()
                    .contains(QStringLiteral("alertname=\"GpuTooHot\"")));
        QCOMPARE(silences->index(srow, SilenceModel::CreatedBy).data().toString(),
                 QStringLiteral("fleetdeck-test"));
        QCOMPARE(silences->index(srow, SilenceModel::Comment).data().toString(),
                 QStringLiteral("Fan replaced, ticket OPS-42"));
        const qint64 ends = qint64(
            silences->index(srow, SilenceModel::Ends).data(SilenceModel::RawRole).toDouble());
        const qint64 inFourHours = QDateTime::currentMSecsSinceEpoch() + 4 * 3600 * 1000;
        QVERIFY2(std::abs(ends - inFourHours) < 120 * 1000, qPrintable(QString::number(ends)));
        // ... and the alert it matches is suppressed by it.
        const auto hotRow = [&] {
            const auto& alerts = view->alertmanagerAlerts()->alerts();
            for (int i = 0; i < alerts.size(); ++i)
                if (alerts.at(i).labels == hotLabels)
                    return i;
            return -1;
        };
        for (int i = 0; i < 20 && (hotRow() < 0 || amModel->alerts().at(hotRow()).state !=
                                                       QLatin1String("suppressed"));
             ++i) {
            QTest::qWait(250);
            amLoaded.clear();
            view->refreshAlertmanager();
            QVERIFY(amLoaded.wait(30000));
        }
        hot = hotRow();
        QVERIFY(hot >= 0);
        QCOMPARE(amModel->index(hot, AmAlertModel::State).data().toString(),
                 QStringLiteral("Suppressed"));
        QVERIFY(amModel->alerts().at(hot).silencedBy.contains(id));
        QVERIFY(view->actionStatus()->text().contains(id.left(8)));

        // Expire it: select, Expire, confirm.
        srow = silenceRow(id);
        QTableView* sTable = view->silenceTable();
        QVERIFY(!view->expireButton()->isEnabled());
        QTest::mouseClick(
            sTable->viewport(), Qt::LeftButton, {},
            sTable->visualRect(sTable->model()->index(srow, SilenceModel::Comment)).center());
        QVERIFY(view->expireButton()->isEnabled());
        QTest::mouseClick(view->expireButton(), Qt::LeftButton);
        QTRY_VERIFY(view->expireConfirmation() && view->expireConfirmation()->isVisible());
        QVERIFY(view->expireConfirmation()->text().contains(id.left(8)));
        QSignalSpy expired(view, &AlertsView::silenceExpired);
        amLoaded.clear();
        QTest::mouseClick(view->expireConfirmation()->button(QMessageBox::Yes), Qt::LeftButton);
        QVERIFY(expired.wait(30000));
        QCOMPARE(expired.first().at(0).toString(), id);
        QVERIFY2(expired.first().at(1).toString().isEmpty(),
                 qPrintable(expired.first().at(1).toString()));
        QVERIFY(amLoaded.wait(30000));
        srow = silenceRow(id);
        QVERIFY(srow >= 0);
        QCOMPARE(silences->index(srow, SilenceModel::State).data().toString(),
                 QStringLiteral("Expired"));
        for (int i = 0; i < 20 && (hotRow() < 0 ||
                                   amModel->alerts().at(hotRow()).state != QLatin1String("active"));
             ++i) {
            QTest::qWait(250);
            amLoaded.clear();
            view->refreshAlertmanager();
            QVERIFY(amLoaded.wait(30000));
        }
        QVERIFY(hotRow() >= 0);
        QCOMPARE(amModel->alerts().at(hotRow()).state, QStringLiteral("active"));

        // An Alertmanager that does not answer: one sentence in the tab, no stale rows.
        fd::metrics::AlertmanagerClient dead({QStringLiteral("http://127.0.0.1:1"), {}, {}},
                                             fd::metrics::noAuth(), m_http.get());
        amLoaded.clear();
        dash.setAlertmanager(&dead);
        QCOMPARE(amModel->rowCount(), 0);
        QVERIFY(amLoaded.wait(30000));
        QVERIFY(view->alertmanagerNote()->isVisible());
        const QString said = view->alertmanagerNote()->text();
        QVERIFY2(said.contains(QStringLiteral("127.0.0.1")) && !said.contains(QLatin1Char('\n')),
                 qPrintable(said));
        dash.setAlertmanager(nullptr);
        dash.setClient(nullptr);
    }

    void matchersRoundTrip() {
        using fd::metrics::Matcher;
        const QList<Matcher> in{
            {QStringLiteral("alertname"), QStringLiteral("GpuTooHot"), false, true},
            {QStringLiteral("job"), QStringLiteral("dcgm.*"), true, true},
            {QStringLiteral("gpu"), QStringLiteral("say \"6\""), false, false},
            {QStringLiteral("pod"), QStringLiteral("a|b"), true, false},
            {QStringLiteral("summary"), QStringLiteral("two\nlines \\n"), false, true}};
        QStringList lines;
        for (const Matcher& m : in)
            lines << fd::widgets::matcherText(m);
        QCOMPARE(lines.at(0), QStringLiteral("alertname=\"GpuTooHot\""));
        QCOMPARE(lines.at(1), QStringLiteral("job=~\"dcgm.*\""));
        QCOMPARE(lines.at(2), QStringLiteral("gpu!=\"say \\\"6\\\"\""));
        QCOMPARE(lines.at(3), QStringLiteral("pod!~\"a|b\""));
        // A newline in a value stays on the matcher's line, written \n.
        QCOMPARE(lines.at(4), QStringLiteral("summary=\"two\\nlines \\\\n\""));
        QString error;
        const auto out = fd::widgets::parseMatchers(lines.join(QLatin1Char('\n')), &error);
        QVERIFY2(out, qPrintable(error));
        QCOMPARE(*out, in);
        QVERIFY(fd::widgets::parseMatchers(QStringLiteral("severity=warning"), &error));
        QVERIFY(!fd::widgets::parseMatchers(QStringLiteral("\n  \n"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!fd::widgets::parseMatchers(QStringLiteral("9bad=\"x\""), &error));
    }

    // The silence dialog starts with alertname, then the other labels ignoring case — not in
    // Prometheus's byte order, which puts UUID and DCGM_FI_… first.
    void silenceMatchersStartWithAlertname() {
        const fd::metrics::Labels labels{
            {QStringLiteral("DCGM_FI_DRIVER_VERSION"), QStringLiteral("535.129.03")},
            {QStringLiteral("Hostname"), QStringLiteral("gpu-node-b")},
            {QStringLiteral("UUID"), QStringLiteral("GPU-5b3c")},
            {QStringLiteral("alertname"), QStringLiteral("GpuTooHot")},
            {QStringLiteral("gpu"), QStringLiteral("6")},
            {QStringLiteral("hostname"), QStringLiteral("gpu-node-b")},
            {QStringLiteral("modelName"), QStringLiteral("NVIDIA A100-SXM4-80GB")},
            {QStringLiteral("severity"), QStringLiteral("warning")}};
        fd::widgets::SilenceDialog dialog(labels);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList names;
        for (const QString& line :
             dialog.matchersEdit()->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            names << line.section(QLatin1Char('='), 0, 0);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("alertname"), QStringLiteral("DCGM_FI_DRIVER_VERSION"),
                              QStringLiteral("gpu"), QStringLiteral("Hostname"),
                              QStringLiteral("hostname"), QStringLiteral("modelName"),
                              QStringLiteral("severity"), QStringLiteral("UUID")}));
        // What the user sends is what the dialog shows.
        QTest::keyClicks(dialog.commentEdit(), QStringLiteral("maintenance"));
        if (dialog.creatorEdit()->text().isEmpty())
            QTest::keyClicks(dialog.creatorEdit(), QStringLiteral("tester"));
        QString error;
        const auto silence = dialog.silence(&error);
        QVERIFY2(silence, qPrintable(error));
        QCOMPARE(silence->matchers.first().name, QStringLiteral("alertname"));
        QCOMPARE(silence->matchers.size(), labels.size());
    }

    // The utilisation bars read as use: busy is a deep accent (the heat map's colour for the same
    // value, never the capacity scheme's red), idle is outlined in the "idle" colour.
    void utilizationBarsReadAsUse() {
        using fd::widgets::UsageBarDelegate;
        QCOMPARE(FleetHeatMap::colorForUtilization(95), UsageBarDelegate::utilizationColor(95));
        QCOMPARE(UsageBarDelegate::fillColor(UsageBarDelegate::Scheme::Capacity, 1.0),
                 QColor(0xc6, 0x28, 0x28)); // requests against allocatable keep "how full"
        AttributionView view;
        view.setGpusReported(true);
        view.setUsage({podUsage(QStringLiteral("llm-serving"), QStringLiteral("vllm-0"), 1, 95),
                       podUsage(QStringLiteral("research"), QStringLiteral("notebook-bob"), 1, 1),
                       podUsage(QStringLiteral("training"), QStringLiteral("trainer-0"), 2, 55)});
        view.resize(1100, 520);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTableView* table = view.podTable();
        using M = fd::widgets::PodUsageModel;
        auto* delegate =
            qobject_cast<UsageBarDelegate*>(table->itemDelegateForColumn(M::Utilization));
        QVERIFY(delegate);
        QCOMPARE(delegate->scheme(), UsageBarDelegate::Scheme::Utilization);
        const QImage image = table->viewport()->grab().toImage();
        const auto rowOf = [&](const QString& pod) {
            for (int r = 0; r < table->model()->rowCount(); ++r)
                if (table->model()->index(r, M::Pod).data().toString().endsWith(pod))
                    return r;
            return -1;
        };
        const auto idleMarked = [&](int row) {
            const QRect cell = table->visualRect(table->model()->index(row, M::Utilization));
            const QColor mark = UsageBarDelegate::idleMarkColor();
            for (int x = cell.left(); x < cell.right(); ++x)
                for (int y = cell.top(); y < cell.bottom(); ++y) {
                    const QColor c = image.pixelColor(x, y);
                    if (std::abs(c.red() - mark.red()) + std::abs(c.green() - mark.green()) +
                            std::abs(c.blue() - mark.blue()) <
                        40)
                        return true;
                }
            return false;
        };
        const int busy = rowOf(QStringLiteral("vllm-0"));
        const int idle = rowOf(QStringLiteral("notebook-bob"));
        QVERIFY(busy >= 0 && idle >= 0);
        const QRect busyCell = table->visualRect(table->model()->index(busy, M::Utilization));
        const QColor bar = image.pixelColor(busyCell.left() + 16, busyCell.center().y());
        QVERIFY2(near(bar, UsageBarDelegate::utilizationColor(95)), qPrintable(bar.name()));
        QVERIFY(bar.blue() > bar.red());
        QVERIFY(idleMarked(idle));
        QVERIFY(!idleMarked(busy));
        QVERIFY(!idleMarked(rowOf(QStringLiteral("trainer-0"))));
        fd::test::saveScreenshot(&view, fd::test::screenshotDir(QStringLiteral("en")) +
                                            QStringLiteral("/gpu-attribution-bars.png"));
    }

    void attributionModelsAreModels() {
        fd::widgets::NamespaceUsageModel ns;
        fd::widgets::PodUsageModel pods;
        QAbstractItemModelTester nsTester(&ns);
        QAbstractItemModelTester podTester(&pods);
        const QList<fd::metrics::PodUsage> usage{
            podUsage(QStringLiteral("training"), QStringLiteral("trainer-0"), 4, 90.0),
            podUsage(QStringLiteral("research"), QStringLiteral("notebook-bob"), 1, 1.0),
            podUsage(QStringLiteral("research"), QStringLiteral("jupyter-alice"), 2.0 / 7, 40.0),
            podUsage(QStringLiteral("batch"), QStringLiteral("unmeasured-0"), 1, std::nullopt)};
        pods.setUsage(usage);
        ns.setUsage(fd::metrics::usageByNamespace(usage));
        QCOMPARE(pods.rowCount(), 4);
        QCOMPARE(ns.rowCount(), 3);
        QCOMPARE(pods.columnCount(), int(fd::widgets::PodUsageModel::ColumnCount));
        // A MIG share shows two decimals; utilisation carries the bar's ratio.
        const QModelIndex alice = pods.index(2, fd::widgets::PodUsageModel::Gpus);
        QCOMPARE(alice.data().toString(), QLocale().toString(2.0 / 7, 'f', 2));
        QCOMPARE(pods.index(0, fd::widgets::PodUsageModel::Utilization)
                     .data(fd::widgets::UsageBarDelegate::RatioRole)
                     .toDouble(),
                 0.9);
        // Not measured: a dash, NaN to sort by, and no bar pretending 0 %.
        const QModelIndex unmeasured = pods.index(3, fd::widgets::PodUsageModel::Utilization);
        QCOMPARE(unmeasured.data().toString(), QStringLiteral("—"));
        QVERIFY(std::isnan(unmeasured.data(fd::widgets::PodUsageModel::RawDataRole).toDouble()));
        QVERIFY(!unmeasured.data(fd::widgets::UsageBarDelegate::RatioRole).isValid());
        // research: two pods, 1 + 2/7 GPU-equivalents.
        int research = -1;
        for (int r = 0; r < ns.rowCount(); ++r)
            if (ns.index(r, 0).data().toString() == QLatin1String("research"))
                research = r;
        QVERIFY(research >= 0);
        QCOMPARE(ns.index(research, fd::widgets::NamespaceUsageModel::Pods).data().toInt(), 2);
        QVERIFY(std::abs(ns.index(research, fd::widgets::NamespaceUsageModel::Gpus)
                             .data(fd::widgets::NamespaceUsageModel::RawDataRole)
                             .toDouble() -
                         (1.0 + 2.0 / 7)) < 1e-9);
        pods.setUsage({});
        ns.setUsage({});
        QCOMPARE(pods.rowCount(), 0);
    }

    // The empty state says why there is nothing: no pod labels (exporter not in Kubernetes
    // mode) is not the same as no GPU at all.
    void attributionEmptyStateSaysWhy() {
        AttributionView view;
        view.resize(900, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.isEmptyShown());
        view.setGpusReported(true);
        view.setUsage({});
        QVERIFY(view.isEmptyShown());
        QVERIFY2(view.emptyState()->description().contains(QLatin1String("Kubernetes mode")),
                 qPrintable(view.emptyState()->description()));
        view.setGpusReported(false);
        QVERIFY(!view.emptyState()->description().contains(QLatin1String("Kubernetes mode")));
        QVERIFY(view.emptyState()->description().contains(QLatin1String("dcgm-exporter samples")));
        view.setUsage({podUsage(QStringLiteral("training"), QStringLiteral("trainer-0"), 4, 90.0)});
        QVERIFY(!view.isEmptyShown());
        QVERIFY(view.podTable()->isVisible());
    }

    // Against the real Prometheus (the CI fleet's pods): the tab lists the namespaces and pods
    // that hold GPUs, top consumers first; a click on a namespace lists its pods only; the
    // allocated-but-idle notebook shows as such.
    void attributionAgainstRealPrometheus() {
        fd::metrics::PromClient client({m_prom.prometheusUrl(), {}, {}}, fd::metrics::noAuth(),
                                       m_http.get());
        GpuDashboard dash;
        dash.resize(1280, 860);
        dash.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dash));
        dash.setRangeIndex(3); // 24 hours
        QSignalSpy loaded(&dash, &GpuDashboard::loaded);
        dash.setClient(&client);
        QVERIFY(loaded.wait(60000));
        QVERIFY2(!dash.statusLabel()->property("error").toBool(),
                 qPrintable(dash.statusLabel()->text()));

        // Open the tab with the mouse.
        QTabBar* bar = dash.tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {},
                          bar->tabRect(GpuDashboard::AttributionTab).center());
        QCOMPARE(dash.tabs()->currentIndex(), int(GpuDashboard::AttributionTab));
        AttributionView* view = dash.attribution();
        QVERIFY(view->isVisible());
        QVERIFY(!view->isEmptyShown());

        QTableView* nsTable = view->namespaceTable();
        const QStringList namespaces = columnTexts(nsTable->model(), 0);
        QCOMPARE(QSet<QString>(namespaces.begin(), namespaces.end()),
                 (QSet<QString>{QStringLiteral("training"), QStringLiteral("research"),
                                QStringLiteral("llm-serving")}));
        // Top consumers first: training's four busy GPUs lead, in both tables.
        QCOMPARE(namespaces.first(), QStringLiteral("training"));
        QTableView* podTable = view->podTable();
        QCOMPARE(podTable->model()->index(0, fd::widgets::PodUsageModel::Pod).data().toString(),
                 QStringLiteral("trainer-0"));
        QCOMPARE(podTable->model()
                     ->index(0, fd::widgets::PodUsageModel::Gpus)
                     .data(fd::widgets::PodUsageModel::RawDataRole)
                     .toDouble(),
                 4.0);
        double previous = std::numeric_limits<double>::infinity();
        for (int r = 0; r < podTable->model()->rowCount(); ++r) {
            const double busy = podTable->model()
                                    ->index(r, fd::widgets::PodUsageModel::BusyGpus)
                                    .data(fd::widgets::PodUsageModel::RawDataRole)
                                    .toDouble();
            QVERIFY(busy <= previous);
            previous = busy;
        }
        const QStringList allPods = columnTexts(podTable->model(), fd::widgets::PodUsageModel::Pod);
        QVERIFY(allPods.contains(QStringLiteral("vllm-llama3-8b-0")));
        QVERIFY(allPods.contains(QStringLiteral("tgi-mistral-0")));

        // A click on "research" lists its pods only; the idle notebook is among them, ~0 % busy.
        const int research = int(namespaces.indexOf(QStringLiteral("research")));
        QVERIFY(research >= 0);
        const QRect cell = nsTable->visualRect(nsTable->model()->index(research, 0));
        QTest::mouseClick(nsTable->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(view->selectedNamespace(), QStringLiteral("research"));
        const QStringList researchPods =
            columnTexts(podTable->model(), fd::widgets::PodUsageModel::Pod);
        QCOMPARE(QSet<QString>(researchPods.begin(), researchPods.end()),
                 (QSet<QString>{QStringLiteral("jupyter-alice"), QStringLiteral("notebook-bob")}));
        for (int r = 0; r < podTable->model()->rowCount(); ++r)
            if (podTable->model()->index(r, fd::widgets::PodUsageModel::Pod).data() ==
                QStringLiteral("notebook-bob"))
                QVERIFY(podTable->model()
                            ->index(r, fd::widgets::PodUsageModel::Utilization)
                            .data(fd::widgets::PodUsageModel::RawDataRole)
                            .toDouble() < 5.0);

        // A refresh keeps the chosen namespace.
        loaded.clear();
        dash.refresh();
        QVERIFY(loaded.wait(60000));
        QCOMPARE(view->selectedNamespace(), QStringLiteral("research"));
        QCOMPARE(podTable->model()->rowCount(), 2);

        // "Show all namespaces" lists every pod again.
        QTest::mouseClick(view->allNamespacesButton(), Qt::LeftButton);
        QCOMPARE(view->selectedNamespace(), QString());
        QCOMPARE(podTable->model()->rowCount(), allPods.size());

        // The CSV export of this tab is the pod table as shown.
        QTemporaryDir out;
        QSignalSpy exported(&dash, &GpuDashboard::exported);
        dash.exportCsv(out.filePath(QStringLiteral("pods.csv")));
        QVERIFY(exported.wait(30000));
        QFile csv(out.filePath(QStringLiteral("pods.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray text = csv.readAll();
        QVERIFY(text.startsWith("Namespace,Pod,GPUs held,GPUs busy"));
        QVERIFY(text.contains("training,trainer-0,4,"));
    }

    void allocationModelIsAModel() {
        using M = fd::widgets::AllocationModel;
        M model;
        QAbstractItemModelTester tester(&model);
        fd::metrics::PodUsage bob =
            podUsage(QStringLiteral("research"), QStringLiteral("notebook-bob"), 1, 1.0);
        const QList<fd::metrics::PodGpuRequest> requests{
            {QStringLiteral("research"), QStringLiteral("notebook-bob"), QStringLiteral("n1"),
             QStringLiteral("nvidia.com/gpu"), 2},
            {QStringLiteral("research"), QStringLiteral("jupyter-alice"), QStringLiteral("n1"),
             QStringLiteral("nvidia.com/mig-3g.40gb"), 1},
            {QStringLiteral("batch"), QStringLiteral("ghost-0"), QStringLiteral("n2"),
             QStringLiteral("nvidia.com/gpu"), 1}};
        bob.gpus = 2;
        const QList<fd::metrics::PodUsage> usage{bob, podUsage(QStringLiteral("research"),
                                                               QStringLiteral("jupyter-alice"),
                                                               3.0 / 7, std::nullopt)};
        model.setRows(fd::metrics::allocationVsUse(requests, usage),
                      QStringLiteral("the last 24 hours"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, M::Pod).data().toString(), QStringLiteral("research/notebook-bob"));
        QCOMPARE(model.index(0, M::Verdict).data(M::StateRole).toInt(), int(M::Idle));
        QCOMPARE(model.index(0, M::Requested).data().toString(), QStringLiteral("2"));
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString pod = model.index(r, M::Pod).data().toString();
            const int state = model.index(r, M::Verdict).data(M::StateRole).toInt();
            if (pod == QLatin1String("batch/ghost-0")) {
                QCOMPARE(state, int(M::Unmeasured));
                QCOMPARE(model.index(r, M::Busy).data().toString(), QStringLiteral("—"));
                QVERIFY(model.index(r, M::Verdict)
                            .data(Qt::ToolTipRole)
                            .toString()
                            .contains(QLatin1String("Kubernetes mode")));
            } else if (pod == QLatin1String("research/jupyter-alice")) {
                QCOMPARE(state, int(M::NoUtilization)); // measured, but no utilisation
                QCOMPARE(model.index(r, M::Requested).data().toString(),
                         QLocale().toString(3.0 / 7, 'f', 2));
                QVERIFY(!model.index(r, M::Utilization)
                             .data(fd::widgets::UsageBarDelegate::RatioRole)
                             .isValid());
            }
        }
        model.setRows({}, {});
        QCOMPARE(model.rowCount(), 0);
    }

    // Allocation vs use against the real Prometheus and a test API server whose running pods
    // request GPUs (the pods of tests/data/kube/lists/podlist_gpu-requests.json, named as in the
    // Prometheus fixture, plus the seeded vllm-llama3-0 that no metric names): the idle notebook
    // comes first, in words; the unmeasured pod is flagged; a locked vault says "Vault locked";
    // an endpoint without a cluster says how to link one.
    void allocationAgainstTheClusterApi() {
        // English with its plural forms ("1 GPU", "2 GPUs"), as the application loads it.
        QSettings settings(QDir::temp().filePath(QStringLiteral("tst_gpumetrics_alloc.ini")),
                           QSettings::IniFormat);
        fd::widgets::LanguageManager language(&settings);
        language.setChoice(fd::widgets::LanguageManager::Choice::English);
        fd::test::KubeTestServer kube;
        QVERIFY2(kube.start(), qPrintable(kube.errorString()));
        fd::test::RegistryEnv env;
        QVERIFY2(env.error.isEmpty(), qPrintable(env.error));
        const QString vc = QStringLiteral("gpu");
        const QString kubeconfig = env.dir.filePath(QStringLiteral("kc.yaml"));
        QVERIFY(kube.writeKubeconfig(kubeconfig, QStringLiteral("admin"),
                                     fd::test::KubeTestServer::AuthKind::Token, vc));
        auto config = fd::kube::readKubeconfigFile(kubeconfig);
        QVERIFY(config && !config->contexts.isEmpty());
        auto candidate = fd::registry::candidateFromContext(config->contexts.first());
        QVERIFY(candidate);
        candidate->record.name = QStringLiteral("gpu-lab");
        const auto outcomes = fd::test::await<QList<fd::registry::ImportOutcome>>(
            [&](auto done) { env.registry->importClusters({*candidate}, this, done); });
        QCOMPARE(outcomes.size(), 1);
        const qint64 clusterId = outcomes.first().id;
        QVERIFY(clusterId);

        for (const char* ns : {"training", "research"})
            QCOMPARE(fd::test::httpJson(
                         kube, vc, "POST", QStringLiteral("/api/v1/namespaces"),
                         {{QStringLiteral("metadata"),
                           QJsonObject{{QStringLiteral("name"), QString::fromLatin1(ns)}}}})
                         .status,
                     201);
        QFile list(
            fd::test::testsPath(QStringLiteral("data/kube/lists/podlist_gpu-requests.json")));
        QVERIFY(list.open(QIODevice::ReadOnly));
        for (const QJsonValue& item : QJsonDocument::fromJson(list.readAll())
                                          .object()
                                          .value(QStringLiteral("items"))
                                          .toArray()) {
            QJsonObject pod = item.toObject();
            QJsonObject meta = pod.value(QStringLiteral("metadata")).toObject();
            for (const char* key : {"uid", "resourceVersion", "creationTimestamp"})
                meta.remove(QString::fromLatin1(key));
            pod.insert(QStringLiteral("metadata"), meta);
            const int status =
                fd::test::httpJson(kube, vc, "POST",
                                   QStringLiteral("/api/v1/namespaces/%1/pods")
                                       .arg(meta.value(QStringLiteral("namespace")).toString()),
                                   pod)
                    .status;
            QVERIFY2(status == 201 || status == 409,
                     qPrintable(QString::number(status))); // coredns is seeded
        }

        fd::metrics::PromClient client({m_prom.prometheusUrl(), {}, {}}, fd::metrics::noAuth(),
                                       m_http.get());
        GpuDashboard dash;
        dash.resize(1280, 860);
        dash.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dash));
        dash.setRangeIndex(3); // 24 hours
        dash.setCluster(&env.registry->connections(), clusterId, QStringLiteral("gpu-lab"));
        QSignalSpy loaded(&dash, &GpuDashboard::loaded);
        dash.setClient(&client);
        QVERIFY(loaded.wait(60000));
        QTabBar* bar = dash.tabs()->tabBar();
        QTest::mouseClick(bar, Qt::LeftButton, {},
                          bar->tabRect(GpuDashboard::AllocationTab).center());
        QCOMPARE(dash.tabs()->currentIndex(), int(GpuDashboard::AllocationTab));
        fd::widgets::AllocationView* view = dash.allocation();
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), fd::widgets::AllocationView::State::Shown, 30000);
        QVERIFY(view->table()->isVisible());

        const QAbstractItemModel* shown = view->table()->model();
        using M = fd::widgets::AllocationModel;
        QStringList pods;
        for (int r = 0; r < shown->rowCount(); ++r)
            pods << shown->index(r, M::Pod).data().toString();
        // Running pods only: not the Pending ollama pods, not the finished job, not coredns.
        QCOMPARE(QSet<QString>(pods.begin(), pods.end()),
                 (QSet<QString>{QStringLiteral("training/trainer-0"),
                                QStringLiteral("research/jupyter-alice"),
                                QStringLiteral("research/notebook-bob"),
                                QStringLiteral("llm-serving/tgi-mistral-0"),
                                QStringLiteral("llm-serving/vllm-llama3-0")}));
        // The idle notebook first, said in words.
        QCOMPARE(pods.first(), QStringLiteral("research/notebook-bob"));
        const QString verdict = shown->index(0, M::Verdict).data().toString();
        QVERIFY2(verdict.startsWith(QLatin1String("Idle: holds 1 GPU, used ")) &&
                     verdict.endsWith(QLatin1String(" % over the last 24 hours")),
                 qPrintable(verdict));
        QCOMPARE(shown->index(0, M::Verdict).data(Qt::ForegroundRole).value<QColor>(),
                 QColor(0xb2, 0x3b, 0x1e));
        for (int r = 0; r < shown->rowCount(); ++r) {
            const int state = shown->index(r, M::Verdict).data(M::StateRole).toInt();
            const QString pod = pods.at(r);
            if (pod == QLatin1String("llm-serving/vllm-llama3-0")) {
                QCOMPARE(state, int(M::Unmeasured));
                QVERIFY(shown->index(r, M::Verdict)
                            .data()
                            .toString()
                            .startsWith(QLatin1String("Not measured")));
            } else if (pod == QLatin1String("training/trainer-0")) {
                QCOMPARE(state, int(M::InUse));
                QCOMPARE(shown->index(r, M::Requested).data().toString(), QStringLiteral("4"));
            } else if (pod == QLatin1String("research/jupyter-alice")) {
                QCOMPARE(shown->index(r, M::Requested).data().toString(),
                         QLocale().toString(2.0 / 7, 'f', 2));
            }
        }
        QVERIFY(view->summaryLabel()->text().contains(QLatin1String("gpu-lab")));
        fd::test::saveScreenshot(&dash, fd::test::screenshotDir(QStringLiteral("en")) +
                                            QStringLiteral("/gpu-allocation.png"));
        // In Korean the verdicts are whole Korean sentences, the range included.
        language.setChoice(fd::widgets::LanguageManager::Choice::Korean);
        loaded.clear();
        dash.refresh();
        QVERIFY(loaded.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), fd::widgets::AllocationView::State::Shown, 30000);
        QVERIFY2(
            shown->index(0, M::Verdict).data().toString().contains(QStringLiteral("최근 24시간")),
            qPrintable(shown->index(0, M::Verdict).data().toString()));
        fd::test::saveScreenshot(&dash, fd::test::screenshotDir(QStringLiteral("ko")) +
                                            QStringLiteral("/gpu-allocation.png"));
        language.setChoice(fd::widgets::LanguageManager::Choice::English);

        // A locked vault is a state, not an unreachable cluster.
        env.secrets->lock();
        loaded.clear();
        dash.refresh();
        QVERIFY(loaded.wait(60000));
        QTRY_COMPARE_WITH_TIMEOUT(view->state(), fd::widgets::AllocationView::State::Locked, 30000);
        QCOMPARE(view->emptyState()->title(), QStringLiteral("Vault locked"));
        fd::test::saveScreenshot(view, fd::test::screenshotDir(QStringLiteral("en")) +
                                           QStringLiteral("/gpu-allocation-locked.png"));
        QVERIFY(!view->emptyState()->description().contains(QLatin1String("unreachable"),
                                                            Qt::CaseInsensitive));

        // An endpoint without a cluster says how to link one.
        dash.setCluster(nullptr, std::nullopt, {});
        loaded.clear();
        dash.refresh();
        QVERIFY(loaded.wait(60000));
        QCOMPARE(view->state(), fd::widgets::AllocationView::State::NoCluster);
        QVERIFY(view->emptyState()->description().contains(QLatin1String("--cluster")));
        fd::test::saveScreenshot(view, fd::test::screenshotDir(QStringLiteral("en")) +
                                           QStringLiteral("/gpu-allocation-nocluster.png"));
        language.setChoice(fd::widgets::LanguageManager::Choice::Korean);
        fd::test::saveScreenshot(view, fd::test::screenshotDir(QStringLiteral("ko")) +
                                           QStringLiteral("/gpu-allocation-nocluster.png"));
        language.setChoice(fd::widgets::LanguageManager::Choice::English);
        dash.setClient(nullptr);
    }

    // The page reads its endpoint list on the store's reader thread: right after construction
    // it says it is reading (nothing was read on the UI thread), then the list arrives.
    void pageReadsEndpointsOffTheUiThread() {
        fd::test::GuiFixture fx;
        QVERIFY(fx.openStore());
        QVERIFY(fx.openSecrets(fd::secrets::Backend::Vault));
        QVERIFY(fx.secrets->unlock("gpu page test").ok());
        fd::metrics::MetricsEndpoint stored;
        stored.name = QStringLiteral("lab-prometheus");
        stored.service =
            fd::metrics::ServiceRef::parse(QStringLiteral("monitoring/prometheus-operated:9090"));
        QVERIFY(fx.store->writeSync(
            [&](sqlite3* db) { return fd::metrics::insertMetricsEndpoint(db, stored); }));
        fd::net::HttpClient http;
        auto registry = fd::registry::ClusterRegistry::create(*fx.store, *fx.secrets, http);
        fx.services.http = &http;
        fx.services.clusters = registry.get();

        fd::widgets::GpuMetricsPage page(fx.services);
        QVERIFY(page.isReading());
        QCOMPARE(page.endpointBox()->count(), 0);
        auto* empty = page.findChild<fd::widgets::EmptyState*>();
        QVERIFY(empty);
        QVERIFY(empty->noteLabel()->text().contains(QLatin1String("Reading")));
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(page.endpointBox()->count(), 1);
        QCOMPARE(page.endpointBox()->currentText(), QStringLiteral("lab-prometheus"));
        QVERIFY(!empty->noteLabel()->text().contains(QLatin1String("Reading")));
    }

    // The empty state's action opens the add dialog; a bad URL is refused with a sentence; the
    // connection test reaches the real Prometheus; Add saves through MetricsEndpoints (the
    // token only in the vault, never in the store's files) and the page opens the new endpoint.
    void addEndpointFromTheEmptyState() {
        fd::test::GuiFixture fx;
        QVERIFY(fx.openStore());
        QVERIFY(fx.openSecrets(fd::secrets::Backend::Vault));
        QVERIFY(fx.secrets->unlock("gpu add test").ok());
        fd::net::HttpClient http;
        auto registry = fd::registry::ClusterRegistry::create(*fx.store, *fx.secrets, http);
        fx.services.http = &http;
        fx.services.clusters = registry.get();

        fd::widgets::GpuMetricsPage page(fx.services);
        page.resize(1280, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(!page.isReading());
        auto* empty = page.findChild<fd::widgets::EmptyState*>();
        QVERIFY(empty && empty->isVisible());
        QVERIFY(empty->actionButton()->isEnabled());
        QVERIFY(!empty->noteLabel()->isVisible());
        QTest::mouseClick(empty->actionButton(), Qt::LeftButton);
        fd::widgets::AddPrometheusDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<fd::widgets::AddPrometheusDialog*>()) &&
                    dialog->isVisible());
        QPointer<fd::widgets::AddPrometheusDialog> alive(dialog);
        // No cluster is registered: only the URL route.
        QVERIFY(!dialog->apiServerRoute()->isEnabled());

        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("lab-prom"));
        QTest::keyClicks(dialog->urlEdit(), QStringLiteral("prometheus:9090"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY(dialog->statusLabel()->text().contains(QLatin1String("http://")));
        QVERIFY(dialog->isVisible());

        dialog->urlEdit()->clear();
        QTest::keyClicks(dialog->urlEdit(), m_prom.prometheusUrl());
        // Bearer, with the keyboard; the token field is a password field.
        dialog->authBox()->setFocus();
        QTest::keyClick(dialog->authBox(), Qt::Key_Down);
        QTest::keyClick(dialog->authBox(), Qt::Key_Down);
        QCOMPARE(dialog->authBox()->currentData().toInt(), int(fd::metrics::AuthKind::Bearer));
        QCOMPARE(dialog->secretEdit()->echoMode(), QLineEdit::Password);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton); // no token yet
        QVERIFY(dialog->statusLabel()->text().contains(QLatin1String("token")));
        const QString token = QStringLiteral("tok-SECRET-4711-do-not-store");
        QTest::keyClicks(dialog->secretEdit(), token);
        // The optional Alertmanager URL: refused in a sentence when it is not one.
        QTest::keyClicks(dialog->alertmanagerEdit(), QStringLiteral("alertmanager:9093"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY2(dialog->statusLabel()->text().contains(QLatin1String("Alertmanager URL")),
                 qPrintable(dialog->statusLabel()->text()));
        QVERIFY(dialog->isVisible());
        dialog->alertmanagerEdit()->clear();
        QTest::keyClicks(dialog->alertmanagerEdit(), m_prom.alertmanagerUrl());

        QSignalSpy tested(dialog, &fd::widgets::AddPrometheusDialog::tested);
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.first().first().toBool(), qPrintable(dialog->statusLabel()->text()));
        QVERIFY(dialog->statusLabel()->text().contains(QLatin1String("ready")));
        QVERIFY2(dialog->statusLabel()->text().contains(QLatin1String("Alertmanager 0.")),
                 qPrintable(dialog->statusLabel()->text()));

        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!alive, 30000); // closed once stored
        QTRY_COMPARE(page.endpointBox()->count(), 1);
        QCOMPARE(page.endpointBox()->currentText(), QStringLiteral("lab-prom"));
        QVERIFY(!empty->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(page.dashboard()->heatMap()->fleet().nodes.size() == 2, 60000);
        // Saved with its Alertmanager, whose alerts and silences the Alerts tab now shows.
        fd::widgets::AlertsView* alerts = page.dashboard()->alertsView();
        QVERIFY(alerts->hasAlertmanager());
        QTRY_VERIFY_WITH_TIMEOUT(alerts->silences()->rowCount() > 0, 30000);

        // The token is in no file of the store (database, WAL) in plain text.
        QDirIterator files(fx.dir.path(), QDir::Files, QDirIterator::Subdirectories);
        int read = 0;
        while (files.hasNext()) {
            QFile f(files.next());
            if (!f.open(QIODevice::ReadOnly))
                continue;
            ++read;
            QVERIFY2(!f.readAll().contains(token.toUtf8()), qPrintable(f.fileName()));
        }
        QVERIFY(read > 0);

        // The toolbar opens the same dialog; a taken name is refused by the core, in a sentence.
        QTest::mouseClick(page.addButton(), Qt::LeftButton);
        QTRY_VERIFY((dialog = page.findChild<fd::widgets::AddPrometheusDialog*>()) &&
                    dialog->isVisible());
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("lab-prom"));
        QTest::keyClicks(dialog->urlEdit(), m_prom.prometheusUrl());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isBusy());
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->statusLabel()->text().isEmpty());

        // With the vault locked a token cannot be kept: "Vault locked", nothing saved.
        fx.secrets->lock();
        dialog->nameEdit()->clear();
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("lab-prom-2"));
        dialog->authBox()->setCurrentIndex(2); // bearer
        QTest::keyClicks(dialog->secretEdit(), token);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isBusy());
        QVERIFY2(dialog->statusLabel()->text().startsWith(QLatin1String("Vault locked")),
                 qPrintable(dialog->statusLabel()->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(page.endpointBox()->count(), 1);
        dialog->reject();
    }

    // The API-server route end to end from the page: a registered cluster whose API server
    // proxies a kube-prometheus-stack service to the real Prometheus. The dialog discovers the
    // service, tests it, saves it; the page opens it, and its Allocation vs use tab reads the
    // pods of that cluster (the endpoint is linked to it).
    void addEndpointThroughTheApiServer() {
        fd::test::KubeTestServer kube;
        QVERIFY2(kube.start(), qPrintable(kube.errorString()));
        const QString vc = QStringLiteral("gpu-api");
        QCOMPARE(fd::test::httpJson(
                     kube, vc, "POST", QStringLiteral("/api/v1/namespaces"),
                     {{QStringLiteral("metadata"),
                       QJsonObject{{QStringLiteral("name"), QStringLiteral("monitoring")}}}})
                     .status,
                 201);
        const QJsonObject service{
            {QStringLiteral("metadata"),
             QJsonObject{
                 {QStringLiteral("name"), QStringLiteral("kps-kube-prometheus-stack-prometheus")},
                 {QStringLiteral("labels"),
                  QJsonObject{
                      {QStringLiteral("app"), QStringLiteral("kube-prometheus-stack-prometheus")}}},
                 {QStringLiteral("annotations"),
                  QJsonObject{
                      {QStringLiteral("fleetdeck.test/backend"), m_prom.prometheusUrl()}}}}},
            {QStringLiteral("spec"),
             QJsonObject{
                 {QStringLiteral("ports"),
                  QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("http-web")},
                                         {QStringLiteral("port"), 9090},
                                         {QStringLiteral("targetPort"), 9090}}}}}}};
        QCOMPARE(fd::test::httpJson(kube, vc, "POST",
                                    QStringLiteral("/api/v1/namespaces/monitoring/services"),
                                    service)
                     .status,
                 201);

        fd::test::GuiFixture fx;
        QVERIFY(fx.openStore());
        QVERIFY(fx.openSecrets(fd::secrets::Backend::Vault));
        QVERIFY(fx.secrets->unlock("gpu api test").ok());
        fd::net::HttpClient http;
        auto registry = fd::registry::ClusterRegistry::create(*fx.store, *fx.secrets, http);
        fx.services.http = &http;
        fx.services.clusters = registry.get();
        const QString kubeconfig = fx.dir.filePath(QStringLiteral("kc.yaml"));
        QVERIFY(kube.writeKubeconfig(kubeconfig, QStringLiteral("admin"),
                                     fd::test::KubeTestServer::AuthKind::Token, vc));
        auto config = fd::kube::readKubeconfigFile(kubeconfig);
        QVERIFY(config && !config->contexts.isEmpty());
        auto candidate = fd::registry::candidateFromContext(config->contexts.first());
        QVERIFY(candidate);
        candidate->record.name = QStringLiteral("gpu-api");
        const auto outcomes = fd::test::await<QList<fd::registry::ImportOutcome>>(
            [&](auto done) { registry->importClusters({*candidate}, this, done); });
        QCOMPARE(outcomes.size(), 1);

        fd::widgets::GpuMetricsPage page(fx.services);
        page.resize(1280, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(!page.isReading());
        fd::widgets::AddPrometheusDialog* dialog = page.openAddDialog();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("via-api"));
        // The cluster, with the keyboard (row 0 is "shared by every cluster").
        dialog->clusterBox()->setFocus();
        QTest::keyClick(dialog->clusterBox(), Qt::Key_Down);
        QCOMPARE(dialog->clusterBox()->currentText(), QStringLiteral("gpu-api"));
        QVERIFY(dialog->apiServerRoute()->isEnabled());
        QTest::mouseClick(dialog->apiServerRoute(), Qt::LeftButton);
        QVERIFY(dialog->apiServerRoute()->isChecked());
        QVERIFY(dialog->serviceEdit()->isVisible());
        QVERIFY(!dialog->urlEdit()->isVisible());

        QSignalSpy tested(dialog, &fd::widgets::AddPrometheusDialog::tested);
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.first().first().toBool(), qPrintable(dialog->statusLabel()->text()));
        QCOMPARE(dialog->serviceEdit()->text(),
                 QStringLiteral("monitoring/kps-kube-prometheus-stack-prometheus:9090"));

        QPointer<fd::widgets::AddPrometheusDialog> alive(dialog);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!alive, 30000);
        QTRY_COMPARE(page.endpointBox()->currentText(), QStringLiteral("via-api"));
        GpuDashboard* dash = page.dashboard();
        QTRY_VERIFY_WITH_TIMEOUT(dash->heatMap()->fleet().nodes.size() == 2, 60000);
        // Linked to its cluster: allocation vs use reads that cluster's pods (the seeded
        // vllm-llama3-0, which no metric names).
        QTRY_COMPARE_WITH_TIMEOUT(dash->allocation()->state(),
                                  fd::widgets::AllocationView::State::Shown, 60000);
        QVERIFY(dash->allocation()->model()->rowCount() >= 1);

        // The vault locked: the tab says so. Unlocked: the tab shows the pods again at once,
        // without a click on Refresh (auto-refresh is off).
        QVERIFY(!dash->findChild<QCheckBox*>()->isChecked());
        fx.secrets->lock();
        QSignalSpy loaded(dash, &GpuDashboard::loaded);
        dash->refresh();
        QVERIFY(loaded.wait(60000));
        QTRY_VERIFY2_WITH_TIMEOUT(
            dash->allocation()->state() == fd::widgets::AllocationView::State::Locked,
            qPrintable(dash->allocation()->emptyState()->description()), 30000);
        const int requests = dash->requestsStarted();
        QVERIFY(fx.secrets->unlock("gpu api test").ok());
        QTRY_COMPARE_WITH_TIMEOUT(dash->allocation()->state(),
                                  fd::widgets::AllocationView::State::Shown, 20000);
        QVERIFY(dash->requestsStarted() > requests);
        QVERIFY(dash->allocation()->model()->rowCount() >= 1);
        page.dashboard()->setClient(nullptr);
    }

    // "Edit…" opens the add dialog on the chosen endpoint: a cancelled edit changes nothing; a
    // saved one moves the endpoint from a dead URL to the real Prometheus and adds its
    // Alertmanager (the page then shows their data), keeps the stored token when the field is
    // left empty, and replaces it in the vault when a new one is typed; the name stays unique.
    void editEndpointFromThePage() {
        fd::test::GuiFixture fx;
        QVERIFY(fx.openStore());
        QVERIFY(fx.openSecrets(fd::secrets::Backend::Vault));
        QVERIFY(fx.secrets->unlock("gpu edit test").ok());
        fd::net::HttpClient http;
        fx.services.http = &http;
        const QString dead = QStringLiteral("http://127.0.0.1:1");
        const QString oldToken = QStringLiteral("old-tok-7d2e");
        const QString newToken = QStringLiteral("new-tok-91af");
        {
            fd::metrics::MetricsEndpoints seed(*fx.store, *fx.secrets, http, nullptr);
            for (const QString& name : {QStringLiteral("edit-me"), QStringLiteral("other")}) {
                fd::metrics::MetricsEndpoint e;
                e.name = name;
                e.auth = fd::metrics::AuthKind::Bearer;
                e.endpoint = fd::store::StoredEndpoint{};
                e.endpoint->endpoint.url = dead;
                const auto added = fd::test::await<fd::Result<fd::metrics::MetricsEndpoint>>(
                    [&](auto done) { seed.add(e, oldToken.toUtf8(), this, done); });
                QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
            }
        }
        const auto saved = [&]() {
            fd::metrics::MetricsEndpoints reader(*fx.store, *fx.secrets, http, nullptr);
            const auto st =
                fd::test::await<fd::Status>([&](auto done) { reader.load(this, done); });
            return reader.byName(QStringLiteral("edit-me"))
                .value_or(fd::metrics::MetricsEndpoint{});
        };
        const auto vaultToken = [&](const fd::metrics::MetricsEndpoint& e) {
            const auto s =
                fx.secrets->load(e.endpoint->credentialRefs.value(QStringLiteral("token")));
            return s ? QString::fromUtf8(*s) : QString();
        };

        fd::widgets::GpuMetricsPage page(fx.services);
        page.resize(1280, 860);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_VERIFY(!page.isReading());
        QCOMPARE(page.endpointBox()->currentText(), QStringLiteral("edit-me"));
        QVERIFY(page.editButton()->isVisible() && page.editButton()->isEnabled());

        // Cancelled: nothing changes.
        QTest::mouseClick(page.editButton(), Qt::LeftButton);
        fd::widgets::AddPrometheusDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<fd::widgets::AddPrometheusDialog*>()) &&
                    dialog->isVisible());
        QVERIFY(dialog->isEditing());
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("edit-me"));
        QCOMPARE(dialog->urlEdit()->text(), dead);
        QCOMPARE(dialog->authBox()->currentData().toInt(), int(fd::metrics::AuthKind::Bearer));
        QVERIFY(dialog->secretEdit()->text().isEmpty());
        QCOMPARE(dialog->saveButton()->text(), QStringLiteral("Save"));
        QVERIFY(!dialog->urlRoute()->isEnabled()); // the route stays
        dialog->urlEdit()->selectAll();
        QTest::keyClicks(dialog->urlEdit(), m_prom.prometheusUrl());
        QPointer<fd::widgets::AddPrometheusDialog> alive(dialog);
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(!alive);
        QCOMPARE(saved().endpoint->endpoint.url, dead);
        QVERIFY(!saved().alertmanager);
        QCOMPARE(vaultToken(saved()), oldToken);
        QCOMPARE(page.dashboard()->heatMap()->fleet().nodes.size(), 0);

        // A taken name is refused; the dialog stays.
        QTest::mouseClick(page.editButton(), Qt::LeftButton);
        QTRY_VERIFY((dialog = page.findChild<fd::widgets::AddPrometheusDialog*>()) &&
                    dialog->isVisible());
        alive = dialog;
        dialog->nameEdit()->selectAll();
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("OTHER"));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isBusy());
        QVERIFY2(dialog->statusLabel()->text().contains(QLatin1String("already exists")),
                 qPrintable(dialog->statusLabel()->text()));
        QVERIFY(dialog->isVisible());
        dialog->nameEdit()->selectAll();
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("edit-me"));

        // Saved: the real Prometheus and its Alertmanager; the token field left empty.
        dialog->urlEdit()->selectAll();
        QTest::keyClicks(dialog->urlEdit(), m_prom.prometheusUrl());
        QTest::keyClicks(dialog->alertmanagerEdit(), m_prom.alertmanagerUrl());
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!alive, 30000);
        QCOMPARE(page.endpointBox()->currentText(), QStringLiteral("edit-me"));
        QCOMPARE(page.endpointBox()->count(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(page.dashboard()->heatMap()->fleet().nodes.size() == 2, 60000);
        fd::widgets::AlertsView* alerts = page.dashboard()->alertsView();
        QVERIFY(alerts->hasAlertmanager());
        QTRY_VERIFY_WITH_TIMEOUT(alerts->silences()->rowCount() > 0, 30000);
        fd::metrics::MetricsEndpoint now = saved();
        QCOMPARE(now.endpoint->endpoint.url, m_prom.prometheusUrl());
        QVERIFY(now.alertmanager);
        QCOMPARE(now.alertmanager->endpoint.url, m_prom.alertmanagerUrl());
        QCOMPARE(vaultToken(now), oldToken);

        // A new token replaces the one in the vault.
        QTest::mouseClick(page.editButton(), Qt::LeftButton);
        QTRY_VERIFY((dialog = page.findChild<fd::widgets::AddPrometheusDialog*>()) &&
                    dialog->isVisible());
        alive = dialog;
        QCOMPARE(dialog->alertmanagerEdit()->text(), m_prom.alertmanagerUrl());
        // The connection test of an edit with the token field empty uses the stored token.
        QSignalSpy tested(dialog, &fd::widgets::AddPrometheusDialog::tested);
        QTest::mouseClick(dialog->testButton(), Qt::LeftButton);
        QVERIFY(tested.wait(30000));
        QVERIFY2(tested.first().first().toBool(), qPrintable(dialog->statusLabel()->text()));
        QTest::keyClicks(dialog->secretEdit(), newToken);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!alive, 30000);
        QCOMPARE(vaultToken(saved()), newToken);
        QDirIterator files(fx.dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains(newToken.toUtf8()), qPrintable(f.fileName()));
        }
        page.dashboard()->setClient(nullptr);
    }

    void screenshots_data() { fd::test::addLanguageRows(); }
    void screenshots() {
        QFETCH(QString, lang);
        QFETCH(int, choice);
        QSettings settings(QDir::temp().filePath(QStringLiteral("tst_gpumetrics_%1.ini").arg(lang)),
                           QSettings::IniFormat);
        fd::widgets::LanguageManager language(&settings);
        language.setChoice(static_cast<fd::widgets::LanguageManager::Choice>(choice));
        fd::metrics::PromClient client({m_prom.prometheusUrl(), {}, {}}, fd::metrics::noAuth(),
                                       m_http.get());
        GpuDashboard dash;
        dash.resize(1280, 860);
        dash.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dash));
        dash.setRangeIndex(3);
        QSignalSpy loaded(&dash, &GpuDashboard::loaded);
        dash.setClient(&client);
        QVERIFY(loaded.wait(60000));
        const QString dir = fd::test::screenshotDir(lang);
        fd::test::saveScreenshot(&dash, dir + QStringLiteral("/gpu-fleet.png"));
        // Every chart complete: each is drawn when its answer comes, in any order, over a few
        // turns; the load settles (loaded()) after the last one.
        loaded.clear();
        dash.showNode(QStringLiteral("gpu-node-b"));
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        for (auto m : {fd::metrics::GpuMetric::Utilization, fd::metrics::GpuMetric::MemoryUsed,
                       fd::metrics::GpuMetric::MemoryFree, fd::metrics::GpuMetric::Temperature,
                       fd::metrics::GpuMetric::Power, fd::metrics::GpuMetric::SmClock})
            QVERIFY(dash.chart(m)->lineCount() > 0 && !dash.chart(m)->isFilling());
        fd::test::saveScreenshot(&dash, dir + QStringLiteral("/gpu-node.png"));
        dash.setRangeIndex(4);
        QTRY_VERIFY_WITH_TIMEOUT(dash.healthModel()->rowCount() > 0, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(dash.refreshButtonEnabled(), 60000);
        dash.tabs()->setCurrentIndex(GpuDashboard::HealthTab);
        fd::test::saveScreenshot(&dash, dir + QStringLiteral("/gpu-health.png"));
        dash.setRangeIndex(3);
        QTRY_VERIFY_WITH_TIMEOUT(dash.refreshButtonEnabled(), 60000);
        dash.tabs()->setCurrentIndex(GpuDashboard::AttributionTab);
        QTRY_VERIFY_WITH_TIMEOUT(!dash.attribution()->isEmptyShown(), 60000);
        dash.attribution()->showNamespace(QStringLiteral("research"));
        fd::test::saveScreenshot(&dash, dir + QStringLiteral("/gpu-attribution.png"));
        {
            // The PromQL console: a range query (table and chart), then an error.
            dash.tabs()->setCurrentIndex(GpuDashboard::ConsoleTab);
            fd::widgets::PromConsole* console = dash.console();
            QSignalSpy finished(console, &fd::widgets::PromConsole::finished);
            console->editor()->setPlainText(
                QStringLiteral("avg by (Hostname, gpu) (DCGM_FI_DEV_GPU_TEMP)"));
            console->modeBox()->setCurrentIndex(fd::widgets::PromConsole::Range);
            console->run();
            QVERIFY(finished.wait(30000));
            QTRY_VERIFY_WITH_TIMEOUT(!console->chart()->isFilling(), 10000);
            fd::test::saveScreenshot(&dash, dir + QStringLiteral("/gpu-promql.png"));
            console->editor()->setPlainText(QStringLiteral("sum(DCGM_FI_DEV_GPU_TEMP"));
            console->run();
            QVERIFY(finished.wait(30000));
            fd::test::saveScreenshot(&dash, dir + QStringLiteral("/gpu-promql-error.png"));
        }
        dash.tabs()->setCurrentIndex(GpuDashboard::AlertsTab);
        QTRY_VERIFY_WITH_TIMEOUT(dash.refreshButtonEnabled(), 60000);
        for (int i = 0; i < 30 && dash.alertModel()->firingCount() == 0; ++i) {
            QTest::qWait(500);
            loaded.clear();
            dash.refresh();
            QVERIFY(loaded.wait(60000));
        }
        QVERIFY(dash.alertModel()->firingCount() > 0);
        fd::test::saveScreenshot(&dash, dir + QStringLiteral("/gpu-alerts-no-alertmanager.png"));
        {
            // With the endpoint's Alertmanager: its alerts (one suppressed by the fixture's
            // silence) and silences, and the silence dialog for an alert.
            fd::metrics::AlertmanagerClient am({m_prom.alertmanagerUrl(), {}, {}},
                                               fd::metrics::noAuth(), m_http.get());
            fd::widgets::AlertsView* view = dash.alertsView();
            QSignalSpy amLoaded(view, &fd::widgets::AlertsView::alertmanagerLoaded);
            dash.setAlertmanager(&am);
            QVERIFY(amLoaded.wait(30000));
            for (int i = 0; i < 30 && view->alertmanagerAlerts()->activeCount() == 0; ++i) {
                QTest::qWait(500);
                amLoaded.clear();
                view->refreshAlertmanager();
                QVERIFY(amLoaded.wait(30000));
            }
            QVERIFY(view->alertmanagerAlerts()->activeCount() > 0);
            fd::test::saveScreenshot(&dash, dir + QStringLiteral("/gpu-alerts.png"));
            view->alertmanagerTable()->selectRow(0);
            view->silenceSelected();
            QTRY_VERIFY(view->silenceDialog() && view->silenceDialog()->isVisible());
            view->silenceDialog()->commentEdit()->setText(QStringLiteral("OPS-42"));
            fd::test::saveScreenshot(view->silenceDialog(),
                                     dir + QStringLiteral("/gpu-silence-dialog.png"));
            view->silenceDialog()->reject();
            dash.setAlertmanager(nullptr);
        }
        {
            fd::test::GuiFixture fx;
            QVERIFY(fx.openStore());
            QVERIFY(fx.openSecrets(fd::secrets::Backend::Vault));
            QVERIFY(fx.secrets->unlock("gpu add shot").ok());
            fd::net::HttpClient http;
            fd::metrics::MetricsEndpoints endpoints(*fx.store, *fx.secrets, http, nullptr);
            fd::widgets::AddPrometheusDialog add(endpoints, nullptr);
            add.nameEdit()->setText(QStringLiteral("lab-prometheus"));
            add.urlEdit()->setText(QStringLiteral("https://prometheus.lab.example:9090"));
            add.authBox()->setCurrentIndex(1);
            add.userEdit()->setText(QStringLiteral("fleetdeck"));
            add.show();
            QVERIFY(QTest::qWaitForWindowExposed(&add));
            fd::test::saveScreenshot(&add, dir + QStringLiteral("/gpu-add-endpoint.png"));
        }
        AttributionView empty;
        empty.resize(1000, 500);
        empty.setGpusReported(true);
        empty.setUsage({});
        empty.show();
        QVERIFY(QTest::qWaitForWindowExposed(&empty));
        fd::test::saveScreenshot(&empty, dir + QStringLiteral("/gpu-attribution-empty.png"));
        language.setChoice(fd::widgets::LanguageManager::Choice::English);
    }
};

QTEST_MAIN(TestGpuMetrics)
#include "tst_gpumetrics.moc"
