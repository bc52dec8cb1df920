#include "deploymentdetaildialog.h"

#include "common/streamingtext.h"

#include "deploymentfailoverspanel.h"

#include "deploy/deployservice.h"
#include "deploy/instancemonitor.h"
#include "deploy/manifest.h"
#include "deploy/names.h"
#include "policy/deploymentfailovers.h"
#include "policy/policyservice.h"
#include "registry/clusterconnections.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>
#include <utility>

namespace fd::widgets {

using fd::kube::Event;
using fd::kube::Pod;
using fd::kube::WatchedListModel;

namespace {

// Keeps the source rows a predicate accepts (sorting as QSortFilterProxyModel does).
class RowFilterProxy final : public QSortFilterProxyModel {
public:
    RowFilterProxy(std::function<bool(int)> accept, QObject* parent)
        : QSortFilterProxyModel(parent)
        , m_accept(std::move(accept)) {}

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override {
        return !sourceParent.isValid() && m_accept(sourceRow);
    }

private:
    std::function<bool(int)> m_accept;
};

QString curlExamples(const fd::deploy::RuntimeSpec* runtime, const QString& model,
                     const QList<QUrl>& endpoints) {
    if (endpoints.isEmpty())
        return DeploymentDetailDialog::tr("No endpoint yet: the Service needs a node port and a "
                                          "Ready node.");
    QStringList lines;
    for (const QUrl& u : endpoints)
        lines << u.toString();
    const QString base = endpoints.first().toString();
    const bool ollama = runtime && runtime->api == fd::deploy::ChatApi::Ollama;
    const QString body =
        QStringLiteral("{\"model\": \"%1\", \"messages\": [{\"role\": \"user\", \"content\": "
                       "\"Hello\"}], \"stream\": true}")
            .arg(model);
    lines << QString();
    if (ollama) {
        lines << QStringLiteral("curl %1/api/tags").arg(base);
        lines << QStringLiteral("curl -N %1/api/chat -d '%2'").arg(base, body);
    } else {
        lines << QStringLiteral("curl %1/v1/models").arg(base);
        lines << QStringLiteral("curl -N %1/v1/chat/completions -H 'Content-Type: "
                                "application/json' -d '%2'")
                     .arg(base, body);
    }
    return lines.join(QLatin1Char('\n'));
}

QString ageText(const QDateTime& t) {
    if (!t.isValid())
        return {};
    const qint64 s = t.secsTo(QDateTime::currentDateTimeUtc());
    if (s < 120)
        return QStringLiteral("%1s").arg(s);
    if (s < 7200)
        return QStringLiteral("%1m").arg(s / 60);
    return QStringLiteral("%1h").arg(s / 3600);
}

} // namespace

DeploymentDetailDialog::DeploymentDetailDialog(fd::deploy::DeployService& service,
                                               fd::net::HttpClient* http,
                                               fd::deploy::DeploymentRecord record, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_http(http)
    , m_record(std::move(record)) {
    setWindowTitle(tr("Deployment %1").arg(m_record.name));
    const auto* runtime = m_service.catalog().runtime(m_record.runtimeId);
    m_watch = new fd::deploy::DeploymentWatch(
        m_service.connections(), m_record, m_service.statusClusters(m_record),
        runtime ? runtime->health : fd::deploy::HealthSpec{}, this);
    auto* layout = new QVBoxLayout(this);
    const QList<qint64> clusters = m_service.statusClusters(m_record);
    if (clusters.size() > 1) {
        auto* row = new QHBoxLayout;
        row->addWidget(new QLabel(tr("Member cluster:"), this));
        m_member = new QComboBox(this);
        for (qint64 id : clusters)
            m_member->addItem(m_service.clusterName(id), id);
        row->addWidget(m_member, 1);
        layout->addLayout(row);
        connect(m_member, &QComboBox::currentIndexChanged, this,
                [this] { watchCluster(m_member->currentData().toLongLong()); });
    }
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);
    buildOverview();
    buildPods();
    buildEvents();
    buildLog();
    buildPrompt();
    buildFailovers();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_watch, &fd::deploy::DeploymentWatch::changed, this,
            &DeploymentDetailDialog::refreshOverview);
    if (!clusters.isEmpty())
        watchCluster(clusters.first());
    refreshOverview();
    resize(900, 600);
}

