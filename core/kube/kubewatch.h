#pragma once

// A watch that keeps going: KubeClient::watch<T>() lists (unless given a resourceVersion), then
// streams newline-delimited watch events from the last version seen. Events are parsed and
// decoded into typed objects on the thread pool, in batches and in order; the client's thread
// only splits the stream into lines and hands over finished deltas. Bookmarks advance the
// version on quiet streams; when the stream ends (server timeout, dropped connection, idle) it
// reconnects from that version with a growing back-off; when the server no longer has the
// version (410 Gone, as an ERROR event or an HTTP status) it lists again and reports the new
// state through onRelisted before watching on.

#include "kube/kubeclient.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace fd::kube {

// One change of a watched collection, decoded.
template <typename T> struct WatchDelta {
    enum class Type { Added, Modified, Deleted };
    Type type = Type::Added;
    T object;
};

// Called on the client's thread while the watch's context lives.
template <typename T> struct WatchHandlers {
    // The complete current state: at the start (without a resourceVersion) and after the server
    // forgot our version (410 Gone). Views replace their content with it.
    std::function<void(ObjectList<T>&& state)> onRelisted;
    // Changes since the last state or batch, in the order the server sent them. A burst arrives
    // as one batch (everything decoded since the previous one).
    std::function<void(QList<WatchDelta<T>>&& deltas)> onDeltas;
    std::function<void(const QString& resourceVersion)> onBookmark; // optional
    // A failure. fatal: the watch stopped (401/403/404...); otherwise it reconnects by itself.
    std::function<void(const KubeError&, bool fatal)> onError;
};

namespace detail {
// What the pool makes of a run of watch lines; applied on the client's thread.
struct DecodedLines {
    virtual ~DecodedLines() = default;
    QString lastResourceVersion; // of the last event or bookmark decoded
    bool sawEvent = false;       // anything well-formed (the stream works)
    bool sawBookmark = false;
    std::optional<KubeError> error; // an ERROR event (lines after it are not decoded)
    int undecodable = 0;
};
} // namespace detail

class KubeWatch : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeWatch)

public:
    ~KubeWatch() override;

    // Ends the stream; no handler runs afterwards. Deleting the watch does the same.
    void stop();
    bool isStopped() const { return m_stopped; }

    // The last version seen (event, bookmark or list).
    QString resourceVersion() const { return m_resourceVersion; }
    int reconnects() const { return m_reconnects; } // streams started after the first
    int relists() const { return m_relists; }       // lists after the first (410 Gone)

protected:
    // Runs on the pool: decodes complete lines (JSON watch events) in order. A plain function,
    // so a decode in flight never touches the watch (which may be gone by then).
    using LineDecoder = std::shared_ptr<detail::DecodedLines> (*)(const QList<QByteArray>& lines);

    KubeWatch(KubeClient* client, ResourceType type, ListOptions options, WatchOptions watch,
              QObject* context, LineDecoder decoder);

    // The typed parts, implemented by KubeWatchOf<T>.
    // Lists the collection and calls relisted() (or relistFailed()).
    virtual void listNow(const ListOptions& options) = 0;
    // Hands a decoded batch's deltas to the handlers (client's thread).
    virtual void deliverDeltas(detail::DecodedLines& batch) = 0;
    virtual void deliverBookmark() = 0;
    virtual void deliverError(const KubeError& error, bool fatal) = 0;

    void start();
    void relisted(const QString& resourceVersion);
    void relistFailed(const KubeError& error);
    bool contextAlive() const { return !m_context.isNull(); }
    KubeClient* client() const { return m_client; }
    const ResourceType& resourceType() const { return m_type; }
    quint64 generation() const { return m_generation; }

