#include "metrics/healthevents.h"

#include "metrics/dcgmcatalog.h"
#include "metrics/gpufleet.h"
#include "metrics/xid.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <functional>

namespace fd::metrics {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("fd::metrics", text);
}

// One GPU's (or instance's) series on the query's step grid.
struct GridSeries {
    GpuIdentity id;
    std::vector<std::pair<qint64, double>> points; // (step index, value), finite only
};

qint64 stepIndex(const QueryResult& r, qint64 t) {
    return r.stepMs > 0 ? (t - r.startMs + r.stepMs / 2) / r.stepMs : 0;
}

qint64 lastIndex(const QueryResult& r) {
    return r.stepMs > 0 ? (r.endMs - r.startMs) / r.stepMs : 0;
}

GpuIdentity boardIdentity(GpuIdentity id) {
    id.migInstance.clear();
    id.migProfile.clear();
    return id;
}

// Series by GPU; board-level kinds keep one series per physical GPU.
QList<GridSeries> gridSeries(const QueryResult& r, bool boardLevel) {
    QList<GridSeries> out;
    QHash<QString, qsizetype> seen;
    QHash<QString, QString> instanceOf; // board key → the MIG instance whose series is used
    for (const Series& s : r.matrix) {
        GpuIdentity id = gpuIdentity(s.labels);
        if (!id.isValid())
            continue;
        const QString instance = id.migInstance;
        if (boardLevel)
            id = boardIdentity(id);
        const QString key = id.key();
        qsizetype at = seen.value(key, -1);
        if (at < 0) {
            at = out.size();
            seen.insert(key, at);
            instanceOf.insert(key, instance);
            out.append(GridSeries{id, {}});
        } else if (boardLevel && instanceOf.value(key) != instance) {
            continue; // another instance of the same board: the same values
        }
        for (const Point& p : s.points)
            if (!isBlankValue(p.value))
                out[at].points.emplace_back(stepIndex(r, p.timeMs), p.value);
    }
    for (GridSeries& g : out) // several series of one GPU (pod labels changed): merge by step
        std::sort(g.points.begin(), g.points.end());
    return out;
}

// Runs of consecutive steps where `code(value, step)` is non-zero and unchanged.
void runs(const QueryResult& r, const GridSeries& g, qint64 windowMs, const QString& kind,
          const std::function<int(double, qint64)>& code,
          const std::function<QString(int code, double peak)>& meaning, QList<HealthEvent>& out) {
    const qint64 last = lastIndex(r);
    qsizetype i = 0;
    const auto& pts = g.points;
    while (i < qsizetype(pts.size())) {
        const int c = code(pts[i].second, pts[i].first);
        if (c == 0) {
            ++i;
            continue;
        }
        qsizetype j = i;
        double peak = pts[i].second;
        while (j + 1 < qsizetype(pts.size()) && pts[j + 1].first <= pts[j].first + 1 &&
               code(pts[j + 1].second, pts[j + 1].first) == c) {
            ++j;
            peak = std::max(peak, pts[j].second);
        }
        HealthEvent e;
        e.id = g.id;
        e.kind = kind;
        e.startMs = r.startMs + pts[i].first * r.stepMs - windowMs;
        if (pts[j].first < last)
            e.endMs = r.startMs + pts[j].first * r.stepMs;
        e.peak = peak;
        if (kind == QLatin1String("xid"))
            e.code = c;
        e.meaning = meaning(c, peak);
        out.append(std::move(e));
        i = j + 1;
    }
}

double median(std::vector<double> v) {
    if (v.empty())
        return NAN;
    const size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + qsizetype(mid), v.end());
    return v[mid];
}

// Utilisation per board and step, so a GPU is compared with peers doing similar work: a busy
// GPU is hotter and draws more than an idle one, which is not a fault.
using LoadMap = QHash<QString, QHash<qint64, double>>;

LoadMap loadOf(const QueryResult& utilization) {
    LoadMap load;
    for (const GridSeries& g : gridSeries(utilization, true))
        for (const auto& [step, value] : g.points)
            load[g.id.gpuKey()].insert(step, value);
    return load;
}

