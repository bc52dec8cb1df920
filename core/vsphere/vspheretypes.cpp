#include "vsphere/vspheretypes.h"

#include <QSet>

namespace fd::vsphere {

PowerState powerStateFromString(QStringView text) {
    if (text == u"poweredOn")
        return PowerState::PoweredOn;
    if (text == u"poweredOff")
        return PowerState::PoweredOff;
    if (text == u"suspended")
        return PowerState::Suspended;
    return PowerState::Unknown;
}

QString powerStateName(PowerState state) {
    switch (state) {
    case PowerState::PoweredOn:
        return QStringLiteral("poweredOn");
    case PowerState::PoweredOff:
        return QStringLiteral("poweredOff");
    case PowerState::Suspended:
        return QStringLiteral("suspended");
    case PowerState::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QStringList VirtualMachine::ipAddresses() const {
    QStringList all;
    QSet<QString> seen;
    for (const GuestNic& nic : nics)
        for (const QString& ip : nic.ipAddresses)
            if (!ip.isEmpty() && !seen.contains(ip)) {
                seen.insert(ip);
                all.append(ip);
            }
    if (!primaryIp.isEmpty() && !seen.contains(primaryIp))
        all.prepend(primaryIp);
    return all;
}

bool VirtualMachine::isVclsAgent() const {
    return name.startsWith(QLatin1String("vCLS-")) || name.startsWith(QLatin1String("vCLS ("));
}

} // namespace fd::vsphere
