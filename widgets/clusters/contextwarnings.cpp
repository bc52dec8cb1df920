#include "contextwarnings.h"

namespace fd::widgets {

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
