#include "zonecombo.h"

#include <QEvent>

namespace fd::widgets {

using fd::policy::Zone;

ZoneCombo::ZoneCombo(QWidget* parent)
    : QComboBox(parent) {
    setObjectName(QStringLiteral("zone"));
    for (const Zone z : {Zone::None, Zone::A, Zone::B})
        addItem(QString(), int(z));
    retranslate();
}

Zone ZoneCombo::zone() const {
    return Zone(currentData().toInt());
}

void ZoneCombo::setZone(Zone zone) {
    const int index = findData(int(zone));
    setCurrentIndex(index >= 0 ? index : 0);
}

QString ZoneCombo::zoneText(Zone zone) {
    switch (zone) {
    case Zone::A:
        return tr("A — high performance");
    case Zone::B:
        return tr("B — general purpose");
    case Zone::None:
        break;
    }
    return tr("None");
}

void ZoneCombo::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

void ZoneCombo::retranslate() {
    for (int i = 0; i < count(); ++i)
        setItemText(i, zoneText(Zone(itemData(i).toInt())));
    setToolTip(tr("Zone A runs large models on dedicated GPUs, zone B shares GPUs for general "
                  "work. Placement strategies and resource profiles select clusters by zone."));
}

} // namespace fd::widgets
