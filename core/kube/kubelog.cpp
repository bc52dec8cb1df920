#include "kube/kubelog.h"

namespace fd::kube {
Q_LOGGING_CATEGORY(lcKube, "fleetdeck.kube", QtInfoMsg)
}
