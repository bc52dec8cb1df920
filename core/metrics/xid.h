#pragma once

// NVIDIA XID codes (driver error reports, surfaced by DCGM_FI_DEV_XID_ERRORS as the last code seen)
// with what they mean and what an administrator should do, in our own words after NVIDIA's
// "XID Errors" documentation and its Xid catalog (resolution buckets: restart the application,
// reset the GPU, reboot the node, check the hardware).

#include <QList>
#include <QString>

namespace fd::metrics {

enum class XidSeverity {
    Application, // usually the workload's fault; the GPU is fine
    Watch,       // informational or early warning
    Hardware,    // the GPU or the node needs attention
};

struct XidInfo {
    int code;
    XidSeverity severity;
    const char* meaning; // English, translated through xidMeaning()
    const char* action;  // English, translated through xidAction()
};

const QList<XidInfo>& xidCatalog();
const XidInfo* findXid(int code);
// The meaning (translated); for an unknown code a sentence pointing at NVIDIA's catalog.
QString xidMeaning(int code);
QString xidAction(int code);
QString severityName(XidSeverity severity); // "application", "watch", "hardware"

} // namespace fd::metrics
