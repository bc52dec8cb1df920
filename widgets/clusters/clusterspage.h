#pragma once

#include "common/page.h"
#include "registry/clusterrecord.h"

#include <QList>
#include <QPointer>
#include <QUrl>
#include <functional>

class QStackedWidget;

namespace fd::widgets {

class ClusterListPanel;
class EmptyState;
class ImportDialog;

// The cluster registry: the list of registered clusters with its toolbar; with no clusters it
// shows how to start — importing a kubeconfig (the list is then not built at all). Owns the dialogs
// the list opens (import, detail, remove, Karmada join/unjoin).
class ClustersPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClustersPage)

public:
    explicit ClustersPage(const AppServices& services, QWidget* parent = nullptr);

    // Known without constructing the page, so the navigation can list pages that are only
    // built when first opened.
    static QString id() { return QStringLiteral("clusters"); }
    static QString displayTitle();
    static QString icon() { return QStringLiteral(":/icons/clusters.svg"); }

    QString pageId() const override { return id(); }
    QString title() const override { return displayTitle(); }
    QString iconPath() const override { return icon(); }
    EmptyState* emptyState() const { return m_empty; }
    // Null until the registry has been read and holds a cluster (or the read failed).
    ClusterListPanel* listPanel() const { return m_panel; }
    QStackedWidget* stack() const { return m_stack; }

    // Opens a new import dialog; local files among `files` are loaded into it (the main window
    // forwards dropped kubeconfigs here).
    ImportDialog* openImportDialog(const QList<QUrl>& files = {});
    QDialog* openDetail(fd::registry::ClusterId id);
    QDialog* openRemove(fd::registry::ClusterId id);
    QDialog* openJoin(fd::registry::ClusterId id);
    QDialog* openUnjoin(fd::registry::ClusterId id);

Q_SIGNALS:
    // Connected to openImportDialog(); kept as the page's public "import" entry point.
    void importKubeconfigRequested();

protected:
    void retranslate() override;

private:
    void updateState();
    ClusterListPanel* ensurePanel();
    // Asks for the vault passphrase when the vault is locked, then runs `then`.
    void unlockVaultFor(QDialog* dialog, std::function<void()> then);

    QStackedWidget* m_stack;
    EmptyState* m_empty;
    ClusterListPanel* m_panel = nullptr;
    bool m_loaded = false; // the registry's first read is in (successful or not)
};

} // namespace fd::widgets
