#include "metrics/promdecode.h"

#include "metrics/duration.h"
#include "metrics/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <charconv>
#include <cmath>
#include <limits>

namespace fd::metrics {

namespace {

PromError malformed(QByteArrayView body, Service service, const QString& server,
                    const QString& why) {
    return notApiError(body, {}, service, server, why);
}

PromError envelopeError(const QString& type, const QString& words, const QString& server) {
    // A 2xx with status "error" (some proxies do this): classified by errorType alone.
    PromError e;
    e.errorType = type;
    e.error = words;
    e.category = categoryForApiError(type, words, 0);
    if (e.category == PromErrorCategory::ServerError)
        e.category = PromErrorCategory::QueryFailed;
    e.message = apiErrorMessage(e.category, Service::Prometheus, server, words, 0);
    e.detail = QStringLiteral("errorType=") + type + QStringLiteral(": ") + words;
    return e;
}

// ---- the query decoder (pull reader: big answers) -------------------------------------------

struct QueryDecoder {
    JsonReader& r;
    StringPool& pool;
    QueryResult& out;

    bool labels(Labels* labels) {
        if (r.peek() == JsonReader::Kind::Null)
            return r.readNull();
        if (!r.enterObject())
            return false;
        QByteArrayView key;
        while (r.nextKey(&key)) {
            const QString name = pool.intern(key); // the key's bytes end at the next read
            if (r.peek() != JsonReader::Kind::String) {
                if (!r.skipValue())
                    return false;
                continue;
            }
            QByteArrayView value;
            if (!r.readString(&value))
                return false;
            labels->insert(name, pool.intern(value));
        }
        return !r.failed();
    }

    // [ <unix seconds>, "<value>" ]; false on a JSON error. *valid is false for a value that is
    // not a number (the point is dropped).
    bool point(Point* p, bool* valid) {
        *valid = false;
        if (!r.enterArray() || !r.nextElement())
            return r.failed() ? false : r.fail(QStringLiteral("empty sample"));
        double seconds = 0;
        if (r.peek() == JsonReader::Kind::String) {
            QByteArrayView text;
            if (!r.readString(&text))
                return false;
            const auto v = parseSampleValue(text);
            if (!v)
                return r.fail(QStringLiteral("sample time is not a number"));
            seconds = *v;
        } else if (!r.readNumber(&seconds)) {
            return false;
        }
        if (!std::isfinite(seconds) || std::abs(seconds) > 1e13)
            return r.fail(QStringLiteral("sample time out of range"));
        if (!r.nextElement())
            return r.failed() ? false : r.fail(QStringLiteral("sample without a value"));
        double value = 0;
        bool numeric = false;
        switch (r.peek()) {
        case JsonReader::Kind::String: {
            QByteArrayView text;
            if (!r.readString(&text))
                return false;
            if (const auto v = parseSampleValue(text)) {
                value = *v;
                numeric = true;
            }
            break;
        }
        case JsonReader::Kind::Number:
            numeric = r.readNumber(&value);
            if (r.failed())
                return false;
            break;
        default:
            if (!r.skipValue())
                return false;
        }
        if (r.nextElement()) // more than two elements: not a sample
            return r.fail(QStringLiteral("sample with more than two elements"));
        if (r.failed())
            return false;
        p->timeMs = qint64(std::llround(seconds * 1000.0));
        p->value = value;
        *valid = numeric;
        return true;
    }

