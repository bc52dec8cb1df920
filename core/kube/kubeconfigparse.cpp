// One kubeconfig document → entries, from libyaml's tree (yamltree_p.h). client-go (YAML → JSON
// → struct) keeps the last of duplicate keys, so every mapping is walked pair by pair and later
// keys overwrite earlier ones.
#include "kube/kubeconfigentries_p.h"

#include "kube/yamltree_p.h"

#include <QDir>

namespace fd::kube::detail {

Q_LOGGING_CATEGORY(lcKubeconfig, "fd.kube.kubeconfig", QtInfoMsg)

namespace {

QString where(const YamlMark& mark) {
    if (mark.isNull())
        return Text::tr("line 1, column 1");
    return Text::tr("line %1, column %2").arg(mark.line + 1).arg(mark.column + 1);
}

QString keyOf(const YamlNode& key) {
    return key.isScalar() ? QString::fromStdString(key.scalar()) : QString();
}

bool isWindowsAbsolute(const QString& path) {
    if (path.startsWith(QLatin1String("\\\\")))
        return true; // UNC
    return path.size() >= 3 && path.at(0).isLetter() && path.at(1) == QLatin1Char(':') &&
           (path.at(2) == QLatin1Char('\\') || path.at(2) == QLatin1Char('/'));
}

bool hasPathSeparator(const QString& command) {
#ifdef Q_OS_WIN
    return command.contains(QLatin1Char('\\')) || command.contains(QLatin1Char('/'));
#else
    return command.contains(QLatin1Char('/'));
#endif
}

// Reads the fields of one entry, collecting shape problems as warnings instead of failing:
// real files carry hand edits, and one odd field must not cost the user the whole import.
class FieldReader final {
public:
    FieldReader(QString baseDir, QStringList* warnings)
        : m_baseDir(std::move(baseDir))
        , m_warnings(warnings) {}

    QString text(const YamlNode& value, const QString& field) const {
        if (!value || value.isNull())
            return {};
        if (value.isScalar())
            return QString::fromStdString(value.scalar());
        warn(Text::tr("\"%1\" is not a text value (%2); it is ignored.")
                 .arg(field, where(value.mark())));
        return {};
    }

    bool boolean(const YamlNode& value, const QString& field) const {
        if (!value || value.isNull())
            return false;
        bool ok = false;
        const bool result = value.toBool(&ok);
        if (ok)
            return result;
        warn(Text::tr("\"%1\" is not true or false (%2); it is taken as false.")
                 .arg(field, where(value.mark())));
        return false;
    }

    // certificate-authority-data and friends: base64 of PEM. Go's decoder skips CR and LF.
    QByteArray base64(const YamlNode& value, const QString& field) const {
        // One pass over the raw UTF-8: these values are most of a large kubeconfig's bytes.
        const std::string& raw = value.scalar(); // empty unless a scalar
        if (!value.isNull() && !value.isScalar())
            (void)text(value, field); // the "not a text value" warning
        QByteArray encoded(qsizetype(raw.size()), Qt::Uninitialized);
        char* out = encoded.data();
        for (const char ch : raw)
            if (ch != '\r' && ch != '\n')
                *out++ = ch;
        encoded.truncate(out - encoded.constData());
        if (encoded.isEmpty())
            return {};
        auto decoded =
            QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty()) {
            warn(Text::tr("\"%1\" is not valid base64 (%2); it is ignored.")
                     .arg(field, where(value.mark())));
            return {};
        }
        return decoded.decoded;
    }

    QStringList textList(const YamlNode& value, const QString& field) const {
        QStringList out;
        if (!value || value.isNull())
            return out;
        if (!value.isSequence()) {
            warn(Text::tr("\"%1\" is not a list (%2); it is ignored.")
                     .arg(field, where(value.mark())));
            return out;
        }
        for (const YamlNode& item : value.items())
            out << text(item, field);
        return out;
    }

    // Relative paths resolve against the directory of the file that mentions them, as kubectl.
    QString path(const YamlNode& value, const QString& field) const {
        return resolve(text(value, field), field);
    }

