#include "vcenter/vcenterpage.h"

#include "common/emptystate.h"
#include "store/store.h"
#include "vcenter/addvcenterdialog.h"
#include "vcenter/clonedialog.h"
#include "vcenter/scalegroupdialog.h"
#include "vcenter/vmfilterproxy.h"
#include "vcenter/vmtablemodel.h"
#include "vsphere/inventorywatch.h"
#include "vsphere/vcenteractions.h"
#include "vsphere/vcenterservice.h"
#include "vsphere/vsphererepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcVcenterPage, "fd.widgets.vcenter")

namespace fd::widgets {

using namespace fd::vsphere;

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& objectName) {
    auto* t = new QTableView;
    t->setObjectName(objectName);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    t->setSortingEnabled(true);
    // Small tables (templates, hosts, datastores, groups): columns follow their contents, also
    // when they are filled while their tab is hidden.
    const auto fit = [t] { QTimer::singleShot(0, t, [t] { t->resizeColumnsToContents(); }); };
    QObject::connect(model, &QAbstractItemModel::rowsInserted, t, fit);
    QObject::connect(model, &QAbstractItemModel::modelReset, t, fit);
    QObject::connect(model, &QAbstractItemModel::dataChanged, t, fit);
    return t;
}

QStandardItem* item(const QString& text, const QVariant& sortValue = {}) {
    auto* i = new QStandardItem(text);
    i->setEditable(false);
    if (sortValue.isValid())
        i->setData(sortValue, Qt::UserRole);
    return i;
}

QString gib(qint64 bytes) {
    return VCenterPage::tr("%1 GB").arg(
        QLocale().toString(double(bytes) / (1024.0 * 1024 * 1024), 'f', 1));
}

} // namespace

VCenterPage::VCenterPage(const AppServices& services, QWidget* parent)
    : Page(services, parent)
    , m_service(services.vcenter)
    , m_stack(new QStackedWidget)
    , m_empty(new EmptyState(icon()))
    , m_content(new QWidget)
    , m_connection(new QComboBox)
    , m_add(new QPushButton)
    , m_remove(new QPushButton)
    , m_status(new QLabel)
    , m_trust(new QPushButton)
    , m_tabs(new QTabWidget)
    , m_vmModel(new VmTableModel(this))
    , m_vmProxy(new VmFilterProxy(this))
    , m_taskBar(new QWidget)
    , m_taskLabel(new QLabel)
    , m_taskProgress(new QProgressBar)
    , m_cancel(new QPushButton) {
    m_vmProxy->setSourceModel(m_vmModel);
    m_connection->setObjectName(QStringLiteral("vcenterConnection"));
    m_add->setObjectName(QStringLiteral("vcenterAdd"));
    m_remove->setObjectName(QStringLiteral("vcenterRemove"));
    m_status->setObjectName(QStringLiteral("vcenterStatus"));
    m_trust->setObjectName(QStringLiteral("vcenterTrust"));
    m_tabs->setObjectName(QStringLiteral("vcenterTabs"));
    m_cancel->setObjectName(QStringLiteral("vcenterCancelTask"));
    m_taskProgress->setObjectName(QStringLiteral("vcenterTaskProgress"));
    m_taskLabel->setObjectName(QStringLiteral("vcenterTaskLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_trust->hide();
    m_connection->setMinimumContentsLength(16);

    auto* top = new QHBoxLayout;
    top->addWidget(m_connection);
    top->addWidget(m_add);
    top->addWidget(m_remove);
    top->addWidget(m_status, 1);
    top->addWidget(m_trust);

    m_tabs->addTab(buildVmTab(), QString());
    m_tabs->addTab(buildTemplatesTab(), QString());
    m_tabs->addTab(buildHostsTab(), QString());
    m_tabs->addTab(buildDatastoresTab(), QString());
    m_tabs->addTab(buildScaleTab(), QString());

    auto* taskLayout = new QHBoxLayout(m_taskBar);
    taskLayout->setContentsMargins(0, 0, 0, 0);
    taskLayout->addWidget(m_taskLabel, 1);
    taskLayout->addWidget(m_taskProgress);
    taskLayout->addWidget(m_cancel);
    m_taskProgress->setRange(0, 100);
    m_taskBar->hide();

    auto* contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(24, 12, 24, 12);
    contentLayout->addLayout(top);
    contentLayout->addWidget(m_tabs, 1);
    contentLayout->addWidget(m_taskBar);

    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    const auto addConnection = [this] {
        auto* dialog = new AddVcenterDialog(m_service, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            const QString name = dialog->addedName();
            reloadConnections();
            m_connection->setCurrentIndex(m_connection->findText(name));
        });
        dialog->open();
    };
    connect(m_empty, &EmptyState::actionTriggered, this, addConnection);
    connect(m_add, &QPushButton::clicked, this, addConnection);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const QString name = m_connectionName;
        if (name.isEmpty())
            return;
        confirm(tr("Remove vCenter connection"),
                tr("Remove the connection \"%1\"? Its password, template notes and scale groups "
                   "are deleted from this computer; nothing changes in the vCenter.")
                    .arg(name),
                [this, name] {
                    m_service->remove(name, this, [this](fd::Status st) {
                        if (!st)
                            m_status->setText(st.error().message);
                        reloadConnections();
                    });
                });
    });
    connect(m_connection, &QComboBox::currentTextChanged, this, &VCenterPage::connectTo);
    // Scale groups may be added by the CLI meanwhile: read them again when the tab is shown.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 4)
            refreshGroups();
        // Hidden tables were sized without their fonts' final metrics: size them when shown.
        for (auto* t : m_tabs->widget(index)->findChildren<QTableView*>())
            if (t != m_vmTable)
                t->resizeColumnsToContents();
    });
    connect(m_trust, &QPushButton::clicked, this, [this] {
        const QString name = m_connectionName;
        const QString sha = m_pendingTrustSha256;
        confirm(tr("Trust this certificate"),
                tr("Trust the certificate with the SHA-256 fingerprint %1 for \"%2\"? Compare "
                   "it with the fingerprint your vCenter administrator gives you first.")
                    .arg(sha, name),
                [this, name, sha] {
                    m_service->trustCertificate(name, sha, this, [this, name](fd::Status st) {
                        if (!st) {
                            m_status->setText(st.error().message);
                            return;
                        }
                        m_trust->hide();
                        connectTo(name);
                    });
                });
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_client && !m_runningTask.isNull())
            m_client->cancelTask(m_runningTask, this, [](VsphereResult<bool>) {});
        m_cancel->setEnabled(false);
    });
    if (m_service)
        connect(m_service, &VcenterService::clientsReset, this, [this] {
            // The vault locked: the client and its watch are gone; show it and wait.
            stopWatch();
            m_client = nullptr;
            m_status->setText(tr("The vault is locked; unlock it to see the vCenter again."));
        });

    if (m_service)
        connect(m_service, &VcenterService::connectionsChanged, this,
                &VCenterPage::reloadConnections);

    retranslate();
    reloadConnections();
}