    bool seriesOrSample() {
        if (!r.enterObject())
            return false;
        Labels metric;
        std::vector<Point> values;
        Point single;
        bool haveSingle = false;
        bool haveValues = false;
        QByteArrayView key;
        while (r.nextKey(&key)) {
            if (key == "metric") {
                if (!labels(&metric))
                    return false;
            } else if (key == "value") {
                bool valid = false;
                if (!point(&single, &valid))
                    return false;
                haveSingle = valid;
                if (!valid)
                    ++out.invalidValues;
            } else if (key == "values") {
                haveValues = true;
                if (!r.enterArray())
                    return false;
                while (r.nextElement()) {
                    Point p;
                    bool valid = false;
                    if (!point(&p, &valid))
                        return false;
                    if (valid)
                        values.push_back(p);
                    else
                        ++out.invalidValues;
                }
                if (r.failed())
                    return false;
            } else if (key == "histogram" || key == "histograms") {
                // Native histograms: not plotted by Fleetdeck; counted so the caller can say so.
                ++out.invalidValues;
                if (!r.skipValue())
                    return false;
            } else if (!r.skipValue()) {
                return false;
            }
        }
        if (r.failed())
            return false;
        if (haveValues) {
            out.matrix.append(Series{std::move(metric), std::move(values)});
        } else if (haveSingle) {
            out.vector.append(Sample{std::move(metric), single});
        } else {
            // A vector element whose value was not a number: the series is there, the value is
            // a gap.
            out.matrix.append(Series{std::move(metric), {}});
        }
        return true;
    }

    bool result(const QString& resultType) {
        if (r.peek() == JsonReader::Kind::Null)
            return r.readNull();
        if (!r.enterArray())
            return false;
        // Scalar and string results are one [time, "value"] pair, not a list of objects.
        if (!r.nextElement())
            return !r.failed();
        if (r.peek() != JsonReader::Kind::Object) {
            double seconds = 0;
            if (!r.readNumber(&seconds) || !r.nextElement())
                return r.failed() ? false : r.fail(QStringLiteral("bad scalar"));
            QByteArrayView text;
            if (!r.readString(&text))
                return false;
            out.scalar.timeMs = qint64(std::llround(seconds * 1000.0));
            if (resultType == QLatin1String("string")) {
                out.string = QString::fromUtf8(text);
            } else if (const auto v = parseSampleValue(text)) {
                out.scalar.value = *v;
            } else {
                out.scalar.value = std::numeric_limits<double>::quiet_NaN();
                ++out.invalidValues;
            }
            if (r.nextElement())
                return r.fail(QStringLiteral("bad scalar"));
            return !r.failed();
        }
        do {
            if (!seriesOrSample())
                return false;
        } while (r.nextElement());
        return !r.failed();
    }

    bool data(QString* resultType, bool* haveResult) {
        if (!r.enterObject())
            return false;
        QByteArrayView key;
        while (r.nextKey(&key)) {
            if (key == "resultType") {
                if (!r.readString(resultType))
                    return false;
            } else if (key == "result") {
                *haveResult = true;
                if (!result(*resultType))
                    return false;
            } else if (!r.skipValue()) {
                return false;
            }
        }
        return !r.failed();
    }
};

// ---- envelope for the QJsonDocument decoders (small answers) -------------------------------

PromResult<QJsonValue> envelopeData(QByteArrayView body, const QString& server) {
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &pe);
    if (doc.isNull())
        return malformed(body, Service::Prometheus, server, pe.errorString());
    if (!doc.isObject())
        return malformed(body, Service::Prometheus, server,
                         QStringLiteral("the answer is not a JSON object"));
    const QJsonObject o = doc.object();
    const QString status = o.value(QLatin1String("status")).toString();
    if (status == QLatin1String("error"))
        return envelopeError(o.value(QLatin1String("errorType")).toString(),
                             o.value(QLatin1String("error")).toString(), server);
    if (status != QLatin1String("success") || !o.contains(QLatin1String("data")))
        return malformed(body, Service::Prometheus, server,
                         QStringLiteral("no \"status\": \"success\" with \"data\""));
    return o.value(QLatin1String("data"));
}

Labels labelsFrom(const QJsonValue& v) {
    Labels out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.value().isString())
            out.insert(it.key(), it.value().toString());
    return out;
}

QDateTime timeFrom(const QJsonValue& v) {
    return parseRfc3339(v.toString());
}

qint64 secondsMs(const QJsonValue& v) {
    const double s = v.toDouble();
    return std::isfinite(s) && s >= 0 && s < 1e12 ? qint64(std::llround(s * 1000.0)) : 0;
}

