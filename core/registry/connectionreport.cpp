#include "registry/connectionreport.h"

#include <QRegularExpression>

namespace fd::registry {

ClusterStatus ConnectionReport::clusterStatus() const {
    if (category == ConnectionCategory::Cancelled || category == ConnectionCategory::VaultLocked)
        return ClusterStatus::Unknown;
    if (!ok)
        return ClusterStatus::Unreachable;
    return (nodesTotal > 0 && nodesReady == nodesTotal) ? ClusterStatus::Ready
                                                        : ClusterStatus::NotReady;
}

QString ConnectionReport::sentence() const {
    if (nextStep.isEmpty())
        return message;
    return message + QLatin1Char(' ') + nextStep;
}

QString missingPermissionFromStatus(const QString& statusMessage) {
    static const QRegularExpression re(QStringLiteral(R"(\bcannot (.+?)\s*$)"));
    const auto m = re.match(statusMessage);
    return m.hasMatch() ? m.captured(1) : QString();
}

void describeFailure(ConnectionReport& r) {
    fd::net::FailureDetails facts;
    facts.category = r.category;
    facts.httpStatus = r.httpStatus;
    facts.certSha256 = r.certSha256;
    facts.missingPermission = r.missingPermission;
    facts.pluginCommand = r.execCommand;
    facts.pluginInstallHint = r.execInstallHint;
    const fd::net::FailureText text = fd::net::describe(facts);
    r.message = text.message;
    r.nextStep = text.nextStep;
}

ConnectionReport reportFromError(const fd::kube::KubeError& e,
                                 const fd::kube::ClusterConnection& connection) {
    using C = fd::kube::KubeErrorCategory;
    ConnectionReport r;
    r.ok = false;
    r.httpStatus = e.httpStatus;
    r.checkedAt = QDateTime::currentDateTimeUtc();
    r.detail = e.detail.isEmpty() ? e.message : e.detail;
    switch (e.category) {
    case C::Network:
        r.category = fd::net::categoryOf(e.netKind);
        r.certSha256 = e.peerCertSha256;
        break;
    case C::Unauthorized:
        r.category = ConnectionCategory::Unauthorized;
        break;
    case C::Forbidden:
        r.category = ConnectionCategory::Forbidden;
        r.missingPermission = missingPermissionFromStatus(e.message);
        break;
    case C::ExecPluginMissing:
        r.category = ConnectionCategory::CredentialPluginMissing;
        break;
    case C::ExecPluginFailed:
        r.category = ConnectionCategory::CredentialPluginFailed;
        break;
    case C::OidcRefreshFailed:
        r.category = ConnectionCategory::TokenRefreshFailed;
        break;
    case C::MalformedResponse:
        r.category = ConnectionCategory::MalformedResponse;
        break;
    case C::Cancelled:
        r.category = ConnectionCategory::Cancelled;
        break;
    case C::VaultLocked:
        r.category = ConnectionCategory::VaultLocked;
        break;
    case C::CredentialUnavailable:
        r.category = ConnectionCategory::Other;
        break;
    case C::NotFound:
    case C::Conflict:
    case C::AlreadyExists:
    case C::Invalid:
    case C::TooManyRequests:
    case C::Gone:
    case C::ServerError:
        r.category = ConnectionCategory::HttpStatus;
        break;
    }
    if (r.category == ConnectionCategory::CredentialPluginMissing ||
        r.category == ConnectionCategory::CredentialPluginFailed) {
        r.execCommand = connection.exec.command;
        r.execInstallHint = connection.exec.installHint;
    }
    describeFailure(r);
    // A credential that could not be read says so in its own words.
    if (e.category == C::CredentialUnavailable)
        r.message = e.message, r.nextStep.clear();
    return r;
}

} // namespace fd::registry
