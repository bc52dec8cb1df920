#include "vsphere/vspheredecode.h"

#include "vsphere/soapreader.h"
#include "vsphere/vspheretext.h"

#include <algorithm>

namespace fd::vsphere {

namespace {

VsphereError missing(const QString& method, const QString& what) {
    return makeVsphereError(VsphereErrorCategory::Malformed,
                            Text::tr("The vCenter's answer lacks what was asked for; check that "
                                     "the URL points to a vCenter or ESXi host."),
                            method + QStringLiteral(": no ") + what);
}

// <propSet>/<changeSet>: name, (op), val — in that order per the WSDL, accepted in any order.
bool readProperty(SoapReader& r, QString& name, QString& op, XmlValue& value, bool& hasValue) {
    const int level = r.depth();
    while (r.nextChildOf(level)) {
        const QStringView element = r.name();
        if (element == u"name") {
            if (!r.readText(name))
                return false;
        } else if (element == u"op") {
            if (!r.readText(op))
                return false;
        } else if (element == u"val") {
            if (!r.readValue(value))
                return false;
            hasValue = true;
        } else if (!r.skipElement()) {
            return false;
        }
    }
    return !r.failed();
}

// <objects> of a RetrieveResult: obj, propSet*, missingSet*. The obj comes first per the WSDL;
// a property before it would have no owner and is kept until the obj is read.
bool readObjectContent(SoapReader& r, PropertySink& sink) {
    const int level = r.depth();
    MoRef obj;
    bool entered = false;
    QList<std::pair<QString, XmlValue>> early;
    while (r.nextChildOf(level)) {
        const QStringView element = r.name();
        if (element == u"obj") {
            XmlValue v;
            if (!r.readValue(v))
                return false;
            obj = v.toMoRef();
            sink.enter(obj);
            entered = true;
            for (const auto& [path, value] : std::as_const(early))
                sink.property(obj, path, value, false);
            early.clear();
        } else if (element == u"propSet") {
            QString name, op;
            XmlValue value;
            bool hasValue = false;
            if (!readProperty(r, name, op, value, hasValue))
                return false;
            if (entered)
                sink.property(obj, name, value, false);
            else
                early.append({name, std::move(value)});
        } else if (!r.skipElement()) { // missingSet: a property the object does not have
            return false;
        }
    }
    if (!r.failed() && !entered) {
        r.fail(VsphereErrorCategory::Malformed,
               Text::tr("The vCenter's answer lacks what was asked for; check that the URL "
                        "points to a vCenter or ESXi host."),
               QStringLiteral("ObjectContent without obj"));
        return false;
    }
    return !r.failed();
}

bool readObjectUpdate(SoapReader& r, PropertySink& sink) {
    const int level = r.depth();
    MoRef obj;
    QString kind;
    bool entered = false;
    auto begin = [&] {
        if (entered || obj.isNull())
            return;
        entered = true;
        if (kind == u"leave")
            sink.leave(obj);
        else if (kind == u"enter")
            sink.enter(obj);
    };
    while (r.nextChildOf(level)) {
        const QStringView element = r.name();
        if (element == u"kind") {
            if (!r.readText(kind))
                return false;
            begin();
        } else if (element == u"obj") {
            XmlValue v;
            if (!r.readValue(v))
                return false;
            obj = v.toMoRef();
            if (!kind.isEmpty())
                begin();
        } else if (element == u"changeSet") {
            QString name, op;
            XmlValue value;
            bool hasValue = false;
            if (!readProperty(r, name, op, value, hasValue))
                return false;
            if (obj.isNull() || kind.isEmpty()) {
                r.fail(VsphereErrorCategory::Malformed,
                       Text::tr("The vCenter's answer lacks what was asked for; check that the "
                                "URL points to a vCenter or ESXi host."),
                       QStringLiteral("ObjectUpdate: changeSet before kind/obj"));
                return false;
            }
            begin();
            const bool removed = op == u"remove" || op == u"indirectRemove";
            sink.property(obj, name, removed ? XmlValue() : value, removed);
        } else if (!r.skipElement()) {
            return false;
        }
    }
    if (!r.failed())
        begin();
    return !r.failed();
}

} // namespace

VsphereResult<QString> decodeRetrieveResult(QByteArrayView body, const QString& method,
                                            PropertySink& sink) {
    SoapReader r(body, method);
    if (!r.enterResponse())
        return r.error();
    QString token;
    // <Response><returnval>token?, objects*</returnval></Response>; no returnval: nothing found.
    while (r.nextChildOf(3)) {
        if (r.name() != u"returnval") {
            if (!r.skipElement())
                return r.error();
            continue;
        }
        while (r.nextChildOf(4)) {
            if (r.name() == u"objects") {
                if (!readObjectContent(r, sink))
                    return r.error();
            } else if (r.name() == u"token") {
                if (!r.readText(token))
                    return r.error();
            } else if (!r.skipElement()) {
                return r.error();
            }
        }
        if (r.failed())
            return r.error();
    }
    if (!r.finish())
        return r.error();
    return token;
}

VsphereResult<UpdateSetInfo> decodeUpdateSet(QByteArrayView body, PropertySink& sink) {
    const QString method = QStringLiteral("WaitForUpdatesEx");
    SoapReader r(body, method);
    if (!r.enterResponse())
        return r.error();
    UpdateSetInfo info;
    while (r.nextChildOf(3)) {
        if (r.name() != u"returnval") {
            if (!r.skipElement())
                return r.error();
            continue;
        }
        info.empty = false;
        while (r.nextChildOf(4)) {
            const QStringView element = r.name();
            if (element == u"version") {
                if (!r.readText(info.version))
                    return r.error();
            } else if (element == u"truncated") {
                QString t;
                if (!r.readText(t))
                    return r.error();
                info.truncated = t == u"true" || t == u"1";
            } else if (element == u"filterSet") {
                while (r.nextChildOf(5)) {
                    if (r.name() == u"objectSet") {
                        if (!readObjectUpdate(r, sink))
                            return r.error();
                    } else if (!r.skipElement()) {
                        return r.error();
                    }
                }
                if (r.failed())
                    return r.error();
            } else if (!r.skipElement()) {
                return r.error();
            }
        }
        if (r.failed())
            return r.error();
    }
    if (!r.finish())
        return r.error();
    if (!info.empty && info.version.isEmpty())
        return missing(method, QStringLiteral("version"));
    return info;
}

namespace {

// Reads <Response><returnval>…</returnval></Response> as one value; `required`: a missing
// returnval is an error.
VsphereResult<XmlValue> readReturnValue(QByteArrayView body, const QString& method, bool required) {
    SoapReader r(body, method);
    if (!r.enterResponse())
        return r.error();
    XmlValue value;
    bool found = false;
    while (r.nextChildOf(3)) {
        if (r.name() == u"returnval" && !found) {
            if (!r.readValue(value))
                return r.error();
            found = true;
        } else if (!r.skipElement()) {
            return r.error();
        }
    }
    if (!r.finish())
        return r.error();
    if (required && !found)
        return missing(method, QStringLiteral("returnval"));
    return value;
}

} // namespace

VsphereResult<ServiceContent> decodeServiceContent(QByteArrayView body) {
    auto v = readReturnValue(body, QStringLiteral("RetrieveServiceContent"), true);
    if (!v)
        return v.error();
    ServiceContent sc;
    sc.rootFolder = v->childRef(u"rootFolder");
    sc.propertyCollector = v->childRef(u"propertyCollector");
    sc.viewManager = v->childRef(u"viewManager");
    sc.sessionManager = v->childRef(u"sessionManager");
    sc.searchIndex = v->childRef(u"searchIndex");
    sc.taskManager = v->childRef(u"taskManager");
    if (const XmlValue* about = v->child(u"about")) {
        sc.apiVersion = about->childText(u"apiVersion");
        sc.fullName = about->childText(u"fullName");
        sc.apiType = about->childText(u"apiType");
        sc.instanceUuid = about->childText(u"instanceUuid");
    }
    if (sc.rootFolder.isNull() || sc.propertyCollector.isNull() || sc.sessionManager.isNull())
        return missing(QStringLiteral("RetrieveServiceContent"),
                       QStringLiteral("rootFolder/propertyCollector/sessionManager"));
    // A standalone ESXi host has no ViewManager before 4.0 and Fleetdeck needs one.
    if (sc.viewManager.isNull())
        return makeVsphereError(VsphereErrorCategory::NotSupported,
                                Text::tr("This vSphere server has no inventory views (it is too "
                                         "old); use vCenter 6.7 or later."),
                                QStringLiteral("ServiceContent without viewManager"));
    return sc;
}

VsphereResult<UserSession> decodeUserSession(QByteArrayView body) {
    auto v = readReturnValue(body, QStringLiteral("Login"), true);
    if (!v)
        return v.error();
    UserSession s;
    s.key = v->childText(u"key");
    s.userName = v->childText(u"userName");
    s.fullName = v->childText(u"fullName");
    s.loginTime = QDateTime::fromString(v->childText(u"loginTime"), Qt::ISODateWithMs);
    if (s.key.isEmpty())
        return missing(QStringLiteral("Login"), QStringLiteral("session key"));
    return s;
}

VsphereResult<MoRef> decodeMoRefResult(QByteArrayView body, const QString& method) {
    auto v = readReturnValue(body, method, true);
    if (!v)
        return v.error();
    if (v->text.isEmpty() || v->refType.isEmpty())
        return missing(method, QStringLiteral("object reference"));
    return v->toMoRef();
}

VsphereResult<bool> decodeNoResult(QByteArrayView body, const QString& method) {
    auto v = readReturnValue(body, method, false);
    if (!v)
        return v.error();
    return true;
}

TaskInfo taskInfoFromValue(const MoRef& task, const XmlValue& info) {
    TaskInfo t;
    t.task = task;
    const QString state = info.childText(u"state");
    if (state == u"running")
        t.state = TaskState::Running;
    else if (state == u"success")
        t.state = TaskState::Success;
    else if (state == u"error")
        t.state = TaskState::Error;
    t.progress = int(std::clamp(info.childText(u"progress").toLongLong(), 0LL, 100LL));
    if (t.state == TaskState::Success)
        t.progress = 100;
    t.cancelable = info.childText(u"cancelable") == u"true";
    t.cancelled = info.childText(u"cancelled") == u"true";
    t.descriptionId = info.childText(u"descriptionId");
    t.entityName = info.childText(u"entityName");
    if (const XmlValue* result = info.child(u"result"); result && !result->refType.isEmpty())
        t.result = result->toMoRef();
    if (const XmlValue* error = info.child(u"error")) {
        const VsphereError e = faultFromLocalized(*error);
        t.errorType = e.faultType;
        t.errorMessage = e.detail;
        t.errorPrivilege = e.privilege;
    }
    return t;
}

VsphereResult<TaskInfo> decodeTaskInfo(QByteArrayView body, const MoRef& task) {
    class Sink final : public PropertySink {
    public:
        void property(const MoRef&, QStringView path, const XmlValue& value, bool) override {
            if (path == u"info") {
                info = value;
                found = true;
            }
        }
        XmlValue info;
        bool found = false;
    } sink;
    auto token = decodeRetrieveResult(body, QStringLiteral("RetrievePropertiesEx"), sink);
    if (!token)
        return token.error();
    if (!sink.found)
        return makeVsphereError(VsphereErrorCategory::NotFound,
                                Text::tr("The vCenter no longer knows the task; see the "
                                         "vCenter's recent tasks for its outcome."),
                                task.toString());
    return taskInfoFromValue(task, sink.info);
}

} // namespace fd::vsphere