PromAlert alertFrom(const QJsonObject& o) {
    PromAlert a;
    a.labels = labelsFrom(o.value(QLatin1String("labels")));
    a.annotations = labelsFrom(o.value(QLatin1String("annotations")));
    a.state = o.value(QLatin1String("state")).toString();
    a.activeAt = timeFrom(o.value(QLatin1String("activeAt")));
    const QJsonValue value = o.value(QLatin1String("value"));
    a.value = value.isString() ? value.toString() : QString::number(value.toDouble());
    return a;
}

PromResult<QJsonValue> amBody(QByteArrayView body, const QString& server, bool wantArray) {
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &pe);
    if (doc.isNull())
        return malformed(body, Service::Alertmanager, server, pe.errorString());
    if (wantArray ? !doc.isArray() : !doc.isObject())
        return malformed(body, Service::Alertmanager, server,
                         wantArray ? QStringLiteral("the answer is not a JSON array")
                                   : QStringLiteral("the answer is not a JSON object"));
    return wantArray ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

std::optional<double> parseSampleValue(QByteArrayView text) {
    if (text.isEmpty() || text.size() > 64)
        return std::nullopt;
    const char* begin = text.data();
    const char* end = begin + text.size();
    bool negative = false;
    if (*begin == '+' || *begin == '-') {
        negative = *begin == '-';
        ++begin;
    }
    const QByteArrayView rest(begin, end - begin);
    if (rest.compare("Inf", Qt::CaseInsensitive) == 0 ||
        rest.compare("Infinity", Qt::CaseInsensitive) == 0)
        return negative ? -std::numeric_limits<double>::infinity()
                        : std::numeric_limits<double>::infinity();
    if (rest.compare("NaN", Qt::CaseInsensitive) == 0)
        return std::numeric_limits<double>::quiet_NaN();
    if (begin == end || !((*begin >= '0' && *begin <= '9') || *begin == '.'))
        return std::nullopt;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, value);
    if (ptr != end || (ec != std::errc() && ec != std::errc::result_out_of_range))
        return std::nullopt;
    return negative ? -value : value;
}

QDateTime parseRfc3339(const QString& text) {
    if (text.isEmpty() || text.startsWith(QLatin1String("0001-01-01")))
        return {};
    // Qt reads at most milliseconds: cut longer fractions ("…29.967668664Z" → "…29.967Z").
    QString s = text;
    const qsizetype dot = s.indexOf(QLatin1Char('.'), 19);
    if (dot == 19) {
        qsizetype end = dot + 1;
        while (end < s.size() && s[end].isDigit())
            ++end;
        if (end - dot - 1 > 3)
            s.remove(dot + 4, end - dot - 4);
    }
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    return t.toUTC();
}