    QString resolve(const QString& path, const QString& field) const {
        if (path.isEmpty() || QDir::isAbsolutePath(path) || isWindowsAbsolute(path))
            return path;
        if (m_baseDir.isEmpty()) {
            warn(Text::tr("The relative path \"%1\" in \"%2\" cannot be resolved for a pasted "
                          "kubeconfig; it is used as written.")
                     .arg(path, field));
            return path;
        }
        return QDir::cleanPath(m_baseDir + QLatin1Char('/') + path);
    }

    void warn(const QString& warning) const { m_warnings->append(warning); }

private:
    QString m_baseDir;
    QStringList* m_warnings;
};

bool isMapOrNull(const YamlNode& node) {
    return !node || node.isNull() || node.isMap();
}

void readCluster(const YamlNode& node, ClusterEntry& entry, const FieldReader& r) {
    for (const auto& kv : node.pairs()) {
        const QString key = keyOf(kv.first);
        const YamlNode& v = kv.second;
        if (key == QLatin1String("server")) {
            entry.server = r.text(v, key);
        } else if (key == QLatin1String("certificate-authority")) {
            entry.ca.filePath = r.path(v, key);
        } else if (key == QLatin1String("certificate-authority-data")) {
            entry.ca.data = r.base64(v, key);
        } else if (key == QLatin1String("insecure-skip-tls-verify")) {
            entry.insecureSkipTlsVerify = r.boolean(v, key);
        } else if (key == QLatin1String("tls-server-name")) {
            entry.tlsServerName = r.text(v, key);
        } else if (key == QLatin1String("proxy-url")) {
            entry.proxyUrl = r.text(v, key);
        }
        // disable-compression, extensions and unknown keys carry nothing Fleetdeck uses.
    }
    entry.caDataAndFile = !entry.ca.data.isEmpty() && !entry.ca.filePath.isEmpty();
    if (!entry.ca.data.isEmpty())
        entry.ca.source = CaSource::Data;
    else if (!entry.ca.filePath.isEmpty())
        entry.ca.source = CaSource::File;
}

ExecConfig readExec(const YamlNode& node, const FieldReader& r) {
    ExecConfig exec;
    for (const auto& kv : node.pairs()) {
        const QString key = keyOf(kv.first);
        const YamlNode& v = kv.second;
        if (key == QLatin1String("command")) {
            exec.command = r.text(v, key);
        } else if (key == QLatin1String("args")) {
            exec.args = r.textList(v, key);
        } else if (key == QLatin1String("apiVersion")) {
            exec.apiVersion = r.text(v, key);
        } else if (key == QLatin1String("installHint")) {
            exec.installHint = r.text(v, key);
        } else if (key == QLatin1String("interactiveMode")) {
            exec.interactiveMode = r.text(v, key);
        } else if (key == QLatin1String("provideClusterInfo")) {
            exec.provideClusterInfo = r.boolean(v, key);
        } else if (key == QLatin1String("env")) {
            exec.env.clear();
            if (v.isSequence()) {
                for (const YamlNode& item : v.items()) {
                    if (!item.isMap()) {
                        r.warn(Text::tr("An exec \"env\" entry is not a mapping (%1); it is "
                                        "ignored.")
                                   .arg(where(item.mark())));
                        continue;
                    }
                    EnvVar var;
                    for (const auto& e : item.pairs()) {
                        const QString ek = keyOf(e.first);
                        if (ek == QLatin1String("name"))
                            var.name = r.text(e.second, QStringLiteral("env.name"));
                        else if (ek == QLatin1String("value"))
                            var.value = r.text(e.second, QStringLiteral("env.value"));
                    }
                    exec.env << var;
                }
            } else if (!v.isNull()) {
                r.warn(Text::tr("The exec \"env\" is not a list (%1); it is ignored.")
                           .arg(where(v.mark())));
            }
        }
    }
    if (hasPathSeparator(exec.command))
        exec.command = r.resolve(exec.command, QStringLiteral("exec.command"));
    // client-go's defaulting (SetDefaults_ExecConfig): before v1 the mode was optional and
    // meant IfAvailable; v1 requires it, so it stays empty there (and is warned about).
    if (exec.interactiveMode.isEmpty() &&
        (exec.apiVersion == QLatin1String("client.authentication.k8s.io/v1beta1") ||
         exec.apiVersion == QLatin1String("client.authentication.k8s.io/v1alpha1")))
        exec.interactiveMode = QStringLiteral("IfAvailable");
    return exec;
}

AuthProviderConfig readAuthProvider(const YamlNode& node, const FieldReader& r) {
    AuthProviderConfig provider;
    for (const auto& kv : node.pairs()) {
        const QString key = keyOf(kv.first);
        const YamlNode& v = kv.second;
        if (key == QLatin1String("name")) {
            provider.name = r.text(v, key);
        } else if (key == QLatin1String("config")) {
            provider.config.clear();
            if (v.isMap()) {
                for (const auto& c : v.pairs())
                    provider.config.insert(
                        keyOf(c.first), r.text(c.second, QStringLiteral("auth-provider.config")));
            } else if (!v.isNull()) {
                r.warn(Text::tr("The auth-provider \"config\" is not a mapping (%1); it is "
                                "ignored.")
                           .arg(where(v.mark())));
            }
        }
    }
    return provider;
}

void readUser(const YamlNode& node, UserEntry& entry, const FieldReader& r) {
    Credential& c = entry.credential;
    bool impersonates = false;
    for (const auto& kv : node.pairs()) {
        const QString key = keyOf(kv.first);
        const YamlNode& v = kv.second;
        if (key == QLatin1String("client-certificate")) {
            c.clientCert.filePath = r.path(v, key);
        } else if (key == QLatin1String("client-certificate-data")) {
            c.clientCert.data = r.base64(v, key);
        } else if (key == QLatin1String("client-key")) {
            c.clientKey.filePath = r.path(v, key);
        } else if (key == QLatin1String("client-key-data")) {
            c.clientKey.data = r.base64(v, key);
        } else if (key == QLatin1String("token")) {
            c.token = r.text(v, key).toUtf8();
        } else if (key == QLatin1String("tokenFile")) {
            c.tokenFile = r.path(v, key);
        } else if (key == QLatin1String("username")) {
            c.username = r.text(v, key);
        } else if (key == QLatin1String("password")) {
            c.password = r.text(v, key).toUtf8();
        } else if (key == QLatin1String("exec")) {
            if (v.isMap())
                c.exec = readExec(v, r);
            else if (v.isNull())
                c.exec.reset();
            else
                r.warn(Text::tr("\"exec\" is not a mapping (%1); it is ignored.")
                           .arg(where(v.mark())));
        } else if (key == QLatin1String("auth-provider")) {
            if (v.isMap())
                c.authProvider = readAuthProvider(v, r);
            else if (v.isNull())
                c.authProvider.reset();
            else
                r.warn(Text::tr("\"auth-provider\" is not a mapping (%1); it is ignored.")
                           .arg(where(v.mark())));
        } else if (key == QLatin1String("as") || key == QLatin1String("as-groups") ||
                   key == QLatin1String("as-uid") || key == QLatin1String("as-user-extra")) {
            impersonates = impersonates || (v && !v.isNull());
        }
    }
    if (impersonates)
        r.warn(Text::tr("Impersonation (\"as\", \"as-groups\") is not supported by Fleetdeck "
                        "and is ignored."));
    entry.clientCertDataAndFile = !c.clientCert.data.isEmpty() && !c.clientCert.filePath.isEmpty();
    entry.clientKeyDataAndFile = !c.clientKey.data.isEmpty() && !c.clientKey.filePath.isEmpty();
}

void readContext(const YamlNode& node, ContextEntry& entry, const FieldReader& r) {
    for (const auto& kv : node.pairs()) {
        const QString key = keyOf(kv.first);
        const YamlNode& v = kv.second;
        if (key == QLatin1String("cluster"))
            entry.cluster = r.text(v, key);
        else if (key == QLatin1String("user"))
            entry.user = r.text(v, key);
        else if (key == QLatin1String("namespace"))
            entry.namespaceName = r.text(v, key);
    }
}

// Walks a named list (clusters, users, contexts): items are {name, <body>}.
template <typename Entry, typename ReadBody>
void readNamedList(const YamlNode& list, const char* bodyKey, const ParsedFile& file,
                   const QString& baseDir, QList<Entry>& out, QStringList& fileWarnings,
                   ReadBody readBody) {
    out.clear();
    for (const YamlNode& item : list.items()) {
        if (!item.isMap()) {
            fileWarnings << Text::tr("An entry of \"%1s\" is not a mapping (%2); it is ignored.")
                                .arg(QLatin1String(bodyKey), where(item.mark()));
            continue;
        }
        Entry entry;
        entry.sourceFile = file.path;
        FieldReader r(baseDir, &entry.warnings);
        YamlNode body;
        bool hasBody = false;
        for (const auto& kv : item.pairs()) {
            const QString key = keyOf(kv.first);
            if (key == QLatin1String("name")) {
                entry.name = r.text(kv.second, key);
            } else if (key == QLatin1String(bodyKey)) {
                body = kv.second;
                hasBody = true;
            }
        }
        if (hasBody && body.isMap())
            readBody(body, entry, r);
        else if (hasBody && !isMapOrNull(body))
            r.warn(Text::tr("\"%1\" is not a mapping (%2); it is ignored.")
                       .arg(QLatin1String(bodyKey), where(body.mark())));
        out << entry;
    }
}

Error notKubeconfig(const QString& displayName, const QString& why, const YamlMark& mark) {
    return makeError(
        ErrorKind::InvalidInput,
        Text::tr("%1 is not a kubeconfig: %2 (%3).").arg(displayName, why, where(mark)));
}

fd::Result<ParsedFile> parseRoot(const YamlNode& root, const QString& displayName,
                                 const QString& path, const QString& baseDir) {
    ParsedFile file;
    file.path = path;
    if (!root || root.isNull()) {
        file.empty = true;
        return file;
    }
    if (!root.isMap())
        return notKubeconfig(displayName,
                             Text::tr("expected a mapping with clusters, users and contexts"),
                             root.mark());

    YamlNode clusters, users, contexts;
    bool kindIsConfig = false;
    bool hasKubeconfigKey = false;
    for (const auto& kv : root.pairs()) {
        const QString key = keyOf(kv.first);
        const YamlNode& v = kv.second;
        if (key == QLatin1String("kind")) {
            const QString kind = v.isScalar() ? QString::fromStdString(v.scalar()) : QString();
            if (!kind.isEmpty() && kind != QLatin1String("Config"))
                return notKubeconfig(
                    displayName, Text::tr("it is a Kubernetes \"%1\" object").arg(kind), v.mark());
            kindIsConfig = !kind.isEmpty();
        } else if (key == QLatin1String("current-context")) {
            hasKubeconfigKey = true;
            if (v.isScalar() && !v.scalar().empty())
                file.currentContext = QString::fromStdString(v.scalar());
            else
                file.currentContext.reset();
        } else if (key == QLatin1String("clusters") || key == QLatin1String("users") ||
                   key == QLatin1String("contexts")) {
            hasKubeconfigKey = true;
            if (!v.isNull() && !v.isSequence())
                return notKubeconfig(displayName, Text::tr("\"%1\" must be a list").arg(key),
                                     v.mark());
            (key == QLatin1String("clusters") ? clusters
             : key == QLatin1String("users")  ? users
                                              : contexts) = v;
        }
    }
    if (!kindIsConfig && !hasKubeconfigKey)
        return notKubeconfig(displayName, Text::tr("it has no clusters, users or contexts"),
                             root.mark());

    if (clusters && clusters.isSequence())
        readNamedList(clusters, "cluster", file, baseDir, file.clusters, file.warnings,
                      readCluster);
    if (users && users.isSequence())
        readNamedList(users, "user", file, baseDir, file.users, file.warnings, readUser);
    if (contexts && contexts.isSequence())
        readNamedList(contexts, "context", file, baseDir, file.contexts, file.warnings,
                      readContext);
    return file;
}

} // namespace

fd::Result<ParsedFile> parseKubeconfig(const QByteArray& bytes, const QString& displayName,
                                       const QString& path, const QString& baseDir) {
    // std::bad_alloc is the only exception that can come through here; it is not caught.
    YamlDocument doc;
    YamlError error;
    if (!doc.parse(bytes, &error))
        return makeError(ErrorKind::InvalidInput,
                         Text::tr("%1 is not valid YAML: %2 at %3.")
                             .arg(displayName, error.problem, where(error.mark)));
    return parseRoot(doc.root(), displayName, path, baseDir);
}

} // namespace fd::kube::detail
