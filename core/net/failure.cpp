#include "net/failure.h"

#include <QCoreApplication>

namespace fd::net {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fd::net)
};

} // namespace

QString toString(FailureCategory category) {
    switch (category) {
    case FailureCategory::Ok:
        return QStringLiteral("ok");
    case FailureCategory::Dns:
        return QStringLiteral("dns");
    case FailureCategory::Refused:
        return QStringLiteral("refused");
    case FailureCategory::Timeout:
        return QStringLiteral("timeout");
    case FailureCategory::TlsUnknownCa:
        return QStringLiteral("tlsUnknownCa");
    case FailureCategory::TlsNameMismatch:
        return QStringLiteral("tlsNameMismatch");
    case FailureCategory::TlsClientCertRejected:
        return QStringLiteral("tlsClientCertRejected");
    case FailureCategory::TlsOther:
        return QStringLiteral("tlsOther");
    case FailureCategory::Unauthorized:
        return QStringLiteral("unauthorized");
    case FailureCategory::Forbidden:
        return QStringLiteral("forbidden");
    case FailureCategory::CredentialPluginMissing:
        return QStringLiteral("execPluginMissing");
    case FailureCategory::CredentialPluginFailed:
        return QStringLiteral("execPluginFailed");
    case FailureCategory::TokenRefreshFailed:
        return QStringLiteral("oidcRefreshFailed");
    case FailureCategory::Proxy:
        return QStringLiteral("proxy");
    case FailureCategory::HttpStatus:
        return QStringLiteral("httpStatus");
    case FailureCategory::MalformedResponse:
        return QStringLiteral("malformedResponse");
    case FailureCategory::TooLarge:
        return QStringLiteral("tooLarge");
    case FailureCategory::VaultLocked:
        return QStringLiteral("vaultLocked");
    case FailureCategory::Cancelled:
        return QStringLiteral("cancelled");
    case FailureCategory::Other:
        return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

FailureCategory categoryOf(NetErrorKind kind) {
    switch (kind) {
    case NetErrorKind::Dns:
        return FailureCategory::Dns;
    case NetErrorKind::Refused:
        return FailureCategory::Refused;
    case NetErrorKind::Timeout:
        return FailureCategory::Timeout;
    case NetErrorKind::TlsUnknownCa:
        return FailureCategory::TlsUnknownCa;
    case NetErrorKind::TlsNameMismatch:
        return FailureCategory::TlsNameMismatch;
    case NetErrorKind::TlsClientCertRejected:
        return FailureCategory::TlsClientCertRejected;
    case NetErrorKind::TlsOther:
        return FailureCategory::TlsOther;
    case NetErrorKind::Proxy:
        return FailureCategory::Proxy;
    case NetErrorKind::HttpStatus:
        return FailureCategory::HttpStatus;
    case NetErrorKind::TooLarge:
        return FailureCategory::TooLarge;
    case NetErrorKind::Cancelled:
        return FailureCategory::Cancelled;
    case NetErrorKind::Other:
        return FailureCategory::Other;
    }
    return FailureCategory::Other;
}

FailureCategory categoryOfHttpStatus(int status) {
    if (status == 401)
        return FailureCategory::Unauthorized;
    if (status == 403)
        return FailureCategory::Forbidden;
    return FailureCategory::HttpStatus;
}

QString FailureText::sentence() const {
    return nextStep.isEmpty() ? message : message + QLatin1Char(' ') + nextStep;
}

FailureText describe(const FailureDetails& f) {
    FailureText t;
    switch (f.category) {
    case FailureCategory::Ok:
        t.message = Text::tr("The server answered and the credentials work.");
        break;
    case FailureCategory::Dns:
        t.message = Text::tr("The server's host name could not be resolved.");
        t.nextStep = Text::tr("Check the server address and this machine's DNS settings.");
        break;
    case FailureCategory::Refused:
        t.message = Text::tr("The server refused the connection: nothing is listening on that "
                             "address and port.");
        t.nextStep = Text::tr("Check the server URL and port, and that the server is running.");
        break;
    case FailureCategory::Timeout:
        t.message =
            Text::tr("The server did not answer within %n second(s).", nullptr, f.budgetSeconds);
        t.nextStep =
            Text::tr("Check that the address is reachable from this machine (VPN, firewall, "
                     "proxy) and try again.");
        break;
    case FailureCategory::TlsUnknownCa:
        t.message = Text::tr("The server's certificate is not signed by a trusted certificate "
                             "authority (SHA-256 fingerprint %1).")
                        .arg(f.certSha256.isEmpty() ? Text::tr("unknown") : f.certSha256);
        t.nextStep = Text::tr("Compare the fingerprint with the one your administrator gives you, "
                              "then choose \"Trust this certificate\" or add the issuing CA.");
        break;
    case FailureCategory::TlsNameMismatch:
        t.message = Text::tr("The server's certificate does not match the host name in the server "
                             "URL (SHA-256 fingerprint %1).")
                        .arg(f.certSha256.isEmpty() ? Text::tr("unknown") : f.certSha256);
        t.nextStep = Text::tr("Use the host name the certificate was issued for, set the TLS "
                              "server name to it, or choose \"Trust this certificate\".");
        break;
    case FailureCategory::TlsClientCertRejected:
        t.message = Text::tr("The server rejected the client certificate (it may have expired or "
                             "be signed by another CA).");
        t.nextStep = Text::tr("Get a current client certificate and key for this server and "
                              "enter them again.");
        break;
    case FailureCategory::TlsOther:
        t.message = Text::tr("The secure connection to the server could not be established.");
        t.nextStep = Text::tr("Check the server URL and its TLS settings; the details name the "
                              "exact failure.");
        break;
    case FailureCategory::Unauthorized:
        t.message = Text::tr("The server did not accept the credentials (401 Unauthorized).");
        t.nextStep = Text::tr("The token, password or certificate is wrong or expired: enter "
                              "current credentials.");
        break;
    case FailureCategory::Forbidden:
        t.message = f.missingPermission.isEmpty()
                        ? Text::tr("The credentials are valid but lack a permission (403 "
                                   "Forbidden).")
                        : Text::tr("The credentials are valid but lack a permission: cannot %1.")
                              .arg(f.missingPermission);
        t.nextStep = Text::tr("Ask the administrator to grant it to this user (for a cluster, "
                              "for example a ClusterRoleBinding to the \"view\" role).");
        break;
    case FailureCategory::CredentialPluginMissing:
        t.message = Text::tr("The credential plugin \"%1\" was not found on this machine.")
                        .arg(f.pluginCommand);
        t.nextStep =
            f.pluginInstallHint.isEmpty()
                ? Text::tr("Install it, or point Fleetdeck to its location in the cluster's "
                           "connection settings (\"Credential plugin path\").")
                : Text::tr("Install it (%1), or point Fleetdeck to its location in the "
                           "cluster's connection settings (\"Credential plugin path\").")
                      .arg(f.pluginInstallHint.simplified());
        break;
    case FailureCategory::CredentialPluginFailed:
        t.message = Text::tr("The credential plugin \"%1\" ran but did not produce a credential.")
                        .arg(f.pluginCommand);
        t.nextStep = Text::tr("Run it in a terminal to see its error (it may need a login first).");
        break;
    case FailureCategory::TokenRefreshFailed:
        t.message = Text::tr("The OIDC token has expired and could not be refreshed.");
        t.nextStep = Text::tr("Log in again with your identity provider and import the new "
                              "kubeconfig.");
        break;
    case FailureCategory::Proxy:
        t.message = Text::tr("The proxy refused or failed the connection to the server.");
        t.nextStep = Text::tr("Check the proxy URL and that the proxy allows this server.");
        break;
    case FailureCategory::HttpStatus:
        t.message =
            Text::tr("The server answered with an unexpected HTTP status %1.").arg(f.httpStatus);
        t.nextStep = Text::tr("Check that the URL points to the service itself (not a web "
                              "console or a load balancer page).");
        break;
    case FailureCategory::MalformedResponse:
        t.message = Text::tr("The server's answer is not what this kind of server sends.");
        t.nextStep = Text::tr("Check that the URL points to the service itself.");
        break;
    case FailureCategory::TooLarge:
        t.message = Text::tr("The server's answer is larger than Fleetdeck accepts.");
        t.nextStep = Text::tr("Narrow the request (a smaller time range, a label filter) or ask "
                              "for less at once.");
        break;
    case FailureCategory::VaultLocked:
        t.message = Text::tr("The credentials could not be read: the vault is locked.");
        t.nextStep = Text::tr("Unlock the vault (enter its passphrase) and try again.");
        break;
    case FailureCategory::Cancelled:
        t.message = Text::tr("The request was cancelled.");
        break;
    case FailureCategory::Other:
        t.message = Text::tr("The request failed.");
        t.nextStep = Text::tr("See the details for the exact error.");
        break;
    }
    return t;
}

} // namespace fd::net
