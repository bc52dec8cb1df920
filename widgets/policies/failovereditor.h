#pragma once

#include "policyeditordialog.h"

class QComboBox;
class QFormLayout;
class QLabel;
class QSpinBox;

namespace fd::widgets {

class FailoverTimelineWidget;
class ToggleSwitch;

// Create or edit a failover policy: the enable switch, how long a failure is tolerated before
// Karmada moves the replicas (detection), what happens to the old replicas (purge mode, offered
// as the control plane's schema accepts them) and the grace period — with the full timeline
// below, redrawn on every change. Turning failover off asks first.
class FailoverEditor final : public PolicyEditorDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FailoverEditor)

public:
    FailoverEditor(fd::policy::PolicyService& service, const fd::policy::FailoverPolicy* existing,
                   QWidget* parent = nullptr);

    fd::policy::FailoverPolicy edited() const;

    ToggleSwitch* enableSwitch() const { return m_enabled; }
    QSpinBox* tolerationSpin() const { return m_toleration; }
    QComboBox* purgeCombo() const { return m_purge; }
    QSpinBox* graceSpin() const { return m_grace; }
    FailoverTimelineWidget* timeline() const { return m_timeline; }
    // Where the offered purge modes come from (the control plane's schema or a generation).
    QLabel* schemaNote() const { return m_schemaNote; }

protected:
    QList<fd::policy::Finding> validateCurrent() const override;
    void startSave() override;

private:
    void refresh();

    bool m_wasEnabled = true;
    ToggleSwitch* m_enabled;
    QSpinBox* m_toleration;
    QLabel* m_tolerationText;
    QComboBox* m_purge;
    QLabel* m_purgeText;
    QSpinBox* m_grace;
    QLabel* m_graceText;
    QLabel* m_schemaNote;
    FailoverTimelineWidget* m_timeline;
    QFormLayout* m_form;
};

} // namespace fd::widgets
