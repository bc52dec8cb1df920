#pragma once

#include "common/result.h"
#include "registry/clusterrecord.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace fd::registry {
class ClusterCatalog;
class ClusterRegistry;
} // namespace fd::registry

namespace fd::widgets {

class ClusterListModel;
class ClusterFilterProxy;
class ClusterGroupModel;
class VaultGate;

// The registered clusters: a toolbar (Import…, Test selected, Remove…, Join to Karmada…,
// Unjoin, Mark as control plane), search, "Group by data center", and the list with its
// loading and error-with-Retry states. The empty state (no clusters) belongs to the page;
// isEmpty()/countChanged() tell it when to show it.
class ClusterListPanel final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterListPanel)

public:
    // The list shows `catalog`; the actions (test, mark as control plane) and loading go to
    // `registry`, normally the same object. Without a registry the list only shows the catalog.
    ClusterListPanel(fd::registry::ClusterCatalog* catalog, fd::registry::ClusterRegistry* registry,
                     QWidget* parent = nullptr);

    // Shows "Loading…", reads the registry off the UI thread (registry->load(context, done)) and
    // then the list, or the error with a Retry button.
    void reload();
    // Shows the result of a registry read someone else ran: the list, or the error with Retry.
    void showLoaded(const fd::Status& status);
    // Asked before actions that read credentials (the vault may need its passphrase).
    void setVaultGate(VaultGate* gate);
    bool isEmpty() const;
    bool isLoaded() const { return m_loaded; }

    QList<fd::registry::ClusterId> selectedIds() const;
    void selectCluster(fd::registry::ClusterId id);

    // For tests and screenshots.
    QTreeView* view() const { return m_view; }
    QLineEdit* searchBox() const { return m_search; }
    QCheckBox* groupToggle() const { return m_group; }
    ClusterListModel* model() const { return m_model; }
    ClusterFilterProxy* proxy() const { return m_proxy; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* testButton() const { return m_test; }
    QPushButton* removeButton() const { return m_remove; }
    // "Join to Karmada…" or, for a member, "Unjoin…".
    QPushButton* joinButton() const { return m_join; }
    QPushButton* controlPlaneButton() const { return m_controlPlane; }
    QPushButton* retryButton() const { return m_retry; }
    QLabel* errorLabel() const { return m_error; }
    QLabel* activityLabel() const { return m_activity; }
    QStackedWidget* states() const { return m_states; }

Q_SIGNALS:
    void importRequested();
    void countChanged();
    void detailRequested(fd::registry::ClusterId id);
    void removeRequested(fd::registry::ClusterId id);
    void joinRequested(fd::registry::ClusterId id);
    void unjoinRequested(fd::registry::ClusterId id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void setGrouped(bool grouped);
    void updateActions();
    void testSelected();
    void startTests(const QList<fd::registry::ClusterId>& ids);
    void toggleControlPlane();
    fd::registry::ClusterId idAt(const QModelIndex& viewIndex) const;
    QModelIndex viewIndexOf(fd::registry::ClusterId id) const;

    QPointer<fd::registry::ClusterCatalog> m_catalog;
    QPointer<fd::registry::ClusterRegistry> m_registry;
    QPointer<VaultGate> m_vault;
    ClusterListModel* m_model;
    ClusterFilterProxy* m_proxy;
    ClusterGroupModel* m_groupModel;
    QPushButton* m_import;
    QPushButton* m_test;
    QPushButton* m_remove;
    QPushButton* m_join;
    QPushButton* m_controlPlane;
    QLineEdit* m_search;
    QCheckBox* m_group;
    QLabel* m_activity;
    QStackedWidget* m_states;
    QLabel* m_loading;
    QLabel* m_error;
    QPushButton* m_retry;
    QTreeView* m_view;
    bool m_loaded = false;
    int m_testsRunning = 0;
};

} // namespace fd::widgets
