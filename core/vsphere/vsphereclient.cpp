#include "vsphere/vsphereclient.h"

#include "common/handoff.h"
#include "net/cookiejar.h"
#include "net/httpclient.h"
#include "vsphere/inventorywatch.h"
#include "vsphere/vspheredecode.h"
#include "vsphere/vspherelog.h"
#include "vsphere/vspheretext.h"

#include <QThreadPool>
#include <QTimer>

#include <openssl/crypto.h>

namespace fd::vsphere {

namespace {

QUrl sdkUrlOf(const QString& text) {
    QUrl url(text.trimmed());
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.isEmpty())
        path = QStringLiteral("/sdk");
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

bool isHtml(const fd::net::Response& response, QByteArrayView body) {
    if (response.header("Content-Type").toLower().contains("text/html"))
        return true;
    const QByteArray start = body.first(qMin<qsizetype>(body.size(), 256)).toByteArray().trimmed();
    return start.startsWith("<!DOCTYPE html") || start.startsWith("<!doctype html") ||
           start.toLower().startsWith("<html");
}

VsphereError htmlError(int status) {
    VsphereError e = makeVsphereError(
        VsphereErrorCategory::NotVsphere,
        Text::tr("The server answered with a web page instead of the vSphere API; check that the "
                 "URL points to the vCenter itself (https://vcenter.example/sdk)."),
        QStringLiteral("HTML answer, HTTP %1").arg(status));
    e.httpStatus = status;
    return e;
}

VsphereError taskError(const TaskInfo& info, const QString& label) {
    VsphereError e;
    e.faultType = info.errorType;
    e.detail = info.errorMessage;
    e.privilege = info.errorPrivilege;
    e.object = info.task;
    e.category = categoryOfFault(e.faultType);
    if (e.category == VsphereErrorCategory::Fault)
        e.category = VsphereErrorCategory::TaskFailed;
    e.message = faultMessage(e, label);
    return e;
}

} // namespace

VsphereClient::VsphereClient(Connection connection, QObject* parent, fd::net::HttpClient* http)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_sdkUrl(sdkUrlOf(m_connection.endpoint.url))
    , m_http(http)
    , m_cookies(std::make_shared<fd::net::CookieJar>()) {
    if (!m_http) {
        m_ownHttp = std::make_unique<fd::net::HttpClient>();
        m_http = m_ownHttp.get();
    }
}

VsphereClient::~VsphereClient() {
    m_closing = true;
    // Watches are children: stop them while this is still a VsphereClient (QObject's destructor
    // deletes children after this body has run).
    for (InventoryWatch* watch : findChildren<InventoryWatch*>(Qt::FindDirectChildrenOnly))
        watch->stop();
    m_cookies->clear();
    // The password lives as long as the client: wipe it with it (the vault locking drops every
    // client, see VcenterService).
    if (!m_connection.password.isEmpty()) {
        m_connection.password.detach();
        OPENSSL_cleanse(m_connection.password.data(), size_t(m_connection.password.size()));
    }
}

QUrl VsphereClient::restBase() const {
    QUrl base = m_sdkUrl;
    base.setPath(QString());
    return base;
}

fd::net::Request VsphereClient::newRequest(const QUrl& url) const {
    // The endpoint's TLS policy (CA, server name, insecure, the pinned "trusted" certificate)
    // and proxy; the URL is /sdk or a REST path on the same host.
    fd::net::Request r = fd::net::Request::to(m_connection.endpoint, QString());
    r.url = url;
    r.cookies = m_cookies;
    r.totalTimeoutMs = m_connection.timeoutMs;
    r.maxResponseBytes = m_connection.maxResponseBytes;
    r.headers.append({"User-Agent", "fleetdeck"});
    return r;
}

void VsphereClient::cancelTransfer(quint64 id) {
    if (id)
        m_http->cancel(id);
}

quint64 VsphereClient::post(const QString& method, QByteArray body, RawDone done, int timeoutMs) {
    fd::net::Request req = newRequest(m_sdkUrl);
    req.method = "POST";
    req.headers.append({"Content-Type", "text/xml; charset=utf-8"});
    req.headers.append({"SOAPAction", soap::soapActionHeader()});
    req.headers.append({"Accept", "text/xml"});
    req.body = std::move(body);
    if (timeoutMs >= 0)
        req.totalTimeoutMs = timeoutMs;
    qCDebug(lcVsphere) << "call" << method;
    return m_http->send(
        std::move(req), this, [this, method, done = std::move(done)](fd::net::Reply reply) {
            if (reply.ok()) {
                if (isHtml(reply.response, reply.response.body)) {
                    done(htmlError(reply.response.status));
                    return;
                }
                done(std::move(reply.response.body));
                return;
            }
            const fd::net::NetError& err = reply.error;
            if (err.kind == fd::net::NetErrorKind::HttpStatus && !err.body.isEmpty()) {
                if (isHtml(reply.response, err.body)) {
                    done(htmlError(err.httpStatus));
                    return;
                }
                if (err.httpStatus == 500) {
                    // A SOAP fault (vim25 answers faults with 500): decode it on the pool.
                    const int status = err.httpStatus;
                    fd::runOnPool<VsphereResult<QByteArray>>(
                        this,
                        [body = err.body, method, status]() -> VsphereResult<QByteArray> {
                            auto r = decodeNoResult(body, method);
                            if (!r)
                                return r.error();
                            VsphereError e = makeVsphereError(
                                VsphereErrorCategory::HttpStatus,
                                Text::tr("The vCenter reported a server error (HTTP %1) without "
                                         "saying why; try again in a few minutes.")
                                    .arg(status),
                                method);
                            e.httpStatus = status;
                            return e;
                        },
                        done);
                    return;
                }
            }
            done(errorFromNet(err, m_sdkUrl.toString()));
        });
}

void VsphereClient::ensureSession(std::function<void(const VsphereError*)> next) {
    if (m_loggedIn) {
        next(nullptr);
        return;
    }
    m_loginWaiters.append(std::move(next));
    if (!m_loginRunning)
        startLogin();
}

void VsphereClient::startLogin() {
    m_loginRunning = true;
    m_cookies->clear();
    const auto finish = [this](const VsphereError* error) {
        m_loginRunning = false;
        const auto waiters = std::exchange(m_loginWaiters, {});
        for (const auto& w : waiters)
            w(error);
    };
    post(QStringLiteral("RetrieveServiceContent"), soap::retrieveServiceContent(),
         [this, finish](VsphereResult<QByteArray> body) {
             if (!body) {
                 finish(&body.error());
                 return;
             }
             fd::runOnPool<VsphereResult<ServiceContent>>(
                 this, [b = std::move(*body)] { return decodeServiceContent(b); },
                 [this, finish](VsphereResult<ServiceContent> content) {
                     if (!content) {
                         finish(&content.error());
                         return;
                     }
                     m_content = *content;
                     post(QStringLiteral("Login"),
                          soap::login(m_content.sessionManager, m_connection.userName,
                                      m_connection.password),
                          [this, finish](VsphereResult<QByteArray> loginBody) {
                              if (!loginBody) {
                                  finish(&loginBody.error());
                                  return;
                              }
                              fd::runOnPool<VsphereResult<UserSession>>(
                                  this,
                                  [b = std::move(*loginBody)] { return decodeUserSession(b); },
                                  [this, finish](VsphereResult<UserSession> session) {
                                      if (!session) {
                                          finish(&session.error());
                                          return;
                                      }
                                      m_session = *session;
                                      m_loggedIn = true;
                                      ++m_generation;
                                      qCInfo(lcVsphere) << "logged in to" << m_sdkUrl.host()
                                                        << "api" << m_content.apiVersion;
                                      finish(nullptr);
                                  });
                          });
                 });
         });
}

void VsphereClient::sessionLost(quint64 generation) {
    if (generation == m_generation && m_loggedIn) {
        qCInfo(lcVsphere) << "session ended on the server; logging in again";
        m_loggedIn = false;
        m_cookies->clear();
    }
}

void VsphereClient::invokeRaw(const QString& method, QByteArray body, bool relogin, RawDone done) {
    ensureSession([this, method, body = std::move(body), relogin,
                   done = std::move(done)](const VsphereError* error) mutable {
        if (error) {
            done(*error);
            return;
        }
        const quint64 generation = m_generation;
        QByteArray copy = relogin ? body : QByteArray();
        post(method, std::move(body),
             [this, method, relogin, generation, copy = std::move(copy),
              done = std::move(done)](VsphereResult<QByteArray> r) mutable {
                 if (!r && relogin &&
                     r.error().category == VsphereErrorCategory::NotAuthenticated) {
                     sessionLost(generation);
                     invokeRaw(method, std::move(copy), false, std::move(done));
                     return;
                 }
                 done(std::move(r));
             });
    });
}

template <typename T>
void VsphereClient::invoke(const QString& method, QByteArray body, QObject* context,
                           std::function<VsphereResult<T>(const QByteArray&)> decoder,
                           VsphereCallback<T> done) {
    auto deliver = fd::handoff<VsphereResult<T>>(context, std::move(done));
    invokeRaw(method, std::move(body), true,
              [decoder = std::move(decoder), deliver](VsphereResult<QByteArray> r) {
                  if (!r) {
                      deliver(r.error());
                      return;
                  }
                  QThreadPool::globalInstance()->start(
                      [decoder, deliver, b = std::move(*r)] { deliver(decoder(b)); });
              });
}

void VsphereClient::call(const QString& method, QByteArray body, QObject* context,
                         VsphereCallback<QByteArray> done, bool relogin) {
    auto deliver = fd::handoff<VsphereResult<QByteArray>>(context, std::move(done));
    invokeRaw(method, std::move(body), relogin,
              [deliver](VsphereResult<QByteArray> r) { deliver(std::move(r)); });
}

void VsphereClient::login(QObject* context, VsphereCallback<UserSession> done) {
    auto deliver = fd::handoff<VsphereResult<UserSession>>(context, std::move(done));
    ensureSession([this, deliver](const VsphereError* error) {
        if (error)
            deliver(*error);
        else
            deliver(m_session);
    });
}

void VsphereClient::logout(QObject* context, VsphereCallback<bool> done) {
    auto deliver = fd::handoff<VsphereResult<bool>>(context, std::move(done));
    if (!m_loggedIn) {
        deliver(true);
        return;
    }
    m_loggedIn = false;
    post(QStringLiteral("Logout"), soap::logout(m_content.sessionManager),
         [this, deliver](VsphereResult<QByteArray> r) {
             m_cookies->clear();
             m_session = {};
             if (!r && r.error().category != VsphereErrorCategory::NotAuthenticated)
                 deliver(r.error());
             else
                 deliver(true);
         });
}

void VsphereClient::terminateSessions(const QStringList& sessionKeys, QObject* context,
                                      VsphereCallback<bool> done) {
    ensureSession([this, sessionKeys, context, done = std::move(done)](const VsphereError* e) {
        if (e) {
            fd::handoff<VsphereResult<bool>>(context, done)(*e);
            return;
        }
        invoke<bool>(
            QStringLiteral("TerminateSession"),
            soap::terminateSession(m_content.sessionManager, sessionKeys), context,
            [](const QByteArray& b) {
                return decodeNoResult(b, QStringLiteral("TerminateSession"));
            },
            done);
    });
}

// ---- Inventory reads ------------------------------------------------------------------------

namespace {

struct RetrieveState {
    QList<soap::PropertySpec> properties;
    soap::ObjectSelection objects;
    bool useView = false;
    int pageSize = 0;
    std::shared_ptr<InventoryResult> result = std::make_shared<InventoryResult>();
    std::function<void(VsphereResult<InventoryResult>)> deliver;
    bool restarted = false;
    quint64 generation = 0;
};

} // namespace

void VsphereClient::inventory(const InventoryOptions& options, QObject* context,
                              VsphereCallback<InventoryResult> done) {
    retrieve(inventoryProperties(), {}, options.pageSize, context, std::move(done));
}

void VsphereClient::retrieve(const QList<soap::PropertySpec>& properties,
                             const soap::ObjectSelection& objects, int pageSize, QObject* context,
                             VsphereCallback<InventoryResult> done) {
    auto state = std::make_shared<RetrieveState>();
    state->properties = properties;
    state->objects = objects;
    state->useView = objects.containerView.isNull() && objects.objects.isEmpty();
    state->pageSize = pageSize;
    state->deliver = fd::handoff<VsphereResult<InventoryResult>>(context, std::move(done));

    // The steps, as functions that hold the state while a request or a decode is in flight.
    auto run = std::make_shared<std::function<void()>>();
    auto fail = [this, state, run](VsphereError error, const MoRef& view, int page) {
        if (error.category == VsphereErrorCategory::NotAuthenticated && !state->restarted) {
            // Views belong to the session that made them: start over after logging in again.
            state->restarted = true;
            sessionLost(state->generation);
            state->result = std::make_shared<InventoryResult>();
            (*run)();
            *run = nullptr;
            return;
        }
        if (!view.isNull() && m_loggedIn)
            post(QStringLiteral("DestroyView"), soap::destroyView(view), [](auto) {});
        if (page > 1) {
            error.detail = QStringLiteral("page %1: %2").arg(page).arg(error.detail);
            error.message =
                Text::tr("The inventory was read only in part (%1 objects) when the vCenter "
                         "reported an error: %2")
                    .arg(state->result->inventory.objectCount())
                    .arg(error.message);
        }
        state->deliver(std::move(error));
        *run = nullptr;
    };
    // One page: request, decode into the shared inventory on the pool, then the next page.
    auto page = std::make_shared<std::function<void(QString, MoRef)>>();
    std::weak_ptr<std::function<void(QString, MoRef)>> weakPage = page;
    *page = [this, state, fail, weakPage, run](QString token, MoRef view) {
        const bool first = token.isEmpty();
        const QString method = first ? QStringLiteral("RetrievePropertiesEx")
                                     : QStringLiteral("ContinueRetrievePropertiesEx");
        const soap::ObjectSelection selection =
            state->useView ? soap::ObjectSelection::ofView(view) : state->objects;
        QByteArray body =
            first ? soap::retrievePropertiesEx(m_content.propertyCollector, state->properties,
                                               selection, state->pageSize)
                  : soap::continueRetrievePropertiesEx(m_content.propertyCollector, token);
        const auto self = weakPage.lock();
        invokeRaw(method, std::move(body), false,
                  [this, state, fail, self, method, view, run](VsphereResult<QByteArray> r) {
                      const int pageNo = state->result->pages + 1;
                      if (!r) {
                          fail(r.error(), view, pageNo);
                          return;
                      }
                      state->result->requests += 1;
                      state->result->pages += 1;
                      state->result->bytes += r->size();
                      auto result = state->result;
                      fd::runOnPool<VsphereResult<QString>>(
                          this,
                          [result, method, b = std::move(*r)] {
                              return decodeRetrieveResult(b, method, result->inventory);
                          },
                          [this, state, fail, self, view, pageNo, result,
                           run](VsphereResult<QString> next) {
                              if (result != state->result)
                                  return; // restarted meanwhile
                              if (!next) {
                                  fail(next.error(), view, pageNo);
                                  return;
                              }
                              if (!next->isEmpty()) {
                                  (*self)(*next, view);
                                  return;
                              }
                              if (!view.isNull())
                                  post(QStringLiteral("DestroyView"), soap::destroyView(view),
                                       [](auto) {});
                              // Resolve on the pool too: names from hosts, folders, clusters.
                              QThreadPool::globalInstance()->start([state, result] {
                                  result->inventory.resolve();
                                  result->inventory.takeChanged();
                                  state->deliver(std::move(*result));
                              });
                              *run = nullptr;
                          });
                  });
    };
    *run = [this, state, page, fail] {
        ensureSession([this, state, page, fail](const VsphereError* error) {
            if (error) {
                fail(*error, {}, 0);
                return;
            }
            state->generation = m_generation;
            if (!state->useView) {
                (*page)(QString(), MoRef());
                return;
            }
            invokeRaw(QStringLiteral("CreateContainerView"),
                      soap::createContainerView(m_content.viewManager, m_content.rootFolder,
                                                inventoryTypes(), true),
                      false, [this, state, page, fail](VsphereResult<QByteArray> r) {
                          if (!r) {
                              fail(r.error(), {}, 0);
                              return;
                          }
                          state->result->requests += 1;
                          fd::runOnPool<VsphereResult<MoRef>>(
                              this,
                              [b = std::move(*r)] {
                                  return decodeMoRefResult(b,
                                                           QStringLiteral("CreateContainerView"));
                              },
                              [page, fail](VsphereResult<MoRef> view) {
                                  if (!view) {
                                      fail(view.error(), {}, 0);
                                      return;
                                  }
                                  (*page)(QString(), *view);
                              });
                      });
        });
    };
    (*run)();
}

// ---- Tasks ------------------------------------------------------------------------------------

void VsphereClient::taskInfo(const MoRef& task, QObject* context, VsphereCallback<TaskInfo> done) {
    ensureSession([this, task, context, done = std::move(done)](const VsphereError* e) {
        if (e) {
            fd::handoff<VsphereResult<TaskInfo>>(context, done)(*e);
            return;
        }
        invoke<TaskInfo>(
            QStringLiteral("RetrievePropertiesEx"),
            soap::retrievePropertiesEx(m_content.propertyCollector,
                                       {{QStringLiteral("Task"), {QStringLiteral("info")}}},
                                       soap::ObjectSelection::ofObjects({task}), 0),
            context, [task](const QByteArray& b) { return decodeTaskInfo(b, task); }, done);
    });
}

void VsphereClient::runTask(const QString& method, QByteArray body, const TaskOptions& options,
                            QObject* context, VsphereCallback<TaskInfo> done) {
    auto deliver = fd::handoff<VsphereResult<TaskInfo>>(context, std::move(done));
    QPointer<QObject> alive(context);
    const QString label = options.label;
    invoke<MoRef>(
        method, std::move(body), this,
        [method](const QByteArray& b) { return decodeMoRefResult(b, method); },
        [this, deliver, alive, options, label](VsphereResult<MoRef> task) {
            if (!task) {
                VsphereError e = task.error();
                if (!label.isEmpty() && !e.faultType.isEmpty())
                    e.message = faultMessage(e, label);
                deliver(std::move(e));
                return;
            }
            if (alive && options.onStarted)
                options.onStarted(*task);
            // Poll the task's info until it ends (or nobody waits for it any more: the task
            // goes on in vCenter regardless).
            auto poll = std::make_shared<std::function<void()>>();
            std::weak_ptr<std::function<void()>> weakPoll = poll;
            *poll = [this, deliver, alive, options, label, ref = *task, weakPoll] {
                const auto self = weakPoll.lock();
                if (!alive || !self)
                    return;
                taskInfo(
                    ref, this,
                    [this, deliver, alive, options, label, self](VsphereResult<TaskInfo> info) {
                        if (!alive)
                            return;
                        if (!info) {
                            deliver(info.error());
                            return;
                        }
                        if (options.onProgress)
                            options.onProgress(*info);
                        if (info->state == TaskState::Success) {
                            deliver(*info);
                            return;
                        }
                        if (info->state == TaskState::Error) {
                            deliver(taskError(*info, label));
                            return;
                        }
                        QTimer::singleShot(qMax(50, options.pollIntervalMs), this,
                                           [self] { (*self)(); });
                    });
            };
            (*poll)();
        });
}

void VsphereClient::power(const MoRef& vm, PowerAction action, const TaskOptions& options,
                          QObject* context, VsphereCallback<TaskInfo> done) {
    switch (action) {
    case PowerAction::On:
        runTask(QStringLiteral("PowerOnVM_Task"), soap::powerOnVM(vm), options, context,
                std::move(done));
        return;
    case PowerAction::Off:
        runTask(QStringLiteral("PowerOffVM_Task"), soap::powerOffVM(vm), options, context,
                std::move(done));
        return;
    case PowerAction::Reset:
        runTask(QStringLiteral("ResetVM_Task"), soap::resetVM(vm), options, context,
                std::move(done));
        return;
    }
}

void VsphereClient::shutdownGuest(const MoRef& vm, const QString& label, QObject* context,
                                  VsphereCallback<bool> done) {
    invoke<bool>(
        QStringLiteral("ShutdownGuest"), soap::shutdownGuest(vm), context,
        [label](const QByteArray& b) -> VsphereResult<bool> {
            auto r = decodeNoResult(b, QStringLiteral("ShutdownGuest"));
            if (!r && !label.isEmpty() && !r.error().faultType.isEmpty()) {
                VsphereError e = r.error();
                e.message = faultMessage(e, label);
                return e;
            }
            return r;
        },
        std::move(done));
}

void VsphereClient::cloneVM(const MoRef& source, const QString& name, const soap::CloneSpec& spec,
                            const TaskOptions& options, QObject* context,
                            VsphereCallback<TaskInfo> done) {
    runTask(QStringLiteral("CloneVM_Task"), soap::cloneVM(source, name, spec), options, context,
            std::move(done));
}

void VsphereClient::customizeVM(const MoRef& vm, const soap::GuestCustomization& spec,
                                const TaskOptions& options, QObject* context,
                                VsphereCallback<TaskInfo> done) {
    runTask(QStringLiteral("CustomizeVM_Task"), soap::customizeVM(vm, spec), options, context,
            std::move(done));
}

void VsphereClient::destroy(const MoRef& entity, const TaskOptions& options, QObject* context,
                            VsphereCallback<TaskInfo> done) {
    runTask(QStringLiteral("Destroy_Task"), soap::destroy(entity), options, context,
            std::move(done));
}

void VsphereClient::cancelTask(const MoRef& task, QObject* context, VsphereCallback<bool> done) {
    invoke<bool>(
        QStringLiteral("CancelTask"), soap::cancelTask(task), context,
        [](const QByteArray& b) { return decodeNoResult(b, QStringLiteral("CancelTask")); },
        std::move(done));
}

InventoryWatch* VsphereClient::watch(QObject* context, WatchHandlers handlers) {
    auto* w = new InventoryWatch(this, context, std::move(handlers));
    w->start();
    return w;
}

} // namespace fd::vsphere
