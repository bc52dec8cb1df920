#pragma once

#include <QCoreApplication>
#include <QFlags>
#include <QIcon>
#include <QStringList>

namespace fd::kube {
struct KubeContext;
}

namespace fd::widgets {

// The warnings the import dialog marks with an icon, worked out from the context itself (not
// from the reader's translated texts): each kind gets its own icon, the tooltip lists them all.
enum class ContextWarning {
    None = 0,
    InsecureTls = 1, // insecure-skip-tls-verify
    MissingFile = 2, // a referenced CA, certificate, key or token file does not exist
    ExecMissing = 4, // the exec plugin's command is not on PATH
    ExpiredCert = 8, // the client certificate's notAfter has passed
    Other = 16,      // any other reader warning
};
Q_DECLARE_FLAGS(ContextWarnings, ContextWarning)
Q_DECLARE_OPERATORS_FOR_FLAGS(ContextWarnings)

// Runs file-system and PATH lookups: call it off the UI thread.
ContextWarnings classifyWarnings(const fd::kube::KubeContext& context,
                                 const QByteArray& clientCertPem);

// True when the PEM's first certificate has expired (OpenSSL; false when it cannot be parsed).
bool certificateExpired(const QByteArray& pem);

class ContextWarningText final {
    Q_DECLARE_TR_FUNCTIONS(fd::widgets::ContextWarningText)
public:
    static QString label(ContextWarning kind);
    static QIcon icon(ContextWarning kind);
    static QList<ContextWarning> kinds(ContextWarnings flags);
};

} // namespace fd::widgets
