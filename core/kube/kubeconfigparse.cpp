// One kubeconfig document → entries. yaml-cpp's node lookup returns the first of duplicate keys
// while client-go (YAML → JSON → struct) keeps the last, so every mapping is walked pair by
// pair and later keys overwrite earlier ones.
#include "kube/kubeconfigentries_p.h"

#include <yaml-cpp/yaml.h>

#include <QDir>

#include <exception>

namespace fd::kube::detail {

Q_LOGGING_CATEGORY(lcKubeconfig, "fleetdeck.kube.kubeconfig", QtInfoMsg)

namespace {

QString where(const YAML::Mark& mark) {
    if (mark.is_null())
        return Text::tr("line 1, column 1");
    return Text::tr("line %1, column %2").arg(mark.line + 1).arg(mark.column + 1);
}

QString keyOf(const YAML::Node& key) {
    return key.IsScalar() ? QString::fromStdString(key.Scalar()) : QString();
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

    QString text(const YAML::Node& value, const QString& field) const {
        if (!value || value.IsNull())
            return {};
        if (value.IsScalar())
            return QString::fromStdString(value.Scalar());
        warn(Text::tr("\"%1\" is not a text value (%2); it is ignored.")
                 .arg(field, where(value.Mark())));
        return {};
    }

    bool boolean(const YAML::Node& value, const QString& field) const {
        if (!value || value.IsNull())
            return false;
        bool result = false;
        if (value.IsScalar() && YAML::convert<bool>::decode(value, result))
            return result;
        warn(Text::tr("\"%1\" is not true or false (%2); it is taken as false.")
                 .arg(field, where(value.Mark())));
        return false;
    }

    // certificate-authority-data and friends: base64 of PEM. Go's decoder skips CR and LF.
    QByteArray base64(const YAML::Node& value, const QString& field) const {
        QByteArray encoded = text(value, field).toLatin1();
        encoded.replace('\r', QByteArray()).replace('\n', QByteArray());
        if (encoded.isEmpty())
            return {};
        auto decoded =
            QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty()) {
            warn(Text::tr("\"%1\" is not valid base64 (%2); it is ignored.")
                     .arg(field, where(value.Mark())));
            return {};
        }
        return decoded.decoded;
    }

    QStringList textList(const YAML::Node& value, const QString& field) const {
        QStringList out;
        if (!value || value.IsNull())
            return out;
        if (!value.IsSequence()) {
            warn(Text::tr("\"%1\" is not a list (%2); it is ignored.")
                     .arg(field, where(value.Mark())));
            return out;
        }
        for (const YAML::Node& item : value)
            out << text(item, field);
        return out;
    }

