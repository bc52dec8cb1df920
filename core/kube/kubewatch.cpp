#include "kube/kubewatch.h"

#include "common/handoff.h"
#include "kube/kubelog.h"

#include <QThreadPool>

namespace fd::kube {

namespace {
constexpr int kMaxBackoffMs = 30000;
constexpr qsizetype kMaxLineBytes = 16 << 20; // one object; a runaway line aborts the stream
} // namespace

KubeWatch::KubeWatch(KubeClient* client, ResourceType type, ListOptions options, WatchOptions watch,
                     QObject* context, LineDecoder decoder)
    : QObject(client)
    , m_client(client)
    , m_decoder(decoder)
    , m_type(std::move(type))
    , m_options(std::move(options))
    , m_watch(std::move(watch))
    , m_context(context) {
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
    ++m_generation;
    m_retry.stop();
    m_client->cancel(m_stream);
    m_stream.reset();
    m_lines.clear();
    m_buffer.clear();
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
    ++m_generation; // decodes of the old stream no longer apply
    m_lines.clear();
    m_buffer.clear();
    m_bufferScanned = 0;
    m_decoding = false;
    m_endedWith.reset();
    listNow(m_options);
}

void KubeWatch::relisted(const QString& resourceVersion) {
    if (m_stopped)
        return;
    ++m_relists;
    m_resourceVersion = resourceVersion;
    openStream();
}

void KubeWatch::relistFailed(const KubeError& error) {
    if (m_stopped)
        return;
    const auto c = error.category;
    const bool fatal = c == KubeErrorCategory::Unauthorized || c == KubeErrorCategory::Forbidden ||
                       c == KubeErrorCategory::NotFound;
    m_needsRelist = true;
    fail(error, fatal);
}

void KubeWatch::openStream() {
    if (m_stopped)
        return;
    ApiRequest r = KubeClient::listRequest(m_type, m_options, {});
    r.query.removeAllQueryItems(QStringLiteral("limit"));
    r.query.removeAllQueryItems(QStringLiteral("resourceVersion"));
    r.query.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    r.query.addQueryItem(QStringLiteral("resourceVersion"), m_resourceVersion);
    if (m_watch.bookmarks)
        r.query.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    if (m_watch.timeoutSeconds > 0)
        r.query.addQueryItem(QStringLiteral("timeoutSeconds"),
                             QString::number(m_watch.timeoutSeconds));
    r.totalTimeoutMs = 0;
    r.idleTimeoutMs = m_watch.idleTimeoutMs;
    r.stream = true;
    QPointer<KubeWatch> self(this);
    r.onData = [self](QByteArrayView chunk) {
        if (self)
            self->onChunk(chunk);
    };
    m_buffer.clear();
    m_bufferScanned = 0;
    m_endedWith.reset();
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
    // Only the line split happens here; parsing and decoding run on the pool.
    m_buffer.append(chunk);
    qsizetype start = 0;
    for (qsizetype nl = m_buffer.indexOf('\n', m_bufferScanned); nl >= 0;
         nl = m_buffer.indexOf('\n', start)) {
        if (nl > start)
            m_lines.append(m_buffer.mid(start, nl - start));
        start = nl + 1;
    }
    m_buffer.remove(0, start);
    m_bufferScanned = m_buffer.size();
    if (m_buffer.size() > kMaxLineBytes) {
        m_buffer.clear();
        m_bufferScanned = 0;
        m_client->cancel(m_stream);
        m_stream.reset();
        fail(makeKubeError(KubeErrorCategory::MalformedResponse,
                           tr("The watch stream sent an event larger than 16 MiB; reconnecting.")),
             false);
        reconnectLater();
        return;
    }
    pumpDecode();
}

void KubeWatch::pumpDecode() {
    if (m_decoding || m_lines.isEmpty() || m_stopped)
        return;
    m_decoding = true;
    const quint64 gen = m_generation;
    QList<QByteArray> lines;
    lines.swap(m_lines);
    // `this` only as the Handoff's context: the pool job never touches the watch itself.
    auto deliver = fd::handoff<std::shared_ptr<detail::DecodedLines>>(
        this,
        [this, gen](std::shared_ptr<detail::DecodedLines> batch) { applyDecoded(batch, gen); });
    QThreadPool::globalInstance()->start(
        [decoder = m_decoder, lines = std::move(lines), deliver] { deliver(decoder(lines)); });
}

void KubeWatch::applyDecoded(const std::shared_ptr<detail::DecodedLines>& batch,
                             quint64 generation) {
    if (generation != m_generation || m_stopped)
        return; // a relist or stop made this batch stale
    m_decoding = false;
    if (batch->undecodable > 0)
        qCWarning(lcKube) << "watch:" << batch->undecodable << "undecodable event(s) skipped";
    if (!batch->lastResourceVersion.isEmpty())
        m_resourceVersion = batch->lastResourceVersion;
    if (batch->sawEvent)
        m_backoffMs = 0; // the stream works
    deliverDeltas(*batch);
    if (m_stopped)
        return;
    if (batch->sawBookmark)
        deliverBookmark();
    if (batch->error) {
        const KubeError e = *batch->error;
        if (e.httpStatus == 410 || e.category == KubeErrorCategory::Gone) {
            qCInfo(lcKube) << "watch: resourceVersion too old, relisting";
            m_needsRelist = true;
            m_client->cancel(m_stream);
            m_stream.reset();
            relist();
            return;
        }
        fail(e, false);
    }
    if (!m_lines.isEmpty())
        pumpDecode();
    else if (m_endedWith)
        handleStreamEnd();
}

void KubeWatch::onStreamEnd(KubeResult<ApiResponse> result) {
    m_stream.reset();
    if (m_stopped || m_needsRelist)
        return;
    m_endedWith = std::move(result);
    // Events still being decoded carry the version to resume from: finish them first.
    if (!m_decoding && m_lines.isEmpty())
        handleStreamEnd();
}

void KubeWatch::handleStreamEnd() {
    if (!m_endedWith)
        return;
    const KubeResult<ApiResponse> result = std::move(*m_endedWith);
    m_endedWith.reset();
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
    deliverError(error, fatal);
}

} // namespace fd::kube
