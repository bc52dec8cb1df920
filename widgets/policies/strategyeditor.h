#pragma once

#include "policyeditordialog.h"

#include "policy/clusterlabels.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace fd::widgets {

class PlacementPreviewPanel;
class RulesModel;

// Create or edit a placement strategy: mode, target clusters (by zone and labels, or by name),
// how manual replicas spread, the linked resource profile and failover policy, the auto-placement
// rules table and the advanced settings (conflict resolution, keep on deletion, default flag —
// changing which strategy is the default asks first).
class StrategyEditor final : public PolicyEditorDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StrategyEditor)

public:
    // `existing` null: a new strategy.
    StrategyEditor(fd::policy::PolicyService& service,
                   const fd::policy::PlacementStrategy* existing, QWidget* parent = nullptr);

    fd::policy::PlacementStrategy edited() const;

    // The registered member clusters the live placement preview shows the strategy against
    // (PlacementPreviewDialog::factsFrom); it follows every change to the form.
    void setClusters(const QList<fd::policy::ClusterFacts>& clusters);
    PlacementPreviewPanel* previewPanel() const { return m_preview; }

    QComboBox* modeCombo() const { return m_mode; }
    QComboBox* targetByCombo() const { return m_targetBy; }
    QComboBox* zoneCombo() const { return m_zone; }
    QLineEdit* labelsEdit() const { return m_labels; }
    QLineEdit* clustersEdit() const { return m_clusters; }
    QComboBox* spreadCombo() const { return m_spread; }
    QLineEdit* weightsEdit() const { return m_weights; }
    QComboBox* profileCombo() const { return m_profile; }
    QComboBox* failoverCombo() const { return m_failover; }
    QComboBox* conflictCombo() const { return m_conflict; }
    QCheckBox* keepCheck() const { return m_keep; }
    QCheckBox* defaultCheck() const { return m_default; }
    QTableView* rulesView() const { return m_rulesView; }
    RulesModel* rulesModel() const { return m_rules; }
    QPushButton* addRuleButton() const { return m_addRule; }
    QPushButton* removeRuleButton() const { return m_removeRule; }

protected:
    QList<fd::policy::Finding> validateCurrent() const override;
    void startSave() override;
    void formChanged() override;

private:
    void updateVisibility();
    void openEditors();

    bool m_wasDefault = false;
    QComboBox* m_mode;
    QComboBox* m_targetBy;
    QComboBox* m_zone;
    QLineEdit* m_labels;
    QLineEdit* m_clusters;
    QComboBox* m_spread;
    QLineEdit* m_weights;
    QComboBox* m_profile;
    QComboBox* m_failover;
    QComboBox* m_conflict;
    QCheckBox* m_keep;
    QCheckBox* m_default;
    RulesModel* m_rules;
    QTableView* m_rulesView;
    QPushButton* m_addRule;
    QPushButton* m_removeRule;
    class QFormLayout* m_form;
    PlacementPreviewPanel* m_preview = nullptr;
    QList<fd::policy::ClusterFacts> m_clusterFacts;
};

} // namespace fd::widgets
