#include "deploy/chatclient.h"

#include "common/handoff.h"
#include "deploy/chatstream.h"
#include "deploy/deploylog.h"
#include "deploy/deploytext.h"
#include "net/httpclient.h"

#include <QElapsedTimer>
#include <QTimer>

namespace fd::deploy {

struct ChatClient::Stream {
    fd::net::RequestId request = 0;
    ChatLimits limits;
    ChatStreamDecoder decoder;
    QPointer<QObject> context;
    DeltaHandler onDelta;
    DoneHandler done;
    QMetaObject::Connection contextGone;
    QElapsedTimer clock;
    QTimer* timer = nullptr; // owned by the client; deleted later (it may be the signal's sender)
    ChatOutcome outcome;
    qint64 bytes = 0;
    double firstMs = -1;
    double lastMs = -1;
    int serverTokens = -1;

    explicit Stream(ChatApi api)
        : decoder(api) {}
};

namespace {

ChatStats finalStats(const ChatOutcome& o, double firstMs, double lastMs, int serverTokens,
                     double totalMs) {
    ChatStats s = o.stats;
    s.ttftMs = firstMs;
    s.serverCounted = serverTokens >= 0;
    s.tokens = serverTokens >= 0 ? serverTokens : s.pieces;
    s.totalMs = totalMs;
    if (s.tokens >= 2 && lastMs > firstMs)
        s.tokensPerSecond = (s.tokens - 1) / ((lastMs - firstMs) / 1000.0);
    return s;
}

} // namespace

QString chatErrorKindName(ChatErrorKind kind) {
    switch (kind) {
    case ChatErrorKind::None:
        return {};
    case ChatErrorKind::Network:
        return QStringLiteral("network");
    case ChatErrorKind::HttpStatus:
        return QStringLiteral("http-status");
    case ChatErrorKind::Stall:
        return QStringLiteral("stall");
    case ChatErrorKind::Reset:
        return QStringLiteral("reset");
    case ChatErrorKind::Truncated:
        return QStringLiteral("truncated");
    case ChatErrorKind::Malformed:
        return QStringLiteral("malformed");
    case ChatErrorKind::Server:
        return QStringLiteral("server");
    case ChatErrorKind::TooLarge:
        return QStringLiteral("too-large");
    case ChatErrorKind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QJsonObject ChatOutcome::toJson() const {
    QJsonObject o{{QStringLiteral("ttftMs"), stats.ttftMs},
                  {QStringLiteral("tokens"), stats.tokens},
                  {QStringLiteral("tokensPerSecond"), stats.tokensPerSecond},
                  {QStringLiteral("totalMs"), stats.totalMs},
                  {QStringLiteral("serverCounted"), stats.serverCounted},
                  {QStringLiteral("text"), text},
                  {QStringLiteral("finishReason"), finishReason}};
    if (stats.promptTokens >= 0)
        o.insert(QStringLiteral("promptTokens"), stats.promptTokens);
    if (!ok()) {
        o.insert(QStringLiteral("error"), chatErrorKindName(error));
        o.insert(QStringLiteral("message"), message);
        if (httpStatus > 0)
            o.insert(QStringLiteral("httpStatus"), httpStatus);
    }
    return o;
}

ChatClient::ChatClient(fd::net::HttpClient& http, QObject* parent)
    : QObject(parent)
    , m_http(http) {}

ChatClient::~ChatClient() {
    while (!m_streams.empty())
        abandon(m_streams.begin()->first);
}

quint64 ChatClient::send(const ChatEndpoint& endpoint, const ChatRequest& request,
                         const ChatLimits& limits, QObject* context, DeltaHandler onDelta,
                         DoneHandler done) {
    Q_ASSERT_X(context, "ChatClient::send", "a context object is required");
    const quint64 id = m_nextId++;
    auto stream = std::make_unique<Stream>(endpoint.api);
    Stream* s = stream.get();
    s->limits = limits;
    s->context = context;
    s->onDelta = std::move(onDelta);
    s->done = std::move(done);
    s->timer = new QTimer(this);
    s->timer->setSingleShot(true);
    connect(s->timer, &QTimer::timeout, this, [this, id] { onTimeout(id); });
    s->contextGone = connect(context, &QObject::destroyed, this, [this, id] { abandon(id); });
    m_streams.emplace(id, std::move(stream));

    QUrl url = endpoint.baseUrl;
    QString path = endpoint.chatPath;
    if (path.isEmpty())
        path = endpoint.api == ChatApi::Ollama ? QStringLiteral("/api/chat")
                                               : QStringLiteral("/v1/chat/completions");
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        s->clock.start();
        finish(id, ChatErrorKind::Network,
               Text::tr("%1 is not an http:// or https:// address of a model server.")
                   .arg(endpoint.baseUrl.toString()),
               {});
        return id;
    }

    fd::net::Request req;
    req.method = "POST";
    req.url = url;
    req.headers.append({"Content-Type", "application/json"});
    req.headers.append({"Accept", chatAcceptHeader(endpoint.api)});
    for (const fd::net::Header& h : endpoint.headers)
        req.headers.append(h);
    req.body = chatRequestBody(request);
    req.tls = endpoint.tls;
    req.proxyUrl = endpoint.proxyUrl;
    req.connectTimeoutMs = limits.connectTimeoutMs;
    req.totalTimeoutMs = 0; // an answer may take minutes; stalls are caught by our timer
    // A streamed answer may last minutes: it runs in the stream lane so it never holds a request
    // slot.
    req.stream = true;
    req.onData = [this, id](QByteArrayView chunk) { onChunk(id, chunk); };
    s->clock.start();
    s->timer->start(limits.firstByteTimeoutMs);
    s->request =
        m_http.send(std::move(req), this, [this, id](fd::net::Reply reply) { onReply(id, reply); });
    qCDebug(lcDeploy) << "prompt" << id << "sent to" << url.host() << url.port() << url.path();
    return id;
}

bool ChatClient::cancel(quint64 id) {
    const auto it = m_streams.find(id);
    if (it == m_streams.end())
        return false;
    m_http.cancel(it->second->request);
    finish(id, ChatErrorKind::Cancelled, Text::tr("The prompt was cancelled."), {});
    return true;
}

void ChatClient::onChunk(quint64 id, QByteArrayView chunk) {
    const auto it = m_streams.find(id);
    if (it == m_streams.end())
        return;
    Stream* s = it->second.get();
    s->bytes += chunk.size();
    if (s->bytes > s->limits.maxAnswerBytes) {
        m_http.cancel(s->request);
        finish(id, ChatErrorKind::TooLarge,
               Text::tr("The answer grew beyond %1 MiB and was stopped; the text so far is kept.")
                   .arg(s->limits.maxAnswerBytes >> 20),
               {});
        return;
    }
    s->timer->start(s->limits.idleTimeoutMs);
    QList<ChatEvent> events;
    s->decoder.feed(chunk, events);
    for (const ChatEvent& e : std::as_const(events)) {
        switch (e.kind) {
        case ChatEvent::Kind::Text: {
            const double now = double(s->clock.nsecsElapsed()) / 1e6;
            if (s->firstMs < 0)
                s->firstMs = now;
            s->lastMs = now;
            s->outcome.text += e.text;
            ++s->outcome.stats.pieces;
            s->outcome.stats.ttftMs = s->firstMs;
            s->outcome.stats.tokens = s->outcome.stats.pieces;
            if (s->onDelta && s->context)
                s->onDelta(e.text, s->outcome.stats);
            if (m_streams.find(id) == m_streams.end())
                return; // the handler cancelled the prompt
            break;
        }
        case ChatEvent::Kind::Finish:
            s->outcome.finishReason = e.finishReason;
            if (e.completionTokens >= 0)
                s->serverTokens = e.completionTokens;
            break;
        case ChatEvent::Kind::Usage:
            if (e.completionTokens >= 0)
                s->serverTokens = e.completionTokens;
            s->outcome.stats.promptTokens = e.promptTokens;
            break;
        case ChatEvent::Kind::Done:
            break;
        case ChatEvent::Kind::Error:
            m_http.cancel(s->request);
            finish(id, ChatErrorKind::Server,
                   e.text.isEmpty()
                       ? Text::tr("The model server reported an error in the middle of the "
                                  "answer; the text so far is kept.")
                       : Text::tr("The model server reported an error: %1. The text so far is "
                                  "kept.")
                             .arg(e.text),
                   {});
            return;
        case ChatEvent::Kind::Malformed:
            m_http.cancel(s->request);
            finish(id, ChatErrorKind::Malformed,
                   Text::tr("The model server sent a chunk that is not valid for its protocol, "
                            "so the answer was stopped; the text so far is kept."),
                   e.text);
            return;
        }
    }
}

void ChatClient::onReply(quint64 id, const fd::net::Reply& reply) {
    const auto it = m_streams.find(id);
    if (it == m_streams.end())
        return;
    Stream* s = it->second.get();
    s->outcome.httpStatus = reply.response.status;
    if (reply.ok()) {
        QList<ChatEvent> events;
        const bool complete = s->decoder.finish(events);
        for (const ChatEvent& e : std::as_const(events)) {
            if (e.kind == ChatEvent::Kind::Text) {
                s->outcome.text += e.text;
                ++s->outcome.stats.pieces;
                s->lastMs = double(s->clock.nsecsElapsed()) / 1e6;
                if (s->firstMs < 0)
                    s->firstMs = s->lastMs;
                if (s->onDelta && s->context)
                    s->onDelta(e.text, s->outcome.stats);
                if (m_streams.find(id) == m_streams.end())
                    return;
            } else if (e.kind == ChatEvent::Kind::Finish) {
                s->outcome.finishReason = e.finishReason;
            } else if (e.kind == ChatEvent::Kind::Usage && e.completionTokens >= 0) {
                s->serverTokens = e.completionTokens;
            } else if (e.kind == ChatEvent::Kind::Error || e.kind == ChatEvent::Kind::Malformed) {
                finish(id,
                       e.kind == ChatEvent::Kind::Error ? ChatErrorKind::Server
                                                        : ChatErrorKind::Malformed,
                       e.kind == ChatEvent::Kind::Error
                           ? Text::tr("The model server reported an error: %1. The text so far "
                                      "is kept.")
                                 .arg(e.text)
                           : Text::tr("The model server sent a chunk that is not valid for its "
                                      "protocol, so the answer was stopped; the text so far is "
                                      "kept."),
                       e.kind == ChatEvent::Kind::Malformed ? e.text : QString());
                return;
            }
        }
        if (complete)
            finish(id, ChatErrorKind::None, {}, {});
        else
            finish(id, ChatErrorKind::Truncated,
                   Text::tr("The model server ended the answer before saying it was complete; "
                            "the text so far is kept."),
                   {});
        return;
    }
    const fd::net::NetError& e = reply.error;
    switch (e.kind) {
    case fd::net::NetErrorKind::HttpStatus: {
        const QString server = serverErrorMessage(e.body);
        finish(
            id, ChatErrorKind::HttpStatus,
            server.isEmpty()
                ? Text::tr("The model server answered HTTP %1; check that the deployment is "
                           "ready and the model name is right.")
                      .arg(e.httpStatus)
                : Text::tr("The model server answered HTTP %1: %2").arg(e.httpStatus).arg(server),
            e.detail);
        return;
    }
    case fd::net::NetErrorKind::Cancelled:
        finish(id, ChatErrorKind::Cancelled, Text::tr("The prompt was cancelled."), e.detail);
        return;
    default:
        break;
    }
    if (s->bytes > 0 || s->firstMs >= 0)
        finish(id, ChatErrorKind::Reset,
               Text::tr("The connection to the model server broke in the middle of the answer; "
                        "the text so far is kept."),
               e.detail);
    else
        finish(id, ChatErrorKind::Network, e.message, e.detail);
}

void ChatClient::onTimeout(quint64 id) {
    const auto it = m_streams.find(id);
    if (it == m_streams.end())
        return;
    Stream* s = it->second.get();
    m_http.cancel(s->request);
    const bool started = s->bytes > 0;
    const int waited = started ? s->limits.idleTimeoutMs : s->limits.firstByteTimeoutMs;
    finish(id, ChatErrorKind::Stall,
           started ? Text::tr("The model server stopped sending for %1 s in the middle of the "
                              "answer; the text so far is kept.")
                         .arg(waited / 1000.0, 0, 'g', 3)
                   : Text::tr("The model server sent nothing for %1 s; it may still be loading "
                              "the model, try again later.")
                         .arg(waited / 1000.0, 0, 'g', 3),
           {});
}

void ChatClient::finish(quint64 id, ChatErrorKind kind, const QString& message,
                        const QString& detail) {
    const auto it = m_streams.find(id);
    if (it == m_streams.end())
        return;
    std::unique_ptr<Stream> s = std::move(it->second);
    m_streams.erase(it);
    s->timer->stop();
    s->timer->deleteLater();
    disconnect(s->contextGone);
    ChatOutcome outcome = std::move(s->outcome);
    outcome.error = kind;
    outcome.message = message;
    outcome.detail = detail;
    outcome.stats = finalStats(outcome, s->firstMs, s->lastMs, s->serverTokens,
                               double(s->clock.nsecsElapsed()) / 1e6);
    if (kind != ChatErrorKind::None)
        qCInfo(lcDeploy).noquote()
            << "prompt" << id << "ended:" << chatErrorKindName(kind) << detail;
    if (!s->context || !s->done)
        return;
    fd::post(s->context.data(),
             [done = std::move(s->done), outcome = std::move(outcome)]() mutable {
                 done(std::move(outcome));
             });
}

void ChatClient::abandon(quint64 id) {
    const auto it = m_streams.find(id);
    if (it == m_streams.end())
        return;
    std::unique_ptr<Stream> s = std::move(it->second);
    m_streams.erase(it);
    m_http.cancel(s->request);
    s->timer->stop();
    s->timer->deleteLater();
    disconnect(s->contextGone);
}

} // namespace fd::deploy