PromResult<QueryResult> decodeQueryResult(QByteArrayView body, const QString& server) {
    JsonReader r(body);
    StringPool pool;
    QueryResult out;
    QueryDecoder decoder{r, pool, out};
    if (r.peek() != JsonReader::Kind::Object)
        return malformed(body, Service::Prometheus, server,
                         QStringLiteral("the answer is not a JSON object"));
    QString status, errorType, error, resultType;
    bool haveData = false;
    bool haveResult = false;
    r.enterObject();
    QByteArrayView key;
    while (r.nextKey(&key)) {
        if (key == "status") {
            if (!r.readString(&status))
                break;
        } else if (key == "data") {
            haveData = true;
            if (r.peek() == JsonReader::Kind::Null) {
                r.readNull();
                continue;
            }
            if (!decoder.data(&resultType, &haveResult))
                break;
        } else if (key == "errorType" && r.peek() == JsonReader::Kind::String) {
            r.readString(&errorType);
        } else if (key == "error" && r.peek() == JsonReader::Kind::String) {
            r.readString(&error);
        } else if (key == "warnings" && r.peek() == JsonReader::Kind::Array) {
            r.enterArray();
            while (r.nextElement()) {
                QString w;
                if (r.peek() == JsonReader::Kind::String ? !r.readString(&w) : !r.skipValue())
                    break;
                if (!w.isEmpty())
                    out.warnings << w;
            }
        } else if (!r.skipValue()) {
            break;
        }
    }
    if (!r.failed() && !r.atEnd())
        r.fail(QStringLiteral("bytes after the JSON document"));
    if (r.failed())
        return malformed(body, Service::Prometheus, server, r.errorString());
    if (status == QLatin1String("error"))
        return envelopeError(errorType, error, server);
    if (status != QLatin1String("success") || !haveData)
        return malformed(body, Service::Prometheus, server,
                         QStringLiteral("no \"status\": \"success\" with \"data\""));
    if (resultType == QLatin1String("matrix")) {
        out.type = ResultType::Matrix;
        for (Sample& s : out.vector) // a vector-shaped element in a matrix: one point
            out.matrix.append(Series{std::move(s.labels), {s.point}});
        out.vector.clear();
    } else if (resultType == QLatin1String("vector")) {
        out.type = ResultType::Vector;
        // Elements without a numeric value were parked in `matrix`: keep their labels with NaN
        // so a table shows the series with an empty cell.
        for (Series& s : out.matrix)
            out.vector.append(
                Sample{std::move(s.labels), s.points.empty()
                                                ? Point{0, std::numeric_limits<double>::quiet_NaN()}
                                                : s.points.back()});
        out.matrix.clear();
    } else if (resultType == QLatin1String("scalar")) {
        out.type = ResultType::Scalar;
    } else if (resultType == QLatin1String("string")) {
        out.type = ResultType::String;
    } else if (!haveResult) {
        return malformed(body, Service::Prometheus, server, QStringLiteral("no result"));
    } else {
        return malformed(body, Service::Prometheus, server,
                         QStringLiteral("unknown resultType \"%1\"").arg(resultType.left(40)));
    }
    return out;
}

PromResult<QList<Labels>> decodeSeriesList(QByteArrayView body, const QString& server) {
    JsonReader r(body);
    StringPool pool;
    QueryResult scratch;
    QueryDecoder decoder{r, pool, scratch};
    if (r.peek() != JsonReader::Kind::Object)
        return malformed(body, Service::Prometheus, server,
                         QStringLiteral("the answer is not a JSON object"));
    QList<Labels> out;
    QString status, errorType, error;
    bool haveData = false;
    r.enterObject();
    QByteArrayView key;
    while (r.nextKey(&key)) {
        if (key == "status") {
            if (!r.readString(&status))
                break;
        } else if (key == "data" && r.peek() == JsonReader::Kind::Array) {
            haveData = true;
            r.enterArray();
            while (r.nextElement()) {
                Labels labels;
                if (!decoder.labels(&labels))
                    break;
                out.append(std::move(labels));
            }
        } else if (key == "errorType" && r.peek() == JsonReader::Kind::String) {
            r.readString(&errorType);
        } else if (key == "error" && r.peek() == JsonReader::Kind::String) {
            r.readString(&error);
        } else if (!r.skipValue()) {
            break;
        }
    }
    if (!r.failed() && !r.atEnd())
        r.fail(QStringLiteral("bytes after the JSON document"));
    if (r.failed())
        return malformed(body, Service::Prometheus, server, r.errorString());
    if (status == QLatin1String("error"))
        return envelopeError(errorType, error, server);
    if (status != QLatin1String("success") || !haveData)
        return malformed(body, Service::Prometheus, server,
                         QStringLiteral("no \"status\": \"success\" with a \"data\" list"));
    return out;
}

PromResult<QStringList> decodeStringList(QByteArrayView body, const QString& server) {
    auto data = envelopeData(body, server);
    if (!data)
        return data.error();
    if (!data->isArray() && !data->isNull())
        return malformed(body, Service::Prometheus, server,
                         QStringLiteral("\"data\" is not a list"));
    QStringList out;
    for (const QJsonValue& v : data->toArray())
        if (v.isString())
            out << v.toString();
    return out;
}

