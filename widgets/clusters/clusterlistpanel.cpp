#include "clusterlistpanel.h"

#include "common/handoff.h"

#include "clusterfilterproxy.h"
#include "clustergroupmodel.h"
#include "clusterlistmodel.h"
#include "registry/clusterregistry.h"
#include "vault/vaultgate.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcClusterList, "fd.widgets.clusters")

namespace fd::widgets {

using fd::registry::ClusterId;

namespace {
enum StateIndex { LoadingState, ErrorState, ListState };
} // namespace

ClusterListPanel::ClusterListPanel(fd::registry::ClusterCatalog* catalog,
                                   fd::registry::ClusterRegistry* registry, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_registry(registry)
    , m_model(new ClusterListModel(catalog, this))
    , m_proxy(new ClusterFilterProxy(this))
    , m_groupModel(new ClusterGroupModel(this))
    , m_import(new QPushButton)
    , m_test(new QPushButton)
    , m_remove(new QPushButton)
    , m_join(new QPushButton)
    , m_controlPlane(new QPushButton)
    , m_search(new QLineEdit)
    , m_group(new QCheckBox)
    , m_activity(new QLabel)
    , m_states(new QStackedWidget)
    , m_loading(new QLabel)
    , m_error(new QLabel)
    , m_retry(new QPushButton)
    , m_view(new QTreeView) {
    setObjectName(QStringLiteral("clusterListPanel"));
    m_proxy->setSourceModel(m_model);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setProperty("primary", true);
    m_test->setObjectName(QStringLiteral("testButton"));
    m_remove->setObjectName(QStringLiteral("removeButton"));
    m_join->setObjectName(QStringLiteral("joinButton"));
    m_controlPlane->setObjectName(QStringLiteral("controlPlaneButton"));
    m_search->setObjectName(QStringLiteral("clusterSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_group->setObjectName(QStringLiteral("groupByDataCenter"));
    m_activity->setObjectName(QStringLiteral("hint"));

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    for (QPushButton* b : {m_import, m_test, m_remove, m_join, m_controlPlane})
        toolbar->addWidget(b);
    toolbar->addStretch(1);
    toolbar->addWidget(m_activity);
    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_group);

    m_view->setObjectName(QStringLiteral("clusterView"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // 2,000 rows stay cheap to lay out
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(ClusterListModel::Name, Qt::AscendingOrder);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ClusterListModel::Gpus, QHeaderView::Stretch);
    m_view->setColumnWidth(ClusterListModel::Status, 150); // room for the group indent
    m_view->setColumnWidth(ClusterListModel::Name, 180);
    m_view->setColumnWidth(ClusterListModel::DataCenter, 120);
    m_view->setColumnWidth(ClusterListModel::Zone, 60);
    m_view->setColumnWidth(ClusterListModel::Version, 80);
    m_view->setColumnWidth(ClusterListModel::Nodes, 100);
    m_view->setColumnWidth(ClusterListModel::LastCheck, 150);

    m_loading->setAlignment(Qt::AlignCenter);
    m_loading->setObjectName(QStringLiteral("emptyStateDescription"));
    auto* errorPage = new QWidget;
    auto* errorLayout = new QVBoxLayout(errorPage);
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setObjectName(QStringLiteral("clusterListError"));
    m_retry->setObjectName(QStringLiteral("retryButton"));
    errorLayout->addStretch(1);
    errorLayout->addWidget(m_error);
    errorLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    errorLayout->addStretch(2);
    m_states->insertWidget(LoadingState, m_loading);
    m_states->insertWidget(ErrorState, errorPage);
    m_states->insertWidget(ListState, m_view);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(toolbar);
    layout->addLayout(filterRow);
    layout->addWidget(m_states, 1);

    connect(m_import, &QPushButton::clicked, this, &ClusterListPanel::importRequested);
    connect(m_test, &QPushButton::clicked, this, &ClusterListPanel::testSelected);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const auto ids = selectedIds(); ids.size() == 1)
            Q_EMIT removeRequested(ids.first());
    });
    // One button for the membership: "Join to Karmada…" for a cluster that is not a member,
    // "Unjoin…" for one that is (the toolbar stays narrow enough for a 960 px wide window).
    connect(m_join, &QPushButton::clicked, this, [this] {
        const auto ids = selectedIds();
        if (ids.size() != 1)
            return;
        const auto record = m_catalog ? m_catalog->cluster(ids.first()) : std::nullopt;
        if (record && record->joined)
            Q_EMIT unjoinRequested(ids.first());
        else
            Q_EMIT joinRequested(ids.first());
    });
    connect(m_controlPlane, &QPushButton::clicked, this, &ClusterListPanel::toggleControlPlane);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &ClusterFilterProxy::setSearchText);
    connect(m_group, &QCheckBox::toggled, this, &ClusterListPanel::setGrouped);
    connect(m_retry, &QPushButton::clicked, this, &ClusterListPanel::reload);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex& index) {
        if (const ClusterId id = idAt(index))
            Q_EMIT detailRequested(id);
    });
    connect(m_groupModel, &QAbstractItemModel::modelReset, this, [this] {
        if (m_view->model() != m_groupModel)
            return;
        for (int row = 0; row < m_groupModel->rowCount(); ++row)
            m_view->setFirstColumnSpanned(row, {}, true);
        m_view->expandAll();
    });
    const auto countChange = [this] {
        updateActions();
        Q_EMIT countChanged();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, countChange);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, countChange);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ClusterListPanel::updateActions);

    retranslate();
    updateActions();
    m_states->setCurrentIndex(LoadingState);
}

