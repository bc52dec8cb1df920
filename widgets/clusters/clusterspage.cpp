#include "clusterspage.h"

#include "clusterdetaildialog.h"
#include "clusterlistpanel.h"
#include "common/emptystate.h"
#include "importdialog.h"
#include "karmadajoindialog.h"
#include "registry/clusterregistry.h"
#include "removeclusterdialog.h"
#include "vault/vaultgate.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fd::widgets {

ClustersPage::ClustersPage(const AppServices& services, QWidget* parent)
    : Page(services, parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(iconPath(), this)) {
    setObjectName(pageId());
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_empty);
    connect(m_empty, &EmptyState::actionTriggered, this, &ClustersPage::importKubeconfigRequested);

    if (auto* registry = services.clusters) {
        connect(this, &ClustersPage::importKubeconfigRequested, this,
                [this] { openImportDialog(); });
        // The list panel (tree view, models, toolbar) is built only once the registry holds a
        // cluster, or its read failed (the panel shows the error with Retry): the first frame of
        // a first start paints the welcome state alone, and the read runs on the store's reader
        // thread meanwhile.
        connect(registry, &fd::registry::ClusterCatalog::clustersChanged, this,
                &ClustersPage::updateState);
        registry->load(this, [this](const fd::Status& status) {
            m_loaded = true;
            if (!status || !this->services().clusters->clusters().isEmpty())
                ensurePanel()->showLoaded(status);
            updateState();
        });
    }
    retranslate();
    updateState();
}

QString ClustersPage::displayTitle() {
    return tr("Clusters");
}

ClusterListPanel* ClustersPage::ensurePanel() {
    if (m_panel)
        return m_panel;
    fd::registry::ClusterRegistry* registry = services().clusters;
    m_panel = new ClusterListPanel(registry, registry, this);
    m_panel->setVaultGate(services().vault);
    m_stack->addWidget(m_panel);
    connect(m_panel, &ClusterListPanel::importRequested, this,
            &ClustersPage::importKubeconfigRequested);
    connect(m_panel, &ClusterListPanel::countChanged, this, &ClustersPage::updateState);
    connect(m_panel, &ClusterListPanel::detailRequested, this, &ClustersPage::openDetail);
    connect(m_panel, &ClusterListPanel::removeRequested, this, &ClustersPage::openRemove);
    connect(m_panel, &ClusterListPanel::joinRequested, this, &ClustersPage::openJoin);
    connect(m_panel, &ClusterListPanel::unjoinRequested, this, &ClustersPage::openUnjoin);
    return m_panel;
}

void ClustersPage::updateState() {
    fd::registry::ClusterRegistry* registry = services().clusters;
    // A cluster arrived (an import) while only the welcome state existed.
    if (registry && m_loaded && !m_panel && !registry->clusters().isEmpty())
        ensurePanel()->showLoaded(fd::Status());
    // The empty state only once the registry has been read and really holds nothing; until the
    // read is in it says so, with its import button disabled.
    const bool empty = !m_panel || (m_panel->isLoaded() && m_panel->isEmpty());
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_panel);
    m_empty->setUnavailableNote(registry && !m_loaded ? tr("Reading the registered clusters…")
                                                      : QString());
}

ImportDialog* ClustersPage::openImportDialog(const QList<QUrl>& files) {
    auto* dialog = new ImportDialog(services().clusters, window());
    dialog->setVaultGate(services().vault);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this](const QList<qint64>& ids) {
        updateState();
        if (m_panel && !ids.isEmpty())
            m_panel->selectCluster(ids.first());
    });
    if (!files.isEmpty())
        dialog->loadUrls(files);
    dialog->show();
    return dialog;
}

void ClustersPage::unlockVaultFor(QDialog* dialog, std::function<void()> then) {
    // Only a locked (or not yet created) vault needs the passphrase; the keychain never does.
    // While the backend is still being chosen the gate waits for the choice and then decides.
    VaultGate* gate = services().vault;
    if (!gate || (gate->state() != VaultGate::State::Locked &&
                  gate->state() != VaultGate::State::NotCreated &&
                  gate->state() != VaultGate::State::Checking))
        return;
    gate->requestUnlocked(dialog, dialog, [then = std::move(then)](bool unlocked) {
        if (unlocked && then)
            then();
    });
}

QDialog* ClustersPage::openDetail(fd::registry::ClusterId id) {
    auto* dialog = new ClusterDetailDialog(services().clusters, id, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    unlockVaultFor(dialog, [dialog] { dialog->reload(); });
    return dialog;
}

QDialog* ClustersPage::openRemove(fd::registry::ClusterId id) {
    auto* dialog = new RemoveClusterDialog(services().clusters, id, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RemoveClusterDialog::removed, this, &ClustersPage::updateState);
    dialog->open();
    unlockVaultFor(dialog, {});
    return dialog;
}

QDialog* ClustersPage::openJoin(fd::registry::ClusterId id) {
    auto* dialog =
        new KarmadaJoinDialog(services().clusters, id, KarmadaJoinDialog::Mode::Join, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    unlockVaultFor(dialog, {});
    return dialog;
}

QDialog* ClustersPage::openUnjoin(fd::registry::ClusterId id) {
    auto* dialog =
        new KarmadaJoinDialog(services().clusters, id, KarmadaJoinDialog::Mode::Unjoin, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    unlockVaultFor(dialog, {});
    return dialog;
}

void ClustersPage::retranslate() {
    m_empty->setTitle(tr("No clusters yet"));
    m_empty->setDescription(
        tr("Register your Kubernetes clusters to see their health, nodes and GPUs in one place. "
           "Tokens and keys from the kubeconfig are kept in the secret store, "
           "never in plain text."));
    m_empty->setActionText(tr("Import kubeconfig…"));
}

} // namespace fd::widgets
