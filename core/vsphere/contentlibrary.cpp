// Content-library templates through the vSphere Automation REST API: /api (7.0U2 and later)
// or, where that is absent, the legacy /rest. A server with neither (an ESXi host, or a
// simulator without the REST endpoints) simply has no library templates.

#include "common/handoff.h"
#include "net/httpclient.h"
#include "vsphere/vsphereclient.h"
#include "vsphere/vspherelog.h"
#include "vsphere/vspheretext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

namespace fd::vsphere {

struct LibraryFetch {
    VsphereClient* client = nullptr;
    std::function<void(VsphereResult<QList<LibraryTemplate>>)> deliver;
    bool legacy = false;
    QByteArray token; // SECRET: the REST session id
    QHash<QString, QString> libraryNames;
    QList<LibraryTemplate> items;
    int pending = 0;
    bool finished = false;

    using JsonDone = std::function<void(const QJsonValue&)>;

    QUrl url(const QString& path, const QString& libraryId = {}) const {
        QUrl u = client->restBase();
        u.setPath(path);
        if (!libraryId.isEmpty())
            u.setQuery(QStringLiteral("library_id=") + libraryId);
        return u;
    }

    void fail(VsphereError error) {
        if (finished)
            return;
        finished = true;
        logout();
        deliver(std::move(error));
    }

    void logout() {
        if (token.isEmpty())
            return;
        fd::net::Request req =
            client->newRequest(url(legacy ? QStringLiteral("/rest/com/vmware/cis/session")
                                          : QStringLiteral("/api/session")));
        req.method = "DELETE";
        req.headers.append({"vmware-api-session-id", token});
        token.clear();
        client->m_http->send(std::move(req), client, [](fd::net::Reply) {});
    }

    // GET a JSON document; the legacy API wraps every answer in {"value": …}.
    static void get(const std::shared_ptr<LibraryFetch>& self, const QUrl& u, JsonDone done) {
        fd::net::Request req = self->client->newRequest(u);
        req.headers.append({"Accept", "application/json"});
        req.headers.append({"vmware-api-session-id", self->token});
        ++self->pending;
        self->client->m_http->send(
            std::move(req), self->client, [self, done = std::move(done)](fd::net::Reply reply) {
                --self->pending;
                if (self->finished)
                    return;
                if (!reply.ok()) {
                    self->fail(errorFromNet(reply.error, self->client->restBase().toString()));
                    return;
                }
                QJsonParseError err{};
                const QJsonDocument doc = QJsonDocument::fromJson(
                    QByteArray("[") + reply.response.body + QByteArray("]"), &err);
                if (err.error != QJsonParseError::NoError) {
                    self->fail(makeVsphereError(
                        VsphereErrorCategory::Malformed,
                        Text::tr("The vCenter's content library answer is not valid JSON; check "
                                 "that the URL points to the vCenter itself."),
                        err.errorString()));
                    return;
                }
                QJsonValue value = doc.array().at(0);
                if (self->legacy && value.isObject())
                    value = value.toObject().value(QStringLiteral("value"));
                done(value);
                self->maybeFinish();
            });
    }

    void maybeFinish() {
        if (finished || pending > 0)
            return;
        finished = true;
        for (LibraryTemplate& t : items)
            t.libraryName = libraryNames.value(t.libraryId);
        std::sort(items.begin(), items.end(),
                  [](const LibraryTemplate& a, const LibraryTemplate& b) {
                      return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                  });
        logout();
        deliver(std::move(items));
    }

