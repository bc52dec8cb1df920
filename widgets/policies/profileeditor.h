#pragma once

#include "policyeditordialog.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QSpinBox;

namespace fd::widgets {

// Create or edit a resource profile: Zone A "high performance" and Zone B "general purpose" side
// by side, each switched on or off as a whole. The MIG profile and count appear only while MIG
// is on (and then replace the GPU count); the share of each GPU only with GPU sharing; the gang
// size only with gang scheduling. The MIG/NVLink conflict, overcommit with LSE/LSR and BE with
// overcommit are shown under the field while the user edits.
class ProfileEditor final : public PolicyEditorDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileEditor)

public:
    ProfileEditor(fd::policy::PolicyService& service, const fd::policy::ResourceProfile* existing,
                  QWidget* parent = nullptr);

    fd::policy::ResourceProfile edited() const;

    QGroupBox* zoneABox() const { return m_zoneA; }
    QGroupBox* zoneBBox() const { return m_zoneB; }
    QSpinBox* zoneAGpus() const { return m_aGpus; }
    QSpinBox* zoneAMemory() const { return m_aMemory; }
    QDoubleSpinBox* zoneACpu() const { return m_aCpu; }
    QCheckBox* topologyCheck() const { return m_aTopology; }
    QCheckBox* nvlinkCheck() const { return m_aNvlink; }
    QCheckBox* migCheck() const { return m_aMig; }
    QComboBox* migProfileCombo() const { return m_aMigProfile; }
    QSpinBox* migCountSpin() const { return m_aMigCount; }
    QSpinBox* zoneBGpus() const { return m_bGpus; }
    QSpinBox* zoneBMemory() const { return m_bMemory; }
    QDoubleSpinBox* zoneBCpu() const { return m_bCpu; }
    QComboBox* qosCombo() const { return m_bQos; }
    QCheckBox* sharingCheck() const { return m_bSharing; }
    QSpinBox* sharePercentSpin() const { return m_bShare; }
    QCheckBox* gangCheck() const { return m_bGang; }
    QSpinBox* gangSizeSpin() const { return m_bGangSize; }
    QCheckBox* overcommitCheck() const { return m_bOvercommit; }

protected:
    QList<fd::policy::Finding> validateCurrent() const override;
    void startSave() override { save(edited()); }

private:
    void updateVisibility();

    QGroupBox* m_zoneA;
    QGroupBox* m_zoneB;
    QFormLayout* m_formA;
    QFormLayout* m_formB;
    QSpinBox* m_aGpus;
    QSpinBox* m_aMemory;
    QDoubleSpinBox* m_aCpu;
    QCheckBox* m_aTopology;
    QCheckBox* m_aNvlink;
    QCheckBox* m_aMig;
    QComboBox* m_aMigProfile;
    QSpinBox* m_aMigCount;
    QSpinBox* m_bGpus;
    QSpinBox* m_bMemory;
    QDoubleSpinBox* m_bCpu;
    QComboBox* m_bQos;
    QCheckBox* m_bSharing;
    QSpinBox* m_bShare;
    QCheckBox* m_bGang;
    QSpinBox* m_bGangSize;
    QCheckBox* m_bOvercommit;
};

} // namespace fd::widgets