void ClusterListPanel::reload() {
    m_loaded = false;
    m_states->setCurrentIndex(LoadingState);
    if (!m_catalog) {
        m_error->setText(tr("The cluster registry is not available."));
        m_states->setCurrentIndex(ErrorState);
        return;
    }
    // The store is read on its reader thread; "Loading…" shows until the answer is in.
    if (m_registry)
        m_registry->load(this, [this](const fd::Status& status) { showLoaded(status); });
    else
        fd::post(this, [this] { showLoaded(fd::Status()); });
}

void ClusterListPanel::showLoaded(const fd::Status& status) {
    if (!status) {
        qCWarning(lcClusterList) << "loading the registry failed:" << status.error().message;
        m_error->setText(tr("The cluster list could not be read: %1").arg(status.error().message));
        m_states->setCurrentIndex(ErrorState);
        return;
    }
    m_model->syncRecords();
    m_loaded = true;
    m_states->setCurrentIndex(ListState);
    updateActions();
    Q_EMIT countChanged();
}

bool ClusterListPanel::isEmpty() const {
    return m_model->rowCount() == 0;
}

ClusterId ClusterListPanel::idAt(const QModelIndex& viewIndex) const {
    if (!viewIndex.isValid())
        return 0;
    return viewIndex.sibling(viewIndex.row(), 0).data(ClusterListModel::IdRole).toLongLong();
}

QList<ClusterId> ClusterListPanel::selectedIds() const {
    QList<ClusterId> ids;
    if (!m_view->selectionModel())
        return ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        if (const ClusterId id = idAt(index))
            ids << id;
    return ids;
}

QModelIndex ClusterListPanel::viewIndexOf(ClusterId id) const {
    const int row = m_model->rowOf(id);
    if (row < 0)
        return {};
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    if (m_view->model() == m_proxy)
        return proxyIndex;
    for (int g = 0; g < m_groupModel->rowCount(); ++g) {
        const QModelIndex group = m_groupModel->index(g, 0);
        for (int c = 0; c < m_groupModel->rowCount(group); ++c) {
            const QModelIndex child = m_groupModel->index(c, 0, group);
            if (m_groupModel->mapToSource(child) == proxyIndex)
                return child;
        }
    }
    return {};
}