VCenterPage::~VCenterPage() {
    stopWatch();
}

QString VCenterPage::displayTitle() {
    return tr("vCenter");
}

QWidget* VCenterPage::buildVmTab() {
    auto* w = new QWidget;
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("vmSearch"));
    m_search->setClearButtonEnabled(true);
    m_powerFilter = new QComboBox;
    m_powerFilter->setObjectName(QStringLiteral("vmPowerFilter"));
    m_datacenterFilter = new QComboBox;
    m_datacenterFilter->setObjectName(QStringLiteral("vmDatacenterFilter"));
    m_clusterFilter = new QComboBox;
    m_clusterFilter->setObjectName(QStringLiteral("vmClusterFilter"));
    m_hostFilter = new QComboBox;
    m_hostFilter->setObjectName(QStringLiteral("vmHostFilter"));
    m_folderFilter = new QComboBox;
    m_folderFilter->setObjectName(QStringLiteral("vmFolderFilter"));
    m_showVcls = new QCheckBox;
    m_showVcls->setObjectName(QStringLiteral("vmShowVcls"));
    m_vmTable = new QTableView;
    m_vmTable->setObjectName(QStringLiteral("vmTable"));
    m_vmTable->setModel(m_vmProxy);
    m_vmTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_vmTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_vmTable->setAlternatingRowColors(true);
    m_vmTable->verticalHeader()->hide();
    m_vmTable->horizontalHeader()->setStretchLastSection(true);
    m_vmTable->setWordWrap(false);
    m_vmTable->setSortingEnabled(true);
    m_vmTable->sortByColumn(VmTableModel::NameColumn, Qt::AscendingOrder);
    m_vmTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Thousands of rows: sized once per full update, not on every change.
    m_vmTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_powerOn = new QPushButton;
    m_powerOn->setObjectName(QStringLiteral("vmPowerOn"));
    m_powerOff = new QPushButton;
    m_powerOff->setObjectName(QStringLiteral("vmPowerOff"));
    m_reset = new QPushButton;
    m_reset->setObjectName(QStringLiteral("vmReset"));
    m_shutdown = new QPushButton;
    m_shutdown->setObjectName(QStringLiteral("vmShutdown"));
    m_destroy = new QPushButton;
    m_destroy->setObjectName(QStringLiteral("vmDestroy"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    for (QComboBox* c :
         {m_powerFilter, m_datacenterFilter, m_clusterFilter, m_hostFilter, m_folderFilter}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(c, 1);
    }
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {m_powerOn, m_powerOff, m_reset, m_shutdown, m_destroy})
        actions->addWidget(b);
    actions->addStretch();
    // Under the table, not in the filter row: that row set the window's minimum width, and a
    // 960 px wide window (1920x1080 at 200 %) must fit.
    actions->addWidget(m_showVcls);
    auto* layout = new QVBoxLayout(w);
    layout->addLayout(filters);
    layout->addWidget(m_vmTable, 1);
    layout->addLayout(actions);

    connect(m_search, &QLineEdit::textChanged, m_vmProxy, &VmFilterProxy::setSearchText);
    connect(m_showVcls, &QCheckBox::toggled, m_vmProxy, &VmFilterProxy::setShowVcls);
    const auto bindFilter = [this](QComboBox* combo, VmFilterProxy::Filter f) {
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this, combo, f] { m_vmProxy->setFilter(f, combo->currentData().toString()); });
    };
    bindFilter(m_powerFilter, VmFilterProxy::Filter::Power);
    bindFilter(m_datacenterFilter, VmFilterProxy::Filter::Datacenter);
    bindFilter(m_clusterFilter, VmFilterProxy::Filter::Cluster);
    bindFilter(m_hostFilter, VmFilterProxy::Filter::Host);
    bindFilter(m_folderFilter, VmFilterProxy::Filter::Folder);
    connect(m_vmTable, &QTableView::clicked, this, &VCenterPage::ipClicked);
    connect(m_powerOn, &QPushButton::clicked, this,
            [this] { power(PowerAction::On, tr("Power on")); });
    connect(m_powerOff, &QPushButton::clicked, this,
            [this] { power(PowerAction::Off, tr("Power off")); });
    connect(m_reset, &QPushButton::clicked, this,
            [this] { power(PowerAction::Reset, tr("Reset")); });
    connect(m_shutdown, &QPushButton::clicked, this, &VCenterPage::shutdownGuest);
    connect(m_destroy, &QPushButton::clicked, this, &VCenterPage::destroySelected);
    return w;
}

