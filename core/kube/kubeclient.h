#pragma once

// Asynchronous Kubernetes API client over fd::net::HttpClient.
//
//   auto conn = fd::kube::connectionFromKubeContext(*kubeconfig.findContext(name));
//   auto* client = new fd::kube::KubeClient(*conn, this);
//   fd::kube::ListOptions opts;
//   opts.labelSelector.exists(QStringLiteral("nvidia.com/gpu.product"));
//   client->list<fd::kube::Node>(opts, this, [this](fd::kube::KubeResult<NodeList> r) { ... });
//   client->watch<fd::kube::Node>(opts, {}, this, handlers);   // typed deltas, see kubewatch.h
//
// Every call takes a context object and a callback. The callback runs exactly once, queued on
// the context's thread, and is dropped if the context is destroyed first (or if the client is
// destroyed before the answer arrives); destroying the context also aborts the request's transfer
// and any retry, so closing a view cancels what it was waiting for. Bodies are decoded on the
// global QThreadPool, never on the client's thread. Credentials are obtained per request: token
// files are re-read, exec plugins run when their cached credential expired, and an OIDC id-token is
// refreshed when it expired. A 401 drops a renewable credential (exec, OIDC, token file) and
// retries once; a 429 waits for Retry-After (bounded) and retries up to maxRetries times.

#include "common/handoff.h"
#include "kube/clusterconnection.h"
#include "kube/kubedecode.h"
#include "kube/kubeerror.h"
#include "kube/kubetypes.h"
#include "kube/oidc.h"
#include "kube/selectors.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace fd::net {
class HttpClient;
}

namespace fd::kube {

class ExecCredentialProvider;
class KubeWatch; // kubewatch.h
template <typename T> struct WatchHandlers;

template <typename T> using KubeCallback = std::function<void(KubeResult<T>)>;

struct ListOptions {
    QString namespaceName; // namespaced kinds: empty = all namespaces
    LabelSelector labelSelector;
    FieldSelector fieldSelector;
    int limit = 0;         // page size; 0 = the server's choice (everything)
    QString continueToken; // start at this page (from ListMeta::continueToken)
    bool allPages = true;  // follow metadata.continue to the end; false: one page only
    // "0": any version, answered from the API server's watch cache instead of a quorum read
    // from etcd (the server then ignores `limit` and sends one page); empty: the latest.
    QString resourceVersion;
};

// One API request, for the low-level send() and custom calls.
struct ApiRequest {
    QByteArray method = "GET";
    QString path; // "/api/v1/nodes"; the server URL's own path prefix is prepended
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType = "application/json";
    QByteArray accept = "application/json";
    int totalTimeoutMs = -1; // -1: the client's default; 0: none
    int idleTimeoutMs = 0;   // streams: give up when nothing arrives for this long
    // Streaming (watches): chunks as they arrive, on the client's thread; the body stays empty.
    std::function<void(QByteArrayView chunk)> onData;
    bool stream = false; // a long-lived stream: the HTTP core's stream lane, outside its caps
};

struct WriteOptions {
    bool dryRun = false; // dryRun=All: validated and answered as if done, nothing is stored
    QString fieldManager = QStringLiteral("fleetdeck");
    bool force = false; // server-side apply: take over fields owned by other managers
};

struct WatchOptions {
    // Start after this version; empty: list first (delivered through onRelisted) and go on
    // from the list's resourceVersion.
    QString resourceVersion;
    bool bookmarks = true;      // allowWatchBookmarks: keeps the version fresh on quiet streams
    int timeoutSeconds = 300;   // the server ends each stream after this; the watch reconnects
    int idleTimeoutMs = 120000; // a stream silent this long (no event, no bookmark) is redone
};

enum class Propagation { Default, Background, Foreground, Orphan };

struct DeleteOptions {
    Propagation propagation = Propagation::Default;
    bool dryRun = false;
};

struct ApiResponse {
    int status = 0;
    QByteArray body;
    QByteArray header(QByteArrayView name) const;
    QList<QPair<QByteArray, QByteArray>> headers;
};

class KubeClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeClient)

