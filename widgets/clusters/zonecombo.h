#pragma once

#include "policy/clusterlabels.h"

#include <QComboBox>

namespace fd::widgets {

// The zone of a cluster: None, A "high performance" or B "general purpose" (pushed to Karmada as
// the Cluster label fleetdeck.io/zone). Used by the import form and the cluster detail.
class ZoneCombo final : public QComboBox {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ZoneCombo)

public:
    explicit ZoneCombo(QWidget* parent = nullptr);

    fd::policy::Zone zone() const;
    void setZone(fd::policy::Zone zone);

    // "A — high performance", "B — general purpose", "None" (for lists and headers).
    static QString zoneText(fd::policy::Zone zone);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
};

} // namespace fd::widgets