QWidget* VCenterPage::buildTemplatesTab() {
    auto* w = new QWidget;
    m_templateModel = new QStandardItemModel(this);
    m_templateTable = makeTable(m_templateModel, QStringLiteral("templateTable"));
    m_clone = new QPushButton;
    m_clone->setObjectName(QStringLiteral("templateClone"));
    m_editNotes = new QPushButton;
    m_editNotes->setObjectName(QStringLiteral("templateNotes"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_clone);
    actions->addWidget(m_editNotes);
    actions->addStretch();
    auto* layout = new QVBoxLayout(w);
    layout->addWidget(m_templateTable, 1);
    layout->addLayout(actions);
    connect(m_clone, &QPushButton::clicked, this, &VCenterPage::cloneSelectedTemplate);
    connect(m_editNotes, &QPushButton::clicked, this, &VCenterPage::editTemplateNotes);
    return w;
}

QWidget* VCenterPage::buildHostsTab() {
    m_hostModel = new QStandardItemModel(this);
    auto* w = new QWidget;
    auto* layout = new QVBoxLayout(w);
    layout->addWidget(makeTable(m_hostModel, QStringLiteral("hostTable")));
    return w;
}

QWidget* VCenterPage::buildDatastoresTab() {
    m_datastoreModel = new QStandardItemModel(this);
    auto* w = new QWidget;
    auto* layout = new QVBoxLayout(w);
    layout->addWidget(makeTable(m_datastoreModel, QStringLiteral("datastoreTable")));
    return w;
}

QWidget* VCenterPage::buildScaleTab() {
    m_groupModel = new QStandardItemModel(this);
    m_eventModel = new QStandardItemModel(this);
    m_groupTable = makeTable(m_groupModel, QStringLiteral("scaleGroupTable"));
    m_groupTable->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* events = makeTable(m_eventModel, QStringLiteral("scaleEventTable"));
    m_scaleCount = new QSpinBox;
    m_scaleCount->setObjectName(QStringLiteral("scaleCount"));
    m_scaleCount->setRange(1, 100);
    m_scaleOut = new QPushButton;
    m_scaleOut->setObjectName(QStringLiteral("scaleOut"));
    m_scaleIn = new QPushButton;
    m_scaleIn->setObjectName(QStringLiteral("scaleIn"));
    m_newGroup = new QPushButton;
    m_newGroup->setObjectName(QStringLiteral("scaleNewGroup"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_newGroup);
    actions->addWidget(m_scaleCount);
    actions->addWidget(m_scaleOut);
    actions->addWidget(m_scaleIn);
    actions->addStretch();
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_groupTable);
    split->addWidget(events);
    auto* w = new QWidget;
    auto* layout = new QVBoxLayout(w);
    layout->addWidget(split, 1);
    layout->addLayout(actions);
    connect(m_groupTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &VCenterPage::refreshEvents);
    connect(m_scaleOut, &QPushButton::clicked, this, [this] { scale(true); });
    connect(m_scaleIn, &QPushButton::clicked, this, [this] { scale(false); });
    connect(m_newGroup, &QPushButton::clicked, this, &VCenterPage::newScaleGroup);
    return w;
}

void VCenterPage::retranslate() {
    m_empty->setTitle(tr("No vCenter connection"));
    m_empty->setDescription(
        tr("Connect a VMware vCenter to browse virtual machines, templates, hosts and "
           "datastores, and to power or clone VMs."));
    m_empty->setActionText(tr("Add vCenter connection"));
    updateEmptyState();
    m_add->setText(tr("Add vCenter…"));
    m_remove->setText(tr("Remove…"));
    m_trust->setText(tr("Trust this certificate…"));
    m_cancel->setText(tr("Cancel task"));
    m_tabs->setTabText(0, tr("VMs"));
    m_tabs->setTabText(1, tr("Templates"));
    m_tabs->setTabText(2, tr("Hosts"));
    m_tabs->setTabText(3, tr("Datastores"));
    m_tabs->setTabText(4, tr("Scale groups"));
    m_search->setPlaceholderText(tr("Search name, IP, host, folder…"));
    m_showVcls->setText(tr("Show vCLS agent VMs"));
    m_powerOn->setText(tr("Power on"));
    m_powerOff->setText(tr("Power off"));
    m_reset->setText(tr("Reset"));
    m_shutdown->setText(tr("Shut down guest"));
    m_destroy->setText(tr("Destroy…"));
    m_clone->setText(tr("Clone…"));
    m_editNotes->setText(tr("Edit notes…"));
    m_scaleOut->setText(tr("Scale out…"));
    m_scaleIn->setText(tr("Scale in…"));
    m_newGroup->setText(tr("New group…"));
    m_templateModel->setHorizontalHeaderLabels({tr("Name"), tr("Source"), tr("Guest OS"),
                                                tr("Location"), tr("Purpose"), tr("Owner"),
                                                tr("Default IP pool")});
    m_hostModel->setHorizontalHeaderLabels({tr("Name"), tr("Cluster"), tr("Datacenter"),
                                            tr("Connection"), tr("Power"), tr("Maintenance"),
                                            tr("CPU cores"), tr("Memory"), tr("Product")});
    m_datastoreModel->setHorizontalHeaderLabels({tr("Name"), tr("Datacenter"), tr("Type"),
                                                 tr("Capacity"), tr("Free"), tr("Free %"),
                                                 tr("Accessible")});
    m_groupModel->setHorizontalHeaderLabels(
        {tr("Group"), tr("Template"), tr("Name pattern"), tr("IP pool"), tr("Placement")});
    m_eventModel->setHorizontalHeaderLabels({tr("Time"), tr("Direction"), tr("Requested"),
                                             tr("Done"), tr("Result"), tr("VMs"), tr("Message")});
    refreshFilters();
}

void VCenterPage::updateEmptyState() {
    if (!m_service)
        m_empty->setUnavailableNote(tr("The local store or the secret store is not available; "
                                       "see Settings."));
    else if (!m_service->isLoaded())
        m_empty->setUnavailableNote(tr("Reading the saved vCenter connections…"));
    else if (!m_service->loadError().isEmpty())
        m_empty->setUnavailableNote(
            tr("The saved vCenter connections could not be read: %1").arg(m_service->loadError()));
    else
        m_empty->setUnavailableNote(QString());
}

void VCenterPage::reloadConnections() {
    updateEmptyState();
    const QString current = m_connectionName;
    QSignalBlocker block(m_connection);
    m_connection->clear();
    if (m_service)
        for (const auto& row : m_service->connections())
            m_connection->addItem(row.name);
    const bool any = m_connection->count() > 0;
    m_stack->setCurrentWidget(any ? m_content : static_cast<QWidget*>(m_empty));
    const int keep = m_connection->findText(current);
    m_connection->setCurrentIndex(keep >= 0 ? keep : (any ? 0 : -1));
    block.unblock();
    if (m_connection->currentText() != current || !m_watch)
        connectTo(m_connection->currentText());
}

void VCenterPage::stopWatch() {
    if (m_watch)
        m_watch->stop();
    m_watch = nullptr;
}

void VCenterPage::connectTo(const QString& name) {
    stopWatch();
    m_connectionName = name;
    m_client = nullptr;
    m_inventory = Inventory();
    m_library.clear();
    m_vmModel->clear();
    m_trust->hide();
    m_notes.clear();
    m_groups.clear();
    m_groupModel->removeRows(0, m_groupModel->rowCount());
    m_eventsGroupId = 0;
    m_eventModel->removeRows(0, m_eventModel->rowCount());
    refreshFilters();
    refreshTemplates();
    refreshHosts();
    refreshDatastores();
    loadNotes();
    refreshGroups();
    if (name.isEmpty() || !m_service)
        return;
    m_status->setText(tr("Connecting to %1…").arg(name));
    m_status->setStyleSheet(QString());
    m_service->client(name, this, [this, name](VsphereResult<VsphereClient*> r) {
        if (name != m_connectionName)
            return;
        if (!r) {
            showError(r.error());
            return;
        }
        m_client = *r;
        WatchHandlers handlers;
        handlers.onUpdate = [this](const InventoryUpdate& u) { applyUpdate(u); };
        handlers.onError = [this](const VsphereError& e, bool) { showError(e); };
        m_watch = m_client->watch(this, std::move(handlers));
        m_client->libraryTemplates(this, [this, name](VsphereResult<QList<LibraryTemplate>> l) {
            if (name != m_connectionName || !l)
                return;
            m_library = *l;
            refreshTemplates();
        });
    });
}

void VCenterPage::forgetVms(const QList<MoRef>& refs) {
    // A destroy the server confirmed takes its VMs out of the tables at once, through the same
    // path as the update stream's "leave" (which, arriving later, then changes nothing).
    if (refs.isEmpty())
        return;
    InventoryUpdate u;
    u.removed = refs;
    applyUpdate(u);
}

void VCenterPage::showError(const VsphereError& e) {
    m_status->setText(e.message);
    m_status->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_pendingTrustSha256 = e.peerCertSha256;
    m_trust->setVisible(!e.peerCertSha256.isEmpty());
}

void VCenterPage::applyUpdate(const InventoryUpdate& u) {
    ++m_updates;
    m_vmModel->apply(u);
    if (u.full) {
        m_vmTable->resizeColumnsToContents();
        m_inventory = u.inventory;
    } else {
        for (const MoRef& ref : u.removed) {
            m_inventory.vms.remove(ref);
            m_inventory.hosts.remove(ref);
            m_inventory.datastores.remove(ref);
        }
        for (const VirtualMachine& vm : u.vms)
            m_inventory.vms.insert(vm.ref, vm);
        for (const HostSystem& h : u.hosts)
            m_inventory.hosts.insert(h.ref, h);
        for (const Datastore& d : u.datastores)
            m_inventory.datastores.insert(d.ref, d);
    }
    int vms = 0;
    for (const VirtualMachine& vm : m_inventory.vms)
        vms += vm.isTemplate ? 0 : 1;
    m_status->setStyleSheet(QString());
    m_status->setText(tr("%1: %2 VMs, %3 hosts, %4 datastores; live.")
                          .arg(m_connectionName)
                          .arg(vms)
                          .arg(m_inventory.hosts.size())
                          .arg(m_inventory.datastores.size()));
    if (u.full || !u.hosts.isEmpty() || !u.datastores.isEmpty() || !u.removed.isEmpty()) {
        refreshHosts();
        refreshDatastores();
    }
    refreshFilters();
    refreshTemplates();
}

void VCenterPage::refreshFilters() {
    struct Spec {
        QComboBox* combo;
        int column;
        QString any;
    };
    const Spec specs[] = {
        {m_powerFilter, VmTableModel::PowerColumn, tr("Any power state")},
        {m_datacenterFilter, VmTableModel::DatacenterColumn, tr("Any datacenter")},
        {m_clusterFilter, VmTableModel::ClusterColumn, tr("Any cluster")},
        {m_hostFilter, VmTableModel::HostColumn, tr("Any host")},
        {m_folderFilter, VmTableModel::FolderColumn, tr("Any folder")},
    };
    for (const Spec& s : specs) {
        QStringList values;
        for (int row = 0; row < m_vmModel->rowCount(); ++row) {
            const QString v = m_vmModel->index(row, s.column).data().toString();
            if (!v.isEmpty() && !values.contains(v))
                values << v;
        }
        values.sort(Qt::CaseInsensitive);
        const QString current = s.combo->currentData().toString();
        QStringList have;
        for (int i = 1; i < s.combo->count(); ++i)
            have << s.combo->itemData(i).toString();
        if (have == values && s.combo->count() > 0) {
            s.combo->setItemText(0, s.any);
            continue;
        }
        QSignalBlocker block(s.combo);
        s.combo->clear();
        s.combo->addItem(s.any, QString());
        for (const QString& v : values)
            s.combo->addItem(v, v);
        s.combo->setCurrentIndex(qMax(0, s.combo->findData(current)));
    }
}

qint64 VCenterPage::currentConnectionId() const {
    const auto row = m_service ? m_service->find(m_connectionName) : std::nullopt;
    return row ? row->id : 0;
}

void VCenterPage::loadNotes() {
    const qint64 id = currentConnectionId();
    if (!id || !services().store)
        return;
    const quint64 savesAtStart = m_noteSaves;
    services().store->readAsync<QList<repository::TemplateNote>>(
        [id](sqlite3* db) { return repository::loadTemplateNotes(db, id); }, this,
        [this, id, savesAtStart](fd::Result<QList<repository::TemplateNote>> r) {
            if (id != currentConnectionId())
                return; // another connection was chosen meanwhile
            // A note saved here meanwhile may be missing from this read: read again.
            if (m_noteSaves != savesAtStart) {
                loadNotes();
                return;
            }
            if (!r) {
                qCWarning(lcVcenterPage) << "reading template notes failed:" << r.error().message;
                m_status->setText(r.error().message);
                return;
            }
            m_notes.clear();
            for (const auto& n : *r)
                m_notes.insert(n.templateKey, n);
            refreshTemplates();
        });
}

void VCenterPage::refreshTemplates() {
    const QHash<QString, repository::TemplateNote>& notes = m_notes;
    const QString selected = m_templateTable->currentIndex().isValid()
                                 ? m_templateModel->item(m_templateTable->currentIndex().row(), 0)
                                       ->data(Qt::UserRole)
                                       .toString()
                                 : QString();
    m_templateModel->removeRows(0, m_templateModel->rowCount());
    const auto add = [&](const QString& key, const QString& name, const QString& source,
                         const QString& guest, const QString& where) {
        const auto n = notes.value(key);
        auto* first = item(name);
        first->setData(key, Qt::UserRole);
        first->setData(source == tr("VM template"), Qt::UserRole + 1);
        m_templateModel->appendRow({first, item(source), item(guest), item(where), item(n.purpose),
                                    item(n.owner), item(n.ipPool)});
    };
    for (const VirtualMachine& t : m_inventory.templates())
        add(QStringLiteral("vm:") + t.instanceUuid, t.name, tr("VM template"), t.guestFullName,
            t.folderPath);
    for (const LibraryTemplate& t : m_library)
        add(QStringLiteral("library:") + t.id, t.name, tr("Content library"), t.description,
            t.libraryName);
    for (int r = 0; r < m_templateModel->rowCount(); ++r)
        if (m_templateModel->item(r, 0)->data(Qt::UserRole).toString() == selected)
            m_templateTable->selectRow(r);
}

void VCenterPage::refreshHosts() {
    m_hostModel->removeRows(0, m_hostModel->rowCount());
    for (const HostSystem& h : m_inventory.hostList())
        m_hostModel->appendRow(
            {item(h.name), item(h.clusterName), item(h.datacenterName), item(h.connectionState),
             item(VmTableModel::powerText(h.powerState)),
             item(h.inMaintenanceMode ? tr("Yes") : tr("No")), item(QString::number(h.numCpuCores)),
             item(gib(h.memoryBytes)), item(h.productName)});
}

void VCenterPage::refreshDatastores() {
    m_datastoreModel->removeRows(0, m_datastoreModel->rowCount());
    for (const Datastore& d : m_inventory.datastoreList()) {
        const int pct = d.capacityBytes > 0 ? int(100 * d.freeBytes / d.capacityBytes) : 0;
        m_datastoreModel->appendRow({item(d.name), item(d.datacenterName), item(d.type),
                                     item(gib(d.capacityBytes)), item(gib(d.freeBytes)),
                                     item(QStringLiteral("%1 %").arg(pct)),
                                     item(d.accessible ? tr("Yes") : tr("No"))});
    }
}

void VCenterPage::refreshGroups(qint64 selectGroupId) {
    const qint64 id = currentConnectionId();
    if (!id || !services().store) {
        showGroups({}, 0);
        return;
    }
    services().store->readAsync<QList<ScaleGroup>>(
        [id](sqlite3* db) { return repository::loadScaleGroups(db, id); }, this,
        [this, id, selectGroupId](fd::Result<QList<ScaleGroup>> r) {
            if (id != currentConnectionId())
                return;
            if (!r) {
                qCWarning(lcVcenterPage) << "reading scale groups failed:" << r.error().message;
                m_status->setText(r.error().message);
                return;
            }
            showGroups(*r, selectGroupId);
        });
}

void VCenterPage::showGroups(const QList<ScaleGroup>& groups, qint64 selectGroupId) {
    // The user's selection survives a re-read (the tab shown again, a group added elsewhere).
    const int current = m_groupTable->currentIndex().row();
    if (!selectGroupId && current >= 0 && current < m_groups.size())
        selectGroupId = m_groups.at(current).id;
    m_groups = groups;
    m_groupModel->removeRows(0, m_groupModel->rowCount());
    for (const ScaleGroup& g : m_groups) {
        const QString pool = g.ipPool.isEmpty() ? tr("DHCP")
                                                : QStringLiteral("%1 – %2/%3")
                                                      .arg(g.ipPool.first, g.ipPool.last)
                                                      .arg(g.ipPool.prefixLength);
        QStringList where{g.placement.computeName, g.placement.datastoreName,
                          g.placement.folderPath};
        where.removeAll(QString());
        m_groupModel->appendRow({item(g.name), item(g.templateName), item(g.namePattern),
                                 item(pool), item(where.join(QStringLiteral(", ")))});
    }
    int select = m_groups.isEmpty() ? -1 : 0;
    for (int r = 0; r < m_groups.size(); ++r)
        if (m_groups.at(r).id == selectGroupId)
            select = r;
    if (select >= 0)
        m_groupTable->selectRow(select);
    refreshEvents();
}

void VCenterPage::refreshEvents() {
    const int r = m_groupTable->currentIndex().row();
    if (r < 0 || r >= m_groups.size() || !services().store) {
        m_eventsGroupId = 0;
        showEvents({});
        return;
    }
    const qint64 groupId = m_groups.at(r).id;
    // Another group's events go at once; the same group's stay until the new read is in.
    if (groupId != m_eventsGroupId) {
        m_eventsGroupId = groupId;
        showEvents({});
    }
    services().store->readAsync<QList<ScaleEvent>>(
        [groupId](sqlite3* db) { return repository::loadScaleEvents(db, groupId, 200); }, this,
        [this, groupId](fd::Result<QList<ScaleEvent>> events) {
            if (groupId != m_eventsGroupId)
                return;
            if (!events) {
                qCWarning(lcVcenterPage)
                    << "reading scale events failed:" << events.error().message;
                m_status->setText(events.error().message);
                return;
            }
            showEvents(*events);
        });
}

void VCenterPage::showEvents(const QList<ScaleEvent>& events) {
    m_eventModel->removeRows(0, m_eventModel->rowCount());
    for (const ScaleEvent& e : events) {
        const QString result = e.result == ScaleEvent::Result::Success   ? tr("Success")
                               : e.result == ScaleEvent::Result::Partial ? tr("Partial")
                               : e.result == ScaleEvent::Result::Failed  ? tr("Failed")
                                                                         : tr("Running");
        m_eventModel->appendRow(
            {item(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat)),
             item(e.direction == ScaleEvent::Direction::Out ? tr("Out") : tr("In")),
             item(QString::number(e.requested)), item(QString::number(e.done)), item(result),
             item(e.vms.join(QStringLiteral(", "))), item(e.message)});
    }
}

