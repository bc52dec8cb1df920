#pragma once

#include "net/cookiejar.h"
#include "net/errorclassify.h"
#include "net/response.h"
#include "net/tlsobserver.h"

#include <QPointer>

#include <curl/curl.h>

#include <functional>
#include <memory>
#include <optional>

namespace fd::net {

class ConnectionPool;

// Where a transfer's connection comes from and whom it trusts.
struct TransferSetup {
    ConnectionPool* pool = nullptr; // null: libcurl's per-multi connection cache
    X509_STORE* trust = nullptr;    // the pool's CA store; null: libcurl's own CA settings
    bool legacyTls = false; // benchmarks only: CA handed to libcurl per connection, as before
};

// One request's libcurl easy handle and everything it points into. Internal to HttpClient.
// Owns deep copies of the TLS material (handed to libcurl without copying, CURL_BLOB_NOCOPY)
// and wipes them, and the header strings, when it is destroyed.
class Transfer final {
    Q_DISABLE_COPY_MOVE(Transfer)

public:
    Transfer(RequestId id, Request request, QObject* context, std::function<void(Reply)> done,
             qint64 defaultMaxResponseBytes);
    ~Transfer();

    // Configures the easy handle; an error here is final (bad URL, a name that cannot resolve).
    std::optional<NetError> prepare(const TransferSetup& setup);

    RequestId id() const { return m_id; }
    bool isStream() const { return m_request.isStream(); }
    ConnectionPool* pool() const { return m_pool; }
    const Request& request() const { return m_request; }
    // After the transfer ended: whether it opened a connection, and resumed a TLS session.
    bool openedConnection() const;
    bool resumedTlsSession() const { return m_tls.observation->sessionResumed; }
    CURL* easy() const { return m_easy; }
    void markCancelled() { m_cancelled = true; }
    void markStarted() { m_started = true; }
    bool wasStarted() const { return m_started; }
    bool isCancelled() const { return m_cancelled; }

    Reply finishedReply(CURLcode code); // after libcurl reported the transfer done
    Reply failedReply(NetError error);  // never started, or cancelled

    QPointer<QObject> context;
    std::function<void(Reply)> done;
    // Runs once (inside libcurl) when the transfer has its connection — TCP, proxy and TLS
    // set up, or an existing one reused — just before the request goes out.
    std::function<void()> onConnected;
    bool isConnected() const { return m_connected; }
    QString hostLabel() const; // "host:port" for messages
    QString logLabel() const;  // "GET https://host:port/path", no query (may hold tokens)

private:
    static size_t onBody(char* data, size_t size, size_t count, void* self);
    static size_t onHeader(char* data, size_t size, size_t count, void* self);
    static int onPrerequest(void* self, char*, char*, int, int);
    size_t body(const char* data, size_t len);
    size_t header(const char* data, size_t len);
    bool streamingNow() const;
    void fillHeadInfo();
    Timings timings() const;
    void saveCookies();

    RequestId m_id;
    Request m_request;
    CURL* m_easy = nullptr;
    curl_slist* m_headerList = nullptr;
    curl_slist* m_connectTo = nullptr;
    QByteArray m_caPem, m_certPem, m_keyPem; // deep copies, wiped in the destructor
    QByteArray m_url, m_proxy, m_connectToEntry;
    TlsSetup m_tls{std::make_shared<TlsObservation>()};
    ConnectionPool* m_pool = nullptr;
    std::optional<CookieJar::Snapshot> m_cookiesBefore;
    Response m_response;
    qint64 m_limit;
    qint64 m_received = 0;
    bool m_headDone = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_started = false; // handed to libcurl
    bool m_connected = false;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
};

} // namespace fd::net