private:
    friend class KubeClient;
    void relist();
    void openStream();
    void onChunk(QByteArrayView chunk);
    void pumpDecode();
    void applyDecoded(const std::shared_ptr<detail::DecodedLines>& batch, quint64 generation);
    void onStreamEnd(KubeResult<ApiResponse> result);
    void handleStreamEnd();
    void reconnectLater();
    void fail(const KubeError& error, bool fatal);

    KubeClient* m_client;
    LineDecoder m_decoder;
    ResourceType m_type;
    ListOptions m_options;
    WatchOptions m_watch;
    QPointer<QObject> m_context;
    std::shared_ptr<KubeClient::Op> m_stream;
    QByteArray m_buffer;
    qsizetype m_bufferScanned = 0; // bytes of m_buffer already searched for a newline
    QList<QByteArray> m_lines;     // complete lines waiting for the decoder
    bool m_decoding = false;
    std::optional<KubeResult<ApiResponse>> m_endedWith; // the stream ended; handled once drained
    quint64 m_generation = 0; // bumped by a relist or stop: older decodes are dropped
    QString m_resourceVersion;
    QTimer m_retry;
    int m_backoffMs = 0;
    int m_reconnects = 0;
    int m_relists = -1;
    int m_streams = 0;
    bool m_stopped = false;
    bool m_needsRelist = false; // the stream reported 410
};

// The typed watch: decodes every event into T (see kubetypes.h; QJsonObject for any kind).
template <typename T> class KubeWatchOf final : public KubeWatch {
public:
    KubeWatchOf(KubeClient* client, ResourceType type, ListOptions options, WatchOptions watch,
                QObject* context, WatchHandlers<T> handlers)
        : KubeWatch(client, std::move(type), std::move(options), std::move(watch), context,
                    &KubeWatchOf::decodeLines)
        , m_handlers(std::move(handlers)) {}

private:
    struct Decoded final : detail::DecodedLines {
        QList<WatchDelta<T>> deltas;
    };

    void listNow(const ListOptions& options) override {
        const quint64 gen = generation();
        client()->template listOf<T>(resourceType(), options, this,
                                     [this, gen](KubeResult<ObjectList<T>> list) {
                                         if (gen != generation())
                                             return;
                                         if (!list) {
                                             relistFailed(list.error());
                                             return;
                                         }
                                         const QString rv = list->metadata.resourceVersion;
                                         if (contextAlive() && m_handlers.onRelisted)
                                             m_handlers.onRelisted(std::move(*list));
                                         relisted(rv);
                                     });
    }

    static std::shared_ptr<detail::DecodedLines> decodeLines(const QList<QByteArray>& lines) {
        auto out = std::make_shared<Decoded>();
        for (const QByteArray& line : lines) {
            WatchLine parsed;
            if (!parseWatchLine(line, parsed)) {
                ++out->undecodable;
                continue;
            }
            if (parsed.type == WatchLine::Type::Error) {
                out->error = parsed.error;
                break;
            }
            if (!parsed.resourceVersion.isEmpty())
                out->lastResourceVersion = parsed.resourceVersion;
            out->sawEvent = true;
            if (parsed.type == WatchLine::Type::Bookmark) {
                out->sawBookmark = true;
                continue;
            }
            WatchDelta<T> delta;
            delta.type = parsed.type == WatchLine::Type::Added      ? WatchDelta<T>::Type::Added
                         : parsed.type == WatchLine::Type::Modified ? WatchDelta<T>::Type::Modified
                                                                    : WatchDelta<T>::Type::Deleted;
            decode(parsed.object, delta.object);
            out->deltas.append(std::move(delta));
        }
        return out;
    }

    void deliverDeltas(detail::DecodedLines& batch) override {
        auto& decoded = static_cast<Decoded&>(batch);
        if (!decoded.deltas.isEmpty() && contextAlive() && m_handlers.onDeltas)
            m_handlers.onDeltas(std::move(decoded.deltas));
    }
    void deliverBookmark() override {
        if (contextAlive() && m_handlers.onBookmark)
            m_handlers.onBookmark(resourceVersion());
    }
    void deliverError(const KubeError& error, bool fatal) override {
        if (contextAlive() && m_handlers.onError)
            m_handlers.onError(error, fatal);
    }

    WatchHandlers<T> m_handlers;
};

template <typename T>
KubeWatch* KubeClient::watch(const ResourceType& type, const ListOptions& options,
                             const WatchOptions& watchOptions, QObject* context,
                             WatchHandlers<T> handlers) {
    auto* w = new KubeWatchOf<T>(this, type, options, watchOptions, context, std::move(handlers));
    startWatch(w);
    return w;
}

template <typename T>
KubeWatch* KubeClient::watch(const ListOptions& options, const WatchOptions& watchOptions,
                             QObject* context, WatchHandlers<T> handlers) {
    return watch<T>(KindTraits<T>::type(), options, watchOptions, context, std::move(handlers));
}

} // namespace fd::kube
