#include "net/synchttp.h"

#include <QEventLoop>

#include <optional>

namespace fd::net {

Reply sendAndWait(HttpClient& client, Request request) {
    QEventLoop loop;
    std::optional<Reply> result;
    client.send(std::move(request), &loop, [&](Reply reply) {
        result = std::move(reply);
        loop.quit();
    });
    while (!result)
        loop.exec();
    return std::move(*result);
}

Reply sendAndWait(Request request) {
    HttpClient client;
    return sendAndWait(client, std::move(request));
}

} // namespace fd::net
