#include "policy/policylog.h"

namespace fd::policy {
Q_LOGGING_CATEGORY(lcPolicy, "fd.policy", QtInfoMsg)
}
