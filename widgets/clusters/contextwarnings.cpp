#include "contextwarnings.h"

#include "kube/kubeconfig.h"

#include <QFileInfo>
#include <QStandardPaths>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace fd::widgets {

bool certificateExpired(const QByteArray& pem) {
    if (pem.isEmpty())
        return false;
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    if (!bio)
        return false;
    X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!cert)
        return false;
    // X509_cmp_current_time: -1 when notAfter is in the past.
    const bool expired = X509_cmp_current_time(X509_get0_notAfter(cert)) < 0;
    X509_free(cert);
    return expired;
}

ContextWarnings classifyWarnings(const fd::kube::KubeContext& context,
                                 const QByteArray& clientCertPem) {
    ContextWarnings flags;
    if (context.insecureSkipTlsVerify)
        flags |= ContextWarning::InsecureTls;
    const auto& c = context.credential;
    const QStringList files{context.ca.source == fd::kube::CaSource::File ? context.ca.filePath
                                                                          : QString(),
                            c.clientCert.data.isEmpty() ? c.clientCert.filePath : QString(),
                            c.clientKey.data.isEmpty() ? c.clientKey.filePath : QString(),
                            c.kind == fd::kube::AuthKind::TokenFile ? c.tokenFile : QString()};
    for (const QString& file : files)
        if (!file.isEmpty() && !QFileInfo::exists(file))
            flags |= ContextWarning::MissingFile;
    if (c.kind == fd::kube::AuthKind::Exec && c.exec) {
        const QString command = c.exec->command;
        const bool found = command.contains(QLatin1Char('/'))
                               ? QFileInfo(command).isExecutable()
                               : !QStandardPaths::findExecutable(command).isEmpty();
        if (!command.isEmpty() && !found)
            flags |= ContextWarning::ExecMissing;
    }
    if (certificateExpired(clientCertPem))
        flags |= ContextWarning::ExpiredCert;
    if (!flags && !context.warnings.isEmpty())
        flags |= ContextWarning::Other;
    return flags;
}

QString ContextWarningText::label(ContextWarning kind) {
    switch (kind) {
    case ContextWarning::InsecureTls:
        return tr("TLS verification is switched off (insecure-skip-tls-verify).");
    case ContextWarning::MissingFile:
        return tr("A file the kubeconfig refers to does not exist.");
    case ContextWarning::ExecMissing:
        return tr("The exec plugin's program is not on PATH.");
    case ContextWarning::ExpiredCert:
        return tr("The client certificate has expired.");
    case ContextWarning::Other:
    case ContextWarning::None:
        break;
    }
    return tr("The kubeconfig reader reported a problem.");
}

QIcon ContextWarningText::icon(ContextWarning kind) {
    switch (kind) {
    case ContextWarning::InsecureTls:
        return QIcon(QStringLiteral(":/icons/warn-insecure.svg"));
    case ContextWarning::MissingFile:
        return QIcon(QStringLiteral(":/icons/warn-file.svg"));
    case ContextWarning::ExecMissing:
        return QIcon(QStringLiteral(":/icons/warn-exec.svg"));
    case ContextWarning::ExpiredCert:
        return QIcon(QStringLiteral(":/icons/warn-expired.svg"));
    case ContextWarning::Other:
    case ContextWarning::None:
        break;
    }
    return QIcon(QStringLiteral(":/icons/warn-other.svg"));
}

QList<ContextWarning> ContextWarningText::kinds(ContextWarnings flags) {
    QList<ContextWarning> out;
    for (ContextWarning k :
         {ContextWarning::InsecureTls, ContextWarning::MissingFile, ContextWarning::ExecMissing,
          ContextWarning::ExpiredCert, ContextWarning::Other})
        if (flags.testFlag(k))
            out << k;
    return out;
}

} // namespace fd::widgets
