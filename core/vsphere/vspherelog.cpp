#include "vsphere/vspherelog.h"

namespace fd::vsphere {
Q_LOGGING_CATEGORY(lcVsphere, "fd.vsphere", QtInfoMsg)
}
