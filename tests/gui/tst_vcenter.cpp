// The vCenter page against the vSphere simulator, driven as a user would: add a connection (the
// simulator's self-signed certificate is refused, then trusted by its fingerprint), the VMs
// table (vCLS agents hidden until asked for, search by IP, a filter, one address of several
// copied in a click), live updates through the property filter after a power action with its
// confirmation, template notes, a clone with a static address, destroy, a scale-out with its
// event; audit entries for each. Screenshots in <build>/screenshots/<lang>/vcenter-*.png.
#include "guifixture.h"
#include "screenshothelpers.h"
#include "vcsimserver.h"

#include "common/emptystate.h"
#include "net/httpclient.h"
#include "store/store.h"
#include "vcenter/addvcenterdialog.h"
#include "vcenter/clonedialog.h"
#include "vcenter/vcenterpage.h"
#include "vcenter/vmfilterproxy.h"
#include "vcenter/vmtablemodel.h"
#include "vsphere/vcenterservice.h"
#include "vsphere/vsphererepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using fd::widgets::VCenterPage;
using fd::widgets::VmTableModel;

class TestVcenter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pageDrivenByUser_data() { fd::test::addLanguageRows(); }
    void pageDrivenByUser();

private:
    template <typename T> static T* waitForDialog(const QString& name = {}) {
        T* found = nullptr;
        const bool ok = QTest::qWaitFor(
            [&found, &name] {
                for (QWidget* w : QApplication::topLevelWidgets())
                    if (auto* t = qobject_cast<T*>(w);
                        t && t->isVisible() && (name.isEmpty() || t->objectName() == name))
                        found = t;
                return found != nullptr;
            },
            10000);
        return ok ? found : nullptr;
    }
    static bool confirmYes() {
        auto* box = waitForDialog<QMessageBox>();
        if (!box)
            return false;
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        return true;
    }
    static int rowNamed(QAbstractItemModel* model, const QString& name) {
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, VmTableModel::NameColumn).data().toString() == name)
                return r;
        return -1;
    }
    static void clickRow(QTableView* table, int row, int column = 0) {
        const QRect rect = table->visualRect(table->model()->index(row, column));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }

    fd::test::VcsimServer m_vcsim;
};

void TestVcenter::initTestCase() {
    fd::test::applyTestTheme();
    fd::test::VcsimServer::Options options;
    options.vms = 12;
    QVERIFY2(m_vcsim.start(options), qPrintable(m_vcsim.errorString()));
}

void TestVcenter::cleanupTestCase() {
    m_vcsim.stop();
}

