#pragma once

// TEMPORARY — the ONE place that handles vCenter's session cookie by hand. When
// fd::net::CookieJar lands on main, set `Request::cookies` to the client's jar in
// VsphereClient::newRequest() and delete this file: capture() and apply() are its only uses.

#include "net/request.h"
#include "net/response.h"

#include <QByteArray>

namespace fd::vsphere {

class SessionCookie final {
public:
    // Keeps vmware_soap_session from a Set-Cookie header of the answer, if there is one.
    void capture(const fd::net::Response& response);
    // Adds the Cookie header to a request (nothing when there is no session).
    void apply(fd::net::Request& request) const;
    void clear();
    bool isEmpty() const { return m_cookie.isEmpty(); }

private:
    QByteArray m_cookie; // SECRET: "vmware_soap_session=…" — never logged
};

} // namespace fd::vsphere
