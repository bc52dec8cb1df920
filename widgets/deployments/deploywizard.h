#pragma once

#include "deploy/deployspec.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace fd::deploy {
class DeployService;
}

namespace fd::widgets {

// "New deployment": target (a cluster, or a Karmada control plane with its placement strategy
// and resource profile — by default the strategy the policies' auto-placement rules choose,
// shown with the rule, and that strategy's default profile; both can be overridden), runtime, model
// (a preset or a custom one with its size), replicas, GPUs, CPU/memory, model store, the runtime's
// advanced settings as a form generated from the catalog's typed settings, image mirror and pull
// secret. The YAML of every object is previewed as the form changes; the GPU fit check runs against
// the target's nodes and warns, naming the best node. Deploy runs the server-side dry run, then
// applies and records.
class DeployWizard final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeployWizard)

public:
    explicit DeployWizard(fd::deploy::DeployService& service, QWidget* parent = nullptr);

    // The spec as the form says now.
    fd::deploy::DeploySpec spec() const;

    QComboBox* targetCombo() const { return m_target; }
    QLineEdit* strategyEdit() const { return m_strategy; }
    QLineEdit* profileEdit() const { return m_profile; }
    QLabel* strategyReasonLabel() const { return m_strategyReason; }
    QComboBox* runtimeCombo() const { return m_runtime; }
    QComboBox* modelCombo() const { return m_model; }
    QLineEdit* customModelEdit() const { return m_customModel; }
    QSpinBox* replicasSpin() const { return m_replicas; }
    QSpinBox* gpusSpin() const { return m_gpus; }
    QComboBox* storageCombo() const { return m_storage; }
    QGroupBox* settingsBox() const { return m_settingsBox; }
    QWidget* settingWidget(const QString& key) const { return m_settingWidgets.value(key); }
    QPlainTextEdit* yamlPreview() const { return m_yaml; }
    QLabel* fitLabel() const { return m_fit; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* deployButton() const { return m_deploy; }

Q_SIGNALS:
    void deployed(const QString& name);
    void previewUpdated();
    void fitChecked(bool fits);

private:
    void fillTargets();
    void fillRuntimes();
    void runtimeChanged();
    void modelChanged();
    void storageChanged();
    void buildSettings();
    void schedule();
    void updatePlacement();
    void updatePreview();
    void checkFit();
    void deploy();

    fd::deploy::DeployService& m_service;
    QComboBox* m_target;
    QLineEdit* m_strategy;
    QLineEdit* m_profile;
    QLabel* m_strategyReason;
    // Typed by the admin: otherwise the strategy follows the auto-placement rules and the
    // profile the strategy's default profile, as the form changes.
    bool m_strategyByHand = false;
    bool m_profileByHand = false;
    QComboBox* m_runtime;
    QComboBox* m_model;
    QLineEdit* m_customModel;
    QDoubleSpinBox* m_customSize;
    QDoubleSpinBox* m_customParams;
    QSpinBox* m_replicas;
    QSpinBox* m_gpus;
    QComboBox* m_gpuModel;
    QLineEdit* m_cpu;
    QLineEdit* m_memory;
    QComboBox* m_storage;
    QLineEdit* m_storageValue;
    QLabel* m_storageValueLabel;
    QLineEdit* m_storageClass;
    QLineEdit* m_mirror;
    QLineEdit* m_pullSecret;
    QGroupBox* m_settingsBox;
    QFormLayout* m_settingsForm;
    QMap<QString, QWidget*> m_settingWidgets;
    QPlainTextEdit* m_yaml;
    QLabel* m_warnings;
    QLabel* m_fit;
    QLabel* m_message;
    QPushButton* m_deploy;
    QTimer* m_previewTimer;
    QTimer* m_fitTimer;
    quint64 m_fitGeneration = 0;
};

} // namespace fd::widgets
