#include "kube/kubelog.h"

namespace fd::kube {
Q_LOGGING_CATEGORY(lcKube, "fd.kube", QtInfoMsg)
}
