#include "mainwindow.h"

#include "aboutdialog.h"
#include "audit/auditpage.h"
#include "clusters/clusterspage.h"
#include "common/page.h"
#include "common/pathlabel.h"
#include "deployments/deploymentspage.h"
#include "metrics/gpumetricspage.h"
#include "policies/policiespage.h"
#include "settings/settingspage.h"
#include "store/store.h"
#include "vault/vaultgate.h"
#include "vcenter/vcenterpage.h"

#include <QAction>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace fd::widgets {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString StateKey = QStringLiteral("window/state");
const QString PageKey = QStringLiteral("window/page");
constexpr int NavigationWidth = 220;
} // namespace

MainWindow::MainWindow(const AppServices& services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_navigation(new QListWidget)
    , m_stack(new QStackedWidget)
    , m_pageTitle(new QLabel)
    , m_statusDataDir(new PathLabel)
    , m_statusStore(new QLabel)
    , m_statusVault(new QLabel)
    , m_statusOffline(new QLabel) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fleetdeck.svg")));

    auto* navPanel = new QWidget;
    navPanel->setObjectName(QStringLiteral("navigationPanel"));
    navPanel->setAttribute(Qt::WA_StyledBackground);
    navPanel->setFixedWidth(NavigationWidth);
    auto* brand = new QLabel(QStringLiteral("Fleetdeck"));
    brand->setObjectName(QStringLiteral("brand"));
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* navLayout = new QVBoxLayout(navPanel);
    navLayout->setContentsMargins(12, 16, 12, 12);
    navLayout->setSpacing(12);
    navLayout->addWidget(brand);
    navLayout->addWidget(m_navigation, 1);

    auto* header = new QWidget;
    header->setObjectName(QStringLiteral("pageHeader"));
    header->setAttribute(Qt::WA_StyledBackground);
    m_pageTitle->setObjectName(QStringLiteral("pageTitle"));
    auto* headerLayout = new QHBoxLayout(header);
    headerLayout->setContentsMargins(32, 18, 32, 18);
    headerLayout->addWidget(m_pageTitle);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(header);
    contentLayout->addWidget(m_stack, 1);

    auto* central = new QWidget;
    auto* centralLayout = new QHBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(navPanel);
    centralLayout->addWidget(content, 1);
    setCentralWidget(central);

    addPage<ClustersPage>();
    addPage<PoliciesPage>();
    addPage<DeploymentsPage>();
    addPage<GpuMetricsPage>();
    addPage<VCenterPage>();
    addPage<AuditPage>();
    addPage<SettingsPage>();
    m_clusters = static_cast<ClustersPage*>(ensurePage(0));
    setAcceptDrops(true);
    connect(m_navigation, &QListWidget::currentRowChanged, this,
            &MainWindow::onNavigationRowChanged);

    buildMenus();
    buildStatusBar();
    retranslate();
    resize(1280, 800);
    restoreFromSettings();
}

template <typename P> void MainWindow::addPage() {
    PageSlot slot{P::id(), P::icon(), &P::displayTitle,
                  [this]() -> Page* { return new P(m_services); }};
    auto* item = new QListWidgetItem(QIcon(slot.iconPath), slot.title(), m_navigation);
    item->setData(Qt::UserRole, slot.id);
    m_slots.append(std::move(slot));
}

Page* MainWindow::ensurePage(int row) {
    PageSlot& slot = m_slots[row];
    if (!slot.page) {
        slot.page = slot.create();
        m_stack->addWidget(slot.page);
        Q_EMIT pageCreated(slot.page);
    }
    return slot.page;
}

void MainWindow::onNavigationRowChanged(int row) {
    if (row < 0 || row >= m_slots.size())
        return;
    m_stack->setCurrentWidget(ensurePage(row));
    m_pageTitle->setText(m_slots.at(row).title());
}

QStringList MainWindow::pageIds() const {
    QStringList ids;
    for (const PageSlot& slot : m_slots)
        ids << slot.id;
    return ids;
}

Page* MainWindow::currentPage() const {
    return qobject_cast<Page*>(m_stack->currentWidget());
}

Page* MainWindow::page(const QString& pageId) const {
    for (const PageSlot& slot : m_slots)
        if (slot.id == pageId)
            return slot.page;
    return nullptr;
}

void MainWindow::showPage(const QString& pageId) {
    for (int row = 0; row < m_slots.size(); ++row)
        if (m_slots.at(row).id == pageId)
            m_navigation->setCurrentRow(row);
}

void MainWindow::buildMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildStatusBar() {
    m_statusDataDir->setObjectName(QStringLiteral("statusDataDir"));
    m_statusStore->setObjectName(QStringLiteral("statusStore"));
    m_statusVault->setObjectName(QStringLiteral("statusVault"));
    m_statusOffline->setObjectName(QStringLiteral("statusOffline"));
    m_statusDataDir->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_statusDataDir, 1);
    statusBar()->addPermanentWidget(m_statusStore);
    statusBar()->addPermanentWidget(m_statusVault);
    statusBar()->addPermanentWidget(m_statusOffline);
    statusBar()->setSizeGripEnabled(false);
    if (m_services.vault)
        connect(m_services.vault, &VaultGate::stateChanged, this, &MainWindow::updateVaultStatus);
}

void MainWindow::updateVaultStatus() {
    m_statusVault->setText(m_services.vault ? m_services.vault->statusText()
                                            : VaultGate::tr("Secrets: unavailable"));
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Fleetdeck"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Fleetdeck"));
    for (int row = 0; row < m_slots.size(); ++row)
        m_navigation->item(row)->setText(m_slots.at(row).title());
    if (const Page* current = currentPage())
        m_pageTitle->setText(current->title());
    m_statusDataDir->setPath(m_services.dataDir, tr("Data: %1"));
    m_statusStore->setText(m_services.store
                               ? tr("Store: schema v%1").arg(m_services.store->schemaVersion())
                               : tr("Store: not opened"));
    updateVaultStatus();
    m_statusOffline->setText(tr("Offline — contacts only the endpoints you configure"));
}

void MainWindow::changeEvent(QEvent* event) {
    // Page titles come from tr() at call time, so they are already in the new language here
    // even though Qt delivers the event to this window before its children.
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::showAbout() {
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreFromSettings() {
    QSettings* s = m_services.settings;
    const QString pageId = s ? s->value(PageKey).toString() : QString();
    if (s) {
        restoreGeometry(s->value(GeometryKey).toByteArray());
        restoreState(s->value(StateKey).toByteArray());
    }
    if (!pageId.isEmpty())
        showPage(pageId);
    if (m_navigation->currentRow() < 0)
        m_navigation->setCurrentRow(0);
}

void MainWindow::saveToSettings() {
    QSettings* s = m_services.settings;
    if (!s)
        return;
    s->setValue(GeometryKey, saveGeometry());
    s->setValue(StateKey, saveState());
    if (const Page* current = currentPage())
        s->setValue(PageKey, current->pageId());
    s->sync();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent* event) {
    if (!m_services.clusters)
        return;
    showPage(ClustersPage::id());
    m_clusters->openImportDialog(event->mimeData()->urls());
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveToSettings();
    QMainWindow::closeEvent(event);
}

} // namespace fd::widgets
