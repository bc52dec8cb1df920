#pragma once

#include <QByteArray>
#include <QList>

#include <map>
#include <mutex>

namespace fd::net {

// The cookies of one session (a vCenter SOAP login, for example), shared by every request that
// names the jar (Request::cookies). Cookies an answer sets (Set-Cookie) are kept and sent on later
// requests they match; an answer that expires one removes it. Parsing, matching (domain, path,
// Secure, expiry) and the Cookie header are libcurl's own cookie engine: the jar only holds its
// cookies between transfers. Cookies live in memory only — never written to disk, never logged —
// and are wiped when cleared or destroyed. Thread-safe: one jar may serve several clients.
class CookieJar final {
public:
    CookieJar() = default;
    ~CookieJar();
    CookieJar(const CookieJar&) = delete;
    CookieJar& operator=(const CookieJar&) = delete;

    // Forgets every cookie (log out, lock). Answers to requests already under way do not bring
    // the old cookies back.
    void clear();
    int count() const;
    bool contains(QByteArrayView name) const;

    // --- for the HTTP client ---
    struct Snapshot {
        QList<QByteArray> lines; // libcurl's cookie lines ("Netscape" format)
        quint64 generation = 0;
    };
    Snapshot snapshot() const;
    // Applies what one transfer changed: `after` is its engine's cookies when it ended, `before`
    // the snapshot it started from. Changes made meanwhile by other transfers are kept.
    void update(const Snapshot& before, const QList<QByteArray>& after);

private:
    mutable std::mutex m_mutex;
    std::map<QByteArray, QByteArray> m_cookies; // (domain, path, name) → line
    quint64 m_generation = 0;
};

} // namespace fd::net
