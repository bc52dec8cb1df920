#pragma once

#include "common/result.h"
#include "net/neterror.h"
#include "vsphere/moref.h"

#include <QString>

namespace fd::vsphere {

// Why a vSphere call failed: the network (see netKind), an answer that is not the vSphere API,
// or a SOAP fault of vim25, grouped by what the user can do about it.
enum class VsphereErrorCategory {
    Network,                 // DNS, refused, timeout, TLS, proxy: netKind says which
    NotVsphere,              // the URL answers, but with a web page or another service
    HttpStatus,              // an HTTP error without a SOAP fault (404 for /sdk, 503 ...)
    Malformed,               // not well-formed XML, or XML that is not the answer expected
    Truncated,               // the answer ended in the middle
    TooLarge,                // an answer (or a value in it) over the size limit
    InvalidLogin,            // wrong user name or password
    NotAuthenticated,        // no session, or it expired (re-login happens by itself once)
    NoPermission,            // the user lacks a privilege (privilege says which)
    InvalidArgument,         // the request was rejected as invalid (invalidProperty says what)
    InvalidState,            // InvalidState, InvalidPowerState, TaskInProgress ...
    NotFound,                // ManagedObjectNotFound: the object was deleted meanwhile
    AlreadyExists,           // DuplicateName, FileAlreadyExists
    InsufficientResources,   // InsufficientResourcesFault and its kin, NoDiskSpace
    ToolsUnavailable,        // a guest operation without running VMware Tools
    NotSupported,            // NotSupported, NotImplemented, a method the server lacks
    InvalidCollectorVersion, // WaitForUpdatesEx: the version is not valid any more
    Cancelled,               // RequestCanceled, or the call was cancelled locally
    TaskFailed,              // a task ended in error with a fault not listed above
    Fault,                   // any other SOAP fault
    VaultLocked,             // the password is in the vault and it is locked (not a server fault)
};

struct VsphereError {
    VsphereErrorCategory category = VsphereErrorCategory::Fault;
    QString faultType; // vim25 fault type: "InvalidLogin", "NoPermission", ...
    QString message;   // one sentence for the user: what happened and what to do next
    QString detail;    // the server's own faultstring / localizedMessage, for "Details…" and logs
    QString privilege; // NoPermission: the missing privilege ("VirtualMachine.Interact.PowerOn")
    QString property;  // InvalidArgument: the invalid property
    MoRef object;      // the object the fault names, if any
    fd::net::NetErrorKind netKind = fd::net::NetErrorKind::Other; // Network only
    QString peerCertSha256; // TLS failures: the presented certificate, for "trust this"
    int httpStatus = 0;

    fd::Error toError() const;
};

// A stable English identifier ("invalid-login"), for JSON output and logs.
QString categoryName(VsphereErrorCategory category);

VsphereError makeVsphereError(VsphereErrorCategory category, QString message, QString detail = {});

template <typename T> using VsphereResult = fd::Result<T, VsphereError>;

// The category of a vim25 fault type (and of its common subtypes).
VsphereErrorCategory categoryOfFault(QStringView faultType);

// One translated sentence + next step for a fault; `what` names the action when known
// ("power on web-01"), so the message can say what was refused.
QString faultMessage(const VsphereError& fault, const QString& what = {});

// A failed transfer (no SOAP fault in it) as a vSphere error; `url` is named in the sentence.
VsphereError errorFromNet(const fd::net::NetError& error, const QString& url);

} // namespace fd::vsphere
