#include "deploy/deploylog.h"

namespace fd::deploy {
Q_LOGGING_CATEGORY(lcDeploy, "fd.deploy", QtInfoMsg)
}