void ClusterListPanel::selectCluster(ClusterId id) {
    const QModelIndex index = viewIndexOf(id);
    if (!index.isValid())
        return;
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void ClusterListPanel::setGrouped(bool grouped) {
    const QList<ClusterId> keep = selectedIds();
    if (grouped) {
        m_groupModel->setSourceModel(m_proxy);
        m_view->setModel(m_groupModel);
        m_view->setRootIsDecorated(true);
        for (int row = 0; row < m_groupModel->rowCount(); ++row)
            m_view->setFirstColumnSpanned(row, {}, true);
        m_view->expandAll();
    } else {
        m_view->setModel(m_proxy);
        m_view->setRootIsDecorated(false);
        m_groupModel->setSourceModel(nullptr);
    }
    m_view->header()->setSortIndicator(m_proxy->sortColumn(), m_proxy->sortOrder());
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClusterListPanel::updateActions, Qt::UniqueConnection);
    if (keep.size() == 1)
        selectCluster(keep.first());
    updateActions();
}

void ClusterListPanel::updateActions() {
    if (m_view->selectionModel())
        connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &ClusterListPanel::updateActions, Qt::UniqueConnection);
    const QList<ClusterId> ids = selectedIds();
    const bool one = ids.size() == 1;
    std::optional<fd::registry::ClusterRecord> record;
    if (one && m_catalog)
        record = m_catalog->cluster(ids.first());
    using fd::registry::KarmadaRole;
    const bool isControlPlane = record && record->karmadaRole == KarmadaRole::ControlPlane;
    // Remove, join and unjoin are requests the page answers with a dialog; testing and marking
    // a control plane are done here and need the registry.
    const bool acts = m_registry;
    m_test->setEnabled(acts && !ids.isEmpty() && m_testsRunning == 0);
    m_remove->setEnabled(one);
    const bool joined = record && record->joined;
    m_join->setText(joined ? tr("Unjoin…") : tr("Join to Karmada…"));
    m_join->setEnabled(one && record && (joined || !isControlPlane));
    m_controlPlane->setEnabled(acts && one && record && !record->joined);
    m_controlPlane->setText(isControlPlane ? tr("Unmark control plane")
                                           : tr("Mark as control plane"));
}

void ClusterListPanel::testSelected() {
    if (!m_registry)
        return;
    const QList<ClusterId> ids = selectedIds();
    if (!m_vault) {
        startTests(ids);
        return;
    }
    m_vault->requestUnlocked(this, this, [this, ids](bool unlocked) {
        if (unlocked)
            startTests(ids);
    });
}

void ClusterListPanel::startTests(const QList<ClusterId>& ids) {
    if (!m_registry)
        return;
    m_testsRunning += int(ids.size());
    m_activity->setText(tr("Testing %n cluster(s)…", nullptr, m_testsRunning));
    updateActions();
    for (ClusterId id : ids) {
        // Results reach the rows through healthChanged; this only tracks the activity text.
        m_registry->testCluster(id, this, [this](const fd::registry::ConnectionReport&) {
            m_testsRunning = qMax(0, m_testsRunning - 1);
            m_activity->setText(m_testsRunning > 0
                                    ? tr("Testing %n cluster(s)…", nullptr, m_testsRunning)
                                    : QString());
            updateActions();
        });
    }
}

void ClusterListPanel::toggleControlPlane() {
    const QList<ClusterId> ids = selectedIds();
    if (ids.size() != 1 || !m_registry)
        return;
    const auto record = m_registry->cluster(ids.first());
    if (!record)
        return;
    const bool mark = record->karmadaRole != fd::registry::KarmadaRole::ControlPlane;
    m_registry->setControlPlane(ids.first(), mark, this, [this](const fd::Status& status) {
        m_activity->setText(status ? QString() : status.error().message);
        updateActions();
    });
}

void ClusterListPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ClusterListPanel::retranslate() {
    m_import->setText(tr("Import…"));
    m_test->setText(tr("Test selected"));
    m_remove->setText(tr("Remove…"));
    m_search->setPlaceholderText(tr("Search by name, data center, server, version or GPU"));
    m_group->setText(tr("Group by data center"));
    m_loading->setText(tr("Loading clusters…"));
    m_retry->setText(tr("Retry"));
    updateActions();
}

void ClusterListPanel::setVaultGate(VaultGate* gate) {
    m_vault = gate;
}

} // namespace fd::widgets