public:
    // The client owns an HttpClient of its own unless one is given (it must live on this
    // client's thread and outlive it).
    explicit KubeClient(ClusterConnection connection, QObject* parent = nullptr,
                        fd::net::HttpClient* http = nullptr);
    ~KubeClient() override;

    const ClusterConnection& connection() const { return m_connection; }

    void setMaxRetries(int count) { m_maxRetries = count; }                  // 429; default 3
    void setMaxRetryAfterSeconds(int seconds) { m_maxRetryAfter = seconds; } // default 30
    void setRequestTimeoutMs(int ms) { m_timeoutMs = ms; }                   // default 30 s
    void setExecTimeoutMs(int ms);
    // Called (on this client's thread) after an OIDC refresh with the new tokens, so the
    // caller can persist them (SECRET: into the vault only).
    void setOidcTokensChanged(std::function<void(const OidcTokens&)> callback) {
        m_oidcChanged = std::move(callback);
    }

    // Discovery.
    void version(QObject* context, KubeCallback<VersionInfo> done);
    void apiVersions(QObject* context, KubeCallback<QStringList> done);   // GET /api
    void apiGroups(QObject* context, KubeCallback<QList<ApiGroup>> done); // GET /apis
    void apiResources(const QString& groupVersion, QObject* context,      // "v1", "apps/v1"
                      KubeCallback<ApiResourceList> done);

    // Typed access for the kinds in kubetypes.h (KindTraits<T>).
    template <typename T>
    void list(const ListOptions& options, QObject* context, KubeCallback<ObjectList<T>> done);
    template <typename T>
    void get(const QString& namespaceName, const QString& name, QObject* context,
             KubeCallback<T> done);
    // A list of `type` decoded as T (QJsonObject for any kind).
    template <typename T>
    void listOf(const ResourceType& type, const ListOptions& options, QObject* context,
                KubeCallback<ObjectList<T>> done);
    // Lists page by page and folds each decoded item into `acc` on the pool, so a collection of
    // any size is summarised in the memory of one page: fold(acc, item) runs on a worker thread,
    // pages one after another; `done` gets the final accumulator and the last page's ListMeta.
    template <typename T, typename Acc>
    void listFold(const ListOptions& options, Acc initial, std::function<void(Acc&, const T&)> fold,
                  QObject* context, KubeCallback<std::pair<Acc, ListMeta>> done);

    // Any resource (custom resources such as Karmada's) as plain JSON objects.
    void listRaw(const ResourceType& type, const ListOptions& options, QObject* context,
                 KubeCallback<RawList> done);
    void getRaw(const ResourceType& type, const QString& namespaceName, const QString& name,
                QObject* context, KubeCallback<QJsonObject> done);

    // Writes. The namespace (for namespaced kinds) and name come from the object's metadata.
    // Results are the object as the server stored it (or would have, with dryRun).
    void create(const ResourceType& type, const QJsonObject& object, const WriteOptions& options,
                QObject* context, KubeCallback<QJsonObject> done);
    // JSON merge patch (RFC 7386): null deletes a field, objects merge, lists are replaced.
    void mergePatch(const ResourceType& type, const QString& namespaceName, const QString& name,
                    const QJsonObject& patch, const WriteOptions& options, QObject* context,
                    KubeCallback<QJsonObject> done);
    // JSON patch (RFC 6902, application/json-patch+json): `operations` in order, all or none; a
    // "test" op that fails is a 422 (Invalid), so a test on metadata.resourceVersion makes the
    // patch conditional on the object not having changed.
    void jsonPatch(const ResourceType& type, const QString& namespaceName, const QString& name,
                   const QJsonArray& operations, const WriteOptions& options, QObject* context,
                   KubeCallback<QJsonObject> done);
    // Server-side apply: the fields in `object` become owned by options.fieldManager; a field
    // owned by another manager is a Conflict unless options.force.
    void apply(const ResourceType& type, const QJsonObject& object, const WriteOptions& options,
               QObject* context, KubeCallback<QJsonObject> done);
    // The answer is the object (still terminating, with finalizers) or a Success Status.
    void remove(const ResourceType& type, const QString& namespaceName, const QString& name,
                const DeleteOptions& options, QObject* context, KubeCallback<QJsonObject> done);

    // Finds a kind (custom resources: Karmada's policy/cluster/work groups) through discovery
    // of its group/version; cached per client.
    void resolveKind(const QString& group, const QString& version, const QString& kind,
                     QObject* context, KubeCallback<ResourceType> done);

    // Starts a watch whose events arrive decoded as T (see kubewatch.h; QJsonObject for any
    // kind). The watch is a child of this client; delete it or call stop() to end it, and it
    // ends when `context` (which must live on this client's thread) is destroyed.
    template <typename T>
    KubeWatch* watch(const ResourceType& type, const ListOptions& options,
                     const WatchOptions& watchOptions, QObject* context, WatchHandlers<T> handlers);
    template <typename T>
    KubeWatch* watch(const ListOptions& options, const WatchOptions& watchOptions, QObject* context,
                     WatchHandlers<T> handlers);

    // One request with credentials, 401 and 429 handling; >= 400 becomes a KubeError.
    void send(ApiRequest request, QObject* context, KubeCallback<ApiResponse> done);

