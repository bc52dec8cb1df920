#include "registry/connectionreport.h"
#include "registry/connectionmessages.h"
#include "registry/registrytext.h"

#include <QRegularExpression>

namespace fd::registry {

namespace {} // namespace

QString toString(ConnectionCategory category) {
    switch (category) {
    case ConnectionCategory::Ok:
        return QStringLiteral("ok");
    case ConnectionCategory::Dns:
        return QStringLiteral("dns");
    case ConnectionCategory::Refused:
        return QStringLiteral("refused");
    case ConnectionCategory::Timeout:
        return QStringLiteral("timeout");
    case ConnectionCategory::TlsUnknownCa:
        return QStringLiteral("tlsUnknownCa");
    case ConnectionCategory::TlsNameMismatch:
        return QStringLiteral("tlsNameMismatch");
    case ConnectionCategory::TlsClientCertRejected:
        return QStringLiteral("tlsClientCertRejected");
    case ConnectionCategory::TlsOther:
        return QStringLiteral("tlsOther");
    case ConnectionCategory::Unauthorized:
        return QStringLiteral("unauthorized");
    case ConnectionCategory::Forbidden:
        return QStringLiteral("forbidden");
    case ConnectionCategory::ExecPluginMissing:
        return QStringLiteral("execPluginMissing");
    case ConnectionCategory::ExecPluginFailed:
        return QStringLiteral("execPluginFailed");
    case ConnectionCategory::OidcRefreshFailed:
        return QStringLiteral("oidcRefreshFailed");
    case ConnectionCategory::Proxy:
        return QStringLiteral("proxy");
    case ConnectionCategory::HttpStatus:
        return QStringLiteral("httpStatus");
    case ConnectionCategory::MalformedResponse:
        return QStringLiteral("malformedResponse");
    case ConnectionCategory::VaultLocked:
        return QStringLiteral("vaultLocked");
    case ConnectionCategory::Cancelled:
        return QStringLiteral("cancelled");
    case ConnectionCategory::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

ClusterStatus ConnectionReport::clusterStatus() const {
    if (category == ConnectionCategory::Cancelled)
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
    switch (r.category) {
    case ConnectionCategory::Ok:
        r.message = Text::tr("The cluster answered and the credentials work.");
        r.nextStep.clear();
        break;
    case ConnectionCategory::Dns:
        r.message = Text::tr("The server's host name could not be resolved.");
        r.nextStep = Text::tr("Check the server address in the kubeconfig and this machine's DNS "
                              "settings.");
        break;
    case ConnectionCategory::Refused:
        r.message = Text::tr("The server refused the connection: nothing is listening on that "
                             "address and port.");
        r.nextStep = Text::tr("Check the server URL and port, and that the API server is running.");
        break;
    case ConnectionCategory::Timeout:
        r.message = Text::tr("The server did not answer within 15 seconds.");
        r.nextStep =
            Text::tr("Check that the address is reachable from this machine (VPN, firewall, "
                     "proxy) and try again.");
        break;
    case ConnectionCategory::TlsUnknownCa:
        r.message = Text::tr("The server's certificate is not signed by a trusted certificate "
                             "authority (SHA-256 fingerprint %1).")
                        .arg(r.caFingerprint.isEmpty() ? Text::tr("unknown") : r.caFingerprint);
        r.nextStep =
            Text::tr("Compare the fingerprint with your cluster administrator's, then choose "
                     "\"Trust this CA\" or add the cluster's CA to the kubeconfig.");
        break;
    case ConnectionCategory::TlsNameMismatch:
        r.message = Text::tr("The server's certificate does not match the host name in the server "
                             "URL.");
        r.nextStep = Text::tr("Use the host name the certificate was issued for, or set the TLS "
                              "server name to it.");
        break;
    case ConnectionCategory::TlsClientCertRejected:
        r.message = Text::tr("The server rejected the client certificate (it may have expired or "
                             "be signed by another CA).");
        r.nextStep = Text::tr("Get a current client certificate and key for this cluster and "
                              "import the kubeconfig again.");
        break;
    case ConnectionCategory::TlsOther:
        r.message = Text::tr("The secure connection to the server could not be established.");
        r.nextStep = Text::tr("Check the server URL and the cluster's TLS settings; the details "
                              "name the exact failure.");
        break;
    case ConnectionCategory::Unauthorized:
        r.message = Text::tr("The server did not accept the credentials (401 Unauthorized).");
        r.nextStep = Text::tr("The token or certificate is wrong or expired: get new credentials "
                              "and import the kubeconfig again.");
        break;
    case ConnectionCategory::Forbidden:
        r.message =
            r.missingPermission.isEmpty()
                ? Text::tr("The credentials are valid but lack a permission (403 Forbidden).")
                : Text::tr("The credentials are valid but lack a permission: cannot %1.")
                      .arg(r.missingPermission);
        r.nextStep = Text::tr("Ask the cluster administrator to grant it to this user (for example "
                              "with a ClusterRoleBinding to the \"view\" role).");
        break;
    case ConnectionCategory::ExecPluginMissing:
        r.message = Text::tr("The credential plugin \"%1\" was not found on this machine.")
                        .arg(r.execCommand);
        r.nextStep =
            r.execInstallHint.isEmpty()
                ? Text::tr("Install it, or point Fleetdeck to its location in the cluster's "
                           "connection settings (\"Credential plugin path\").")
                : Text::tr("Install it (%1), or point Fleetdeck to its location in the "
                           "cluster's connection settings (\"Credential plugin path\").")
                      .arg(r.execInstallHint.simplified());
        break;
    case ConnectionCategory::ExecPluginFailed:
        r.message = Text::tr("The credential plugin \"%1\" ran but did not produce a credential.")
                        .arg(r.execCommand);
        r.nextStep = Text::tr("Run it in a terminal to see its error (it may need a login first).");
        break;
    case ConnectionCategory::OidcRefreshFailed:
        r.message = Text::tr("The OIDC token has expired and could not be refreshed.");
        r.nextStep = Text::tr("Log in again with your identity provider and import the new "
                              "kubeconfig.");
        break;
    case ConnectionCategory::Proxy:
        r.message = Text::tr("The proxy refused or failed the connection to the server.");
        r.nextStep =
            Text::tr("Check the proxy URL in the kubeconfig and that the proxy allows this "
                     "server.");
        break;
    case ConnectionCategory::HttpStatus:
        r.message =
            Text::tr("The server answered with an unexpected HTTP status %1.").arg(r.httpStatus);
        r.nextStep = Text::tr("Check that the URL points to a Kubernetes API server (not a web "
                              "console or load balancer page).");
        break;
    case ConnectionCategory::MalformedResponse:
        r.message = Text::tr("The server's answer is not a Kubernetes API response.");
        r.nextStep = Text::tr("Check that the URL points to the Kubernetes API server itself.");
        break;
    case ConnectionCategory::VaultLocked:
        r.message = Text::tr("The cluster's credentials could not be read from the secret store.");
        r.nextStep = Text::tr("Unlock the vault (enter its passphrase) and try again.");
        break;
    case ConnectionCategory::Cancelled:
        r.message = Text::tr("The connection test was cancelled.");
        r.nextStep.clear();
        break;
    case ConnectionCategory::Other:
        r.message = Text::tr("The connection test failed.");
        r.nextStep = Text::tr("See the details for the exact error.");
        break;
    }
}

} // namespace fd::registry
