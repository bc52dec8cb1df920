#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace fd {

// Broad classes of failure that any core call may report. Areas with a richer taxonomy
// (the HTTP core's NetError, the Kubernetes API's Status) carry their own category and
// map onto one of these when they cross into generic code.
enum class ErrorKind {
    InvalidInput,    // the caller's data is malformed (a file that is not YAML, a bad flag)
    NotFound,        // the thing asked for does not exist
    Io,              // the file system or an OS call failed
    Corrupt,         // stored data is damaged and was left untouched
    Unsupported,     // e.g. a database written by a newer Fleetdeck
    Locked,          // a keychain or vault that needs unlocking
    WrongPassphrase, // the passphrase does not open the vault
    KeyUnavailable,  // encrypted data whose key is not on this machine
    Network,         // a remote endpoint failed; details in the message
    Remote,          // the remote answered with an error of its own (API status, fault)
    Cancelled,
    Internal,
};

struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message; // one sentence for the user: what happened and what to do next
    QString detail;  // optional technical detail for logs and "Details…" (never a secret)

    Error() = default;
    Error(ErrorKind k, QString msg, QString det = {})
        : kind(k)
        , message(std::move(msg))
        , detail(std::move(det)) {}
};

// A value or an error (Error unless an area has a richer type, such as fd::kube::KubeError), in
// the spirit of std::expected (C++23), which the C++20 toolchains we support do not all ship.
// Exceptions never cross this boundary.
template <typename T, typename E = Error> class [[nodiscard]] Result {
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(E error)
        : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const E& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

template <typename E> class [[nodiscard]] Result<void, E> {
public:
    Result() = default;
    Result(E error)
        : m_error(std::move(error))
        , m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const E& error() const { return m_error; }

private:
    E m_error;
    bool m_failed = false;
};

using Status = Result<void>;

inline Error makeError(ErrorKind kind, QString message, QString detail = {}) {
    return Error(kind, std::move(message), std::move(detail));
}

} // namespace fd