private:
    struct Op;
    struct AuthMaterial {
        QByteArray authorization; // SECRET
        QByteArray clientCertPem;
        QByteArray clientKeyPem; // SECRET
    };
    using RawDone = std::function<void(KubeResult<ApiResponse>)>;

    friend class KubeWatch;
    template <typename T> friend class KubeWatchOf;
    void startWatch(KubeWatch* watch);
    // Runs on this thread; `done` is called on this thread while the client lives, unless the
    // request is cancelled with cancel() — which happens by itself when `context` (the object
    // waiting for the answer, if given) is destroyed: its transfer and any retry are aborted.
    std::shared_ptr<Op> perform(ApiRequest request, RawDone done, QObject* context = nullptr);
    void cancel(const std::shared_ptr<Op>& op);
    void write(ApiRequest request, QObject* context, KubeCallback<QJsonObject> done);
    void attempt(const std::shared_ptr<Op>& op);
    void onReply(const std::shared_ptr<Op>& op, int status, KubeResult<ApiResponse> result);
    void authMaterial(bool renew, std::function<void(KubeResult<AuthMaterial>)> done);
    void refreshOidc(std::function<void(KubeResult<AuthMaterial>)> done);
    bool credentialRenewable() const;

    void getBody(const QString& path, QObject* context,
                 std::function<void(KubeResult<QByteArray>)> done);
    void getBodyOf(ApiRequest request, QObject* context,
                   std::function<void(KubeResult<QByteArray>)> done);
    static ApiRequest listRequest(const ResourceType& type, const ListOptions& options,
                                  const QString& continueToken);

    // Fetches one page or all of them; each page is decoded on the pool and the pages are
    // joined on this thread. Page is ObjectList<T> or RawList.
    template <typename Page>
    void listPaged(const ResourceType& type, const ListOptions& options, QObject* context,
                   KubeCallback<Page> done,
                   std::function<KubeResult<Page>(const QByteArray&)> decoder);

    // Posts fn(body) to the pool and its result to the context.
    template <typename R>
    static std::function<void(KubeResult<QByteArray>)>
    decodeWith(QObject* context, KubeCallback<R> done,
               std::function<KubeResult<R>(const QByteArray&)> decoder);
    static void runOnPool(std::function<void()> fn);

    ClusterConnection m_connection;
    fd::net::HttpClient* m_http = nullptr;
    std::unique_ptr<fd::net::HttpClient> m_ownHttp;
    ExecCredentialProvider* m_exec = nullptr;
    std::function<void(const OidcTokens&)> m_oidcChanged;
    QList<std::function<void(KubeResult<AuthMaterial>)>> m_oidcWaiters; // refresh in flight
    int m_maxRetries = 3;
    int m_maxRetryAfter = 30;
    int m_timeoutMs = 30000;
    QHash<QString, ResourceType> m_kinds; // "group/version/Kind" -> resource
};

// Template implementations.

template <typename R>
std::function<void(KubeResult<QByteArray>)>
KubeClient::decodeWith(QObject* context, KubeCallback<R> done,
                       std::function<KubeResult<R>(const QByteArray&)> decoder) {
    auto handoff = std::make_shared<Handoff<KubeResult<R>>>(context, std::move(done));
    return [handoff, decoder = std::move(decoder)](KubeResult<QByteArray> body) mutable {
        if (!body) {
            handoff->post(body.error());
            return;
        }
        runOnPool([handoff, decoder = std::move(decoder), bytes = std::move(*body)] {
            handoff->post(decoder(bytes));
        });
    };
}

