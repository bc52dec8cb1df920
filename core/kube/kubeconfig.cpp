#include "kube/kubeconfig.h"

#include "kube/kubeconfigentries_p.h"
#include "kube/redact.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace fd::kube {

using detail::Text;

namespace {

// Kubeconfigs are a few kilobytes; one with 10,000 contexts is about 3 MB. Anything far larger
// is not a kubeconfig, and reading it whole would only stall the caller.
constexpr qint64 kMaxKubeconfigSize = 64 * 1024 * 1024;

fd::Result<detail::ParsedFile> loadFile(const QString& path) {
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorKind::NotFound,
                         Text::tr("The kubeconfig file \"%1\" does not exist.").arg(path));
    if (info.isDir())
        return makeError(ErrorKind::InvalidInput,
                         Text::tr("\"%1\" is a directory, not a kubeconfig file.").arg(path));
    if (info.size() > kMaxKubeconfigSize)
        return makeError(ErrorKind::InvalidInput,
                         Text::tr("\"%1\" is too large to be a kubeconfig (%2 MB).")
                             .arg(path)
                             .arg(info.size() / (1024 * 1024)));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::Io,
            Text::tr("The kubeconfig file \"%1\" cannot be read: %2.").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    qCDebug(detail::lcKubeconfig) << "read" << path << bytes.size() << "bytes";
    return detail::parseKubeconfig(bytes, QStringLiteral("\"%1\"").arg(path),
                                   info.absoluteFilePath(), info.absolutePath());
}

fd::Result<Kubeconfig> mergeLoaded(QList<detail::ParsedFile> files, QStringList warnings,
                                   const ReadOptions& options, const QString& emptyMessage) {
    bool anyContent = false;
    for (const detail::ParsedFile& f : files)
        anyContent = anyContent || !f.empty;
    if (!anyContent)
        return makeError(ErrorKind::InvalidInput, emptyMessage);
    for (const detail::ParsedFile& f : files)
        if (f.empty)
            warnings << Text::tr("The kubeconfig file \"%1\" is empty.").arg(f.path);
    Kubeconfig merged = detail::mergeKubeconfigs(files, options);
    merged.warnings = warnings + merged.warnings;
    return merged;
}

// auth-provider config keys known to hold no secret; everything else is masked.
bool isHarmlessProviderKey(const QString& key) {
    static const QSet<QString> keys{QStringLiteral("idp-issuer-url"),
                                    QStringLiteral("client-id"),
                                    QStringLiteral("idp-certificate-authority"),
                                    QStringLiteral("extra-scopes"),
                                    QStringLiteral("cmd-path"),
                                    QStringLiteral("expiry-key"),
                                    QStringLiteral("token-key"),
                                    QStringLiteral("scopes"),
                                    QStringLiteral("environment"),
                                    QStringLiteral("apiserver-id"),
                                    QStringLiteral("tenant-id"),
                                    QStringLiteral("config-mode")};
    return keys.contains(key);
}

} // namespace

QString caSourceName(CaSource source) {
    switch (source) {
    case CaSource::Data:
        return QStringLiteral("data");
    case CaSource::File:
        return QStringLiteral("file");
    case CaSource::None:
        break;
    }
    return QStringLiteral("none");
}

QString authKindName(AuthKind kind) {
    switch (kind) {
    case AuthKind::ClientCert:
        return QStringLiteral("clientCert");
    case AuthKind::Token:
        return QStringLiteral("token");
    case AuthKind::TokenFile:
        return QStringLiteral("tokenFile");
    case AuthKind::Basic:
        return QStringLiteral("basic");
    case AuthKind::Exec:
        return QStringLiteral("exec");
    case AuthKind::AuthProvider:
        return QStringLiteral("authProvider");
    case AuthKind::None:
        break;
    }
    return QStringLiteral("none");
}

QChar kubeconfigListSeparator() {
#ifdef Q_OS_WIN
    return QLatin1Char(';');
#else
    return QLatin1Char(':');
#endif
}

const KubeContext* Kubeconfig::findContext(const QString& name) const {
    for (const KubeContext& c : contexts)
        if (c.name == name)
            return &c;
    return nullptr;
}

KubeContext KubeContext::redacted() const {
    KubeContext r = *this;
    Credential& c = r.credential;
    c.token.clear();
    c.password.clear();
    c.clientKey.data.clear();
    if (c.exec) {
        c.exec->args = redactArgs(c.exec->args);
        for (EnvVar& var : c.exec->env)
            var.value = redactedMarker();
    }
    if (c.authProvider) {
        for (auto it = c.authProvider->config.begin(); it != c.authProvider->config.end(); ++it)
            if (!isHarmlessProviderKey(it.key()))
                it.value() = redactedMarker();
    }
    return r;
}

fd::Result<Kubeconfig> readKubeconfigBytes(const QByteArray& bytes, const QString& baseDir,
                                           const ReadOptions& options) {
    if (bytes.size() > kMaxKubeconfigSize)
        return makeError(ErrorKind::InvalidInput,
                         Text::tr("The pasted text is too large to be a kubeconfig."));
    auto parsed =
        detail::parseKubeconfig(bytes, Text::tr("The pasted text"), QString(),
                                baseDir.isEmpty() ? QString() : QDir(baseDir).absolutePath());
    if (!parsed)
        return parsed.error();
    return mergeLoaded({std::move(parsed).value()}, {}, options,
                       Text::tr("The pasted text is empty: it contains no kubeconfig."));
}

fd::Result<Kubeconfig> readKubeconfigFile(const QString& path, const ReadOptions& options) {
    return readKubeconfigFiles({path}, options);
}

fd::Result<Kubeconfig> readKubeconfigFiles(const QStringList& paths, const ReadOptions& options) {
    if (paths.isEmpty())
        return makeError(ErrorKind::InvalidInput, Text::tr("No kubeconfig file was given."));
    QList<detail::ParsedFile> files;
    for (const QString& path : paths) {
        auto parsed = loadFile(path);
        if (!parsed)
            return parsed.error();
        files << std::move(parsed).value();
    }
    return mergeLoaded(std::move(files), {}, options,
                       paths.size() == 1
                           ? Text::tr("The kubeconfig file \"%1\" is empty.").arg(paths.first())
                           : Text::tr("The kubeconfig files are all empty."));
}

fd::Result<Kubeconfig> readKubeconfigList(const QString& list, QChar separator,
                                          const ReadOptions& options) {
    QList<detail::ParsedFile> files;
    QStringList warnings;
    QSet<QString> seen;
    for (const QString& path : list.split(separator, Qt::SkipEmptyParts)) {
        // kubectl ignores repeated entries of the list.
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (seen.contains(absolute))
            continue;
        seen.insert(absolute);
        if (!QFileInfo::exists(path)) {
            warnings
                << Text::tr("The kubeconfig file \"%1\" does not exist; it is skipped.").arg(path);
            continue;
        }
        auto parsed = loadFile(path);
        if (!parsed)
            return parsed.error();
        files << std::move(parsed).value();
    }
    if (files.isEmpty())
        return makeError(
            ErrorKind::NotFound,
            list.trimmed().isEmpty()
                ? Text::tr("The kubeconfig list is empty.")
                : Text::tr("None of the kubeconfig files in \"%1\" exists.").arg(list));
    return mergeLoaded(std::move(files), warnings, options,
                       Text::tr("The kubeconfig files in \"%1\" are all empty.").arg(list));
}

} // namespace fd::kube
