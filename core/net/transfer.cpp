#include "net/transfer.h"

#include "net/connectionpool.h"
#include "net/netlog.h"

#include <QCoreApplication>

#include <openssl/crypto.h>

#include <cstring>
#include <utility>

namespace fd::net {
namespace {

// Drops our reference to caller-provided secret bytes, wiping them when nobody else holds them.
void release(QByteArray& bytes) {
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes = QByteArray();
}

QByteArray deepCopy(const QByteArray& bytes) {
    return bytes.isEmpty() ? QByteArray() : QByteArray(bytes.constData(), bytes.size());
}

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes = QByteArray();
}

void freeWiped(curl_slist* list) {
    // Header lines (Authorization) and exported cookies: wiped before libcurl frees them.
    for (curl_slist* node = list; node; node = node->next)
        OPENSSL_cleanse(node->data, std::strlen(node->data));
    curl_slist_free_all(list);
}

// RFC 6761: names under .invalid never resolve, so we answer without asking any resolver.
bool isReservedInvalidName(const QString& host) {
    const QString h = host.toLower();
    return h == QLatin1String("invalid") || h.endsWith(QLatin1String(".invalid")) ||
           h.endsWith(QLatin1String(".invalid."));
}

QString hostForUrl(const QString& host) {
    return host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
}

bool hasHeader(const Headers& headers, QByteArrayView name) {
    for (const Header& h : headers)
        if (name.compare(h.name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

} // namespace

Transfer::Transfer(RequestId id, Request request, QObject* ctx, std::function<void(Reply)> cb,
                   qint64 defaultMaxResponseBytes)
    : context(ctx)
    , done(std::move(cb))
    , m_id(id)
    , m_request(std::move(request))
    , m_limit(m_request.maxResponseBytes > 0 ? m_request.maxResponseBytes
                                             : defaultMaxResponseBytes) {
    m_caPem = deepCopy(m_request.tls.caPem);
    m_certPem = deepCopy(m_request.tls.clientCertPem);
    m_keyPem = deepCopy(m_request.tls.clientKeyPem);
    release(m_request.tls.caPem);
    release(m_request.tls.clientCertPem);
    release(m_request.tls.clientKeyPem);
}

Transfer::~Transfer() {
    if (m_easy) {
        curl_easy_cleanup(m_easy); // detaches from the pool's share first
        m_easy = nullptr;
    }
    if (m_pool)
        m_pool->release();
    freeWiped(m_headerList);
    curl_slist_free_all(m_connectTo);
    wipe(m_keyPem);
    wipe(m_certPem);
    wipe(m_caPem);
    for (Header& h : m_request.headers)
        release(h.value);
}

QString Transfer::hostLabel() const {
    const QUrl& u = m_request.url;
    const int port = u.port(u.scheme() == QLatin1String("https") ? 443 : 80);
    return hostForUrl(u.host()) + QLatin1Char(':') + QString::number(port);
}

QString Transfer::logLabel() const {
    return QString::fromLatin1(m_request.method) + QLatin1Char(' ') +
           m_request.url.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

std::optional<NetError> Transfer::prepare(const TransferSetup& setup) {
    const QUrl& url = m_request.url;
    const QString scheme = url.scheme().toLower();
    FailureFacts facts;
    auto fail = [&](NetErrorKind kind, QString detail) {
        NetError e;
        e.kind = kind;
        e.message = userMessage(kind, hostLabel(), facts);
        e.detail = std::move(detail);
        return e;
    };
    if (!url.isValid() || url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return fail(NetErrorKind::Other,
                    QStringLiteral("unsupported or malformed URL (only http and https)"));
    if (isReservedInvalidName(url.host()))
        return fail(NetErrorKind::Dns, QStringLiteral("reserved name (RFC 6761): never resolves"));
    const QByteArray pin = parseSha256Fingerprint(m_request.tls.pinnedSha256);
    if (pin.isEmpty() && !m_request.tls.pinnedSha256.trimmed().isEmpty())
        return fail(NetErrorKind::TlsOther,
                    QStringLiteral("the pinned certificate fingerprint is not a SHA-256 "
                                   "(64 hexadecimal digits, colons allowed)"));

    m_easy = curl_easy_init();
    if (!m_easy)
        return fail(NetErrorKind::Other, QStringLiteral("libcurl could not create a handle"));

    CURLcode firstError = CURLE_OK;
    auto set = [&](CURLoption option, auto value) {
        const CURLcode rc = curl_easy_setopt(m_easy, option, value);
        if (rc != CURLE_OK && firstError == CURLE_OK)
            firstError = rc;
    };

    QUrl target = url;
    const bool https = scheme == QLatin1String("https");
    const int port = url.port(https ? 443 : 80);
    const QString& serverName = m_request.tls.serverName;
    if (https && !serverName.isEmpty() && serverName.compare(url.host(), Qt::CaseInsensitive)) {
        // Verify and send SNI for serverName while the TCP connection still goes to the URL
        // host: the URL names serverName and CONNECT_TO maps it back.
        target.setHost(serverName);
        m_connectToEntry =
            (hostForUrl(serverName) + QLatin1Char(':') + QString::number(port) + QLatin1Char(':') +
             hostForUrl(url.host()) + QLatin1Char(':') + QString::number(port))
                .toUtf8();
        m_connectTo = curl_slist_append(nullptr, m_connectToEntry.constData());
        set(CURLOPT_CONNECT_TO, m_connectTo);
        if (!hasHeader(m_request.headers, "Host"))
            m_request.headers.append(
                {"Host",
                 (hostForUrl(url.host()) + QLatin1Char(':') + QString::number(port)).toUtf8()});
    }
    m_url = target.toEncoded();
    set(CURLOPT_URL, m_url.constData());
    set(CURLOPT_PROTOCOLS_STR, "http,https");
    set(CURLOPT_NOSIGNAL, 1L);
    set(CURLOPT_PRIVATE, static_cast<void*>(this));
    set(CURLOPT_ERRORBUFFER, m_errorBuffer);
    set(CURLOPT_WRITEFUNCTION, &Transfer::onBody);
    set(CURLOPT_WRITEDATA, static_cast<void*>(this));
    set(CURLOPT_HEADERFUNCTION, &Transfer::onHeader);
    set(CURLOPT_HEADERDATA, static_cast<void*>(this));
    set(CURLOPT_PREREQFUNCTION, &Transfer::onPrerequest);
    set(CURLOPT_PREREQDATA, static_cast<void*>(this));
    set(CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    if (https)
        set(CURLOPT_PIPEWAIT, 1L);    // prefer a stream on an HTTP/2 connection being set up
    set(CURLOPT_ACCEPT_ENCODING, ""); // every encoding libcurl decodes; limits apply decoded
    set(CURLOPT_TCP_KEEPALIVE, 1L);
    set(CURLOPT_FOLLOWLOCATION, 0L);
    set(CURLOPT_CONNECTTIMEOUT_MS, long(qMax(0, m_request.connectTimeoutMs)));
    set(CURLOPT_TIMEOUT_MS, long(qMax(0, m_request.totalTimeoutMs)));
    if (m_request.idleTimeoutMs > 0) {
        set(CURLOPT_LOW_SPEED_LIMIT, 1L);
        set(CURLOPT_LOW_SPEED_TIME, long((m_request.idleTimeoutMs + 999) / 1000));
    }
    if (!m_request.onData)
        set(CURLOPT_MAXFILESIZE_LARGE, curl_off_t(m_limit)); // early refusal by Content-Length

    // Method and body.
    const QByteArray method = m_request.method.toUpper();
    if (method == "HEAD") {
        set(CURLOPT_NOBODY, 1L);
    } else if (!m_request.body.isEmpty() || method == "POST" || method == "PUT" ||
               method == "PATCH") {
        set(CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(m_request.body.size()));
        set(CURLOPT_POSTFIELDS, m_request.body.constData());
        if (method != "POST")
            set(CURLOPT_CUSTOMREQUEST, method.constData()); // copied by libcurl
        if (!hasHeader(m_request.headers, "Expect"))
            m_headerList = curl_slist_append(m_headerList, "Expect:"); // no 100-continue wait
    } else if (method != "GET") {
        set(CURLOPT_CUSTOMREQUEST, method.constData());
    }
    for (const Header& h : std::as_const(m_request.headers)) {
        QByteArray line = h.name;
        line += h.value.isEmpty() ? QByteArray(";") : ": " + h.value;
        m_headerList = curl_slist_append(m_headerList, line.constData());
    }
    if (m_headerList)
        set(CURLOPT_HTTPHEADER, m_headerList);

    // TLS: verification on unless asked; material from memory, never from files.
    TlsObservation& tls = *m_tls.observation;
    tls.verify = !m_request.tls.insecure;
    m_tls.httpsProxy = m_request.proxyUrl.startsWith(QLatin1String("https:"), Qt::CaseInsensitive);
    set(CURLOPT_SSL_VERIFYPEER, m_request.tls.insecure ? 0L : 1L);
    set(CURLOPT_SSL_CTX_FUNCTION, &setUpTls);
    set(CURLOPT_SSL_CTX_DATA, static_cast<void*>(&m_tls));
    if (setup.legacyTls) {
        set(CURLOPT_SSL_VERIFYHOST, m_request.tls.insecure ? 0L : 2L);
        if (!m_caPem.isEmpty()) {
            curl_blob blob{m_caPem.data(), size_t(m_caPem.size()), CURL_BLOB_NOCOPY};
            set(CURLOPT_CAINFO_BLOB, &blob);
            set(CURLOPT_CAPATH, static_cast<char*>(nullptr)); // trust exactly the given CAs
        }
    } else {
        // The pool's store replaces libcurl's CA settings, so libcurl loads nothing itself and
        // must not cache a store across connections (its cache is per multi handle, not per
        // policy: a cached store would replace ours).
        tls.trust = setup.trust;
        set(CURLOPT_CAINFO, static_cast<char*>(nullptr));
        set(CURLOPT_CAPATH, static_cast<char*>(nullptr));
        set(CURLOPT_CA_CACHE_TIMEOUT, 0L);
        // With a pin, our verification callback checks the name of any certificate that is not
        // the pinned one; libcurl's check would refuse the pinned one when its names differ.
        tls.pin = pin;
        if (!pin.isEmpty())
            tls.pinHost =
                (m_request.tls.serverName.isEmpty() ? url.host() : m_request.tls.serverName)
                    .toUtf8();
        set(CURLOPT_SSL_VERIFYHOST, m_request.tls.insecure || !pin.isEmpty() ? 0L : 2L);
    }
    m_pool = setup.pool;
    if (m_pool) {
        m_pool->acquire();
        set(CURLOPT_SHARE, m_pool->share());
    }
    if (!m_certPem.isEmpty()) {
        curl_blob blob{m_certPem.data(), size_t(m_certPem.size()), CURL_BLOB_NOCOPY};
        set(CURLOPT_SSLCERT_BLOB, &blob);
        set(CURLOPT_SSLCERTTYPE, "PEM");
    }
    if (!m_keyPem.isEmpty()) {
        curl_blob blob{m_keyPem.data(), size_t(m_keyPem.size()), CURL_BLOB_NOCOPY};
        set(CURLOPT_SSLKEY_BLOB, &blob);
        set(CURLOPT_SSLKEYTYPE, "PEM");
    }

    // Proxy: explicit only; "" also switches off the environment's proxy variables.
    m_proxy = m_request.proxyUrl.toUtf8();
    set(CURLOPT_PROXY, m_proxy.constData());
    if (!m_proxy.isEmpty()) {
        set(CURLOPT_SUPPRESS_CONNECT_HEADERS, 1L);
        set(CURLOPT_NOPROXY, ""); // the proxy applies even to loopback names
    }

    // Cookies: libcurl's engine for this transfer, filled from the jar and read back at the end.
    if (m_request.cookies) {
        set(CURLOPT_COOKIEFILE, ""); // the engine on, no file
        m_cookiesBefore = m_request.cookies->snapshot();
        for (const QByteArray& line : std::as_const(m_cookiesBefore->lines))
            set(CURLOPT_COOKIELIST, line.constData());
    }

    if (firstError != CURLE_OK)
        return fail(NetErrorKind::Other, QStringLiteral("libcurl rejected an option: ") +
                                             QString::fromLatin1(curl_easy_strerror(firstError)));
    return std::nullopt;
}

size_t Transfer::onBody(char* data, size_t size, size_t count, void* self) {
    return static_cast<Transfer*>(self)->body(data, size * count);
}

size_t Transfer::onHeader(char* data, size_t size, size_t count, void* self) {
    return static_cast<Transfer*>(self)->header(data, size * count);
}

int Transfer::onPrerequest(void* self, char*, char*, int, int) {
    auto* t = static_cast<Transfer*>(self);
    t->m_connected = true;
    // Taken out first: the hook runs once, and may be reset by what it calls.
    if (std::function<void()> hook = std::exchange(t->onConnected, nullptr))
        hook();
    return CURL_PREREQFUNC_OK;
}

bool Transfer::streamingNow() const {
    return m_request.onData && m_response.status < 400;
}

size_t Transfer::body(const char* data, size_t len) {
    if (m_cancelled)
        return CURL_WRITEFUNC_ERROR;
    if (!m_headDone)
        header("\r\n", 2); // HTTP/0.9-style or odd servers: make sure onHeaders ran once
    if (streamingNow()) {
        if (context)
            m_request.onData(QByteArrayView(data, qsizetype(len)));
        return m_cancelled ? CURL_WRITEFUNC_ERROR : len;
    }
    if (m_received + qint64(len) > m_limit) {
        m_tooLarge = true;
        return CURL_WRITEFUNC_ERROR;
    }
    m_received += qint64(len);
    m_response.body.append(data, qsizetype(len));
    return len;
}

size_t Transfer::header(const char* data, size_t len) {
    if (m_cancelled)
        return CURL_WRITEFUNC_ERROR;
    const QByteArrayView line = QByteArrayView(data, qsizetype(len)).trimmed();
    if (line.startsWith("HTTP/")) { // a new response head (after 1xx or a proxy's answer)
        m_response.headers.clear();
        m_headDone = false;
        const QList<QByteArray> parts = line.toByteArray().split(' ');
        m_response.status = parts.size() > 1 ? parts.at(1).toInt() : 0;
        return len;
    }
    if (line.isEmpty()) {
        if (!m_headDone && (m_response.status >= 200 || m_response.status == 0)) {
            m_headDone = true;
            fillHeadInfo();
            if (m_request.onHeaders && context)
                m_request.onHeaders(m_response);
        }
        return m_cancelled ? CURL_WRITEFUNC_ERROR : len;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return len;
    const QByteArrayView name = line.first(colon).trimmed();
    const QByteArrayView value = line.sliced(colon + 1).trimmed();
    m_response.headers.append({name.toByteArray(), value.toByteArray()});
    // One allocation for the body instead of a dozen regrowths and copies (the size limit
    // still applies as it arrives).
    if (!m_request.onData && name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
        bool ok = false;
        const qint64 size = value.toLongLong(&ok);
        if (ok && size > 0 && size <= m_limit)
            m_response.body.reserve(qsizetype(size));
    }
    return len;
}

void Transfer::fillHeadInfo() {
    long status = 0;
    if (curl_easy_getinfo(m_easy, CURLINFO_RESPONSE_CODE, &status) == CURLE_OK && status > 0)
        m_response.status = int(status);
    long version = 0;
    curl_easy_getinfo(m_easy, CURLINFO_HTTP_VERSION, &version);
    switch (version) {
    case CURL_HTTP_VERSION_1_0:
        m_response.httpVersion = HttpVersion::Http1_0;
        break;
    case CURL_HTTP_VERSION_1_1:
        m_response.httpVersion = HttpVersion::Http1_1;
        break;
    case CURL_HTTP_VERSION_2_0:
        m_response.httpVersion = HttpVersion::Http2;
        break;
    case CURL_HTTP_VERSION_3:
        m_response.httpVersion = HttpVersion::Http3;
        break;
    default:
        break;
    }
}

Timings Transfer::timings() const {
    Timings t;
    if (!m_easy)
        return t;
    curl_off_t total = 0, connect = 0, tls = 0;
    curl_easy_getinfo(m_easy, CURLINFO_TOTAL_TIME_T, &total);
    curl_easy_getinfo(m_easy, CURLINFO_CONNECT_TIME_T, &connect);
    curl_easy_getinfo(m_easy, CURLINFO_APPCONNECT_TIME_T, &tls);
    t.totalMs = double(total) / 1000.0;
    t.connectMs = double(connect) / 1000.0;
    t.tlsMs = tls > connect ? double(tls - connect) / 1000.0 : 0.0;
    return t;
}

bool Transfer::openedConnection() const {
    long count = 0;
    return m_easy && curl_easy_getinfo(m_easy, CURLINFO_NUM_CONNECTS, &count) == CURLE_OK &&
           count > 0;
}

void Transfer::saveCookies() {
    if (!m_cookiesBefore || !m_request.cookies || !m_easy)
        return;
    curl_slist* list = nullptr;
    if (curl_easy_getinfo(m_easy, CURLINFO_COOKIELIST, &list) != CURLE_OK)
        return;
    QList<QByteArray> after;
    for (curl_slist* node = list; node; node = node->next)
        after.append(QByteArray(node->data));
    freeWiped(list);
    m_request.cookies->update(*m_cookiesBefore, after);
    for (QByteArray& line : after)
        release(line);
    for (QByteArray& line : m_cookiesBefore->lines)
        release(line);
    m_cookiesBefore.reset();
}

Reply Transfer::finishedReply(CURLcode code) {
    Reply r;
    r.id = m_id;
    saveCookies();
    fillHeadInfo();
    r.timings = timings();
    if (code == CURLE_OK && !m_cancelled && m_response.status < 400) {
        r.response = std::move(m_response);
        return r;
    }
    FailureFacts facts;
    facts.curlCode = int(code);
    facts.curlDetail = QString::fromUtf8(m_errorBuffer).trimmed();
    facts.cancelled = m_cancelled;
    facts.tooLarge = m_tooLarge;
    facts.viaProxy = !m_proxy.isEmpty();
    curl_easy_getinfo(m_easy, CURLINFO_HTTP_CONNECTCODE, &facts.proxyConnectStatus);
    facts.httpStatus = m_response.status;
    facts.sizeLimit = m_limit;
    facts.tls = *m_tls.observation;
    r.failed = true;
    r.error = classify(facts, hostLabel());
    if (r.error.kind == NetErrorKind::HttpStatus)
        r.error.body = m_response.body;
    r.response = std::move(m_response);
    return r;
}

Reply Transfer::failedReply(NetError error) {
    Reply r;
    r.id = m_id;
    r.timings = timings();
    r.failed = true;
    r.error = std::move(error);
    r.response = std::move(m_response);
    return r;
}

} // namespace fd::net
