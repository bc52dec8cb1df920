#pragma once

#include "net/errorclassify.h"
#include "net/response.h"
#include "net/tlsobserver.h"

#include <QPointer>

#include <curl/curl.h>

#include <functional>
#include <memory>
#include <optional>

namespace fd::net {

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
    std::optional<NetError> prepare();

    RequestId id() const { return m_id; }
    CURL* easy() const { return m_easy; }
    void markCancelled() { m_cancelled = true; }
    bool isCancelled() const { return m_cancelled; }

    Reply finishedReply(CURLcode code); // after libcurl reported the transfer done
    Reply failedReply(NetError error);  // never started, or cancelled

    QPointer<QObject> context;
    std::function<void(Reply)> done;
    QString hostLabel() const; // "host:port" for messages
    QString logLabel() const;  // "GET https://host:port/path", no query (may hold tokens)

private:
    static size_t onBody(char* data, size_t size, size_t count, void* self);
    static size_t onHeader(char* data, size_t size, size_t count, void* self);
    size_t body(const char* data, size_t len);
    size_t header(const char* data, size_t len);
    bool streamingNow() const;
    void fillHeadInfo();
    Timings timings() const;

    RequestId m_id;
    Request m_request;
    CURL* m_easy = nullptr;
    curl_slist* m_headerList = nullptr;
    curl_slist* m_connectTo = nullptr;
    QByteArray m_caPem, m_certPem, m_keyPem; // deep copies, wiped in the destructor
    QByteArray m_url, m_proxy, m_connectToEntry;
    std::shared_ptr<TlsObservation> m_tls = std::make_shared<TlsObservation>();
    Response m_response;
    qint64 m_limit;
    qint64 m_received = 0;
    bool m_headDone = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    char m_errorBuffer[CURL_ERROR_SIZE] = {};
};

} // namespace fd::net
