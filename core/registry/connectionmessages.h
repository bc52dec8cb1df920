#pragma once

#include "registry/connectionreport.h"

#include <QString>

namespace fd::registry {

// Fills report.message and report.nextStep for report.category from the other fields
// (fingerprint, missing permission, exec command, http status). Translated, context
// "fd::registry".
void describeFailure(ConnectionReport& report);

// From a Forbidden Status message ('nodes is forbidden: User "x" cannot list resource "nodes"
// in API group "" at the cluster scope') the part naming the permission
// ('list resource "nodes" in API group "" at the cluster scope'); empty when not recognisable.
QString missingPermissionFromStatus(const QString& statusMessage);

} // namespace fd::registry