// Per model and step: (load, value) of every GPU.
struct Peers {
    QHash<QString, QHash<qint64, std::vector<std::pair<double, double>>>> values;
    // The median value of the model's GPUs whose load is within `tolerance` of `load`.
    double medianAt(const QString& model, qint64 step, double load, double tolerance,
                    int* count) const {
        *count = 0;
        const auto m = values.constFind(model);
        if (m == values.constEnd())
            return NAN;
        const auto s = m->constFind(step);
        if (s == m->constEnd())
            return NAN;
        std::vector<double> similar;
        for (const auto& [l, v] : *s)
            if (std::abs(l - load) <= tolerance)
                similar.push_back(v);
        *count = int(similar.size());
        return median(std::move(similar));
    }
};

Peers peersOf(const QList<GridSeries>& series, const LoadMap& load) {
    Peers p;
    for (const GridSeries& g : series) {
        const auto gl = load.constFind(g.id.gpuKey());
        if (gl == load.constEnd())
            continue;
        for (const auto& [step, value] : g.points) {
            const auto l = gl->constFind(step);
            if (l != gl->constEnd())
                p.values[g.id.model][step].push_back({*l, value});
        }
    }
    return p;
}

std::optional<double> loadAt(const LoadMap& load, const GpuIdentity& id, qint64 step) {
    const auto gl = load.constFind(id.gpuKey());
    if (gl == load.constEnd())
        return std::nullopt;
    const auto l = gl->constFind(step);
    if (l == gl->constEnd())
        return std::nullopt;
    return *l;
}

QString round0(double v) {
    return QString::number(std::round(v), 'f', 0);
}

} // namespace

