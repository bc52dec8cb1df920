#include "net/cookiejar.h"

#include <QDateTime>

#include <openssl/crypto.h>

namespace fd::net {
namespace {

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), size_t(bytes.size()));
    bytes = QByteArray();
}

// libcurl's line: domain, include-subdomains, path, secure, expires, name, value (tabs); the
// domain carries "#HttpOnly_" for HttpOnly cookies.
struct Fields {
    QByteArray key;
    qint64 expires = 0;
    QByteArray name;
};

Fields fieldsOf(const QByteArray& line) {
    const QList<QByteArray> f = line.split('\t');
    Fields out;
    if (f.size() < 7)
        return out;
    QByteArray domain = f.at(0);
    if (domain.startsWith("#HttpOnly_"))
        domain = domain.mid(10);
    out.key = domain.toLower() + '\t' + f.at(2) + '\t' + f.at(5);
    out.expires = f.at(4).toLongLong();
    out.name = f.at(5);
    return out;
}

bool expired(const Fields& f) {
    return f.expires > 0 && f.expires <= QDateTime::currentSecsSinceEpoch();
}

} // namespace

CookieJar::~CookieJar() {
    clear();
}

void CookieJar::clear() {
    std::lock_guard lock(m_mutex);
    for (auto& [key, line] : m_cookies)
        wipe(line);
    m_cookies.clear();
    ++m_generation;
}

int CookieJar::count() const {
    std::lock_guard lock(m_mutex);
    return int(m_cookies.size());
}

bool CookieJar::contains(QByteArrayView name) const {
    std::lock_guard lock(m_mutex);
    for (const auto& [key, line] : m_cookies)
        if (fieldsOf(line).name == name)
            return true;
    return false;
}

CookieJar::Snapshot CookieJar::snapshot() const {
    std::lock_guard lock(m_mutex);
    Snapshot s;
    s.generation = m_generation;
    for (const auto& [key, line] : m_cookies)
        s.lines.append(line);
    return s;
}

void CookieJar::update(const Snapshot& before, const QList<QByteArray>& after) {
    std::map<QByteArray, QByteArray> old;
    for (const QByteArray& line : before.lines)
        old.emplace(fieldsOf(line).key, line);
    std::lock_guard lock(m_mutex);
    if (before.generation != m_generation)
        return; // cleared since the transfer started: its cookies belong to a dropped session
    std::map<QByteArray, bool> seen;
    for (const QByteArray& line : after) {
        const Fields f = fieldsOf(line);
        if (f.key.isEmpty())
            continue;
        seen[f.key] = true;
        const auto was = old.find(f.key);
        if (was != old.end() && was->second == line)
            continue; // unchanged by this transfer
        if (expired(f)) {
            if (const auto it = m_cookies.find(f.key); it != m_cookies.end()) {
                wipe(it->second);
                m_cookies.erase(it);
            }
            continue;
        }
        m_cookies[f.key] = line;
    }
    // Cookies the engine dropped (expired while the transfer ran): remove them unless another
    // transfer has set them again meanwhile.
    for (const auto& [key, line] : old) {
        if (seen.count(key))
            continue;
        if (const auto it = m_cookies.find(key); it != m_cookies.end() && it->second == line) {
            wipe(it->second);
            m_cookies.erase(it);
        }
    }
}

} // namespace fd::net
