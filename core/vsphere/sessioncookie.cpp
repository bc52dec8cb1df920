#include "vsphere/sessioncookie.h"

#include <openssl/crypto.h>

namespace fd::vsphere {

void SessionCookie::capture(const fd::net::Response& response) {
    for (const fd::net::Header& h : response.headers) {
        if (QByteArrayView(h.name).compare("Set-Cookie", Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray pair = h.value.left(h.value.indexOf(';')).trimmed();
        if (pair.startsWith("vmware_soap_session=")) {
            clear();
            m_cookie = pair;
        }
    }
}

void SessionCookie::apply(fd::net::Request& request) const {
    if (!m_cookie.isEmpty())
        request.headers.append({"Cookie", m_cookie});
}

void SessionCookie::clear() {
    if (!m_cookie.isEmpty()) {
        m_cookie.detach();
        OPENSSL_cleanse(m_cookie.data(), size_t(m_cookie.size()));
    }
    m_cookie.clear();
}

} // namespace fd::vsphere