void VCenterPage::copyText(const QString& text) {
    QApplication::clipboard()->setText(text);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Copied %1").arg(text));
}

void VCenterPage::ipClicked(const QModelIndex& index) {
    if (index.column() != VmTableModel::IpColumn)
        return;
    const QStringList ips = index.data(VmTableModel::IpsRole).toStringList();
    if (ips.isEmpty())
        return;
    if (ips.size() == 1) {
        copyText(ips.first());
        return;
    }
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("vmIpMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (const QString& ip : ips)
        menu->addAction(tr("Copy %1").arg(ip), this, [this, ip] { copyText(ip); });
    menu->popup(m_vmTable->viewport()->mapToGlobal(m_vmTable->visualRect(index).bottomLeft()));
}

QList<VirtualMachine> VCenterPage::selectedVms() const {
    QList<VirtualMachine> out;
    for (const QModelIndex& i : m_vmTable->selectionModel()->selectedRows())
        out << i.data(VmTableModel::RawRole).value<VirtualMachine>();
    return out;
}

void VCenterPage::confirm(const QString& title, const QString& text, std::function<void()> yes) {
    auto* box = new QMessageBox(QMessageBox::Question, title, text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("vcenterConfirm"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, yes = std::move(yes)](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            yes();
    });
    box->open();
}

void VCenterPage::beginTask(const QString& text) {
    m_busy = true;
    m_runningTask = {};
    m_taskLabel->setText(text);
    m_taskProgress->setValue(0);
    m_cancel->setEnabled(false);
    m_taskBar->show();
    for (QPushButton* b :
         {m_powerOn, m_powerOff, m_reset, m_shutdown, m_destroy, m_clone, m_scaleOut, m_scaleIn})
        b->setEnabled(false);
}

void VCenterPage::endTask(bool ok, const QString& message) {
    m_busy = false;
    m_runningTask = {};
    m_taskBar->hide();
    for (QPushButton* b :
         {m_powerOn, m_powerOff, m_reset, m_shutdown, m_destroy, m_clone, m_scaleOut, m_scaleIn})
        b->setEnabled(true);
    m_status->setText(message);
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #b3261e;"));
    qCInfo(lcVcenterPage) << "action finished" << ok;
    Q_EMIT actionFinished(ok, message);
}

TaskOptions VCenterPage::taskOptions(const QString& label) {
    TaskOptions o;
    o.label = label;
    QPointer<VCenterPage> self(this);
    o.onStarted = [self](const MoRef& task) {
        if (!self)
            return;
        self->m_runningTask = task;
        self->m_cancel->setEnabled(true);
    };
    o.onProgress = [self](const TaskInfo& info) {
        if (!self)
            return;
        self->m_taskProgress->setValue(info.progress);
        self->m_cancel->setEnabled(info.cancelable);
    };
    return o;
}

void VCenterPage::power(PowerAction action, const QString& label) {
    const auto vms = selectedVms();
    if (vms.size() != 1 || !m_client || m_busy)
        return;
    const VirtualMachine vm = vms.first();
    const QString what = QStringLiteral("%1 %2").arg(label, vm.name);
    const QString auditAction = action == PowerAction::On    ? QStringLiteral("power-on")
                                : action == PowerAction::Off ? QStringLiteral("power-off")
                                                             : QStringLiteral("power-reset");
    confirm(label, tr("%1 the VM \"%2\"?").arg(label, vm.name), [=, this] {
        if (!m_client)
            return;
        beginTask(tr("%1…").arg(what));
        const QString target = QStringLiteral("%1/%2").arg(m_connectionName, vm.name);
        m_client->power(
            vm.ref, action, taskOptions(what), this, [=, this](VsphereResult<TaskInfo> r) {
                m_service->audit(auditAction, target,
                                 r ? QStringLiteral("success") : QStringLiteral("failed"),
                                 r ? QString() : r.error().message);
                endTask(r.ok(), r ? tr("%1: done.").arg(what) : r.error().message);
            });
    });
}

void VCenterPage::shutdownGuest() {
    const auto vms = selectedVms();
    if (vms.size() != 1 || !m_client || m_busy)
        return;
    const VirtualMachine vm = vms.first();
    confirm(tr("Shut down guest"), tr("Ask the guest OS of \"%1\" to shut down?").arg(vm.name),
            [=, this] {
                if (!m_client)
                    return;
                beginTask(tr("Shutting down %1…").arg(vm.name));
                const QString target = QStringLiteral("%1/%2").arg(m_connectionName, vm.name);
                m_client->shutdownGuest(
                    vm.ref, tr("Shut down %1").arg(vm.name), this,
                    [=, this](VsphereResult<bool> r) {
                        m_service->audit(QStringLiteral("power-shutdown"), target,
                                         r ? QStringLiteral("success") : QStringLiteral("failed"),
                                         r ? QString() : r.error().message);
                        endTask(r.ok(), r ? tr("The guest of %1 was asked to "
                                               "shut down.")
                                                .arg(vm.name)
                                          : r.error().message);
                    });
            });
}

void VCenterPage::destroySelected() {
    const auto vms = selectedVms();
    if (vms.size() != 1 || !m_client || m_busy)
        return;
    const VirtualMachine vm = vms.first();
    confirm(tr("Destroy VM"),
            tr("Destroy the VM \"%1\"? It is powered off first and its disks are deleted; this "
               "cannot be undone.")
                .arg(vm.name),
            [=, this] {
                if (!m_client)
                    return;
                beginTask(tr("Destroying %1…").arg(vm.name));
                const QString target = QStringLiteral("%1/%2").arg(m_connectionName, vm.name);
                destroyVm(m_client, vm, taskOptions(tr("Destroy %1").arg(vm.name)), this,
                          [=, this](VsphereResult<TaskInfo> r) {
                              m_service->audit(QStringLiteral("destroy"), target,
                                               r ? QStringLiteral("success")
                                                 : QStringLiteral("failed"),
                                               r ? QString() : r.error().message);
                              if (r)
                                  forgetVms({vm.ref});
                              endTask(r.ok(),
                                      r ? tr("%1 was destroyed.").arg(vm.name) : r.error().message);
                          });
            });
}

void VCenterPage::cloneSelectedTemplate() {
    const QModelIndex current = m_templateTable->currentIndex();
    if (!current.isValid() || !m_client || m_busy)
        return;
    QStandardItem* first = m_templateModel->item(current.row(), 0);
    if (!first->data(Qt::UserRole + 1).toBool()) {
        m_status->setText(tr("Content-library templates are deployed from vCenter itself; "
                             "choose a VM template to clone."));
        return;
    }
    auto* dialog = new CloneDialog(m_inventory, first->text(), this);
    dialog->setObjectName(QStringLiteral("cloneDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CloneRequest req = dialog->request();
        auto plan = planClone(m_inventory, req);
        if (!plan) {
            endTask(false, plan.error().message);
            return;
        }
        beginTask(tr("Cloning %1 from %2…").arg(req.name, req.templateName));
        const QString target = QStringLiteral("%1/%2").arg(m_connectionName, req.name);
        m_client->cloneVM(
            plan->source.ref, req.name, plan->spec, taskOptions(tr("Clone %1").arg(req.name)), this,
            [=, this](VsphereResult<TaskInfo> r) {
                m_service->audit(QStringLiteral("clone"), target,
                                 r ? QStringLiteral("success") : QStringLiteral("failed"),
                                 r ? QStringLiteral("from %1").arg(req.templateName)
                                   : r.error().message);
                endTask(r.ok(), r ? tr("%1 was cloned from %2.").arg(req.name, req.templateName)
                                  : r.error().message);
            });
    });
    dialog->open();
}

void VCenterPage::editTemplateNotes() {
    const QModelIndex current = m_templateTable->currentIndex();
    const auto row = m_service ? m_service->find(m_connectionName) : std::nullopt;
    if (!current.isValid() || !row || !services().store)
        return;
    repository::TemplateNote note;
    note.vcenterId = row->id;
    note.templateKey = m_templateModel->item(current.row(), 0)->data(Qt::UserRole).toString();
    note.templateName = m_templateModel->item(current.row(), 0)->text();
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("templateNotesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Notes on %1").arg(note.templateName));
    auto* purpose = new QLineEdit(m_templateModel->item(current.row(), 4)->text());
    purpose->setObjectName(QStringLiteral("notePurpose"));
    auto* owner = new QLineEdit(m_templateModel->item(current.row(), 5)->text());
    owner->setObjectName(QStringLiteral("noteOwner"));
    auto* pool = new QLineEdit(m_templateModel->item(current.row(), 6)->text());
    pool->setObjectName(QStringLiteral("noteIpPool"));
    pool->setPlaceholderText(QStringLiteral("10.20.0.10-10.20.0.50"));
    auto* form = new QFormLayout;
    form->addRow(tr("Purpose"), purpose);
    form->addRow(tr("Owner"), owner);
    form->addRow(tr("Default IP pool"), pool);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto* layout = new QVBoxLayout(dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, note, purpose, owner, pool]() mutable {
        note.purpose = purpose->text().trimmed();
        note.owner = owner->text().trimmed();
        note.ipPool = pool->text().trimmed();
        auto saved = std::make_shared<repository::TemplateNote>(note);
        services().store->write(
            [saved](sqlite3* db) { return repository::saveTemplateNote(db, *saved); }, this,
            [this, saved](fd::Status st) {
                if (!st) {
                    m_status->setText(st.error().message);
                    return;
                }
                // Stored: memory follows without another read.
                ++m_noteSaves;
                if (saved->vcenterId == currentConnectionId()) {
                    m_notes.insert(saved->templateKey, *saved);
                    refreshTemplates();
                }
            });
    });
    dialog->open();
}

