#pragma once

#include "common/page.h"
#include "vsphere/inventory.h"
#include "vsphere/scaleplan.h"
#include "vsphere/vsphereclient.h"
#include "vsphere/vsphererepository.h"

#include <QHash>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;

namespace fd::vsphere {
class InventoryWatch;
class VcenterService;
struct InventoryUpdate;
struct VsphereError;
} // namespace fd::vsphere

namespace fd::widgets {

class EmptyState;
class VmFilterProxy;
class VmTableModel;

// Virtual machines, templates, hosts, datastores and scale groups of the vCenter connections:
// one connection shown at a time (several side by side in the chooser), kept live by an
// InventoryWatch; actions (power, clone, destroy, scale out/in) ask for confirmation, show the
// task's progress with Cancel where vSphere allows it, and are audited.
class VCenterPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VCenterPage)

public:
    explicit VCenterPage(const AppServices& services, QWidget* parent = nullptr);
    ~VCenterPage() override;

    static QString id() { return QStringLiteral("vcenter"); }
    static QString displayTitle();
    static QString icon() { return QStringLiteral(":/icons/vcenter.svg"); }

    QString pageId() const override { return id(); }
    QString title() const override { return displayTitle(); }
    QString iconPath() const override { return icon(); }

    // For tests: the VM table's models and the number of inventory updates applied.
    VmTableModel* vmModel() const { return m_vmModel; }
    VmFilterProxy* vmProxy() const { return m_vmProxy; }
    int updatesApplied() const { return m_updates; }

Q_SIGNALS:
    // An action (power, clone, destroy, scale) ended; ok false with the sentence shown.
    void actionFinished(bool ok, const QString& message);

protected:
    void retranslate() override;

private:
    QWidget* buildVmTab();
    QWidget* buildTemplatesTab();
    QWidget* buildHostsTab();
    QWidget* buildDatastoresTab();
    QWidget* buildScaleTab();

    void reloadConnections();
    void connectTo(const QString& name);
    void stopWatch();
    void forgetVms(const QList<fd::vsphere::MoRef>& refs);
    void applyUpdate(const fd::vsphere::InventoryUpdate& update);
    void showError(const fd::vsphere::VsphereError& error);
    void refreshFilters();
    // The store is read on its reader thread (Store::readAsync); what is shown stays until the
    // answer for the same connection (and group) arrives.
    qint64 currentConnectionId() const;
    void updateEmptyState();
    void loadNotes();
    void refreshTemplates();
    void refreshHosts();
    void refreshDatastores();
    void refreshGroups(qint64 selectGroupId = 0);
    void showGroups(const QList<fd::vsphere::ScaleGroup>& groups, qint64 selectGroupId);
    void refreshEvents();
    void showEvents(const QList<fd::vsphere::ScaleEvent>& events);
    void ipClicked(const QModelIndex& index);
    void copyText(const QString& text);

    // Actions
    QList<fd::vsphere::VirtualMachine> selectedVms() const;
    void confirm(const QString& title, const QString& text, std::function<void()> yes);
    void power(fd::vsphere::PowerAction action, const QString& label);
    void shutdownGuest();
    void cloneSelectedTemplate();
    void destroySelected();
    void scale(bool out);
    void editTemplateNotes();
    void newScaleGroup();
    void beginTask(const QString& text);
    void endTask(bool ok, const QString& message);
    fd::vsphere::TaskOptions taskOptions(const QString& label);

    fd::vsphere::VcenterService* m_service = nullptr;
    QPointer<fd::vsphere::VsphereClient> m_client;
    QPointer<fd::vsphere::InventoryWatch> m_watch;
    QString m_connectionName;
    fd::vsphere::Inventory m_inventory;
    QList<fd::vsphere::LibraryTemplate> m_library;
    QList<fd::vsphere::ScaleGroup> m_groups;
    QHash<QString, fd::vsphere::repository::TemplateNote> m_notes; // by template key
    quint64 m_noteSaves = 0;    // notes saved here: a read that started before one is stale
    qint64 m_eventsGroupId = 0; // whose events the table shows
    QString m_pendingTrustSha256;
    fd::vsphere::MoRef m_runningTask;
    int m_updates = 0;

    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QWidget* m_content;
    QComboBox* m_connection;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_status;
    QPushButton* m_trust;
    QTabWidget* m_tabs;

    VmTableModel* m_vmModel;
    VmFilterProxy* m_vmProxy;
    QLineEdit* m_search;
    QComboBox* m_powerFilter;
    QComboBox* m_datacenterFilter;
    QComboBox* m_clusterFilter;
    QComboBox* m_hostFilter;
    QComboBox* m_folderFilter;
    QCheckBox* m_showVcls;
    QTableView* m_vmTable;
    QPushButton* m_powerOn;
    QPushButton* m_powerOff;
    QPushButton* m_reset;
    QPushButton* m_shutdown;
    QPushButton* m_destroy;

    QStandardItemModel* m_templateModel;
    QTableView* m_templateTable;
    QPushButton* m_clone;
    QPushButton* m_editNotes;
    QStandardItemModel* m_hostModel;
    QStandardItemModel* m_datastoreModel;
    QStandardItemModel* m_groupModel;
    QStandardItemModel* m_eventModel;
    QTableView* m_groupTable;
    QSpinBox* m_scaleCount;
    QPushButton* m_scaleOut;
    QPushButton* m_scaleIn;
    QPushButton* m_newGroup;

    QWidget* m_taskBar;
    QLabel* m_taskLabel;
    QProgressBar* m_taskProgress;
    QPushButton* m_cancel;
    bool m_busy = false;
};

} // namespace fd::widgets
