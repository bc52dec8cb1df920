#include "deploymentspage.h"

#include "common/emptystate.h"
#include "deletedeploymentdialog.h"
#include "deploy/deployservice.h"
#include "deploy/instancestatus.h"
#include "deploymentdetaildialog.h"
#include "deploywizard.h"
#include "instancesmodel.h"
#include "vault/vaultgate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::widgets {

using fd::deploy::InstanceState;

DeploymentsPage::DeploymentsPage(const AppServices& services, QWidget* parent)
    : Page(services, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_empty = new EmptyState(icon(), m_stack);
    m_stack->addWidget(m_empty);
    connect(m_empty, &EmptyState::actionTriggered, this, [this] { openWizard(); });

    if (auto* service = services.deployments) {
        m_list = new QWidget(m_stack);
        auto* v = new QVBoxLayout(m_list);
        auto* bar = new QHBoxLayout;
        m_new = new QPushButton(m_list);
        m_details = new QPushButton(m_list);
        m_delete = new QPushButton(m_list);
        m_search = new QLineEdit(m_list);
        m_search->setObjectName(QStringLiteral("deploySearch"));
        m_search->setClearButtonEnabled(true);
        m_clusterFilter = new QComboBox(m_list);
        m_runtimeFilter = new QComboBox(m_list);
        m_statusFilter = new QComboBox(m_list);
        bar->addWidget(m_new);
        bar->addWidget(m_details);
        bar->addWidget(m_delete);
        bar->addSpacing(12);
        bar->addWidget(m_search, 1);
        bar->addWidget(m_clusterFilter);
        bar->addWidget(m_runtimeFilter);
        bar->addWidget(m_statusFilter);
        v->addLayout(bar);
        m_catalogIssues = new QLabel(m_list);
        m_catalogIssues->setObjectName(QStringLiteral("catalogIssues"));
        m_catalogIssues->setWordWrap(true);
        m_catalogIssues->setStyleSheet(QStringLiteral("color: #a35f00;"));
        m_catalogIssues->hide();
        v->addWidget(m_catalogIssues);
        m_table = new QTableView(m_list);
        m_table->setObjectName(QStringLiteral("instancesTable"));
        m_model = new InstancesModel(*service, this);
        m_proxy = new InstancesFilterProxy(this);
        m_proxy->setSourceModel(m_model);
        m_table->setModel(m_proxy);
        m_table->setSortingEnabled(true);
        m_table->sortByColumn(InstancesModel::Name, Qt::AscendingOrder);
        m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
        m_table->setSelectionMode(QAbstractItemView::SingleSelection);
        m_table->verticalHeader()->hide();
        m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_table->horizontalHeader()->setSectionResizeMode(InstancesModel::LatestEvent,
                                                          QHeaderView::Stretch);
        m_table->setAlternatingRowColors(true);
        v->addWidget(m_table, 1);
        m_stack->addWidget(m_list);

        connect(m_new, &QPushButton::clicked, this, [this] { openWizard(); });
        connect(m_details, &QPushButton::clicked, this, [this] {
            if (!selectedName().isEmpty())
                openDetail(selectedName());
        });
        connect(m_delete, &QPushButton::clicked, this, [this] {
            if (!selectedName().isEmpty())
                openDelete(selectedName());
        });
        connect(m_table, &QTableView::doubleClicked, this, [this] {
            if (!selectedName().isEmpty())
                openDetail(selectedName());
        });
        connect(m_search, &QLineEdit::textChanged, m_proxy, &InstancesFilterProxy::setSearch);
        connect(m_clusterFilter, &QComboBox::currentIndexChanged, this,
                [this] { m_proxy->setCluster(m_clusterFilter->currentData().toString()); });
        connect(m_runtimeFilter, &QComboBox::currentIndexChanged, this,
                [this] { m_proxy->setRuntime(m_runtimeFilter->currentData().toString()); });
        connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
                [this] { m_proxy->setStatus(m_statusFilter->currentData().toString()); });
        connect(service, &fd::deploy::DeployService::deploymentsChanged, this,
                &DeploymentsPage::updateState);
        connect(service, &fd::deploy::DeployService::catalogChanged, this,
                &DeploymentsPage::showCatalogIssues);
        // Statuses need the clusters' credentials: once the vault opens, the watches start again.
        if (VaultGate* gate = services.vault)
            connect(gate, &VaultGate::stateChanged, this, [this](VaultGate::State state) {
                if (state == VaultGate::State::Unlocked || state == VaultGate::State::Keychain)
                    m_model->reload();
            });
        showCatalogIssues();
    }
    retranslate();
    updateState();
}

QString DeploymentsPage::displayTitle() {
    return tr("Deployments");
}

void DeploymentsPage::retranslate() {
    m_empty->setTitle(tr("No model deployments yet"));
    m_empty->setDescription(
        tr("Deploy LLM serving runtimes such as Ollama, vLLM, TGI or llama.cpp onto your GPU "
           "clusters and follow their status here."));
    m_empty->setActionText(tr("New deployment"));
    updateEmptyNote();
    if (!m_list)
        return;
    m_new->setText(tr("New deployment…"));
    m_details->setText(tr("Details…"));
    m_delete->setText(tr("Delete…"));
    m_search->setPlaceholderText(tr("Search name, model or cluster"));
    m_model->retranslate();
    refillFilters();
}