void VCenterPage::newScaleGroup() {
    const auto row = m_service ? m_service->find(m_connectionName) : std::nullopt;
    if (!row || !services().store || m_inventory.vms.isEmpty())
        return;
    // A template's note may name its default IP pool: the dialog starts from it.
    QHash<QString, QString> pools;
    for (int r = 0; r < m_templateModel->rowCount(); ++r)
        if (const QString pool = m_templateModel->item(r, 6)->text(); !pool.isEmpty())
            pools.insert(m_templateModel->item(r, 0)->text(), pool);
    auto* dialog = new ScaleGroupDialog(m_inventory, pools, this);
    dialog->setObjectName(QStringLiteral("scaleGroupDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = row->id] {
        auto group = std::make_shared<ScaleGroup>(dialog->group());
        group->vcenterId = id;
        services().store->write(
            [group](sqlite3* db) { return repository::insertScaleGroup(db, *group); }, this,
            [this, group](fd::Status st) {
                m_service->audit(QStringLiteral("scale-group-add"),
                                 QStringLiteral("%1/%2").arg(m_connectionName, group->name),
                                 st ? QStringLiteral("success") : QStringLiteral("failed"),
                                 st ? QString() : st.error().message);
                if (!st) {
                    m_status->setText(st.error().message);
                    return;
                }
                refreshGroups(group->id);
            });
    });
    dialog->open();
}