QString isoTime(qint64 ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QList<HealthEvent> findHealthEvents(const HealthInputs& in, const HealthOptions& o) {
    QList<HealthEvent> events;
    const qint64 window = in.windowMs;
    const LoadMap load = loadOf(in.utilization);

    // XID: the value is the code; a change of code starts a new event.
    {
        QList<HealthEvent> xids;
        for (const GridSeries& g : gridSeries(in.xid, false))
            runs(
                in.xid, g, window ? window : in.xid.stepMs, QStringLiteral("xid"),
                [](double v, qint64) { return v >= 1 && v < 1e6 ? int(v) : 0; },
                [](int c, double) { return xidMeaning(c); }, xids);
        // The same XID on every instance of a GPU at the same time is the board's.
        QHash<QString, QList<qsizetype>> groups;
        for (qsizetype i = 0; i < xids.size(); ++i) {
            const HealthEvent& e = xids[i];
            groups[e.id.gpuKey() + QLatin1Char('|') + QString::number(*e.code) + QLatin1Char('|') +
                   QString::number(e.startMs) + QLatin1Char('|') +
                   QString::number(e.endMs.value_or(-1))]
                .append(i);
        }
        for (const QList<qsizetype>& members : groups) {
            HealthEvent e = xids[members.first()];
            if (members.size() > 1)
                e.id = boardIdentity(e.id);
            events.append(std::move(e));
        }
    }

    // Temperature: over the threshold, or far above equally busy GPUs of the same model.
    {
        const QList<GridSeries> temps = gridSeries(in.temperature, true);
        const Peers peers = peersOf(temps, load);
        for (const GridSeries& g : temps) {
            const QString model = g.id.model;
            const GpuIdentity id = g.id;
            runs(
                in.temperature, g, window ? window : in.temperature.stepMs,
                QStringLiteral("temperature"),
                [&](double v, qint64 step) {
                    if (v >= o.temperatureC)
                        return 1;
                    const auto l = loadAt(load, id, step);
                    if (!l || v < o.temperaturePeerFloorC)
                        return 0;
                    int n = 0;
                    const double med = peers.medianAt(model, step, *l, o.peerLoadTolerancePct, &n);
                    return n >= o.minPeers && v - med >= o.temperaturePeerDeltaC ? 1 : 0;
                },
                [&](int, double peak) {
                    return peak >= o.temperatureC
                               ? tr("GPU temperature reached %1 °C (the alert threshold is %2 "
                                    "°C); check the cooling of this GPU and node.")
                                     .arg(round0(peak), round0(o.temperatureC))
                               : tr("GPU ran much hotter than other GPUs of its model under the "
                                    "same load (up to %1 °C); check its fans and airflow.")
                                     .arg(round0(peak));
                },
                events);
        }
    }

    // Power: above the board limit; without a known limit, far above equally busy peers.
    {
        QHash<QString, double> limits;
        for (const Sample& s : in.powerLimits) {
            const GpuIdentity id = gpuIdentity(s.labels);
            if (id.isValid() && !isBlankValue(s.point.value) && s.point.value > 0)
                limits.insert(id.gpuKey(), s.point.value);
        }
        const QList<GridSeries> power = gridSeries(in.power, true);
        const Peers peers = peersOf(power, load);
        for (const GridSeries& g : power) {
            double limit = limits.value(g.id.gpuKey(), 0);
            if (limit <= 0)
                limit = boardPowerWatts(g.id.model);
            const QString model = g.id.model;
            const GpuIdentity id = g.id;
            runs(
                in.power, g, window ? window : in.power.stepMs, QStringLiteral("power"),
                [&](double v, qint64 step) {
                    if (limit > 0)
                        return v > limit * o.powerOverLimitRatio ? 1 : 0;
                    const auto l = loadAt(load, id, step);
                    if (!l)
                        return 0;
                    int n = 0;
                    const double med = peers.medianAt(model, step, *l, o.peerLoadTolerancePct, &n);
                    return n >= o.minPeers && v > med * o.powerPeerRatio &&
                                   v - med > o.powerPeerDeltaW
                               ? 1
                               : 0;
                },
                [&](int, double peak) {
                    return limit > 0 ? tr("Power draw reached %1 W, above the board limit of %2 W; "
                                          "check the power capping and the power supply.")
                                           .arg(round0(peak), round0(limit))
                                     : tr("Power draw reached %1 W, far above other GPUs of its "
                                          "model under the same load; check the power capping.")
                                           .arg(round0(peak));
                },
                events);
        }
    }

    // Throttling: the violation counters grew during the step.
    auto throttling = [&](const QueryResult& r, const QString& kind, const QString& text) {
        for (const GridSeries& g : gridSeries(r, true))
            runs(
                r, g, window ? window : r.stepMs, kind,
                [](double v, qint64) { return v > 0 ? 1 : 0; },
                [text](int, double) { return text; }, events);
    };
    throttling(in.thermal, QStringLiteral("thermal-throttling"),
               tr("Clocks were held down to protect the GPU from heat; check the cooling."));
    throttling(in.powerCapped, QStringLiteral("power-throttling"),
               tr("Clocks were held down by the power limit; the workload needs more power "
                  "than the GPU may draw."));

    std::sort(events.begin(), events.end(), [](const HealthEvent& a, const HealthEvent& b) {
        if (a.startMs != b.startMs)
            return a.startMs < b.startMs;
        if (a.id.node != b.id.node)
            return a.id.node < b.id.node;
        if (a.id.gpu != b.id.gpu)
            return gpuIndexLess(a.id.gpu, b.id.gpu);
        if (a.id.migInstance != b.id.migInstance)
            return gpuIndexLess(a.id.migInstance, b.id.migInstance);
        return a.kind < b.kind;
    });
    return events;
}

QJsonObject healthEventsJson(const QList<HealthEvent>& events) {
    auto index = [](const QString& s) -> QJsonValue {
        bool ok = false;
        const int i = s.toInt(&ok);
        return s.isEmpty() ? QJsonValue(QJsonValue::Null) : ok ? QJsonValue(i) : QJsonValue(s);
    };
    QJsonArray out;
    for (const HealthEvent& e : events)
        out.append(QJsonObject{
            {QStringLiteral("node"), e.id.node},
            {QStringLiteral("gpu"), index(e.id.gpu)},
            {QStringLiteral("migInstance"), index(e.id.migInstance)},
            {QStringLiteral("kind"), e.kind},
            {QStringLiteral("code"), e.code ? QJsonValue(*e.code) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("meaning"), e.meaning},
            {QStringLiteral("start"), isoTime(e.startMs)},
            {QStringLiteral("end"),
             e.endMs ? QJsonValue(isoTime(*e.endMs)) : QJsonValue(QJsonValue::Null)},
        });
    return QJsonObject{{QStringLiteral("events"), out}};
}

} // namespace fd::metrics
