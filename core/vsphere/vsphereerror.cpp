#include "vsphere/vsphereerror.h"

#include "vsphere/vspheretext.h"

#include "net/failure.h"

namespace fd::vsphere {

using C = VsphereErrorCategory;

fd::Error VsphereError::toError() const {
    fd::ErrorKind kind = fd::ErrorKind::Remote;
    switch (category) {
    case C::Network:
        kind = fd::ErrorKind::Network;
        break;
    case C::NotFound:
        kind = fd::ErrorKind::NotFound;
        break;
    case C::Cancelled:
        kind = fd::ErrorKind::Cancelled;
        break;
    case C::InvalidArgument:
        kind = fd::ErrorKind::InvalidInput;
        break;
    case C::NotSupported:
        kind = fd::ErrorKind::Unsupported;
        break;
    case C::VaultLocked:
        kind = fd::ErrorKind::Locked;
        break;
    default:
        break;
    }
    return fd::Error(kind, message, detail);
}

QString categoryName(VsphereErrorCategory category) {
    switch (category) {
    case C::Network:
        return QStringLiteral("network");
    case C::NotVsphere:
        return QStringLiteral("not-vsphere");
    case C::HttpStatus:
        return QStringLiteral("http-status");
    case C::Malformed:
        return QStringLiteral("malformed");
    case C::Truncated:
        return QStringLiteral("truncated");
    case C::TooLarge:
        return QStringLiteral("too-large");
    case C::InvalidLogin:
        return QStringLiteral("invalid-login");
    case C::NotAuthenticated:
        return QStringLiteral("not-authenticated");
    case C::NoPermission:
        return QStringLiteral("no-permission");
    case C::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case C::InvalidState:
        return QStringLiteral("invalid-state");
    case C::NotFound:
        return QStringLiteral("not-found");
    case C::AlreadyExists:
        return QStringLiteral("already-exists");
    case C::InsufficientResources:
        return QStringLiteral("insufficient-resources");
    case C::ToolsUnavailable:
        return QStringLiteral("tools-unavailable");
    case C::NotSupported:
        return QStringLiteral("not-supported");
    case C::InvalidCollectorVersion:
        return QStringLiteral("invalid-collector-version");
    case C::Cancelled:
        return QStringLiteral("cancelled");
    case C::TaskFailed:
        return QStringLiteral("task-failed");
    case C::Fault:
        return QStringLiteral("fault");
    case C::VaultLocked:
        return QStringLiteral("vault-locked");
    }
    return QStringLiteral("fault");
}

VsphereError makeVsphereError(VsphereErrorCategory category, QString message, QString detail) {
    VsphereError e;
    e.category = category;
    e.message = std::move(message);
    e.detail = std::move(detail);
    return e;
}

VsphereErrorCategory categoryOfFault(QStringView t) {
    if (t.isEmpty())
        return C::Fault;
    if (t == u"InvalidLogin" || t == u"PasswordExpired" || t == u"InvalidLocale")
        return t == u"InvalidLocale" ? C::InvalidArgument : C::InvalidLogin;
    if (t == u"NotAuthenticated")
        return C::NotAuthenticated;
    if (t == u"NoPermission" || t == u"NoPermissionOnAD" || t == u"RestrictedVersion" ||
        t == u"SecurityError")
        return C::NoPermission;
    if (t == u"InvalidArgument" || t == u"InvalidRequest" || t == u"InvalidType" ||
        t == u"InvalidProperty" || t == u"InvalidName" || t == u"InvalidDatastore" ||
        t == u"InvalidDatastorePath" || t == u"CustomizationFault" || t == u"NicSettingMismatch" ||
        t == u"InvalidFolder" || t == u"MigrationFault" || t == u"NoCompatibleHost" ||
        t == u"VmConfigFault")
        return C::InvalidArgument;
    if (t == u"InvalidState" || t == u"InvalidPowerState" || t == u"TaskInProgress" ||
        t == u"InvalidHostState" || t == u"InvalidDatastoreState" || t == u"VmPowerOnDisabled" ||
        t == u"CustomizationPending" || t == u"DisallowedOperationOnFailoverHost" ||
        t == u"HostNotConnected" || t == u"ConcurrentAccess")
        return C::InvalidState;
    if (t == u"ManagedObjectNotFound")
        return C::NotFound;
    if (t == u"DuplicateName" || t == u"FileAlreadyExists" || t == u"AlreadyExists")
        return C::AlreadyExists;
    if (t == u"InsufficientResourcesFault" || t == u"InsufficientCpuResourcesFault" ||
        t == u"InsufficientMemoryResourcesFault" || t == u"InsufficientHostCapacityFault" ||
        t == u"InsufficientStorageSpace" || t == u"NoDiskSpace" || t == u"OutOfBounds" ||
        t == u"NotEnoughLicenses")
        return C::InsufficientResources;
    if (t == u"ToolsUnavailable" || t == u"GuestOperationsUnavailable" ||
        t == u"ToolsInstallationInProgress")
        return C::ToolsUnavailable;
    if (t == u"NotSupported" || t == u"NotImplemented" || t == u"MethodNotFound" ||
        t == u"HostIncompatibleForFaultTolerance" || t == u"DeviceNotSupported")
        return C::NotSupported;
    if (t == u"InvalidCollectorVersion")
        return C::InvalidCollectorVersion;
    if (t == u"RequestCanceled")
        return C::Cancelled;
    return C::Fault;
}

QString faultMessage(const VsphereError& f, const QString& what) {
    const QString action = what.isEmpty() ? Text::tr("The request") : what;
    switch (f.category) {
    case C::InvalidLogin:
        return Text::tr("The vCenter refused the user name or password; check them (user names "
                        "usually include the domain, like administrator@vsphere.local).");
    case C::NotAuthenticated:
        return Text::tr("The vCenter session has ended (it expired or was closed by an "
                        "administrator); sign in again.");
    case C::NoPermission:
        if (!f.privilege.isEmpty())
            return Text::tr("%1 was refused: the vCenter user lacks the privilege %2; ask a "
                            "vCenter administrator to grant it.")
                .arg(action, f.privilege);
        return Text::tr("%1 was refused: the vCenter user lacks a required privilege; ask a "
                        "vCenter administrator for the role it needs.")
            .arg(action);
    case C::InvalidArgument:
        if (!f.property.isEmpty())
            return Text::tr("%1 was rejected by the vCenter: %2 is not valid; correct it and "
                            "try again.")
                .arg(action, f.property);
        return Text::tr("%1 was rejected by the vCenter as invalid (%2); correct it and try "
                        "again.")
            .arg(action, f.faultType.isEmpty() ? f.detail : f.faultType);
    case C::InvalidState:
        if (f.faultType == u"InvalidPowerState")
            return Text::tr("%1 is not possible in the VM's current power state; refresh and "
                            "try again.")
                .arg(action);
        if (f.faultType == u"TaskInProgress")
            return Text::tr("%1 cannot start while another task runs on the object; wait for "
                            "it to finish and try again.")
                .arg(action);
        return Text::tr("%1 is not possible in the object's current state; refresh and try "
                        "again.")
            .arg(action);
    case C::NotFound:
        return Text::tr("%1 failed because the object no longer exists in the vCenter; refresh "
                        "the inventory.")
            .arg(action);
    case C::AlreadyExists:
        return Text::tr("%1 failed because the name is already taken; choose another name.")
            .arg(action);
    case C::InsufficientResources:
        return Text::tr("%1 failed for lack of resources (CPU, memory, disk space or licences); "
                        "free some or choose another placement.")
            .arg(action);
    case C::ToolsUnavailable:
        return Text::tr("%1 needs VMware Tools running in the guest; start the guest's tools or "
                        "power the VM off instead.")
            .arg(action);
    case C::NotSupported:
        return Text::tr("%1 is not supported by this vCenter or host; check its version.")
            .arg(action);
    case C::InvalidCollectorVersion:
        return Text::tr("The vCenter no longer knows the change stream's position; the "
                        "inventory is read again.");
    case C::Cancelled:
        return Text::tr("%1 was cancelled.").arg(action);
    case C::TaskFailed:
    case C::Fault:
    default:
        break;
    }
    if (!f.detail.isEmpty())
        return Text::tr("%1 failed in the vCenter: %2").arg(action, f.detail);
    return Text::tr("%1 failed in the vCenter (%2); see the vCenter's tasks and events.")
        .arg(action, f.faultType.isEmpty() ? Text::tr("no reason given") : f.faultType);
}

VsphereError errorFromNet(const fd::net::NetError& error, const QString& url) {
    using K = fd::net::NetErrorKind;
    VsphereError e;
    e.netKind = error.kind;
    e.detail = error.detail;
    e.httpStatus = error.httpStatus;
    e.peerCertSha256 = error.peerCertSha256;
    switch (error.kind) {
    case K::Cancelled:
        e.category = C::Cancelled;
        e.message = Text::tr("The request to the vCenter was cancelled.");
        return e;
    case K::TooLarge:
        e.category = C::TooLarge;
        e.message = Text::tr("The vCenter's answer exceeded the size limit; narrow the request "
                             "or contact support.");
        return e;
    case K::HttpStatus:
        e.category = C::HttpStatus;
        if (error.httpStatus == 404)
            e.message = Text::tr("%1 has no vSphere API (HTTP 404); check the URL (the vCenter's "
                                 "address, optionally with /sdk).")
                            .arg(url);
        else if (error.httpStatus == 401 || error.httpStatus == 403)
            e.message = Text::tr("%1 refused the request (HTTP %2); check the credentials and "
                                 "any proxy in between.")
                            .arg(url)
                            .arg(error.httpStatus);
        else if (error.httpStatus >= 500)
            e.message = Text::tr("The vCenter at %1 reported a server error (HTTP %2); it may be "
                                 "starting or overloaded, try again in a few minutes.")
                            .arg(url)
                            .arg(error.httpStatus);
        else
            e.message = Text::tr("The vCenter at %1 answered with HTTP %2; check the URL.")
                            .arg(url)
                            .arg(error.httpStatus);
        return e;
    default: {
        // The same sentences (and "trust this certificate" fingerprint) as every endpoint.
        e.category = C::Network;
        fd::net::FailureDetails facts;
        facts.category = fd::net::categoryOf(error.kind);
        facts.certSha256 = error.peerCertSha256;
        facts.budgetSeconds = 60;
        e.message = fd::net::describe(facts).sentence();
        return e;
    }
    }
}

} // namespace fd::vsphere