template <typename Page>
void KubeClient::listPaged(const ResourceType& type, const ListOptions& options, QObject* context,
                           KubeCallback<Page> done,
                           std::function<KubeResult<Page>(const QByteArray&)> decoder) {
    struct State {
        ResourceType type;
        ListOptions options;
        std::function<KubeResult<Page>(const QByteArray&)> decoder;
        std::shared_ptr<Handoff<KubeResult<Page>>> out;
        std::optional<Page> all;
        std::function<void(const QString&)> fetch; // next page; reset when done
    };
    auto first = std::make_shared<State>();
    first->type = type;
    first->options = options;
    first->decoder = std::move(decoder);
    first->out = std::make_shared<Handoff<KubeResult<Page>>>(context, std::move(done));
    // Ownership runs one way: whatever is in flight (the request's callback, the decode on the
    // pool) holds the State; the State's own `fetch` holds it only weakly. A request cancelled
    // because its context died therefore frees everything (a strong self-capture would leak).
    const auto finish = [](const std::shared_ptr<State>& state, KubeResult<Page> result) {
        state->out->post(std::move(result));
        state->fetch = nullptr;
    };
    QPointer<QObject> waiting(context);
    first->fetch = [this, weak = std::weak_ptr<State>(first), finish,
                    waiting](const QString& continueToken) {
        const auto state = weak.lock();
        if (!state)
            return;
        perform(
            listRequest(state->type, state->options, continueToken),
            [this, state, finish](KubeResult<ApiResponse> resp) {
                if (!resp) {
                    finish(state, resp.error());
                    return;
                }
                // Decode on the pool; join and go on on this thread.
                auto joined = std::make_shared<Handoff<KubeResult<Page>>>(
                    this, [state, finish](KubeResult<Page> page) {
                        if (!page) {
                            finish(state, page.error());
                            return;
                        }
                        if (!state->all)
                            state->all = std::move(*page);
                        else {
                            state->all->items.append(std::move(page->items));
                            state->all->metadata = page->metadata;
                        }
                        const QString next = state->all->metadata.continueToken;
                        if (state->options.allPages && !next.isEmpty() && state->fetch)
                            state->fetch(next);
                        else
                            finish(state, std::move(*state->all));
                    });
                runOnPool([joined, decoder = state->decoder, body = std::move(resp->body)] {
                    joined->post(decoder(body));
                });
            },
            waiting.data());
    };
    first->fetch(options.continueToken);
}

template <typename T>
void KubeClient::listOf(const ResourceType& type, const ListOptions& options, QObject* context,
                        KubeCallback<ObjectList<T>> done) {
    listPaged<ObjectList<T>>(type, options, context, std::move(done),
                             [](const QByteArray& body) { return decodeList<T>(body); });
}

template <typename T>
void KubeClient::list(const ListOptions& options, QObject* context,
                      KubeCallback<ObjectList<T>> done) {
    listOf<T>(KindTraits<T>::type(), options, context, std::move(done));
}

template <typename T, typename Acc>
void KubeClient::listFold(const ListOptions& options, Acc initial,
                          std::function<void(Acc&, const T&)> fold, QObject* context,
                          KubeCallback<std::pair<Acc, ListMeta>> done) {
    // The accumulator travels with the pages: each page is decoded and folded on the pool, and
    // only the accumulator (never the page's items) is kept between pages.
    struct Folded {
        std::shared_ptr<Acc> acc;
        ListMeta metadata;
        QList<T> items; // always empty: listPaged appends items, there are none
    };
    auto acc = std::make_shared<Acc>(std::move(initial));
    listPaged<Folded>(
        KindTraits<T>::type(), options, context,
        [acc, done = std::move(done)](KubeResult<Folded> r) {
            if (!r) {
                done(r.error());
                return;
            }
            done(std::pair<Acc, ListMeta>(std::move(*acc), r->metadata));
        },
        [acc, fold = std::move(fold)](const QByteArray& body) -> KubeResult<Folded> {
            auto page = decodeList<T>(body);
            if (!page)
                return page.error();
            for (const T& item : std::as_const(page->items))
                fold(*acc, item); // pages are decoded one after another, never in parallel
            return Folded{acc, page->metadata, {}};
        });
}

template <typename T>
void KubeClient::get(const QString& namespaceName, const QString& name, QObject* context,
                     KubeCallback<T> done) {
    getBody(KindTraits<T>::type().objectPath(namespaceName, name), context,
            decodeWith<T>(context, std::move(done),
                          [](const QByteArray& body) { return decodeObject<T>(body); }));
}

} // namespace fd::kube