PromResult<TargetList> decodeTargets(QByteArrayView body, const QString& server) {
    auto data = envelopeData(body, server);
    if (!data)
        return data.error();
    if (!data->isObject())
        return malformed(body, Service::Prometheus, server,
                         QStringLiteral("\"data\" is not an object"));
    const QJsonObject d = data->toObject();
    TargetList out;
    for (const QJsonValue& v : d.value(QLatin1String("activeTargets")).toArray()) {
        const QJsonObject o = v.toObject();
        Target t;
        t.labels = labelsFrom(o.value(QLatin1String("labels")));
        t.discoveredLabels = labelsFrom(o.value(QLatin1String("discoveredLabels")));
        t.scrapePool = o.value(QLatin1String("scrapePool")).toString();
        t.scrapeUrl = o.value(QLatin1String("scrapeUrl")).toString();
        t.health = o.value(QLatin1String("health")).toString();
        t.lastError = o.value(QLatin1String("lastError")).toString();
        t.lastScrape = timeFrom(o.value(QLatin1String("lastScrape")));
        t.lastScrapeDurationSeconds = o.value(QLatin1String("lastScrapeDuration")).toDouble();
        t.scrapeIntervalMs =
            parseDurationMs(o.value(QLatin1String("scrapeInterval")).toString()).value_or(0);
        out.active.append(std::move(t));
    }
    out.droppedCount = int(d.value(QLatin1String("droppedTargets")).toArray().size());
    return out;
}

PromResult<QList<RuleGroup>> decodeRules(QByteArrayView body, const QString& server) {
    auto data = envelopeData(body, server);
    if (!data)
        return data.error();
    QList<RuleGroup> out;
    for (const QJsonValue& gv : data->toObject().value(QLatin1String("groups")).toArray()) {
        const QJsonObject g = gv.toObject();
        RuleGroup group;
        group.name = g.value(QLatin1String("name")).toString();
        group.file = g.value(QLatin1String("file")).toString();
        group.intervalMs = secondsMs(g.value(QLatin1String("interval")));
        for (const QJsonValue& rv : g.value(QLatin1String("rules")).toArray()) {
            const QJsonObject o = rv.toObject();
            Rule rule;
            rule.type = o.value(QLatin1String("type")).toString();
            rule.name = o.value(QLatin1String("name")).toString();
            rule.query = o.value(QLatin1String("query")).toString();
            rule.health = o.value(QLatin1String("health")).toString();
            rule.lastError = o.value(QLatin1String("lastError")).toString();
            rule.forMs = secondsMs(o.value(QLatin1String("duration")));
            rule.labels = labelsFrom(o.value(QLatin1String("labels")));
            rule.annotations = labelsFrom(o.value(QLatin1String("annotations")));
            rule.state = o.value(QLatin1String("state")).toString();
            for (const QJsonValue& av : o.value(QLatin1String("alerts")).toArray())
                rule.alerts.append(alertFrom(av.toObject()));
            group.rules.append(std::move(rule));
        }
        out.append(std::move(group));
    }
    return out;
}

PromResult<QList<PromAlert>> decodeAlerts(QByteArrayView body, const QString& server) {
    auto data = envelopeData(body, server);
    if (!data)
        return data.error();
    QList<PromAlert> out;
    for (const QJsonValue& v : data->toObject().value(QLatin1String("alerts")).toArray())
        out.append(alertFrom(v.toObject()));
    return out;
}

PromResult<BuildInfo> decodeBuildInfo(QByteArrayView body, const QString& server) {
    auto data = envelopeData(body, server);
    if (!data)
        return data.error();
    const QJsonObject o = data->toObject();
    BuildInfo info;
    info.version = o.value(QLatin1String("version")).toString();
    info.revision = o.value(QLatin1String("revision")).toString();
    info.branch = o.value(QLatin1String("branch")).toString();
    info.goVersion = o.value(QLatin1String("goVersion")).toString();
    if (info.version.isEmpty())
        return malformed(body, Service::Prometheus, server,
                         QStringLiteral("no version in the build information"));
    return info;
}

