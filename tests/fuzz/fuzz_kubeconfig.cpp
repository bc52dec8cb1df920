// libFuzzer target for the kubeconfig reader (readKubeconfigBytes) and writer.
// Beyond "no crash, no sanitizer report, no hang", it checks two properties:
//  - a failed read carries a message (the one-line error the user sees);
//  - every context survives writeKubeconfig → readKubeconfigBytes with the same fields
//    (what `fleetdeck-cli kubeconfig export` relies on). Referenced files are dropped before
//    writing: the fuzzer must not read whatever paths the input names.
#include "kube/kubeconfig.h"
#include "kube/kubeconfigjson.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace fd::kube;

[[noreturn]] void fail(const char* what, const KubeContext& c) {
    std::fprintf(stderr, "round trip changed %s of context \"%s\"\n", what,
                 c.name.toUtf8().constData());
    std::abort();
}

void checkRoundTrip(KubeContext context, const ReadOptions& options) {
    const bool droppedCertFiles = !context.credential.clientCert.filePath.isEmpty() ||
                                  !context.credential.clientKey.filePath.isEmpty();
    context.ca.filePath.clear();
    if (context.ca.source == CaSource::File)
        context.ca.source = CaSource::None;
    context.credential.clientCert.filePath.clear();
    context.credential.clientKey.filePath.clear();

    const fd::Result<QByteArray> written = writeKubeconfig(context);
    if (!written)
        fail("nothing (the writer failed)", context);
    const fd::Result<Kubeconfig> reread = readKubeconfigBytes(*written, QString(), options);
    if (!reread || reread->contexts.size() != 1)
        fail("everything (the written kubeconfig does not read back)", context);
    const KubeContext& r = reread->contexts.first();
    // An empty name cannot be the current context (kubectl reads "" as unset).
    if (r.name != context.name ||
        (!r.name.isEmpty() && (!reread->currentContext || *reread->currentContext != r.name)))
        fail("the name", context);
    if (r.clusterName != context.clusterName || r.userName != context.userName ||
        r.namespaceName != context.namespaceName)
        fail("the references", context);
    // A context whose cluster or user was missing comes back with an empty entry; compare the
    // fields only where the entries were there.
    if (r.server != context.server || r.tlsServerName != context.tlsServerName ||
        r.proxyUrl != context.proxyUrl ||
        r.insecureSkipTlsVerify != context.insecureSkipTlsVerify || r.ca.data != context.ca.data)
        fail("the cluster", context);
    const Credential& a = context.credential;
    const Credential& b = r.credential;
    if (a.token != b.token || a.tokenFile != b.tokenFile || a.username != b.username ||
        a.password != b.password || a.clientCert.data != b.clientCert.data ||
        a.clientKey.data != b.clientKey.data)
        fail("the credential", context);
    if (a.exec.has_value() != b.exec.has_value())
        fail("the exec plugin", context);
    if (a.exec) {
        const ExecConfig& x = *a.exec;
        const ExecConfig& y = *b.exec;
        if (x.apiVersion != y.apiVersion || x.command != y.command || x.args != y.args ||
            x.env != y.env || x.installHint != y.installHint ||
            x.interactiveMode != y.interactiveMode || x.provideClusterInfo != y.provideClusterInfo)
            fail("the exec plugin", context);
    }
    if (a.authProvider.has_value() != b.authProvider.has_value() ||
        (a.authProvider && (a.authProvider->name != b.authProvider->name ||
                            a.authProvider->config != b.authProvider->config)))
        fail("the auth-provider", context);
    if (a.kind != b.kind && !droppedCertFiles)
        fail("the credential kind", context);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    ReadOptions options;
    options.now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC); // deterministic expiry
    const fd::Result<Kubeconfig> config = readKubeconfigBytes(bytes, QString(), options);
    if (!config) {
        if (config.error().message.isEmpty())
            std::abort();
        return 0;
    }
    // The display path must hold up too.
    (void)QJsonDocument(toRedactedJson(*config)).toJson();
    for (const KubeContext& c : config->contexts)
        checkRoundTrip(c, options);
    return 0;
}