void TestVcenter::pageDrivenByUser() {
    QFETCH(QString, lang);
    QFETCH(int, choice);
    fd::test::GuiFixture fx;
    fx.language->setChoice(fd::widgets::LanguageManager::Choice(choice));
    QVERIFY(fx.openStore());
    QVERIFY(fx.openSecrets(fd::secrets::Backend::Vault));
    QVERIFY(fx.secrets->unlock("vcenter gui test").ok());
    fd::net::HttpClient http;
    fd::vsphere::VcenterService service(*fx.store, *fx.secrets, http);
    bool reloaded = false;
    service.reload(&service, [&reloaded](fd::Status st) { reloaded = st.ok(); });
    fx.services.vcenter = &service;
    const QString shots = fd::test::screenshotDir(lang);

    VCenterPage page(fx.services);
    page.resize(1400, 760);
    // The saved connections are read off the UI thread: until they are in, the page says so
    // and offers no action.
    auto* empty = page.findChild<fd::widgets::EmptyState*>();
    QVERIFY(empty);
    QVERIFY(!reloaded);
    QVERIFY(!empty->actionButton()->isEnabled());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(reloaded);

    // Add: the empty state's action opens the dialog; the test shows the fingerprint.
    QVERIFY(empty->isVisible());
    QPushButton* add = empty->actionButton();
    QTRY_VERIFY(add->isEnabled());
    QTest::mouseClick(add, Qt::LeftButton);
    QPointer<fd::widgets::AddVcenterDialog> dialog = waitForDialog<fd::widgets::AddVcenterDialog>();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("vcenterName")),
                     QStringLiteral("lab"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("vcenterUrl")), m_vcsim.url());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("vcenterUser")),
                     m_vcsim.userName());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("vcenterPassword")),
                     QString::fromUtf8(m_vcsim.password()));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("vcenterTest")),
                      Qt::LeftButton);
    auto* trust = dialog->findChild<QCheckBox*>(QStringLiteral("vcenterTrust"));
    QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), 30000);
    QVERIFY(trust->text().contains(m_vcsim.sha256()));
    fd::test::saveScreenshot(dialog, shots + QStringLiteral("/vcenter-add-untrusted.png"));
    QTest::mouseClick(trust, Qt::LeftButton);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("vcenterTest")),
                      Qt::LeftButton);
    auto* result = dialog->findChild<QLabel*>(QStringLiteral("vcenterTestResult"));
    QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("API")), 30000);
    dialog->accept();
    QTRY_VERIFY(!dialog); // saved, closed and deleted
    QCOMPARE(service.connections().size(), 1);
    QCOMPARE(service.connections().first().endpoint.endpoint.tls.pinnedSha256, m_vcsim.sha256());

    // The VMs table fills from the watch; vCLS agents hidden, templates never in it.
    VmTableModel* model = page.vmModel();
    QAbstractItemModelTester modelTester(model);
    QAbstractItemModelTester proxyTester(page.vmProxy());
    const int plain = m_vcsim.vmCount() - m_vcsim.templateCount();
    // (The en row's scale-out left its VMs in the simulator for the ko row.)
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= plain, 60000);
    const int all = model->rowCount();
    int vcls = 0;
    for (int r = 0; r < all; ++r)
        vcls += model->index(r, 0).data(VmTableModel::VclsRole).toBool() ? 1 : 0;
    QCOMPARE(vcls, m_vcsim.vclsCount());
    auto* table = page.findChild<QTableView*>(QStringLiteral("vmTable"));
    QCOMPARE(table->model()->rowCount(), all - vcls);
    auto* showVcls = page.findChild<QCheckBox*>(QStringLiteral("vmShowVcls"));
    QTest::mouseClick(showVcls, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), all);
    QTest::mouseClick(showVcls, Qt::LeftButton);
    QCOMPARE(table->model()->rowCount(), all - vcls);
    // Sorted by name.
    for (int r = 1; r < table->model()->rowCount(); ++r)
        QVERIFY(table->model()->index(r - 1, 0).data().toString().compare(
                    table->model()->index(r, 0).data().toString(), Qt::CaseInsensitive) <= 0);
    // VMware Tools reads as words in the page's language, never vSphere's enum names.
    for (int r = 0; r < all; ++r) {
        const QString tools = model->index(r, VmTableModel::ToolsColumn).data().toString();
        QVERIFY2(!tools.startsWith(QLatin1String("tools")), qPrintable(tools));
    }
    fd::test::saveScreenshot(&page, shots + QStringLiteral("/vcenter-vms.png"));

    // A VM with several addresses: one click on its IP cell offers each; choosing copies it.
    int multi = -1;
    for (int r = 0; r < table->model()->rowCount() && multi < 0; ++r)
        if (table->model()->index(r, 0).data(VmTableModel::IpsRole).toStringList().size() > 1)
            multi = r;
    QVERIFY(multi >= 0);
    const QStringList ips =
        table->model()->index(multi, 0).data(VmTableModel::IpsRole).toStringList();
    const QString multiName = table->model()->index(multi, 0).data().toString();
    clickRow(table, multi, VmTableModel::IpColumn);
    QMenu* menu = nullptr;
    QTRY_VERIFY((menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) != nullptr);
    QCOMPARE(menu->actions().size(), ips.size());
    fd::test::saveScreenshot(menu, shots + QStringLiteral("/vcenter-ip-menu.png"));
    menu->actions().at(1)->trigger();
    menu->close();
    QCOMPARE(QApplication::clipboard()->text(), ips.at(1));

    // Search by the second address finds that VM alone.
    auto* search = page.findChild<QLineEdit*>(QStringLiteral("vmSearch"));
    QTest::keyClicks(search, ips.at(1));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), multiName);
    search->clear();

    // Power filter: only powered-off VMs.
    auto* powerFilter = page.findChild<QComboBox*>(QStringLiteral("vmPowerFilter"));
    powerFilter->setCurrentIndex(
        powerFilter->findData(VmTableModel::powerText(fd::vsphere::PowerState::PoweredOff)));
    QVERIFY(table->model()->rowCount() > 0);
    for (int r = 0; r < table->model()->rowCount(); ++r)
        QCOMPARE(table->model()->index(r, 0).data(VmTableModel::PowerStateRole).toInt(),
                 int(fd::vsphere::PowerState::PoweredOff));
    powerFilter->setCurrentIndex(0);

    // Power off a running VM through the UI: confirmation, then the watch brings the change.
    QSignalSpy finished(&page, &VCenterPage::actionFinished);
    const int updatesBefore = page.updatesApplied();
    int target = -1;
    for (int r = 0; r < table->model()->rowCount() && target < 0; ++r)
        if (table->model()->index(r, 0).data(VmTableModel::PowerStateRole).toInt() ==
            int(fd::vsphere::PowerState::PoweredOn))
            target = r;
    QVERIFY(target >= 0);
    const QString targetName = table->model()->index(target, 0).data().toString();
    clickRow(table, target);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("vmPowerOff")), Qt::LeftButton);
    QVERIFY(confirmYes());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(
        model->index(rowNamed(model, targetName), 0).data(VmTableModel::PowerStateRole).toInt(),
        int(fd::vsphere::PowerState::PoweredOff), 30000);
    QVERIFY(page.updatesApplied() > updatesBefore);

    // Templates: notes kept locally.
    auto* tabs = page.findChild<QTabWidget*>(QStringLiteral("vcenterTabs"));
    tabs->setCurrentIndex(1);
    auto* templates = page.findChild<QTableView*>(QStringLiteral("templateTable"));
    auto* tmodel = qobject_cast<QStandardItemModel*>(templates->model());
    int tmplRow = -1;
    for (int r = 0; r < tmodel->rowCount(); ++r)
        if (tmodel->item(r, 0)->text() == u"tmpl-ubuntu-22.04-gpu")
            tmplRow = r;
    QVERIFY(tmplRow >= 0);
    clickRow(templates, tmplRow);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("templateNotes")),
                      Qt::LeftButton);
    auto* notes = waitForDialog<QDialog>(QStringLiteral("templateNotesDialog"));
    QVERIFY(notes);
    QTest::keyClicks(notes->findChild<QLineEdit*>(QStringLiteral("notePurpose")),
                     QStringLiteral("LLM serving"));
    QTest::keyClicks(notes->findChild<QLineEdit*>(QStringLiteral("noteOwner")),
                     QStringLiteral("ml-platform"));
    notes->accept();
    QTRY_COMPARE(tmodel->item(tmplRow, 4)->text(), QStringLiteral("LLM serving"));
    fd::test::saveScreenshot(&page, shots + QStringLiteral("/vcenter-templates.png"));

    // Clone with a static address.
    const QString cloneName = QStringLiteral("gui-clone-") + lang;
    clickRow(templates, tmplRow);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("templateClone")),
                      Qt::LeftButton);
    auto* clone = waitForDialog<fd::widgets::CloneDialog>();
    QVERIFY(clone);
    QTest::keyClicks(clone->findChild<QLineEdit*>(QStringLiteral("cloneName")), cloneName);
    auto* folder = clone->findChild<QComboBox*>(QStringLiteral("cloneFolder"));
    folder->setCurrentIndex(folder->findData(QStringLiteral("/DC0/vm/prod")));
    QTest::mouseClick(clone->findChild<QCheckBox*>(QStringLiteral("cloneStatic")), Qt::LeftButton);
    QTest::keyClicks(clone->findChild<QLineEdit*>(QStringLiteral("cloneIp")),
                     QStringLiteral("10.97.0.21"));
    QTest::keyClicks(clone->findChild<QLineEdit*>(QStringLiteral("cloneGateway")),
                     QStringLiteral("10.97.0.1"));
    fd::test::saveScreenshot(clone, shots + QStringLiteral("/vcenter-clone.png"));
    clone->accept();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QVERIFY2(finished.at(1).at(0).toBool(), qPrintable(finished.at(1).at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(model, cloneName) >= 0, 30000);
    QCOMPARE(model->index(rowNamed(model, cloneName), VmTableModel::FolderColumn).data().toString(),
             QStringLiteral("/DC0/vm/prod"));

    // Destroy it: the confirmation names the VM.
    tabs->setCurrentIndex(0);
    QTest::keyClicks(search, cloneName);
    QCOMPARE(table->model()->rowCount(), 1);
    clickRow(table, 0);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("vmDestroy")), Qt::LeftButton);
    auto* box = waitForDialog<QMessageBox>();
    QVERIFY(box);
    QVERIFY(box->text().contains(cloneName));
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 60000);
    QVERIFY2(finished.at(2).at(0).toBool(), qPrintable(finished.at(2).at(1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(rowNamed(model, cloneName), -1, 30000);
    search->clear();

    // Hosts and datastores.
    tabs->setCurrentIndex(2);
    auto* hosts = page.findChild<QTableView*>(QStringLiteral("hostTable"));
    QVERIFY(hosts->model()->rowCount() > 0);
    fd::test::saveScreenshot(&page, shots + QStringLiteral("/vcenter-hosts.png"));
    tabs->setCurrentIndex(3);
    QVERIFY(page.findChild<QTableView*>(QStringLiteral("datastoreTable"))->model()->rowCount() > 0);
    fd::test::saveScreenshot(&page, shots + QStringLiteral("/vcenter-datastores.png"));

    // A scale group made in the page (its pool starts from the template's note), scaled out by
    // 2 and in by 1.
    tabs->setCurrentIndex(1);
    clickRow(templates, tmplRow);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("templateNotes")),
                      Qt::LeftButton);
    notes = waitForDialog<QDialog>(QStringLiteral("templateNotesDialog"));
    QVERIFY(notes);
    QTest::keyClicks(notes->findChild<QLineEdit*>(QStringLiteral("noteIpPool")),
                     QStringLiteral("10.96.0.10-10.96.0.20"));
    notes->accept();
    QTRY_COMPARE(tmodel->item(tmplRow, 6)->text(), QStringLiteral("10.96.0.10-10.96.0.20"));
    tabs->setCurrentIndex(4);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("scaleNewGroup")),
                      Qt::LeftButton);
    auto* groupDialog = waitForDialog<QDialog>(QStringLiteral("scaleGroupDialog"));
    QVERIFY(groupDialog);
    const QString groupName = QStringLiteral("llm-") + lang;
    QTest::keyClicks(groupDialog->findChild<QLineEdit*>(QStringLiteral("groupName")), groupName);
    auto* groupTemplate = groupDialog->findChild<QComboBox*>(QStringLiteral("groupTemplate"));
    groupTemplate->setCurrentIndex(
        groupTemplate->findText(QStringLiteral("tmpl-ubuntu-22.04-gpu")));
    QCOMPARE(groupDialog->findChild<QLineEdit*>(QStringLiteral("groupPool"))->text(),
             QStringLiteral("10.96.0.10-10.96.0.20"));
    auto* groupCluster = groupDialog->findChild<QComboBox*>(QStringLiteral("groupCluster"));
    groupCluster->setCurrentIndex(groupCluster->findData(QStringLiteral("DC0_C0")));
    auto* groupFolder = groupDialog->findChild<QComboBox*>(QStringLiteral("groupFolder"));
    groupFolder->setCurrentIndex(groupFolder->findData(QStringLiteral("/DC0/vm/prod")));
    QTest::keyClicks(groupDialog->findChild<QLineEdit*>(QStringLiteral("groupPattern")),
                     groupName + QStringLiteral("-{n:02}"));
    QTest::keyClicks(groupDialog->findChild<QLineEdit*>(QStringLiteral("groupGateway")),
                     QStringLiteral("10.96.0.1"));
    fd::test::saveScreenshot(groupDialog, shots + QStringLiteral("/vcenter-new-group.png"));
    groupDialog->accept();
    tabs->setCurrentIndex(4);
    auto* groups = page.findChild<QTableView*>(QStringLiteral("scaleGroupTable"));
    QTRY_COMPARE(groups->model()->rowCount(), 1);
    page.findChild<QSpinBox*>(QStringLiteral("scaleCount"))->setValue(2);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("scaleOut")), Qt::LeftButton);
    QVERIFY(confirmYes());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 120000);
    QVERIFY2(finished.at(3).at(0).toBool(), qPrintable(finished.at(3).at(1).toString()));
    auto* events = page.findChild<QTableView*>(QStringLiteral("scaleEventTable"));
    // Events are read off the UI thread: they arrive after the task finished.
    QTRY_COMPARE(events->model()->rowCount(), 1);
    QVERIFY(events->model()->index(0, 5).data().toString().contains(QLatin1String("10.96.0.11")));
    QTRY_VERIFY_WITH_TIMEOUT(rowNamed(model, groupName + QStringLiteral("-02")) >= 0, 30000);

    page.findChild<QSpinBox*>(QStringLiteral("scaleCount"))->setValue(1);
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("scaleIn")), Qt::LeftButton);
    QVERIFY(confirmYes());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, 120000);
    QVERIFY2(finished.at(4).at(0).toBool(), qPrintable(finished.at(4).at(1).toString()));
    QTRY_COMPARE(events->model()->rowCount(), 2);
    if (!QTest::qWaitFor([&] { return rowNamed(model, groupName + QStringLiteral("-02")) < 0; },
                         30000)) {
        for (int r = 0; r < model->rowCount(); ++r)
            qWarning() << model->vm(r).name << model->vm(r).ref.value;
        qWarning() << finished.at(4).at(1).toString();
        QFAIL("the removed VM is still in the table");
    }
    QVERIFY(rowNamed(model, groupName + QStringLiteral("-01")) >= 0);
    fd::test::saveScreenshot(&page, shots + QStringLiteral("/vcenter-scale.png"));

    // Each action is audited.
    const auto auditActions = [&fx] {
        QStringList out;
        auto entries = fx.store->audit(fd::store::AuditQuery{});
        if (entries.ok())
            for (const auto& e : entries.value())
                out << e.action;
        return out;
    };
    QTRY_VERIFY(auditActions().contains(QStringLiteral("vcenter.scale-out")));
    const QStringList actions = auditActions();
    for (const char* a : {"vcenter.add", "vcenter.power-off", "vcenter.clone", "vcenter.destroy",
                          "vcenter.scale-group-add", "vcenter.scale-in"})
        QVERIFY2(actions.contains(QLatin1String(a)), a);
}

QTEST_MAIN(TestVcenter)
#include "tst_vcenter.moc"
