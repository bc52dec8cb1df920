#include "metrics/promerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd::metrics {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("fd::metrics", text);
}

QString serviceName(Service service) {
    return service == Service::Prometheus ? QStringLiteral("Prometheus")
                                          : QStringLiteral("Alertmanager");
}

// Server words are shown in one sentence: one line, bounded.
QString oneLine(QString text) {
    text = text.simplified();
    if (text.size() > 400)
        text = text.left(400) + QChar(0x2026);
    return text;
}

QByteArray head(QByteArrayView bytes, qsizetype n) {
    return bytes.first(qMin(n, bytes.size())).toByteArray();
}

bool looksLikeHtml(QByteArrayView body, QByteArrayView contentType) {
    if (contentType.toByteArray().toLower().contains("html"))
        return true;
    const QByteArray start = head(body, 256).trimmed().toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html") ||
           start.startsWith("<head") || start.startsWith("<body") || start.startsWith("<?xml");
}

} // namespace

PromErrorCategory categoryForApiError(const QString& type, const QString& words, int status) {
    if (words.contains(QLatin1String("too many samples")))
        return PromErrorCategory::TooManySamples;
    if (type == QLatin1String("bad_data"))
        return PromErrorCategory::BadQuery;
    if (type == QLatin1String("timeout"))
        return PromErrorCategory::QueryTimeout;
    if (type == QLatin1String("unavailable"))
        return PromErrorCategory::Unavailable;
    if (type == QLatin1String("not_found"))
        return PromErrorCategory::NotFound;
    if (type == QLatin1String("execution") || type == QLatin1String("internal") ||
        type == QLatin1String("canceled"))
        return PromErrorCategory::QueryFailed;
    if (status == 401)
        return PromErrorCategory::Unauthorized;
    if (status == 403)
        return PromErrorCategory::Forbidden;
    if (status == 404)
        return PromErrorCategory::NotFound;
    if (status == 503)
        return PromErrorCategory::Unavailable;
    if (status == 400 || status == 422)
        return PromErrorCategory::BadQuery;
    return PromErrorCategory::ServerError;
}

fd::Error PromError::toError() const {
    fd::ErrorKind kind = fd::ErrorKind::Remote;
    switch (category) {
    case PromErrorCategory::Network:
    case PromErrorCategory::TooLarge:
        kind = fd::ErrorKind::Network;
        break;
    case PromErrorCategory::InvalidInput:
        kind = fd::ErrorKind::InvalidInput;
        break;
    case PromErrorCategory::Cancelled:
        kind = fd::ErrorKind::Cancelled;
        break;
    case PromErrorCategory::NotFound:
        kind = fd::ErrorKind::NotFound;
        break;
    default:
        break;
    }
    return fd::Error(kind, message, detail);
}

