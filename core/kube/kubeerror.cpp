#include "kube/kubeerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fd::kube {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("fd::kube::KubeError", text);
}

// Retry-After is seconds in practice (the apiserver never sends an HTTP date).
int parseRetryAfter(const QByteArray& header) {
    bool ok = false;
    const int seconds = header.trimmed().toInt(&ok);
    return ok && seconds >= 0 ? seconds : -1;
}

} // namespace

QString categoryName(KubeErrorCategory category) {
    switch (category) {
    case KubeErrorCategory::Network:
        return QStringLiteral("network");
    case KubeErrorCategory::Unauthorized:
        return QStringLiteral("unauthorized");
    case KubeErrorCategory::Forbidden:
        return QStringLiteral("forbidden");
    case KubeErrorCategory::NotFound:
        return QStringLiteral("not-found");
    case KubeErrorCategory::Conflict:
        return QStringLiteral("conflict");
    case KubeErrorCategory::AlreadyExists:
        return QStringLiteral("already-exists");
    case KubeErrorCategory::Invalid:
        return QStringLiteral("invalid");
    case KubeErrorCategory::TooManyRequests:
        return QStringLiteral("too-many-requests");
    case KubeErrorCategory::Gone:
        return QStringLiteral("gone");
    case KubeErrorCategory::ServerError:
        return QStringLiteral("server-error");
    case KubeErrorCategory::ExecPluginMissing:
        return QStringLiteral("exec-plugin-missing");
    case KubeErrorCategory::ExecPluginFailed:
        return QStringLiteral("exec-plugin-failed");
    case KubeErrorCategory::OidcRefreshFailed:
        return QStringLiteral("oidc-refresh-failed");
    case KubeErrorCategory::MalformedResponse:
        return QStringLiteral("malformed-response");
    case KubeErrorCategory::Cancelled:
        return QStringLiteral("cancelled");
    case KubeErrorCategory::VaultLocked:
        return QStringLiteral("vault-locked");
    case KubeErrorCategory::CredentialUnavailable:
        return QStringLiteral("credential-unavailable");
    }
    return QStringLiteral("unknown");
}

KubeErrorCategory categoryFor(int httpStatus, const QString& reason) {
    if (reason == QLatin1String("AlreadyExists"))
        return KubeErrorCategory::AlreadyExists;
    if (reason == QLatin1String("Conflict"))
        return KubeErrorCategory::Conflict;
    if (reason == QLatin1String("Expired") || reason == QLatin1String("Gone"))
        return KubeErrorCategory::Gone;
    switch (httpStatus) {
    case 400:
        return KubeErrorCategory::Invalid;
    case 401:
        return KubeErrorCategory::Unauthorized;
    case 403:
        return KubeErrorCategory::Forbidden;
    case 404:
        return KubeErrorCategory::NotFound;
    case 409:
        return KubeErrorCategory::Conflict;
    case 410:
        return KubeErrorCategory::Gone;
    case 415:
    case 422:
        return KubeErrorCategory::Invalid;
    case 429:
        return KubeErrorCategory::TooManyRequests;
    default:
        break;
    }
    return KubeErrorCategory::ServerError;
}

KubeError makeKubeError(KubeErrorCategory category, QString message, QString detail) {
    KubeError e;
    e.category = category;
    e.message = std::move(message);
    e.detail = std::move(detail);
    return e;
}

KubeError errorFromResponse(int httpStatus, const QByteArray& body,
                            const QByteArray& retryAfterHeader) {
    KubeError e;
    e.httpStatus = httpStatus;
    e.retryAfterSeconds = parseRetryAfter(retryAfterHeader);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject status = doc.object();
    if (parseError.error == QJsonParseError::NoError &&
        status.value(QLatin1String("kind")).toString() == QLatin1String("Status")) {
        e.reason = status.value(QLatin1String("reason")).toString();
        e.message = status.value(QLatin1String("message")).toString();
        const int code = status.value(QLatin1String("code")).toInt();
        if (e.httpStatus == 0 && code > 0)
            e.httpStatus = code;
        const QJsonObject details = status.value(QLatin1String("details")).toObject();
        e.detailsName = details.value(QLatin1String("name")).toString();
        e.detailsGroup = details.value(QLatin1String("group")).toString();
        e.detailsKind = details.value(QLatin1String("kind")).toString();
        if (e.retryAfterSeconds < 0 && details.contains(QLatin1String("retryAfterSeconds")))
            e.retryAfterSeconds = details.value(QLatin1String("retryAfterSeconds")).toInt();
        const QJsonArray causes = details.value(QLatin1String("causes")).toArray();
        for (const QJsonValue& c : causes) {
            const QJsonObject o = c.toObject();
            e.causes.append({o.value(QLatin1String("reason")).toString(),
                             o.value(QLatin1String("message")).toString(),
                             o.value(QLatin1String("field")).toString()});
        }
    } else {
        // Not a Status (a proxy's HTML page, a plain-text error): keep a short excerpt for the
        // details, never the whole body.
        e.detail = QString::fromUtf8(body.left(200)).simplified();
    }
    e.category = categoryFor(e.httpStatus, e.reason);
    if (e.message.isEmpty())
        e.message = QStringLiteral("HTTP %1").arg(e.httpStatus);
    return e;
}

