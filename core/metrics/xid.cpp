#include "metrics/xid.h"

#include <QCoreApplication>

namespace fd::metrics {

namespace {

const QList<XidInfo> kXids = {
    {8, XidSeverity::Application,
     QT_TRANSLATE_NOOP("fd::metrics::Xid", "GPU stopped processing: a channel timed out."),
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Restart the application; if it happens again, collect nvidia-bug-report output and "
         "contact support.")},
    {13, XidSeverity::Application,
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Graphics engine exception: usually the application (an out-of-range access or a "
         "bad instruction), rarely the GPU."),
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Restart the application and check it (for example with compute-sanitizer); if "
         "different applications hit it on the same GPU, run DCGM diagnostics.")},
    {31, XidSeverity::Application,
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "GPU memory page fault: the application accessed an invalid address; a driver or "
         "hardware cause is unlikely."),
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Debug the application; if known-good software hits it, run DCGM diagnostics on the "
         "GPU.")},
    {32, XidSeverity::Hardware,
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Invalid or corrupted push buffer stream, often caused by a faulty PCIe link."),
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Check the PCIe replay counter; reseat the GPU or replace the riser if it repeats.")},
    {43, XidSeverity::Application,
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "GPU stopped processing: an application hit an error and its work was stopped; the "
         "GPU itself is normally fine."),
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "No action on the GPU; look at the application that was running at that time.")},
    {45, XidSeverity::Watch,
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Preemptive cleanup: the driver tore down an application's work, usually because it "
         "was stopped or because of an earlier error."),
     QT_TRANSLATE_NOOP("fd::metrics::Xid",
                       "On its own it needs no action; look for other XIDs just before it.")},
    {48, XidSeverity::Hardware,
     QT_TRANSLATE_NOOP("fd::metrics::Xid",
                       "Double-bit ECC error: an uncorrectable error in GPU memory."),
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Drain the GPU's workloads and reset the GPU (row remapping takes effect on reset); "
         "replace the GPU if it happens again.")},
    {61, XidSeverity::Hardware,
     QT_TRANSLATE_NOOP("fd::metrics::Xid", "Internal micro-controller breakpoint or warning."),
     QT_TRANSLATE_NOOP("fd::metrics::Xid",
                       "Reset the GPU or reboot the node; contact support if it happens again.")},
    {62, XidSeverity::Hardware,
     QT_TRANSLATE_NOOP("fd::metrics::Xid", "Internal micro-controller halted."),
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Drain the node and reset the GPU or reboot; contact support if it happens again.")},
    {63, XidSeverity::Watch,
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "ECC page retirement or row remapping recorded: a memory row was remapped (or a page "
         "retired) after errors."),
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Reset the GPU when convenient so the remapping takes effect; watch for repeats.")},
    {64, XidSeverity::Hardware,
     QT_TRANSLATE_NOOP("fd::metrics::Xid",
                       "ECC page retirement or row remapping could not be recorded."),
     QT_TRANSLATE_NOOP("fd::metrics::Xid",
                       "Drain the node and reset the GPU; replace the GPU if it happens again.")},
    {68, XidSeverity::Application,
     QT_TRANSLATE_NOOP("fd::metrics::Xid", "Video decoder (NVDEC) exception."),
     QT_TRANSLATE_NOOP("fd::metrics::Xid",
                       "Restart the application; check its input if it happens again.")},
    {69, XidSeverity::Application,
     QT_TRANSLATE_NOOP("fd::metrics::Xid", "Graphics engine class error."),
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Restart the application; if different applications hit it, run DCGM diagnostics.")},
    {74, XidSeverity::Hardware,
     QT_TRANSLATE_NOOP("fd::metrics::Xid", "NVLink error: a link between GPUs reported a fault."),
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Reset the GPUs on that link or reboot the node; if it repeats, have the NVLink or "
         "NVSwitch hardware checked.")},
    {79, XidSeverity::Hardware,
     QT_TRANSLATE_NOOP("fd::metrics::Xid",
                       "GPU has fallen off the bus: the system can no longer reach it over PCIe."),
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Drain the node and reboot it; check power, cooling and the PCIe seating; replace the "
         "GPU if it happens again.")},
    {92, XidSeverity::Watch,
     QT_TRANSLATE_NOOP("fd::metrics::Xid",
                       "High single-bit ECC error rate: many correctable memory errors."),
     QT_TRANSLATE_NOOP("fd::metrics::Xid",
                       "Keep it in service but watch it; reset the GPU when convenient and plan a "
                       "replacement if the rate keeps rising.")},
    {94, XidSeverity::Hardware,
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Contained ECC error: an uncorrectable memory error that was confined to the "
         "application using that memory."),
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Restart the affected application; reset the GPU when convenient to remap the "
         "memory.")},
    {95, XidSeverity::Hardware,
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Uncontained ECC error: an uncorrectable memory error that may have affected every "
         "application on the GPU."),
     QT_TRANSLATE_NOOP("fd::metrics::Xid",
                       "Drain the GPU and reset it now; replace the GPU if it happens again.")},
    {119, XidSeverity::Hardware,
     QT_TRANSLATE_NOOP("fd::metrics::Xid", "GSP (GPU System Processor) call timed out."),
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Drain the node and reset the GPU or reboot; update the driver and contact support "
         "if it happens again.")},
    {120, XidSeverity::Hardware,
     QT_TRANSLATE_NOOP("fd::metrics::Xid", "GSP (GPU System Processor) error."),
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Drain the node and reset the GPU or reboot; update the driver and contact support "
         "if it happens again.")},
    {140, XidSeverity::Hardware, QT_TRANSLATE_NOOP("fd::metrics::Xid", "Unrecovered ECC error."),
     QT_TRANSLATE_NOOP("fd::metrics::Xid",
                       "Drain the GPU and reset it; replace the GPU if it happens again.")},
    {154, XidSeverity::Hardware,
     QT_TRANSLATE_NOOP("fd::metrics::Xid",
                       "The driver says the GPU needs a recovery action (reset or reboot)."),
     QT_TRANSLATE_NOOP(
         "fd::metrics::Xid",
         "Do what the driver's log asks (reset the GPU or reboot the node) after draining "
         "it.")},
};

QString trXid(const char* text) {
    return QCoreApplication::translate("fd::metrics::Xid", text);
}

} // namespace

const QList<XidInfo>& xidCatalog() {
    return kXids;
}

const XidInfo* findXid(int code) {
    for (const XidInfo& x : kXids)
        if (x.code == code)
            return &x;
    return nullptr;
}

QString xidMeaning(int code) {
    if (const XidInfo* x = findXid(code))
        return trXid(x->meaning);
    return QCoreApplication::translate("fd::metrics::Xid",
                                       "XID %1: look it up in NVIDIA's Xid catalog.")
        .arg(code);
}

QString xidAction(int code) {
    if (const XidInfo* x = findXid(code))
        return trXid(x->action);
    return QCoreApplication::translate(
        "fd::metrics::Xid", "Check the node's kernel log around that time for the full message.");
}

QString severityName(XidSeverity severity) {
    switch (severity) {
    case XidSeverity::Application:
        return QStringLiteral("application");
    case XidSeverity::Watch:
        return QStringLiteral("watch");
    case XidSeverity::Hardware:
        return QStringLiteral("hardware");
    }
    return {};
}

} // namespace fd::metrics
