// The offline test's recorder (tests/offline/test_offline.py): an LD_PRELOAD library that
// appends one line per outgoing connection or name lookup to the file named by
// $FLEETDECK_CONNECT_LOG, so the test can list everything fleetdeck and fleetdeck-cli tried to
// reach. It only observes: every call goes on to the real function (dlsym(RTLD_NEXT)) with the
// caller's arguments and errno. Lines are written with one write(2) on a descriptor opened with
// O_APPEND for that line, so lines from threads and child processes never interleave and a
// process that closes every descriptor (after fork) still logs. Formats:
//   start <pid> <executable>
//   connect <pid> inet|inet6 <address> <port> <rc> <errno>
//   connect <pid> unix <rc> <errno> <path, '@' for the abstract namespace>
//   connect <pid> family=<n> <rc> <errno>
//   sendto <pid> inet|inet6 <address> <port>          (datagrams with an explicit destination)
//   resolve <pid> <function> <name>
// glibc's own resolver reaches its name servers through internal calls this cannot see, which
// is why the lookups are recorded by name.
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif

#include <arpa/inet.h>
#include <cerrno>
#include <cstdarg>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <dlfcn.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace {

char g_logPath[4096];

// Appends one formatted line; keeps errno as the caller will see it.
__attribute__((format(printf, 1, 2))) void logLine(const char* format, ...) {
    if (g_logPath[0] == '\0')
        return;
    const int savedErrno = errno;
    char line[1024];
    va_list args;
    va_start(args, format);
    int n = std::vsnprintf(line, sizeof line - 1, format, args);
    va_end(args);
    if (n < 0)
        n = 0;
    if (n > int(sizeof line) - 2)
        n = int(sizeof line) - 2;
    line[n++] = '\n';
    const int fd = ::open(g_logPath, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ssize_t ignored = ::write(fd, line, size_t(n));
        (void)ignored;
        ::close(fd);
    }
    errno = savedErrno;
}

// The family word ("inet"/"inet6"), numeric address and port of an IP socket address; false for
// any other family.
bool describeIp(const sockaddr* address, socklen_t length, const char** family, char* text,
                size_t size, unsigned* port) {
    if (address->sa_family == AF_INET && length >= socklen_t(sizeof(sockaddr_in))) {
        sockaddr_in in;
        std::memcpy(&in, address, sizeof in);
        *family = "inet";
        *port = ntohs(in.sin_port);
        return ::inet_ntop(AF_INET, &in.sin_addr, text, socklen_t(size)) != nullptr;
    }
    if (address->sa_family == AF_INET6 && length >= socklen_t(sizeof(sockaddr_in6))) {
        sockaddr_in6 in6;
        std::memcpy(&in6, address, sizeof in6);
        *family = "inet6";
        *port = ntohs(in6.sin6_port);
        return ::inet_ntop(AF_INET6, &in6.sin6_addr, text, socklen_t(size)) != nullptr;
    }
    return false;
}

void logConnect(const sockaddr* address, socklen_t length, int rc, int error) {
    if (!address)
        return;
    const char* family = nullptr;
    char ip[INET6_ADDRSTRLEN];
    unsigned port = 0;
    if (describeIp(address, length, &family, ip, sizeof ip, &port)) {
        logLine("connect %d %s %s %u %d %d", int(::getpid()), family, ip, port, rc,
                rc == 0 ? 0 : error);
    } else if (address->sa_family == AF_UNIX) {
        sockaddr_un un{};
        const size_t copied = length < sizeof un ? size_t(length) : sizeof un;
        std::memcpy(&un, address, copied);
        const size_t pathLength =
            copied > offsetof(sockaddr_un, sun_path) ? copied - offsetof(sockaddr_un, sun_path) : 0;
        char path[sizeof un.sun_path + 1] = {};
        std::memcpy(path, un.sun_path,
                    pathLength < sizeof un.sun_path ? pathLength : sizeof un.sun_path);
        if (pathLength > 0 && path[0] == '\0')
            path[0] = '@';
        logLine("connect %d unix %d %d %s", int(::getpid()), rc, rc == 0 ? 0 : error, path);
    } else {
        logLine("connect %d family=%d %d %d", int(::getpid()), int(address->sa_family), rc,
                rc == 0 ? 0 : error);
    }
}

void logSendTo(const sockaddr* address, socklen_t length) {
    const char* family = nullptr;
    char ip[INET6_ADDRSTRLEN];
    unsigned port = 0;
    if (address && describeIp(address, length, &family, ip, sizeof ip, &port))
        logLine("sendto %d %s %s %u", int(::getpid()), family, ip, port);
}