DeploymentDetailDialog::~DeploymentDetailDialog() {
    if (m_chat && m_promptId)
        m_chat->cancel(m_promptId);
}

void DeploymentDetailDialog::buildOverview() {
    auto* page = new QWidget(m_tabs);
    auto* form = new QFormLayout(page);
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Status:"), m_status);
    const auto* runtime = m_service.catalog().runtime(m_record.runtimeId);
    form->addRow(tr("Runtime:"),
                 new QLabel(runtime ? runtime->name.text() : m_record.runtimeId, page));
    form->addRow(tr("Model:"), new QLabel(m_record.model, page));
    form->addRow(tr("Cluster:"), new QLabel(m_service.clusterName(m_record.clusterId), page));
    m_endpoints = new QPlainTextEdit(page);
    m_endpoints->setObjectName(QStringLiteral("detailEndpoints"));
    m_endpoints->setReadOnly(true);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_endpoints->setFont(mono);
    form->addRow(tr("Endpoints and curl:"), m_endpoints);
    m_tabs->addTab(page, tr("Overview"));
}

void DeploymentDetailDialog::buildPods() {
    m_podsView = new QTableView(m_tabs);
    m_podsView->setObjectName(QStringLiteral("detailPods"));
    m_podsView->horizontalHeader()->setStretchLastSection(true);
    m_podsView->verticalHeader()->hide();
    m_podsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tabs->addTab(m_podsView, tr("Pods"));
}

void DeploymentDetailDialog::buildEvents() {
    m_eventsView = new QTableView(m_tabs);
    m_eventsView->setObjectName(QStringLiteral("detailEvents"));
    m_eventsView->horizontalHeader()->setStretchLastSection(true);
    m_eventsView->verticalHeader()->hide();
    m_eventsView->setSortingEnabled(true);
    // Events of the namespace, filtered to this deployment's objects (fd::deploy's one rule).
    m_eventsFilter = new RowFilterProxy(
        [this](int row) {
            const fd::kube::ObjectReference& o = m_events->at(row).involvedObject;
            return fd::deploy::isObjectOfDeployment(o.kind, o.name, m_record.name);
        },
        this);
    m_eventsView->setModel(m_eventsFilter);
    m_tabs->addTab(m_eventsView, tr("Events"));
}

