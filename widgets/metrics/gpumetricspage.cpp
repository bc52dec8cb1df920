#include "gpumetricspage.h"

#include "common/appservices.h"
#include "common/emptystate.h"
#include "metrics/addprometheusdialog.h"
#include "metrics/gpudashboard.h"
#include "metrics/metricsendpoints.h"
#include "registry/clusterregistry.h"
#include "secrets/secretstore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLoggingCategory>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::widgets {

namespace {
Q_LOGGING_CATEGORY(lcGpuPage, "fd.widgets.metrics")
}

GpuMetricsPage::GpuMetricsPage(const AppServices& services, QWidget* parent)
    : EmptyStatePage(services, id(), icon(), parent)
    , m_content(new QWidget(this))
    , m_endpoint(new QComboBox(m_content))
    , m_endpointLabel(new QLabel(m_content))
    , m_add(new QPushButton(m_content))
    , m_edit(new QPushButton(m_content))
    , m_dashboard(new GpuDashboard(m_content)) {
    m_endpoint->setObjectName(QStringLiteral("gpuEndpoint"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_endpointLabel);
    bar->addWidget(m_endpoint);
    bar->addWidget(m_edit);
    bar->addWidget(m_add);
    m_add->setObjectName(QStringLiteral("gpuAddEndpoint"));
    m_edit->setObjectName(QStringLiteral("gpuEditEndpoint"));
    bar->addStretch(1);
    auto* content = new QVBoxLayout(m_content);
    content->addLayout(bar);
    content->addWidget(m_dashboard, 1);
    layout()->addWidget(m_content);
    // Without the cluster registry, endpoints at a URL still work (API-server ones cannot).
    if (services.store && services.secrets && services.http)
        m_endpoints = std::make_unique<fd::metrics::MetricsEndpoints>(
            *services.store, *services.secrets, *services.http,
            services.clusters ? &services.clusters->connections() : nullptr, this);
    connect(m_endpoint, &QComboBox::activated, this, &GpuMetricsPage::selectEndpoint);
    connect(m_add, &QPushButton::clicked, this, [this] { openAddDialog(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { openEditDialog(); });
    connect(emptyState(), &EmptyState::actionTriggered, this, [this] { openAddDialog(); });
    if (m_endpoints)
        connect(m_endpoints.get(), &fd::metrics::MetricsEndpoints::changed, this,
                &GpuMetricsPage::showEndpoints);
    // What waited for the vault (allocation vs use, a token) is shown as soon as it opens.
    if (services.secrets)
        connect(services.secrets, &fd::secrets::SecretStore::lockedChanged, this,
                [this](bool locked) {
                    if (!locked)
                        m_dashboard->vaultUnlocked();
                });
    retranslate();
    reloadEndpoints();
}

GpuMetricsPage::~GpuMetricsPage() {
    m_dashboard->setClient(nullptr);
    m_dashboard->setAlertmanager(nullptr);
}

QString GpuMetricsPage::displayTitle() {
    return tr("GPU metrics");
}

void GpuMetricsPage::reloadEndpoints() {
    if (!m_endpoints) {
        showEndpoints();
        return;
    }
    // Read on the store's reader thread; until then the page says it is reading (an empty state
    // whose note says so when there is nothing to show yet).
    m_reading = true;
    updateNote();
    if (m_endpoint->count() == 0) {
        emptyState()->setVisible(true);
        m_content->setVisible(false);
    }
    m_endpoints->load(this, [this](const fd::Status& st) {
        m_reading = false;
        if (!st)
            qCWarning(lcGpuPage) << "Prometheus endpoints not loaded:" << st.error().message;
        updateNote();
        showEndpoints(); // also after a failure: the empty state then says how to add one
    });
}

void GpuMetricsPage::showEndpoints() {
    // The endpoint the user chose stays chosen when the list is read again.
    const QString current = m_endpoint->currentText();
    QStringList names;
    if (m_endpoints)
        for (const auto& e : m_endpoints->endpoints())
            names << e.name;
    QStringList shown;
    for (int i = 0; i < m_endpoint->count(); ++i)
        shown << m_endpoint->itemText(i);
    if (names == shown && m_client && m_selectAfterAdd.isEmpty())
        return;
    m_endpoint->clear();
    m_endpoint->addItems(names);
    const bool any = !names.isEmpty();
    emptyState()->setVisible(!any);
    m_content->setVisible(any);
    if (!any) {
        m_dashboard->setClient(nullptr);
        return;
    }
    int keep = names.indexOf(current);
    if (!m_selectAfterAdd.isEmpty() && names.contains(m_selectAfterAdd)) {
        keep = names.indexOf(m_selectAfterAdd);
        m_selectAfterAdd.clear();
        m_endpoint->setCurrentIndex(keep);
        selectEndpoint(keep);
        return;
    }
    m_endpoint->setCurrentIndex(keep >= 0 ? keep : 0);
    if (keep < 0 || !m_client || names != shown)
        selectEndpoint(m_endpoint->currentIndex());
}

void GpuMetricsPage::updateNote() {
    // The note disables the action while it says why.
    emptyState()->setUnavailableNote(
        m_reading      ? tr("Reading the saved Prometheus endpoints…")
        : !m_endpoints ? tr("Endpoints cannot be added: the data store, the secret store or the "
                            "network client did not start.")
                       : QString());
    m_add->setEnabled(m_endpoints != nullptr);
    m_edit->setEnabled(m_endpoints != nullptr); // shown only with an endpoint to edit
}

AddPrometheusDialog* GpuMetricsPage::openAddDialog() {
    if (!m_endpoints)
        return nullptr;
    auto* dialog = new AddPrometheusDialog(*m_endpoints, services().clusters, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddPrometheusDialog::added, this, [this](const QString& name) {
        m_selectAfterAdd = name;
        showEndpoints();
    });
    dialog->open();
    return dialog;
}

AddPrometheusDialog* GpuMetricsPage::openEditDialog() {
    const int index = m_endpoint->currentIndex();
    if (!m_endpoints || index < 0 || index >= m_endpoints->endpoints().size())
        return nullptr;
    auto* dialog = new AddPrometheusDialog(*m_endpoints, services().clusters,
                                           m_endpoints->endpoints().at(index), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Open it again with what was saved (a new URL, credentials or Alertmanager).
    connect(dialog, &AddPrometheusDialog::edited, this, [this](const QString& name) {
        m_selectAfterAdd = name;
        showEndpoints();
    });
    dialog->open();
    return dialog;
}

void GpuMetricsPage::selectEndpoint(int index) {
    m_dashboard->setClient(nullptr);
    m_dashboard->setAlertmanager(nullptr);
    delete m_client;
    m_client = nullptr;
    delete m_amClient;
    m_amClient = nullptr;
    if (!m_endpoints || index < 0 || index >= m_endpoints->endpoints().size())
        return;
    auto client = m_endpoints->client(m_endpoints->endpoints().at(index), this);
    if (!client) {
        qCWarning(lcGpuPage) << client.error().message;
        return;
    }
    m_client = *client;
    // Allocation vs use reads the pods of the cluster the endpoint is linked to, if any.
    const fd::metrics::MetricsEndpoint& endpoint = m_endpoints->endpoints().at(index);
    fd::registry::ClusterRegistry* clusters = services().clusters;
    std::optional<fd::registry::ClusterRecord> record;
    if (clusters && endpoint.clusterId)
        record = clusters->cluster(*endpoint.clusterId);
    m_dashboard->setCluster(clusters ? &clusters->connections() : nullptr, endpoint.clusterId,
                            record ? record->name
                                   : QString::number(endpoint.clusterId.value_or(0)));
    // The Alerts tab shows the Alertmanager's alerts and silences when the endpoint has one.
    if (endpoint.alertmanager) {
        auto am = m_endpoints->alertmanagerClient(endpoint, this);
        if (am)
            m_amClient = *am;
        else
            qCWarning(lcGpuPage) << am.error().message;
    }
    // The client first: its refresh finds no Alertmanager yet (cleared above), so the
    // Alertmanager's lists are asked for once, by setAlertmanager.
    m_dashboard->setClient(m_client);
    m_dashboard->setAlertmanager(m_amClient);
}

void GpuMetricsPage::retranslate() {
    emptyState()->setTitle(tr("No Prometheus endpoint"));
    emptyState()->setDescription(
        tr("Connect the Prometheus that scrapes NVIDIA dcgm-exporter to see GPU utilisation, "
           "memory, temperature and health across the fleet."));
    emptyState()->setActionText(tr("Add Prometheus endpoint"));
    updateNote();
    m_endpointLabel->setText(tr("Prometheus:"));
    m_add->setText(tr("Add endpoint…"));
    m_edit->setText(tr("Edit…"));
    m_edit->setToolTip(tr("Change the chosen endpoint's URL, certificate settings, credentials or "
                          "Alertmanager"));
}

} // namespace fd::widgets