template <typename F> F real(const char* name) {
    return reinterpret_cast<F>(::dlsym(RTLD_NEXT, name));
}

__attribute__((constructor)) void start() {
    const char* path = ::getenv("FLEETDECK_CONNECT_LOG");
    if (!path || std::strlen(path) >= sizeof g_logPath)
        return;
    std::strcpy(g_logPath, path);
    char exe[1024];
    const ssize_t n = ::readlink("/proc/self/exe", exe, sizeof exe - 1);
    exe[n > 0 ? n : 0] = '\0';
    logLine("start %d %s", int(::getpid()), exe);
}

} // namespace

extern "C" {

int connect(int fd, const sockaddr* address, socklen_t length) {
    static auto next = real<int (*)(int, const sockaddr*, socklen_t)>("connect");
    const int rc = next(fd, address, length);
    logConnect(address, length, rc, errno);
    return rc;
}

ssize_t sendto(int fd, const void* buffer, size_t size, int flags, const sockaddr* address,
               socklen_t length) {
    static auto next =
        real<ssize_t (*)(int, const void*, size_t, int, const sockaddr*, socklen_t)>("sendto");
    logSendTo(address, length);
    return next(fd, buffer, size, flags, address, length);
}

ssize_t sendmsg(int fd, const msghdr* message, int flags) {
    static auto next = real<ssize_t (*)(int, const msghdr*, int)>("sendmsg");
    if (message)
        logSendTo(static_cast<const sockaddr*>(message->msg_name), message->msg_namelen);
    return next(fd, message, flags);
}

int getaddrinfo(const char* node, const char* service, const addrinfo* hints, addrinfo** res) {
    static auto next =
        real<int (*)(const char*, const char*, const addrinfo*, addrinfo**)>("getaddrinfo");
    if (node)
        logLine("resolve %d getaddrinfo %s", int(::getpid()), node);
    return next(node, service, hints, res);
}

int getaddrinfo_a(int mode, gaicb* list[], int count, sigevent* notify) {
    static auto next = real<int (*)(int, gaicb*[], int, sigevent*)>("getaddrinfo_a");
    for (int i = 0; i < count; ++i)
        if (list && list[i] && list[i]->ar_name)
            logLine("resolve %d getaddrinfo_a %s", int(::getpid()), list[i]->ar_name);
    return next ? next(mode, list, count, notify) : EAI_SYSTEM;
}

hostent* gethostbyname(const char* name) {
    static auto next = real<hostent* (*)(const char*)>("gethostbyname");
    if (name)
        logLine("resolve %d gethostbyname %s", int(::getpid()), name);
    return next(name);
}

hostent* gethostbyname2(const char* name, int family) {
    static auto next = real<hostent* (*)(const char*, int)>("gethostbyname2");
    if (name)
        logLine("resolve %d gethostbyname2 %s", int(::getpid()), name);
    return next(name, family);
}

int gethostbyname_r(const char* name, hostent* result, char* buffer, size_t size, hostent** out,
                    int* error) {
    static auto next =
        real<int (*)(const char*, hostent*, char*, size_t, hostent**, int*)>("gethostbyname_r");
    if (name)
        logLine("resolve %d gethostbyname_r %s", int(::getpid()), name);
    return next(name, result, buffer, size, out, error);
}

int gethostbyname2_r(const char* name, int family, hostent* result, char* buffer, size_t size,
                     hostent** out, int* error) {
    static auto next = real<int (*)(const char*, int, hostent*, char*, size_t, hostent**, int*)>(
        "gethostbyname2_r");
    if (name)
        logLine("resolve %d gethostbyname2_r %s", int(::getpid()), name);
    return next(name, family, result, buffer, size, out, error);
}

// A reverse lookup asks a name server too, unless only the numeric form is wanted.
int getnameinfo(const sockaddr* address, socklen_t length, char* host, socklen_t hostLength,
                char* service, socklen_t serviceLength, int flags) {
    static auto next =
        real<int (*)(const sockaddr*, socklen_t, char*, socklen_t, char*, socklen_t, int)>(
            "getnameinfo");
    const char* family = nullptr;
    char ip[INET6_ADDRSTRLEN];
    unsigned port = 0;
    if (host && !(flags & NI_NUMERICHOST) && address &&
        describeIp(address, length, &family, ip, sizeof ip, &port))
        logLine("resolve %d getnameinfo %s", int(::getpid()), ip);
    return next(address, length, host, hostLength, service, serviceLength, flags);
}

} // extern "C"