    static void listLibraries(const std::shared_ptr<LibraryFetch>& self) {
        const QString base = self->legacy ? QStringLiteral("/rest/com/vmware/content/library")
                                          : QStringLiteral("/api/content/library");
        get(self, self->url(base), [self, base](const QJsonValue& ids) {
            for (const QJsonValue& idValue : ids.toArray()) {
                const QString id = idValue.toString();
                const QString one = self->legacy ? QString(base + QStringLiteral("/id:") + id)
                                                 : QString(base + u'/' + id);
                get(self, self->url(one), [self, id](const QJsonValue& lib) {
                    self->libraryNames.insert(
                        id, lib.toObject().value(QStringLiteral("name")).toString());
                });
                get(self, self->url(base + QStringLiteral("/item"), id),
                    [self, base](const QJsonValue& itemIds) {
                        for (const QJsonValue& itemId : itemIds.toArray()) {
                            const QString path =
                                self->legacy
                                    ? QString(base + QStringLiteral("/item/id:") +
                                              itemId.toString())
                                    : QString(base + QStringLiteral("/item/") + itemId.toString());
                            get(self, self->url(path), [self](const QJsonValue& item) {
                                const QJsonObject o = item.toObject();
                                const QString type = o.value(QStringLiteral("type")).toString();
                                if (type.compare(u"ovf", Qt::CaseInsensitive) != 0 &&
                                    type.compare(u"vm-template", Qt::CaseInsensitive) != 0)
                                    return;
                                LibraryTemplate t;
                                t.id = o.value(QStringLiteral("id")).toString();
                                t.name = o.value(QStringLiteral("name")).toString();
                                t.description = o.value(QStringLiteral("description")).toString();
                                t.type = type;
                                t.libraryId = o.value(QStringLiteral("library_id")).toString();
                                self->items.append(std::move(t));
                            });
                        }
                    });
            }
        });
    }

    // POST …/session with basic authentication: /api first, then the legacy /rest.
    static void createSession(const std::shared_ptr<LibraryFetch>& self, bool legacy) {
        self->legacy = legacy;
        fd::net::Request req = self->client->newRequest(
            self->url(legacy ? QStringLiteral("/rest/com/vmware/cis/session")
                             : QStringLiteral("/api/session")));
        req.method = "POST";
        const Connection& c = self->client->connection();
        req.headers.append(
            {"Authorization",
             "Basic " + QByteArray(c.userName.toUtf8() + ':' + c.password).toBase64()});
        req.headers.append({"Accept", "application/json"});
        self->client->m_http->send(
            std::move(req), self->client, [self, legacy](fd::net::Reply reply) {
                if (!reply.ok()) {
                    const int status = reply.error.httpStatus;
                    const bool absent = reply.error.kind == fd::net::NetErrorKind::HttpStatus &&
                                        (status == 404 || status == 405 || status == 501);
                    if (absent && !legacy) {
                        createSession(self, true);
                        return;
                    }
                    if (absent) {
                        qCInfo(lcVsphere) << "no content library API on this server";
                        self->finished = true;
                        self->deliver(QList<LibraryTemplate>());
                        return;
                    }
                    VsphereError e = errorFromNet(reply.error, self->client->restBase().toString());
                    if (status == 401) {
                        e.category = VsphereErrorCategory::InvalidLogin;
                        e.message = faultMessage(e);
                    }
                    self->fail(std::move(e));
                    return;
                }
                QJsonParseError err{};
                const QJsonDocument doc = QJsonDocument::fromJson(
                    QByteArray("[") + reply.response.body + QByteArray("]"), &err);
                QJsonValue v = doc.array().at(0);
                if (v.isObject())
                    v = v.toObject().value(QStringLiteral("value"));
                self->token = v.toString().toUtf8();
                if (self->token.isEmpty()) {
                    self->fail(makeVsphereError(
                        VsphereErrorCategory::Malformed,
                        Text::tr("The vCenter's content library did not open a session; check that "
                                 "the URL points to the vCenter itself."),
                        QStringLiteral("REST session without a token")));
                    return;
                }
                listLibraries(self);
                self->maybeFinish();
            });
    }
};

void VsphereClient::libraryTemplates(QObject* context,
                                     VsphereCallback<QList<LibraryTemplate>> done) {
    auto fetch = std::make_shared<LibraryFetch>();
    fetch->client = this;
    fetch->deliver = fd::handoff<VsphereResult<QList<LibraryTemplate>>>(context, std::move(done));
    LibraryFetch::createSession(fetch, false);
}

} // namespace fd::vsphere