void VCenterPage::scale(bool out) {
    const int r = m_groupTable->currentIndex().row();
    if (r < 0 || r >= m_groups.size() || !m_client || m_busy)
        return;
    const ScaleGroup group = m_groups.at(r);
    const int count = m_scaleCount->value();
    const QString text =
        out ? tr("Clone %1 new VM(s) from %2 for the group \"%3\"?")
                  .arg(count)
                  .arg(group.templateName, group.name)
            : tr("Destroy the %1 newest VM(s) of the group \"%2\"? They are powered off and "
                 "deleted from disk.")
                  .arg(count)
                  .arg(group.name);
    confirm(out ? tr("Scale out") : tr("Scale in"), text, [=, this] {
        if (!m_client)
            return;
        beginTask(out ? tr("Scaling %1 out by %2…").arg(group.name).arg(count)
                      : tr("Scaling %1 in by %2…").arg(group.name).arg(count));
        scaleGroup(
            *m_service, m_client, group,
            out ? ScaleEvent::Direction::Out : ScaleEvent::Direction::In, count, this,
            [this](const ScaleProgress& p) {
                m_taskLabel->setText(
                    tr("%1 of %2: %3").arg(p.done + 1).arg(p.requested).arg(p.current));
                m_taskProgress->setValue(
                    p.requested > 0 ? (100 * p.done + p.taskProgress) / p.requested : 0);
            },
            [this, out](fd::Result<ScaleEvent> e) {
                refreshEvents();
                if (!e) {
                    endTask(false, e.error().message);
                    return;
                }
                if (!out) {
                    // The VMs a scale-in destroyed (all of them, or those before a failure).
                    QList<MoRef> gone;
                    for (const VirtualMachine& vm : std::as_const(m_inventory.vms))
                        if (e->vms.contains(vm.name))
                            gone.append(vm.ref);
                    forgetVms(gone);
                }
                const bool ok = e->result == ScaleEvent::Result::Success;
                endTask(ok,
                        ok ? tr("Done: %1.").arg(e->vms.join(QStringLiteral(", "))) : e->message);
            });
    });
}

} // namespace fd::widgets