PromResult<QList<AmAlert>> decodeAmAlerts(QByteArrayView body, const QString& server) {
    auto doc = amBody(body, server, true);
    if (!doc)
        return doc.error();
    QList<AmAlert> out;
    for (const QJsonValue& v : doc->toArray()) {
        const QJsonObject o = v.toObject();
        AmAlert a;
        a.labels = labelsFrom(o.value(QLatin1String("labels")));
        a.annotations = labelsFrom(o.value(QLatin1String("annotations")));
        a.fingerprint = o.value(QLatin1String("fingerprint")).toString();
        const QJsonObject status = o.value(QLatin1String("status")).toObject();
        a.state = status.value(QLatin1String("state")).toString();
        for (const QJsonValue& s : status.value(QLatin1String("silencedBy")).toArray())
            a.silencedBy << s.toString();
        for (const QJsonValue& s : status.value(QLatin1String("inhibitedBy")).toArray())
            a.inhibitedBy << s.toString();
        for (const QJsonValue& rv : o.value(QLatin1String("receivers")).toArray())
            a.receivers << rv.toObject().value(QLatin1String("name")).toString();
        a.startsAt = timeFrom(o.value(QLatin1String("startsAt")));
        a.endsAt = timeFrom(o.value(QLatin1String("endsAt")));
        a.updatedAt = timeFrom(o.value(QLatin1String("updatedAt")));
        a.generatorUrl = o.value(QLatin1String("generatorURL")).toString();
        out.append(std::move(a));
    }
    return out;
}

PromResult<QList<Silence>> decodeSilences(QByteArrayView body, const QString& server) {
    auto doc = amBody(body, server, true);
    if (!doc)
        return doc.error();
    QList<Silence> out;
    for (const QJsonValue& v : doc->toArray()) {
        const QJsonObject o = v.toObject();
        Silence s;
        s.id = o.value(QLatin1String("id")).toString();
        s.state =
            o.value(QLatin1String("status")).toObject().value(QLatin1String("state")).toString();
        s.comment = o.value(QLatin1String("comment")).toString();
        s.createdBy = o.value(QLatin1String("createdBy")).toString();
        s.startsAt = timeFrom(o.value(QLatin1String("startsAt")));
        s.endsAt = timeFrom(o.value(QLatin1String("endsAt")));
        s.updatedAt = timeFrom(o.value(QLatin1String("updatedAt")));
        for (const QJsonValue& mv : o.value(QLatin1String("matchers")).toArray()) {
            const QJsonObject m = mv.toObject();
            s.matchers.append(Matcher{m.value(QLatin1String("name")).toString(),
                                      m.value(QLatin1String("value")).toString(),
                                      m.value(QLatin1String("isRegex")).toBool(),
                                      m.value(QLatin1String("isEqual")).toBool(true)});
        }
        out.append(std::move(s));
    }
    return out;
}

PromResult<QString> decodeSilenceId(QByteArrayView body, const QString& server) {
    auto doc = amBody(body, server, false);
    if (!doc)
        return doc.error();
    const QString id = doc->toObject().value(QLatin1String("silenceID")).toString();
    if (id.isEmpty())
        return malformed(body, Service::Alertmanager, server, QStringLiteral("no silenceID"));
    return id;
}

PromResult<AmStatus> decodeAmStatus(QByteArrayView body, const QString& server) {
    auto doc = amBody(body, server, false);
    if (!doc)
        return doc.error();
    const QJsonObject o = doc->toObject();
    AmStatus s;
    s.version =
        o.value(QLatin1String("versionInfo")).toObject().value(QLatin1String("version")).toString();
    s.uptime = o.value(QLatin1String("uptime")).toString();
    s.peers = int(o.value(QLatin1String("cluster"))
                      .toObject()
                      .value(QLatin1String("peers"))
                      .toArray()
                      .size());
    if (s.version.isEmpty())
        return malformed(body, Service::Alertmanager, server,
                         QStringLiteral("no version in the status"));
    return s;
}

} // namespace fd::metrics
