#pragma once

#include "registry/clusterregistry.h"
#include "registry/importsession.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace fd::widgets {

using fd::registry::ImportEntry;
class GpuModelList;
class ZoneCombo;

// The form for one selected context in the import dialog: display name (unique, with a "Use
// <suggestion>" fix on a clash), data center (+ "Add data center…"), zone, GPU models ("CPU only"
// is a choice of its own), labels, the connection settings from the kubeconfig (editable; secrets
// masked) and the result of its connection test with the fix it offers (trust the certificate the
// server presented, locate the exec plugin).
class ClusterForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterForm)

public:
    explicit ClusterForm(fd::registry::ClusterRegistry* registry, QWidget* parent = nullptr);

    // Fills the form; `reserved` are the names the other ticked contexts use.
    void load(const ImportEntry& entry, const QStringList& reserved);
    // Writes the form back into the entry's candidate.
    void store(ImportEntry& entry) const;
    void showTest(const ImportEntry& entry);
    void setReservedNames(const QStringList& reserved);
    bool nameIsValid() const;

    QLineEdit* nameEdit() const { return m_name; }
    QLabel* nameProblem() const { return m_nameProblem; }
    QPushButton* useSuggestionButton() const { return m_useSuggestion; }
    QComboBox* dataCenterCombo() const { return m_dataCenter; }
    ZoneCombo* zoneCombo() const { return m_zone; }
    GpuModelList* gpuModels() const { return m_gpus; }
    QTableWidget* labelsTable() const { return m_labels; }
    QLineEdit* serverEdit() const { return m_server; }
    QLineEdit* tokenEdit() const { return m_token; }
    QLabel* testResult() const { return m_result; }
    QPushButton* trustCertificateButton() const { return m_trustCa; }
    QLabel* pinnedCertificateLabel() const { return m_pinned; }
    QPushButton* locateButton() const { return m_locate; }
    QLineEdit* execPathEdit() const { return m_execPath; }

Q_SIGNALS:
    void edited();
    void trustCertificateRequested();
    // The exec plugin path override changed through "Locate binary…": test again.
    void retestRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void checkName();
    void fillDataCenters(const QString& selectId);
    void onDataCenterActivated(int index);
    void addLabelRow(const QString& key, const QString& value);
    void locateBinary();

    QPointer<fd::registry::ClusterRegistry> m_registry;
    QStringList m_reserved;
    fd::registry::ClusterId m_sameIdentity = 0;
    QString m_lastDataCenter;
    bool m_loading = false;

    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_nameProblem;
    QPushButton* m_useSuggestion;
    QLabel* m_identityNote;
    QLabel* m_dataCenterLabel;
    QComboBox* m_dataCenter;
    QLabel* m_zoneLabel;
    ZoneCombo* m_zone;
    QLabel* m_gpuLabel;
    GpuModelList* m_gpus;
    QLabel* m_labelsLabel;
    QTableWidget* m_labels;
    QPushButton* m_addLabel;
    QPushButton* m_removeLabel;

    QLabel* m_serverLabel;
    QLineEdit* m_server;
    QLabel* m_tlsNameLabel;
    QLineEdit* m_tlsName;
    QCheckBox* m_insecure;
    QLabel* m_caLabel;
    QPlainTextEdit* m_ca;
    QLabel* m_credentialLabel;
    QLabel* m_credentialKind;
    QLabel* m_tokenLabel;
    QLineEdit* m_token;
    QLabel* m_usernameLabel;
    QLineEdit* m_username;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_execLabel;
    QLineEdit* m_execPath;
    QPushButton* m_locate;

    QLabel* m_pinned;
    QLabel* m_result;
    QPushButton* m_trustCa;
    QList<QWidget*> m_groups;
};

} // namespace fd::widgets
