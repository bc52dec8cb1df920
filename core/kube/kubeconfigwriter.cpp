// A self-contained kubeconfig for one context, so kubectl (and anything else) can be run
// against exactly what Fleetdeck imported. Every string is double-quoted: names such as "yes"
// or "0123" must come back as the same text, not as a boolean or a number.
#include "kube/kubeconfig.h"

#include "kube/kubeconfigentries_p.h"

#include <yaml-cpp/yaml.h>

#include <QFile>
#include <QFileInfo>

namespace fd::kube {

using detail::Text;

namespace {

constexpr qint64 kMaxEmbeddedFileSize = 1024 * 1024;

fd::Result<QByteArray> embed(const QByteArray& data, const QString& filePath, const QString& what) {
    if (!data.isEmpty() || filePath.isEmpty())
        return data;
    // Regular files only, and a bounded read: a device or FIFO (reported as size 0) named in a
    // kubeconfig must not block or fill memory.
    QFile f(filePath);
    const bool regular = QFileInfo(filePath).isFile();
    QByteArray bytes;
    if (regular && f.open(QIODevice::ReadOnly))
        bytes = f.read(kMaxEmbeddedFileSize + 1);
    if (!regular || !f.isOpen() || bytes.size() > kMaxEmbeddedFileSize)
        return makeError(ErrorKind::Io,
                         Text::tr("The %1 file \"%2\" cannot be read.").arg(what, filePath));
    return bytes;
}

std::string s(const QString& text) {
    return text.toStdString();
}

class Writer final {
public:
    void text(const char* key, const QString& value) {
        if (!value.isEmpty())
            m_e << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << s(value);
    }
    void bytes(const char* key, const QByteArray& value) {
        if (!value.isEmpty())
            m_e << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << value.toStdString();
    }
    void base64(const char* key, const QByteArray& value) {
        if (!value.isEmpty())
            m_e << YAML::Key << key << YAML::Value << value.toBase64().toStdString();
    }
    void flag(const char* key, bool value) {
        if (value)
            m_e << YAML::Key << key << YAML::Value << true;
    }
    YAML::Emitter& e() { return m_e; }

private:
    YAML::Emitter m_e;
};

void writeExec(Writer& w, const ExecConfig& exec) {
    YAML::Emitter& e = w.e();
    e << YAML::Key << "exec" << YAML::Value << YAML::BeginMap;
    w.text("apiVersion", exec.apiVersion);
    w.text("command", exec.command);
    e << YAML::Key << "args" << YAML::Value << YAML::BeginSeq;
    for (const QString& a : exec.args)
        e << YAML::DoubleQuoted << s(a);
    e << YAML::EndSeq;
    e << YAML::Key << "env" << YAML::Value << YAML::BeginSeq;
    for (const EnvVar& v : exec.env) {
        e << YAML::BeginMap << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << s(v.name)
          << YAML::Key << "value" << YAML::Value << YAML::DoubleQuoted << s(v.value)
          << YAML::EndMap;
    }
    e << YAML::EndSeq;
    w.text("installHint", exec.installHint);
    w.text("interactiveMode", exec.interactiveMode);
    w.flag("provideClusterInfo", exec.provideClusterInfo);
    e << YAML::EndMap;
}

void writeAuthProvider(Writer& w, const AuthProviderConfig& provider) {
    YAML::Emitter& e = w.e();
    e << YAML::Key << "auth-provider" << YAML::Value << YAML::BeginMap;
    e << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted << s(provider.name);
    e << YAML::Key << "config" << YAML::Value << YAML::BeginMap;
    for (auto it = provider.config.cbegin(); it != provider.config.cend(); ++it)
        e << YAML::Key << YAML::DoubleQuoted << s(it.key()) << YAML::Value << YAML::DoubleQuoted
          << s(it.value());
    e << YAML::EndMap << YAML::EndMap;
}

} // namespace

fd::Result<QByteArray> writeKubeconfig(const KubeContext& ctx) {
    const Credential& c = ctx.credential;
    auto ca = embed(ctx.ca.data, ctx.ca.filePath, Text::tr("certificate authority"));
    if (!ca)
        return ca.error();
    auto cert = embed(c.clientCert.data, c.clientCert.filePath, Text::tr("client certificate"));
    if (!cert)
        return cert.error();
    auto key = embed(c.clientKey.data, c.clientKey.filePath, Text::tr("client key"));
    if (!key)
        return key.error();

    try {
        Writer w;
        YAML::Emitter& e = w.e();
        e << YAML::BeginMap;
        e << YAML::Key << "apiVersion" << YAML::Value << "v1";
        e << YAML::Key << "kind" << YAML::Value << "Config";

        e << YAML::Key << "clusters" << YAML::Value << YAML::BeginSeq;
        if (!ctx.clusterName.isEmpty()) {
            e << YAML::BeginMap << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted
              << s(ctx.clusterName);
            e << YAML::Key << "cluster" << YAML::Value << YAML::BeginMap;
            w.text("server", ctx.server);
            w.base64("certificate-authority-data", *ca);
            w.text("tls-server-name", ctx.tlsServerName);
            w.flag("insecure-skip-tls-verify", ctx.insecureSkipTlsVerify);
            w.text("proxy-url", ctx.proxyUrl);
            e << YAML::EndMap << YAML::EndMap;
        }
        e << YAML::EndSeq;

        e << YAML::Key << "users" << YAML::Value << YAML::BeginSeq;
        if (!ctx.userName.isEmpty()) {
            e << YAML::BeginMap << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted
              << s(ctx.userName);
            e << YAML::Key << "user" << YAML::Value << YAML::BeginMap;
            w.base64("client-certificate-data", *cert);
            w.base64("client-key-data", *key);
            w.bytes("token", c.token);
            w.text("tokenFile", c.tokenFile);
            w.text("username", c.username);
            w.bytes("password", c.password);
            if (c.exec)
                writeExec(w, *c.exec);
            if (c.authProvider)
                writeAuthProvider(w, *c.authProvider);
            e << YAML::EndMap << YAML::EndMap;
        }
        e << YAML::EndSeq;

        e << YAML::Key << "contexts" << YAML::Value << YAML::BeginSeq;
        e << YAML::BeginMap << YAML::Key << "name" << YAML::Value << YAML::DoubleQuoted
          << s(ctx.name);
        e << YAML::Key << "context" << YAML::Value << YAML::BeginMap;
        w.text("cluster", ctx.clusterName);
        w.text("user", ctx.userName);
        w.text("namespace", ctx.namespaceName);
        e << YAML::EndMap << YAML::EndMap << YAML::EndSeq;

        e << YAML::Key << "current-context" << YAML::Value << YAML::DoubleQuoted << s(ctx.name);
        e << YAML::EndMap;
        if (!e.good())
            return makeError(ErrorKind::Internal,
                             Text::tr("The kubeconfig could not be written: %1.")
                                 .arg(QString::fromStdString(e.GetLastError())));
        QByteArray out(e.c_str(), qsizetype(e.size()));
        out.append('\n');
        return out;
    } catch (const std::exception& ex) {
        return makeError(ErrorKind::Internal, Text::tr("The kubeconfig could not be written: %1.")
                                                  .arg(QString::fromLocal8Bit(ex.what())));
    }
}

} // namespace fd::kube