QString categoryName(PromErrorCategory category) {
    switch (category) {
    case PromErrorCategory::Network:
        return QStringLiteral("network");
    case PromErrorCategory::Unauthorized:
        return QStringLiteral("unauthorized");
    case PromErrorCategory::Forbidden:
        return QStringLiteral("forbidden");
    case PromErrorCategory::NotFound:
        return QStringLiteral("not-found");
    case PromErrorCategory::BadQuery:
        return QStringLiteral("bad-query");
    case PromErrorCategory::QueryTimeout:
        return QStringLiteral("query-timeout");
    case PromErrorCategory::TooManySamples:
        return QStringLiteral("too-many-samples");
    case PromErrorCategory::QueryFailed:
        return QStringLiteral("query-failed");
    case PromErrorCategory::Unavailable:
        return QStringLiteral("unavailable");
    case PromErrorCategory::ServerError:
        return QStringLiteral("server-error");
    case PromErrorCategory::NotPrometheus:
        return QStringLiteral("not-prometheus");
    case PromErrorCategory::Malformed:
        return QStringLiteral("malformed");
    case PromErrorCategory::TooLarge:
        return QStringLiteral("too-large");
    case PromErrorCategory::InvalidInput:
        return QStringLiteral("invalid-input");
    case PromErrorCategory::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("server-error");
}

PromError makePromError(PromErrorCategory category, QString message, QString detail) {
    PromError e;
    e.category = category;
    e.message = std::move(message);
    e.detail = std::move(detail);
    return e;
}

QString apiErrorMessage(PromErrorCategory category, Service service, const QString& server,
                        const QString& serverWords, int httpStatus) {
    const QString name = serviceName(service);
    const QString words = oneLine(serverWords);
    switch (category) {
    case PromErrorCategory::BadQuery:
        return tr("%1 rejected the query: %2 — correct the query or its parameters and run it "
                  "again.")
            .arg(name, words);
    case PromErrorCategory::QueryTimeout:
        return tr("%1 gave up on the query: %2 — choose a shorter time range, a larger step or a "
                  "narrower query.")
            .arg(name, words);
    case PromErrorCategory::TooManySamples:
        return tr("%1 refused to load that much data: %2 — choose a shorter time range, a larger "
                  "step or fewer series.")
            .arg(name, words);
    case PromErrorCategory::QueryFailed:
        return tr("%1 could not run the query: %2 — check the query; if it keeps failing, look "
                  "at the server's log.")
            .arg(name, words);
    case PromErrorCategory::Unavailable:
        return tr("%1 at %2 is not ready to answer (%3); wait a moment and try again.")
            .arg(name, server, words.isEmpty() ? QStringLiteral("HTTP 503") : words);
    case PromErrorCategory::Unauthorized:
        return tr("%1 did not accept the credentials (HTTP 401); check the user, password or "
                  "token of this endpoint.")
            .arg(server);
    case PromErrorCategory::Forbidden:
        return tr("%1 refused access (HTTP 403); check that this account may read %2 (through a "
                  "cluster's API server it needs permission to get services/proxy).")
            .arg(server, name);
    case PromErrorCategory::NotFound:
        return tr("%1 has no %2 API at this address (HTTP 404); check the URL, including any path "
                  "prefix such as /prometheus.")
            .arg(server, name);
    default:
        break;
    }
    if (words.isEmpty())
        return tr("%1 answered with HTTP %2; try again later or check the server.")
            .arg(server)
            .arg(httpStatus);
    return tr("%1 answered with HTTP %2: %3 — try again later or check the server.")
        .arg(server)
        .arg(httpStatus)
        .arg(words);
}

PromError errorFromNet(const fd::net::NetError& error, Service service, const QString& server,
                       qint64 sizeLimit) {
    PromError e;
    e.netKind = error.kind;
    e.httpStatus = error.httpStatus;
    e.detail = error.detail;
    e.peerCertSha256 = error.peerCertSha256;
    e.peerCertsPem = error.peerCertsPem;
    switch (error.kind) {
    case fd::net::NetErrorKind::TooLarge:
        e.category = PromErrorCategory::TooLarge;
        e.message = tr("The answer from %1 is larger than %2 MB, more than Fleetdeck reads at "
                       "once; choose a shorter time range, a larger step or fewer series.")
                        .arg(server)
                        .arg(double(sizeLimit) / 1e6, 0, 'f', 0);
        break;
    case fd::net::NetErrorKind::Cancelled:
        e.category = PromErrorCategory::Cancelled;
        e.message = error.message;
        break;
    case fd::net::NetErrorKind::Timeout:
        e.category = PromErrorCategory::Network;
        e.message = tr("%1 at %2 did not answer in time; check that it is running and reachable, "
                       "or choose a shorter time range.")
                        .arg(serviceName(service), server);
        break;
    default:
        e.category = PromErrorCategory::Network;
        e.message = error.message;
        break;
    }
    return e;
}

PromError notApiError(QByteArrayView body, QByteArrayView contentType, Service service,
                      const QString& server, const QString& why) {
    PromError e;
    e.detail = why;
    const QByteArray trimmed = head(body, 64).trimmed();
    if (looksLikeHtml(body, contentType)) {
        e.category = PromErrorCategory::NotPrometheus;
        e.message = tr("%1 answered with a web page instead of the %2 API; check that the URL "
                       "points at %2 itself (for example http://host:9090), not at a login page "
                       "or a dashboard.")
                        .arg(server, serviceName(service));
    } else if (!trimmed.startsWith('{') && !trimmed.startsWith('[') && !trimmed.startsWith('"')) {
        e.category = PromErrorCategory::NotPrometheus;
        e.message = tr("%1 did not answer like %2 (the answer is not JSON); check that the URL "
                       "points at %2.")
                        .arg(server, serviceName(service));
    } else {
        e.category = PromErrorCategory::Malformed;
        e.message = tr("%1 sent an answer Fleetdeck cannot read (%2); check that the URL points "
                       "at %3, or report this with the details.")
                        .arg(server, oneLine(why), serviceName(service));
    }
    return e;
}

PromError errorFromResponse(int httpStatus, QByteArrayView body, QByteArrayView contentType,
                            Service service, const QString& server) {
    PromError e;
    e.httpStatus = httpStatus;
    QString words;
    QString type;
    const QJsonDocument doc = QJsonDocument::fromJson(head(body, 1 << 20));
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        type = o.value(QLatin1String("errorType")).toString();
        words = o.value(QLatin1String("error")).toString();
        if (words.isEmpty()) // Alertmanager (go-swagger): {"code": 422, "message": "..."}
            words = o.value(QLatin1String("message")).toString();
    } else if (doc.isNull() && head(body, 1) == "\"") {
        // Alertmanager answers some errors with a bare JSON string.
        words = QJsonDocument::fromJson("[" + head(body, 4096) + "]").array().at(0).toString();
    } else if (!looksLikeHtml(body, contentType)) {
        words = QString::fromUtf8(head(body, 400)).trimmed();
    }
    e.errorType = type;
    e.error = words;
    e.category = categoryForApiError(type, words, httpStatus);
    e.detail = QStringLiteral("HTTP %1").arg(httpStatus) +
               (type.isEmpty() ? QString() : QStringLiteral(" errorType=") + type) +
               (words.isEmpty() ? QString() : QStringLiteral(": ") + oneLine(words));
    e.message = apiErrorMessage(e.category, service, server, words, httpStatus);
    return e;
}

} // namespace fd::metrics
