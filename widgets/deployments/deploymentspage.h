#pragma once

#include "common/page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace fd::widgets {

class DeleteDeploymentDialog;
class DeploymentDetailDialog;
class DeployWizard;
class EmptyState;
class InstancesFilterProxy;
class InstancesModel;

// Model deployments (Ollama, vLLM, TGI, llama.cpp) on GPU clusters: the Instances table with
// live status from watches, search and filters by cluster, runtime and status; "New deployment"
// opens the wizard, a double click the detail, Delete a confirmation listing what goes. Without
// the deployments service (no store or vault) only the empty state shows.
class DeploymentsPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentsPage)

public:
    explicit DeploymentsPage(const AppServices& services, QWidget* parent = nullptr);

    // Known without constructing the page, so the navigation can list pages that are only
    // built when first opened.
    static QString id() { return QStringLiteral("deployments"); }
    static QString displayTitle();
    static QString icon() { return QStringLiteral(":/icons/deployments.svg"); }

    QString pageId() const override { return id(); }
    QString title() const override { return displayTitle(); }
    QString iconPath() const override { return icon(); }

    EmptyState* emptyState() const { return m_empty; }
    QTableView* table() const { return m_table; }
    InstancesModel* model() const { return m_model; }
    InstancesFilterProxy* proxy() const { return m_proxy; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* clusterFilter() const { return m_clusterFilter; }
    QComboBox* runtimeFilter() const { return m_runtimeFilter; }
    QComboBox* statusFilter() const { return m_statusFilter; }

    DeployWizard* openWizard();
    DeploymentDetailDialog* openDetail(const QString& name);
    DeleteDeploymentDialog* openDelete(const QString& name);

    QLabel* catalogIssuesLabel() const { return m_catalogIssues; }

protected:
    void retranslate() override;
    void showEvent(QShowEvent* event) override;

private:
    void updateState();
    void updateEmptyNote();
    void refillFilters();
    QString selectedName() const;

    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QWidget* m_list = nullptr;
    QTableView* m_table = nullptr;
    InstancesModel* m_model = nullptr;
    InstancesFilterProxy* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_clusterFilter = nullptr;
    QComboBox* m_runtimeFilter = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_details = nullptr;
    QPushButton* m_delete = nullptr;
    QLabel* m_catalogIssues = nullptr;
    void showCatalogIssues();
    void unlockVault();
};

} // namespace fd::widgets
