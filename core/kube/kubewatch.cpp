#include "kube/kubewatch.h"

#include "kube/kubelog.h"

#include <QJsonDocument>

namespace fd::kube {

namespace {
constexpr int kMaxBackoffMs = 30000;
constexpr qsizetype kMaxLineBytes = 16 << 20; // one object; a runaway line aborts the stream
} // namespace

KubeWatch::KubeWatch(KubeClient* client, ResourceType type, ListOptions options, WatchOptions watch,
                     QObject* context, WatchHandlers handlers)
    : QObject(client)
    , m_client(client)
    , m_type(std::move(type))
    , m_options(std::move(options))
    , m_watch(std::move(watch))
    , m_context(context)
    , m_handlers(std::move(handlers)) {
    m_options.allPages = true;
    m_options.limit = m_options.limit > 0 ? m_options.limit : 500;
    m_options.continueToken.clear();
    m_resourceVersion = m_watch.resourceVersion;
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_needsRelist)
            relist();
        else
            openStream();
    });
    if (context)
        connect(context, &QObject::destroyed, this, [this] {
            stop();
            deleteLater();
        });
}

KubeWatch::~KubeWatch() {
    stop();
}

void KubeWatch::stop() {
    if (m_stopped)
        return;
    m_stopped = true;
    m_retry.stop();
    m_client->cancel(m_stream);
    m_stream.reset();
}

void KubeWatch::start() {
    if (m_resourceVersion.isEmpty())
        relist();
    else
        openStream();
}

void KubeWatch::relist() {
    if (m_stopped)
        return;
    m_needsRelist = false;
    m_client->listRaw(m_type, m_options, this, [this](KubeResult<RawList> list) {
        if (m_stopped)
            return;
        if (!list) {
            const auto c = list.error().category;
            const bool fatal = c == KubeErrorCategory::Unauthorized ||
                               c == KubeErrorCategory::Forbidden ||
                               c == KubeErrorCategory::NotFound;
            m_needsRelist = true;
            fail(list.error(), fatal);
            return;
        }
        ++m_relists;
        m_resourceVersion = list->metadata.resourceVersion;
        if (m_context && m_handlers.onRelisted)
            m_handlers.onRelisted(*list);
        if (!m_stopped)
            openStream();
    });
}

void KubeWatch::openStream() {
    if (m_stopped)
        return;
    ApiRequest r = KubeClient::listRequest(m_type, m_options, {});
    r.query.removeAllQueryItems(QStringLiteral("limit"));
    r.query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    r.query.addQueryItem(QStringLiteral("resourceVersion"), m_resourceVersion);
    if (m_watch.bookmarks)
        r.query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    if (m_watch.timeoutSeconds > 0)
        r.query.addQueryItem(QStringLiteral("timeoutSeconds"),
                             QString::number(m_watch.timeoutSeconds));
    r.totalTimeoutMs = 0;
    r.idleTimeoutMs = m_watch.idleTimeoutMs;
    QPointer<KubeWatch> self(this);
    r.onData = [self](QByteArrayView chunk) {
        if (self)
            self->onChunk(chunk);
    };
    m_buffer.clear();
    if (m_streams++ > 0)
        ++m_reconnects;
    m_stream = m_client->perform(std::move(r), [self](KubeResult<ApiResponse> result) {
        if (self)
            self->onStreamEnd(std::move(result));
    });
}

void KubeWatch::onChunk(QByteArrayView chunk) {
    if (m_stopped || m_needsRelist)
        return;
    m_buffer.append(chunk);
    qsizetype start = 0;
    for (qsizetype nl = m_buffer.indexOf('\n', start); nl >= 0;
         nl = m_buffer.indexOf('\n', start)) {
        const QByteArray line = m_buffer.mid(start, nl - start);
        start = nl + 1;
        if (!line.trimmed().isEmpty())
            onLine(line);
        if (m_stopped || m_needsRelist) {
            m_buffer.clear();
            return;
        }
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > kMaxLineBytes) {
        m_buffer.clear();
        m_client->cancel(m_stream);
        m_stream.reset();
        fail(makeKubeError(KubeErrorCategory::MalformedResponse,
                           tr("The watch stream sent an event larger than 16 MiB; reconnecting.")),
             false);
        reconnectLater();
    }
}

void KubeWatch::onLine(const QByteArray& line) {
    QJsonParseError error;
    const QJsonObject event = QJsonDocument::fromJson(line, &error).object();
    if (error.error != QJsonParseError::NoError) {
        qCWarning(lcKube) << "watch: undecodable event at offset" << error.offset;
        return;
    }
    const QString type = event.value(QLatin1String("type")).toString();
    const QJsonObject object = event.value(QLatin1String("object")).toObject();
    if (type == QLatin1String("ERROR")) {
        const int code = object.value(QLatin1String("code")).toInt();
        const KubeError e = errorFromResponse(code ? code : 500, QJsonDocument(object).toJson());
        if (code == 410 || e.category == KubeErrorCategory::Gone) {
            qCInfo(lcKube) << "watch: resourceVersion too old, relisting";
            m_needsRelist = true; // the stream end (cancelled below) leads to the relist
            m_client->cancel(m_stream);
            m_stream.reset();
            relist();
            return;
        }
        fail(e, false);
        return;
    }
    const QString rv = object.value(QLatin1String("metadata"))
                           .toObject()
                           .value(QLatin1String("resourceVersion"))
                           .toString();
    if (!rv.isEmpty())
        m_resourceVersion = rv;
    m_backoffMs = 0; // the stream works
    if (type == QLatin1String("BOOKMARK")) {
        if (m_context && m_handlers.onBookmark)
            m_handlers.onBookmark(m_resourceVersion);
        return;
    }
    WatchEvent ev;
    if (type == QLatin1String("ADDED"))
        ev.type = WatchEvent::Type::Added;
    else if (type == QLatin1String("MODIFIED"))
        ev.type = WatchEvent::Type::Modified;
    else if (type == QLatin1String("DELETED"))
        ev.type = WatchEvent::Type::Deleted;
    else
        return;
    ev.object = object;
    if (m_context && m_handlers.onEvent)
        m_handlers.onEvent(ev);
}

void KubeWatch::onStreamEnd(KubeResult<ApiResponse> result) {
    m_stream.reset();
    if (m_stopped || m_needsRelist)
        return;
    if (result.ok()) {
        // The server's timeoutSeconds ended the stream: go on from where we are.
        m_backoffMs = 0;
        openStream();
        return;
    }
    const KubeError& e = result.error();
    switch (e.category) {
    case KubeErrorCategory::Gone:
        m_needsRelist = true;
        relist();
        return;
    case KubeErrorCategory::Unauthorized:
    case KubeErrorCategory::Forbidden:
    case KubeErrorCategory::NotFound:
    case KubeErrorCategory::Invalid:
        fail(e, true);
        return;
    default:
        fail(e, false);
        reconnectLater();
        return;
    }
}

void KubeWatch::reconnectLater() {
    if (m_stopped)
        return;
    m_backoffMs = m_backoffMs == 0 ? 250 : std::min(m_backoffMs * 2, kMaxBackoffMs);
    qCInfo(lcKube) << "watch: reconnecting in" << m_backoffMs << "ms";
    m_retry.start(m_backoffMs);
}

void KubeWatch::fail(const KubeError& error, bool fatal) {
    if (fatal)
        stop();
    else if (m_needsRelist)
        reconnectLater(); // the relist failed: try again later
    if (m_context && m_handlers.onError)
        m_handlers.onError(error, fatal);
}

} // namespace fd::kube