void DeploymentDetailDialog::buildLog() {
    auto* page = new QWidget(m_tabs);
    auto* v = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Pod:"), page));
    m_logPod = new QComboBox(page);
    m_logPod->setObjectName(QStringLiteral("logPod"));
    row->addWidget(m_logPod, 1);
    m_follow = new QPushButton(tr("Follow log"), page);
    row->addWidget(m_follow);
    v->addLayout(row);
    m_log = new QPlainTextEdit(page);
    m_log->setObjectName(QStringLiteral("logText"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_log->setFont(mono);
    m_logStream = new StreamingText(m_log);
    v->addWidget(m_log, 1);
    connect(m_follow, &QPushButton::clicked, this, &DeploymentDetailDialog::followLog);
    m_tabs->addTab(page, tr("Log"));
}

void DeploymentDetailDialog::buildPrompt() {
    auto* page = new QWidget(m_tabs);
    auto* v = new QVBoxLayout(page);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Endpoint:"), page));
    m_promptEndpoint = new QComboBox(page);
    m_promptEndpoint->setEditable(true);
    m_promptEndpoint->setObjectName(QStringLiteral("promptEndpoint"));
    row->addWidget(m_promptEndpoint, 1);
    v->addLayout(row);
    auto* input = new QHBoxLayout;
    m_promptInput = new QLineEdit(page);
    m_promptInput->setObjectName(QStringLiteral("promptInput"));
    m_promptInput->setPlaceholderText(tr("Ask the model something…"));
    input->addWidget(m_promptInput, 1);
    m_send = new QPushButton(tr("Send"), page);
    m_cancel = new QPushButton(tr("Cancel"), page);
    m_cancel->setEnabled(false);
    input->addWidget(m_send);
    input->addWidget(m_cancel);
    v->addLayout(input);
    m_answer = new QPlainTextEdit(page);
    m_answer->setObjectName(QStringLiteral("promptAnswer"));
    m_answer->setReadOnly(true);
    // 200 tokens a second reach the view as one insertion per frame; the figures follow it.
    m_answerStream = new StreamingText(m_answer, [this] {
        m_stats->setText(tr("Time to first token %1 ms · %2 tokens")
                             .arg(m_answerStats.ttftMs, 0, 'f', 0)
                             .arg(m_answerStats.tokens));
    });
    v->addWidget(m_answer, 1);
    m_stats = new QLabel(page);
    m_stats->setObjectName(QStringLiteral("promptStats"));
    m_stats->setWordWrap(true);
    v->addWidget(m_stats);
    connect(m_send, &QPushButton::clicked, this, &DeploymentDetailDialog::sendPrompt);
    connect(m_promptInput, &QLineEdit::returnPressed, this, &DeploymentDetailDialog::sendPrompt);
    connect(m_cancel, &QPushButton::clicked, this, &DeploymentDetailDialog::cancelPrompt);
    m_tabs->addTab(page, tr("Test prompt"));
}

void DeploymentDetailDialog::buildFailovers() {
    if (m_record.targetKind != fd::deploy::TargetKind::Karmada)
        return;
    // The model of the strategy's failover policy, when the policies are known and it has one.
    QList<fd::policy::TimelinePhase> model;
    if (const fd::policy::PolicyService* policies = m_service.policies()) {
        const fd::policy::PolicySet& set = policies->policies();
        if (const auto* strategy = set.strategy(m_record.placementStrategy))
            if (const auto* failover = set.failoverPolicy(strategy->failoverPolicy))
                model = fd::policy::failoverTimeline(*failover);
    }
    fd::registry::ClusterConnections* connections = &m_service.connections();
    const fd::deploy::DeploymentRecord record = m_record;
    m_failovers = new DeploymentFailoversPanel(
        [connections, record] {
            return new fd::policy::DeploymentFailovers(*connections, record.clusterId,
                                                       record.namespaceName, record.name);
        },
        m_record.created, model, m_tabs);
    m_failovers->setObjectName(QStringLiteral("detailFailovers"));
    m_tabs->addTab(m_failovers, tr("Failovers"));
}

void DeploymentDetailDialog::watchCluster(qint64 clusterId) {
    m_clusterId = clusterId;
    delete m_clusterScope; // ends the previous cluster's watches and models
    m_clusterScope = new QObject(this);
    const QString cluster = m_service.clusterName(clusterId);
    using PodColumn = WatchedListModel<Pod>::Column;
    m_pods = new WatchedListModel<Pod>(
        {PodColumn{[] { return tr("Pod"); },
                   [](const Pod& p, int role) -> QVariant {
                       return role == Qt::DisplayRole ? QVariant(p.metadata.name) : QVariant();
                   }},
         PodColumn{[] { return tr("Phase"); },
                   [](const Pod& p, int role) -> QVariant {
                       if (role != Qt::DisplayRole)
                           return {};
                       for (const auto& cs : p.containerStatuses)
                           if (!cs.stateReason.isEmpty() && !cs.ready)
                               return cs.stateReason;
                       return p.phase;
                   }},
         PodColumn{[] { return tr("Ready"); },
                   [](const Pod& p, int role) -> QVariant {
                       return role == Qt::DisplayRole ? QVariant(QStringLiteral("%1/%2")
                                                                     .arg(p.readyContainers())
                                                                     .arg(p.containers.size()))
                                                      : QVariant();
                   }},
         PodColumn{[] { return tr("Restarts"); },
                   [](const Pod& p, int role) -> QVariant {
                       return role == Qt::DisplayRole ? QVariant(p.restarts()) : QVariant();
                   }},
         PodColumn{[] { return tr("Node"); },
                   [](const Pod& p, int role) -> QVariant {
                       return role == Qt::DisplayRole ? QVariant(p.nodeName) : QVariant();
                   }},
         PodColumn{[] { return tr("Cluster"); },
                   [cluster](const Pod&, int role) -> QVariant {
                       return role == Qt::DisplayRole ? QVariant(cluster) : QVariant();
                   }}},
        m_clusterScope);
    m_podsView->setModel(m_pods);
    using EventColumn = WatchedListModel<Event>::Column;
    m_events = new WatchedListModel<Event>(
        {EventColumn{[] { return tr("Age"); },
                     [](const Event& e, int role) -> QVariant {
                         if (role == Qt::DisplayRole)
                             return ageText(e.lastSeen());
                         return {};
                     }},
         EventColumn{[] { return tr("Type"); },
                     [](const Event& e, int role) -> QVariant {
                         return role == Qt::DisplayRole ? QVariant(e.type) : QVariant();
                     }},
         EventColumn{[] { return tr("Reason"); },
                     [](const Event& e, int role) -> QVariant {
                         return role == Qt::DisplayRole ? QVariant(e.reason) : QVariant();
                     }},
         EventColumn{[] { return tr("Object"); },
                     [](const Event& e, int role) -> QVariant {
                         return role == Qt::DisplayRole ? QVariant(e.involvedObject.name)
                                                        : QVariant();
                     }},
         EventColumn{[] { return tr("Message"); },
                     [](const Event& e, int role) -> QVariant {
                         return role == Qt::DisplayRole || role == Qt::ToolTipRole
                                    ? QVariant(e.message)
                                    : QVariant();
                     }}},
        m_clusterScope);
    m_eventsFilter->setSourceModel(m_events);
    fd::kube::ListOptions byLabel;
    byLabel.namespaceName = m_record.namespaceName;
    byLabel.labelSelector.equals(QLatin1String(fd::deploy::labels::kDeployment), m_record.name);
    fd::kube::ListOptions inNamespace;
    inNamespace.namespaceName = m_record.namespaceName;
    m_pods->beginLoading();
    m_events->beginLoading();
    m_service.connections().watch<Pod>(clusterId, byLabel, {}, m_clusterScope, m_pods->handlers());
    m_service.connections().watch<Event>(clusterId, inNamespace, {}, m_clusterScope,
                                         m_events->handlers());
    auto refillPods = [this] {
        const QString current = m_logPod->currentText();
        m_logPod->clear();
        for (const Pod& p : m_pods->items())
            m_logPod->addItem(p.metadata.name);
        const int at = m_logPod->findText(current);
        if (at >= 0)
            m_logPod->setCurrentIndex(at);
    };
    connect(m_pods, &fd::kube::WatchedModelBase::relisted, m_clusterScope, refillPods);
    connect(m_pods, &fd::kube::WatchedModelBase::batchApplied, m_clusterScope, refillPods);
}

void DeploymentDetailDialog::refreshOverview() {
    const auto status = m_watch->status();
    QString text =
        status.message.isEmpty() ? fd::deploy::instanceStateName(status.state) : status.message;
    if (m_watch->listed())
        text = tr("%1 of %2 replicas ready — %3").arg(status.ready).arg(status.desired).arg(text);
    if (!status.latestEvent.isEmpty())
        text += QLatin1Char('\n') + tr("Latest event: %1").arg(status.latestEvent);
    m_status->setText(text);
    const auto* runtime = m_service.catalog().runtime(m_record.runtimeId);
    const QList<QUrl> endpoints = m_watch->endpoints();
    m_endpoints->setPlainText(curlExamples(runtime, m_record.model, endpoints));
    const QString typed = m_promptEndpoint->currentText();
    QStringList known;
    for (const QUrl& u : endpoints)
        known << u.toString();
    QStringList items;
    for (int i = 0; i < m_promptEndpoint->count(); ++i)
        items << m_promptEndpoint->itemText(i);
    if (items != known) {
        m_promptEndpoint->clear();
        m_promptEndpoint->addItems(known);
        if (!typed.isEmpty())
            m_promptEndpoint->setEditText(typed);
    }
}

void DeploymentDetailDialog::followLog() {
    delete m_follower;
    m_logStream->clear();
    const QString pod = m_logPod->currentText();
    if (pod.isEmpty()) {
        m_log->setPlainText(tr("No pod to follow yet."));
        return;
    }
    m_follower = new fd::deploy::PodLogFollower(m_service.connections(), m_clusterId,
                                                m_record.namespaceName, pod, {}, 500, this);
    connect(m_follower, &fd::deploy::PodLogFollower::text, m_logStream, &StreamingText::append);
    connect(m_follower, &fd::deploy::PodLogFollower::finished, this, [this](const QString& error) {
        m_logStream->flush();
        m_log->appendPlainText(error.isEmpty() ? tr("— the log stream ended —") : error);
    });
}

void DeploymentDetailDialog::sendPrompt() {
    const QString text = m_promptInput->text().trimmed();
    if (text.isEmpty() || m_promptId || !m_http)
        return;
    const auto* runtime = m_service.catalog().runtime(m_record.runtimeId);
    if (!runtime) {
        m_stats->setText(tr("The runtime %1 is not in the catalog.").arg(m_record.runtimeId));
        return;
    }
    if (!m_chat)
        m_chat = std::make_unique<fd::deploy::ChatClient>(*m_http);
    fd::deploy::ChatEndpoint endpoint;
    endpoint.baseUrl = QUrl(m_promptEndpoint->currentText().trimmed());
    endpoint.api = runtime->api;
    endpoint.chatPath = runtime->chatPath;
    fd::deploy::ChatRequest request;
    request.api = runtime->api;
    request.model = m_record.model;
    request.messages = {{QStringLiteral("user"), text}};
    if (auto manifest = fd::deploy::buildManifest(m_record.spec, *runtime))
        request.options = manifest->requestOptions;
    m_answerStream->clear();
    m_answerStats = {};
    m_stats->setText(tr("Waiting for the first token…"));
    m_send->setEnabled(false);
    m_cancel->setEnabled(true);
    m_promptId = m_chat->send(
        endpoint, request, {}, this,
        [this](const QString& piece, const fd::deploy::ChatStats& s) {
            m_answerStats = s;
            m_answerStream->append(piece);
        },
        [this](fd::deploy::ChatOutcome outcome) {
            m_answerStream->flush();
            m_promptId = 0;
            m_send->setEnabled(true);
            m_cancel->setEnabled(false);
            QString stats = tr("Time to first token %1 ms · %2 tokens · %3 tokens/s")
                                .arg(outcome.stats.ttftMs, 0, 'f', 0)
                                .arg(outcome.stats.tokens)
                                .arg(outcome.stats.tokensPerSecond, 0, 'f', 1);
            if (!outcome.ok())
                stats = outcome.message + QLatin1Char('\n') + stats;
            m_stats->setText(stats);
            Q_EMIT promptFinished(outcome.ok());
        });
}

void DeploymentDetailDialog::cancelPrompt() {
    if (m_chat && m_promptId)
        m_chat->cancel(m_promptId);
}

} // namespace fd::widgets