    // Relative paths resolve against the directory of the file that mentions them, as kubectl.
    QString path(const YAML::Node& value, const QString& field) const {
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

bool isMapOrNull(const YAML::Node& node) {
    return !node || node.IsNull() || node.IsMap();
}

void readCluster(const YAML::Node& node, ClusterEntry& entry, const FieldReader& r) {
    for (const auto& kv : node) {
        const QString key = keyOf(kv.first);
        const YAML::Node& v = kv.second;
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

ExecConfig readExec(const YAML::Node& node, const FieldReader& r) {
    ExecConfig exec;
    for (const auto& kv : node) {
        const QString key = keyOf(kv.first);
        const YAML::Node& v = kv.second;
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
            if (v.IsSequence()) {
                for (const YAML::Node& item : v) {
                    if (!item.IsMap()) {
                        r.warn(Text::tr("An exec \"env\" entry is not a mapping (%1); it is "
                                        "ignored.")
                                   .arg(where(item.Mark())));
                        continue;
                    }
                    EnvVar var;
                    for (const auto& e : item) {
                        const QString ek = keyOf(e.first);
                        if (ek == QLatin1String("name"))
                            var.name = r.text(e.second, QStringLiteral("env.name"));
                        else if (ek == QLatin1String("value"))
                            var.value = r.text(e.second, QStringLiteral("env.value"));
                    }
                    exec.env << var;
                }
            } else if (!v.IsNull()) {
                r.warn(Text::tr("The exec \"env\" is not a list (%1); it is ignored.")
                           .arg(where(v.Mark())));
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

AuthProviderConfig readAuthProvider(const YAML::Node& node, const FieldReader& r) {
    AuthProviderConfig provider;
    for (const auto& kv : node) {
        const QString key = keyOf(kv.first);
        const YAML::Node& v = kv.second;
        if (key == QLatin1String("name")) {
            provider.name = r.text(v, key);
        } else if (key == QLatin1String("config")) {
            provider.config.clear();
            if (v.IsMap()) {
                for (const auto& c : v)
                    provider.config.insert(
                        keyOf(c.first), r.text(c.second, QStringLiteral("auth-provider.config")));
            } else if (!v.IsNull()) {
                r.warn(Text::tr("The auth-provider \"config\" is not a mapping (%1); it is "
                                "ignored.")
                           .arg(where(v.Mark())));
            }
        }
    }
    return provider;
}

void readUser(const YAML::Node& node, UserEntry& entry, const FieldReader& r) {
    Credential& c = entry.credential;
    bool impersonates = false;
    for (const auto& kv : node) {
        const QString key = keyOf(kv.first);
        const YAML::Node& v = kv.second;
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
            if (v.IsMap())
                c.exec = readExec(v, r);
            else if (v.IsNull())
                c.exec.reset();
            else
                r.warn(Text::tr("\"exec\" is not a mapping (%1); it is ignored.")
                           .arg(where(v.Mark())));
        } else if (key == QLatin1String("auth-provider")) {
            if (v.IsMap())
                c.authProvider = readAuthProvider(v, r);
            else if (v.IsNull())
                c.authProvider.reset();
            else
                r.warn(Text::tr("\"auth-provider\" is not a mapping (%1); it is ignored.")
                           .arg(where(v.Mark())));
        } else if (key == QLatin1String("as") || key == QLatin1String("as-groups") ||
                   key == QLatin1String("as-uid") || key == QLatin1String("as-user-extra")) {
            impersonates = impersonates || (v && !v.IsNull());
        }
    }
    if (impersonates)
        r.warn(Text::tr("Impersonation (\"as\", \"as-groups\") is not supported by Fleetdeck "
                        "and is ignored."));
    entry.clientCertDataAndFile = !c.clientCert.data.isEmpty() && !c.clientCert.filePath.isEmpty();
    entry.clientKeyDataAndFile = !c.clientKey.data.isEmpty() && !c.clientKey.filePath.isEmpty();
}

void readContext(const YAML::Node& node, ContextEntry& entry, const FieldReader& r) {
    for (const auto& kv : node) {
        const QString key = keyOf(kv.first);
        const YAML::Node& v = kv.second;
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
void readNamedList(const YAML::Node& list, const char* bodyKey, const ParsedFile& file,
                   const QString& baseDir, QList<Entry>& out, QStringList& fileWarnings,
                   ReadBody readBody) {
    out.clear();
    for (const YAML::Node& item : list) {
        if (!item.IsMap()) {
            fileWarnings << Text::tr("An entry of \"%1s\" is not a mapping (%2); it is ignored.")
                                .arg(QLatin1String(bodyKey), where(item.Mark()));
            continue;
        }
        Entry entry;
        entry.sourceFile = file.path;
        FieldReader r(baseDir, &entry.warnings);
        YAML::Node body;
        bool hasBody = false;
        for (const auto& kv : item) {
            const QString key = keyOf(kv.first);
            if (key == QLatin1String("name")) {
                entry.name = r.text(kv.second, key);
            } else if (key == QLatin1String(bodyKey)) {
                body = kv.second;
                hasBody = true;
            }
        }
        if (hasBody && body.IsMap())
            readBody(body, entry, r);
        else if (hasBody && !isMapOrNull(body))
            r.warn(Text::tr("\"%1\" is not a mapping (%2); it is ignored.")
                       .arg(QLatin1String(bodyKey), where(body.Mark())));
        out << entry;
    }
}

Error notKubeconfig(const QString& displayName, const QString& why, const YAML::Mark& mark) {
    return makeError(
        ErrorKind::InvalidInput,
        Text::tr("%1 is not a kubeconfig: %2 (%3).").arg(displayName, why, where(mark)));
}

fd::Result<ParsedFile> parseRoot(const YAML::Node& root, const QString& displayName,
                                 const QString& path, const QString& baseDir) {
    ParsedFile file;
    file.path = path;
    if (!root || root.IsNull()) {
        file.empty = true;
        return file;
    }
    if (!root.IsMap())
        return notKubeconfig(displayName,
                             Text::tr("expected a mapping with clusters, users and contexts"),
                             root.Mark());

    YAML::Node clusters, users, contexts;
    bool kindIsConfig = false;
    bool hasKubeconfigKey = false;
    for (const auto& kv : root) {
        const QString key = keyOf(kv.first);
        const YAML::Node& v = kv.second;
        if (key == QLatin1String("kind")) {
            const QString kind = v.IsScalar() ? QString::fromStdString(v.Scalar()) : QString();
            if (!kind.isEmpty() && kind != QLatin1String("Config"))
                return notKubeconfig(
                    displayName, Text::tr("it is a Kubernetes \"%1\" object").arg(kind), v.Mark());
            kindIsConfig = !kind.isEmpty();
        } else if (key == QLatin1String("current-context")) {
            hasKubeconfigKey = true;
            if (v.IsScalar() && !v.Scalar().empty())
                file.currentContext = QString::fromStdString(v.Scalar());
            else
                file.currentContext.reset();
        } else if (key == QLatin1String("clusters") || key == QLatin1String("users") ||
                   key == QLatin1String("contexts")) {
            hasKubeconfigKey = true;
            if (!v.IsNull() && !v.IsSequence())
                return notKubeconfig(displayName, Text::tr("\"%1\" must be a list").arg(key),
                                     v.Mark());
            (key == QLatin1String("clusters") ? clusters
             : key == QLatin1String("users")  ? users
                                              : contexts) = v;
        }
    }
    if (!kindIsConfig && !hasKubeconfigKey)
        return notKubeconfig(displayName, Text::tr("it has no clusters, users or contexts"),
                             root.Mark());

    if (clusters && clusters.IsSequence())
        readNamedList(clusters, "cluster", file, baseDir, file.clusters, file.warnings,
                      readCluster);
    if (users && users.IsSequence())
        readNamedList(users, "user", file, baseDir, file.users, file.warnings, readUser);
    if (contexts && contexts.IsSequence())
        readNamedList(contexts, "context", file, baseDir, file.contexts, file.warnings,
                      readContext);
    return file;
}

} // namespace

fd::Result<ParsedFile> parseKubeconfig(const QByteArray& bytes, const QString& displayName,
                                       const QString& path, const QString& baseDir) {
    try {
        const YAML::Node root = YAML::Load(bytes.toStdString());
        return parseRoot(root, displayName, path, baseDir);
    } catch (const YAML::Exception& e) {
        // e.msg is yaml-cpp's description without the position, which we add 1-based.
        return makeError(ErrorKind::InvalidInput,
                         Text::tr("%1 is not valid YAML: %2 at %3.")
                             .arg(displayName, QString::fromStdString(e.msg), where(e.mark)));
    } catch (const std::exception& e) {
        return makeError(ErrorKind::Internal,
                         Text::tr("%1 could not be read: %2.")
                             .arg(displayName, QString::fromLocal8Bit(e.what())));
    }
}

} // namespace fd::kube::detail