void DeploymentsPage::showEvent(QShowEvent* event) {
    Page::showEvent(event);
    unlockVault();
}

void DeploymentsPage::unlockVault() {
    VaultGate* gate = services().vault;
    if (!gate || !services().deployments || services().deployments->deployments().isEmpty())
        return;
    if (gate->state() != VaultGate::State::Locked && gate->state() != VaultGate::State::Checking)
        return;
    gate->requestUnlocked(this, this, [](bool) {});
}

void DeploymentsPage::showCatalogIssues() {
    if (!m_catalogIssues)
        return;
    QStringList lines;
    for (const auto& issue : services().deployments->catalog().issues())
        lines << issue.message();
    m_catalogIssues->setText(lines.join(QLatin1Char('\n')));
    m_catalogIssues->setVisible(!lines.isEmpty());
}

void DeploymentsPage::refillFilters() {
    if (!m_list)
        return;
    auto refill = [](QComboBox* combo, const QString& any,
                     const QList<std::pair<QString, QString>>& items) {
        const QString current = combo->currentData().toString();
        combo->blockSignals(true);
        combo->clear();
        combo->addItem(any, QString());
        for (const auto& [text, data] : items)
            combo->addItem(text, data);
        const int at = combo->findData(current);
        combo->setCurrentIndex(at >= 0 ? at : 0);
        combo->blockSignals(false);
    };
    QList<std::pair<QString, QString>> clusters, runtimes;
    QStringList seenClusters, seenRuntimes;
    for (const auto& r : services().deployments->deployments()) {
        const QString c = services().deployments->clusterName(r.clusterId);
        if (!seenClusters.contains(c)) {
            seenClusters << c;
            clusters.append({c, c});
        }
        if (!seenRuntimes.contains(r.runtimeId)) {
            seenRuntimes << r.runtimeId;
            runtimes.append({r.runtimeId, r.runtimeId});
        }
    }
    refill(m_clusterFilter, tr("All clusters"), clusters);
    refill(m_runtimeFilter, tr("All runtimes"), runtimes);
    QList<std::pair<QString, QString>> states;
    for (const auto& [state, text] :
         {std::pair{InstanceState::Ready, tr("Ready")},
          std::pair{InstanceState::Starting, tr("Loading model")},
          std::pair{InstanceState::Pending, tr("Pending")},
          std::pair{InstanceState::WaitingForGpus, tr("Waiting for GPUs")},
          std::pair{InstanceState::PullingImage, tr("Pulling image")},
          std::pair{InstanceState::Degraded, tr("Degraded")},
          std::pair{InstanceState::Failing, tr("Failing")}})
        states.append({text, fd::deploy::instanceStateName(state)});
    refill(m_statusFilter, tr("Any status"), states);
    m_proxy->setCluster(m_clusterFilter->currentData().toString());
    m_proxy->setRuntime(m_runtimeFilter->currentData().toString());
    m_proxy->setStatus(m_statusFilter->currentData().toString());
}

void DeploymentsPage::updateState() {
    const bool any = services().deployments && !services().deployments->deployments().isEmpty();
    m_stack->setCurrentWidget(any ? m_list : static_cast<QWidget*>(m_empty));
    updateEmptyNote();
    refillFilters();
}

void DeploymentsPage::updateEmptyNote() {
    // The records come from the store's reader thread (main() starts the load): until then the
    // page says it is reading rather than "no deployments", and a failed read says why.
    const fd::deploy::DeployService* service = services().deployments;
    if (!service)
        m_empty->setUnavailableNote(tr("Needs the local store and the credential vault."));
    else if (!service->isLoaded())
        m_empty->setUnavailableNote(tr("Reading the saved deployments…"));
    else if (!service->loadError().isEmpty())
        m_empty->setUnavailableNote(
            tr("The saved deployments could not be read: %1").arg(service->loadError()));
    else
        m_empty->setUnavailableNote(QString());
}

QString DeploymentsPage::selectedName() const {
    if (!m_table)
        return {};
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(InstancesModel::Name);
    return rows.isEmpty() ? QString() : rows.first().data(InstancesModel::RawDataRole).toString();
}

DeployWizard* DeploymentsPage::openWizard() {
    if (!services().deployments)
        return nullptr;
    auto* wizard = new DeployWizard(*services().deployments, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->show();
    return wizard;
}

DeploymentDetailDialog* DeploymentsPage::openDetail(const QString& name) {
    if (!services().deployments)
        return nullptr;
    const auto record = services().deployments->find(name);
    if (!record)
        return nullptr;
    auto* dialog =
        new DeploymentDetailDialog(*services().deployments, services().http, *record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

DeleteDeploymentDialog* DeploymentsPage::openDelete(const QString& name) {
    if (!services().deployments)
        return nullptr;
    const auto record = services().deployments->find(name);
    if (!record)
        return nullptr;
    auto* dialog = new DeleteDeploymentDialog(*services().deployments, *record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace fd::widgets
