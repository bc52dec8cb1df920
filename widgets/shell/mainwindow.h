#pragma once

#include "common/appservices.h"

#include <QList>
#include <QMainWindow>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace fd::widgets {

class Page;
class PathLabel;
class ClustersPage;

// The console's frame: navigation on the left, the selected page on the right, a status bar
// that says where data lives and that nothing is contacted unless configured. Pages are their
// own classes; this window only wires them together and persists its geometry and the
// selected page in settings.ini.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(const AppServices& services, QWidget* parent = nullptr);

    QListWidget* navigation() const { return m_navigation; }
    // Ids of every page in navigation order.
    QStringList pageIds() const;
    Page* currentPage() const;
    // The page if it has been built (pages are built when first shown); null otherwise.
    Page* page(const QString& pageId) const;
    void showPage(const QString& pageId);
    // Built eagerly: it is the landing page and other features connect to its signals.
    ClustersPage* clustersPage() const { return m_clusters; }

Q_SIGNALS:
    // A lazily built page now exists; connect to its signals here.
    void pageCreated(fd::widgets::Page* page);

public Q_SLOTS:
    void showAbout();

protected:
    void closeEvent(QCloseEvent* event) override;
    // A kubeconfig dropped anywhere on the window opens the import dialog with it.
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct PageSlot {
        QString id;
        QString iconPath;
        std::function<QString()> title;
        std::function<Page*()> create;
        Page* page = nullptr;
    };
    template <typename P> void addPage();
    Page* ensurePage(int row);
    void onNavigationRowChanged(int row);
    void buildMenus();
    void buildStatusBar();
    void updateVaultStatus();
    void retranslate();
    void restoreFromSettings();
    void saveToSettings();

    AppServices m_services;
    QListWidget* m_navigation;
    QStackedWidget* m_stack;
    QLabel* m_pageTitle;
    QList<PageSlot> m_slots;
    ClustersPage* m_clusters = nullptr;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    PathLabel* m_statusDataDir; // ~/… when under $HOME, elided in the middle, full path as tooltip
    QLabel* m_statusStore;
    QLabel* m_statusVault;
    QLabel* m_statusOffline;
};

} // namespace fd::widgets