KubeError errorFromNet(const fd::net::NetError& error, const QByteArray& retryAfterHeader) {
    using fd::net::NetErrorKind;
    if (error.kind == NetErrorKind::HttpStatus)
        return errorFromResponse(error.httpStatus, error.body, retryAfterHeader);
    KubeError e;
    e.category = error.kind == NetErrorKind::Cancelled ? KubeErrorCategory::Cancelled
                                                       : KubeErrorCategory::Network;
    e.netKind = error.kind;
    e.message = error.message;
    e.detail = error.detail;
    e.peerCertSha256 = error.peerCertSha256;
    e.peerCertsPem = error.peerCertsPem;
    return e;
}

QString KubeError::userMessage() const {
    QString next;
    switch (category) {
    case KubeErrorCategory::Network:
    case KubeErrorCategory::ExecPluginMissing:
    case KubeErrorCategory::ExecPluginFailed:
    case KubeErrorCategory::OidcRefreshFailed:
    case KubeErrorCategory::VaultLocked:
    case KubeErrorCategory::CredentialUnavailable:
        // These messages are already full sentences written for the user.
        return message;
    case KubeErrorCategory::Unauthorized:
        next = tr("The cluster did not accept the credential; renew the token or certificate, "
                  "or re-import the kubeconfig.");
        break;
    case KubeErrorCategory::Forbidden:
        next = tr("You are signed in but not allowed to do this; ask the cluster admin for the "
                  "missing permission.");
        break;
    case KubeErrorCategory::NotFound:
        next = tr("The object does not exist (any more); refresh the view.");
        break;
    case KubeErrorCategory::Conflict:
        next = tr("The object was changed by someone else meanwhile; reload it and apply your "
                  "change again.");
        break;
    case KubeErrorCategory::AlreadyExists:
        next = tr("An object with this name already exists; choose another name or update the "
                  "existing one.");
        break;
    case KubeErrorCategory::Invalid:
        next = tr("The cluster rejected the object as invalid; correct the fields listed and "
                  "try again.");
        break;
    case KubeErrorCategory::TooManyRequests:
        next = tr("The cluster is throttling requests; wait a moment and try again.");
        break;
    case KubeErrorCategory::Gone:
        next = tr("The data asked for has expired on the server; reload the list.");
        break;
    case KubeErrorCategory::ServerError:
        next = tr("The API server reported an internal problem; try again later or check the "
                  "control plane's health.");
        break;
    case KubeErrorCategory::MalformedResponse:
        next = tr("The server's answer is not a Kubernetes API response; check that the URL "
                  "points at the API server and not at a proxy or web page.");
        break;
    case KubeErrorCategory::Cancelled:
        return tr("The request was cancelled.");
    }
    if (message.isEmpty() || category == KubeErrorCategory::MalformedResponse)
        return next;
    // The server's own message first (it names the object and the permission), then our advice.
    QString text = message;
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text + QLatin1Char(' ') + next;
}

fd::Error KubeError::toError() const {
    fd::ErrorKind kind = fd::ErrorKind::Remote;
    switch (category) {
    case KubeErrorCategory::Network:
    case KubeErrorCategory::ExecPluginMissing:
    case KubeErrorCategory::ExecPluginFailed:
    case KubeErrorCategory::OidcRefreshFailed:
        kind = fd::ErrorKind::Network;
        break;
    case KubeErrorCategory::NotFound:
        kind = fd::ErrorKind::NotFound;
        break;
    case KubeErrorCategory::Cancelled:
        kind = fd::ErrorKind::Cancelled;
        break;
    case KubeErrorCategory::VaultLocked:
        kind = fd::ErrorKind::Locked;
        break;
    case KubeErrorCategory::CredentialUnavailable:
        kind = fd::ErrorKind::KeyUnavailable;
        break;
    case KubeErrorCategory::MalformedResponse:
        kind = fd::ErrorKind::Corrupt;
        break;
    default:
        break;
    }
    QString det = detail;
    if (!reason.isEmpty())
        det = QStringLiteral("HTTP %1 %2%3")
                  .arg(httpStatus)
                  .arg(reason, det.isEmpty() ? QString() : u": " + det);
    return fd::Error(kind, userMessage(), det);
}

} // namespace fd::kube
