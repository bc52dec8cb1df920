#pragma once

// Decoders of vim25 SOAP answers. All of them read the body as a stream (soapreader.h) and are
// meant to run on a worker thread (the client posts them to the global QThreadPool). A SOAP fault
// in the body becomes the error; so do HTML, truncated and malformed answers.

#include "vsphere/vsphereerror.h"
#include "vsphere/vspheretypes.h"
#include "vsphere/xmlvalue.h"

#include <QByteArrayView>

namespace fd::vsphere {

// Receives the objects and properties of a RetrievePropertiesEx or WaitForUpdatesEx answer one
// property at a time, in document order.
class PropertySink {
public:
    virtual ~PropertySink() = default;
    // An object appears (every object of a RetrieveResult; "enter" of an UpdateSet).
    virtual void enter(const MoRef& obj) { Q_UNUSED(obj) }
    // An object's property; `removed`: the property was unset (value is empty).
    virtual void property(const MoRef& obj, QStringView path, const XmlValue& value,
                          bool removed) = 0;
    // The object left the filter's scope (deleted, or moved out of the view).
    virtual void leave(const MoRef& obj) { Q_UNUSED(obj) }
};

// RetrievePropertiesEx / ContinueRetrievePropertiesEx: the objects go to the sink; the result is
// the token of the next page (empty on the last).
VsphereResult<QString> decodeRetrieveResult(QByteArrayView body, const QString& method,
                                            PropertySink& sink);

struct UpdateSetInfo {
    QString version;        // pass to the next WaitForUpdatesEx
    bool truncated = false; // more updates are waiting: ask again at once
    bool empty = true;      // no update (the wait timed out)
};
VsphereResult<UpdateSetInfo> decodeUpdateSet(QByteArrayView body, PropertySink& sink);

VsphereResult<ServiceContent> decodeServiceContent(QByteArrayView body);
VsphereResult<UserSession> decodeUserSession(QByteArrayView body); // Login
// Methods that return one reference (CreateContainerView, CreateFilter, *_Task, ...).
VsphereResult<MoRef> decodeMoRefResult(QByteArrayView body, const QString& method);
// Methods without a result (Logout, DestroyView, ShutdownGuest, CancelTask, ...): only a fault.
VsphereResult<bool> decodeNoResult(QByteArrayView body, const QString& method);

// The properties (info.*, or info as a whole) of one Task from a RetrieveResult.
VsphereResult<TaskInfo> decodeTaskInfo(QByteArrayView body, const MoRef& task);
// Task info from an `info` value (TaskInfo data object).
TaskInfo taskInfoFromValue(const MoRef& task, const XmlValue& info);

} // namespace fd::vsphere
