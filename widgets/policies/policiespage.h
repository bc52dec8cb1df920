#pragma once

#include "common/page.h"
#include "policy/policytypes.h"

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace fd::policy {
class PolicySync;
}

namespace fd::widgets {

class EmptyState;
class FieldMessage;
class PolicyTab;
class SyncDialog;

// Placement strategies, resource profiles and failover policies: three tabs of cards over the
// PolicyService (services().policies). Each tab has its empty state with "Create the default
// set"; cards open the editors, the YAML preview, the version history and the delete dialog.
// Changing the default strategy asks first. Without a store the page says so and offers nothing.
class PoliciesPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoliciesPage)

public:
    explicit PoliciesPage(const AppServices& services, QWidget* parent = nullptr);

    // Known without constructing the page, so the navigation can list pages that are only
    // built when first opened.
    static QString id() { return QStringLiteral("policies"); }
    static QString displayTitle();
    static QString icon() { return QStringLiteral(":/icons/policies.svg"); }

    QString pageId() const override { return id(); }
    QString title() const override { return displayTitle(); }
    QString iconPath() const override { return icon(); }

    QTabWidget* tabs() const { return m_tabs; }
    PolicyTab* tab(fd::policy::PolicyKind kind) const;
    // Shown instead of the tabs without a store, while loading, or when loading failed.
    EmptyState* stateView() const { return m_state; }
    // The outcome of the last action ("Created the default set …", a failure).
    FieldMessage* notice() const { return m_notice; }

    // The actions the cards and buttons trigger (public for the window's menus and tests).
    void createDefaultSet();
    void openEditor(fd::policy::PolicyKind kind, const QString& name = {});
    void confirmDelete(fd::policy::PolicyKind kind, const QString& name);
    void confirmMakeDefault(const QString& name);
    void showYaml(fd::policy::PolicyKind kind, const QString& name);
    void showHistory(fd::policy::PolicyKind kind, const QString& name);
    // Sync (or check) with the control plane chosen in the sync bar; the dialog shows each object
    // as it is handled. Null without a control plane.
    SyncDialog* startSync(bool checkOnly);
    void adopt(qint64 controlPlaneId, const QString& objectKind, const QString& objectName);
    void showPlacement(const QString& strategyName);

    // The sync bar: the Karmada control plane to sync with, Check and Sync.
    QComboBox* controlPlaneBox() const { return m_planes; }
    QPushButton* syncButton() const { return m_syncButton; }
    QPushButton* checkButton() const { return m_checkButton; }
    QLabel* syncBarText() const { return m_syncText; }

protected:
    void retranslate() override;

private:
    void rebuild();
    void updateState();
    void updateControlPlanes();

    QStackedWidget* m_stack;
    EmptyState* m_state;
    QWidget* m_content;
    QTabWidget* m_tabs;
    FieldMessage* m_notice;
    QList<PolicyTab*> m_kindTabs;
    QLabel* m_syncText;
    QComboBox* m_planes;
    QPushButton* m_checkButton;
    QPushButton* m_syncButton;
    fd::policy::PolicySync* m_sync = nullptr; // with a registry and a policy service
};

} // namespace fd::widgets
