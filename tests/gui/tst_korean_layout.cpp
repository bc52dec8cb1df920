// Korean text must fit where it is shown. The console is built in Korean as main() builds it
// (LanguageManager, the theme, the store, the vault, the registry, vCenter connections,
// deployments with their runtime catalog, policies), the flows a new user goes through put
// content on the pages (creating the vault, importing two clusters of the test API server, the
// default policy set, adding the vCenter simulator, a Prometheus of the test server), and every
// page, every tab of it, and the dialogs those flows open are walked: at 1280x800 and at the
// smallest size the window's layouts allow. A label, button, header section, tab or group-box
// title whose text needs more width than it has, or a label, button or field too short for its
// text, is reported with its class, object name, text and where it is.
//
// The same binary runs twice from CTest on a 3840x2160 offscreen screen: at scale 1 and with
// QT_SCALE_FACTOR=2 (200 %, 1920x1080 logical). The test checks the device pixel ratio and the
// screen it was started for are the ones the window really has, so the second run cannot
// silently measure at 100 %.
//
// What counts as "needs": the widget's own measure of its text (the style's contents rectangle
// for buttons and fields, QHeaderView's section size from contents, QTabBar's tab size hint,
// the group box's title rectangle, QLabel's size hint). Word-wrapped labels are checked for
// height only (text cut off at the bottom). Widgets that elide by design (PathLabel, item-view
// cells, combo boxes) are not counted. finderReportsSqueezedText() shows each measure fails.
#include "guifixture.h"
#include "screenshothelpers.h"

#include "clusters/adddatacenterdialog.h"
#include "clusters/clusterdetaildialog.h"
#include "clusters/clusterlistpanel.h"
#include "clusters/clusterspage.h"
#include "clusters/importcontextsmodel.h"
#include "clusters/importdialog.h"
#include "clustertesthelpers.h"
#include "common/emptystate.h"
#include "common/language.h"
#include "common/page.h"
#include "common/pathlabel.h"
#include "deploy/catalog.h"
#include "deploy/deployservice.h"
#include "deployments/deletedeploymentdialog.h"
#include "deployments/deploymentdetaildialog.h"
#include "deployments/deploymentspage.h"
#include "deployments/deploywizard.h"
#include "kubetestserver.h"
#include "metrics/gpudashboard.h"
#include "metrics/gpufleetmodel.h"
#include "metrics/gpumetricspage.h"
#include "metrics/metricsendpoints.h"
#include "net/httpclient.h"
#include "policies/policiespage.h"
#include "policies/syncdialog.h"
#include "policy/policyservice.h"
#include "promtestserver.h"
#include "registry/clusterregistry.h"
#include "registrytesthelpers.h"
#include "shell/aboutdialog.h"
#include "shell/mainwindow.h"
#include "vault/vaultgate.h"
#include "vault/vaultunlockdialog.h"
#include "vcenter/addvcenterdialog.h"
#include "vcenter/vcenterpage.h"
#include "vcenter/vmtablemodel.h"
#include "vcsimserver.h"
#include "vsphere/vcenterservice.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QStandardItemModel>
#include <QStyleOptionButton>
#include <QStyleOptionFrame>
#include <QStyleOptionGroupBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

#include <memory>
#include <optional>

using fd::widgets::LanguageManager;
using fd::widgets::MainWindow;

namespace {

// The protected measures of Qt's own widgets, reached through pointers to members (legal from a
// derived class, and virtual calls still reach a subclass's override).
struct HeaderAccess : QHeaderView {
    static auto sectionHint() { return &HeaderAccess::sectionSizeFromContents; }
};
struct TabBarAccess : QTabBar {
    static auto tabHint() { return &TabBarAccess::tabSizeHint; }
};
struct PushButtonAccess : QPushButton {
    static auto styleOption() { return &PushButtonAccess::initStyleOption; }
};
struct CheckBoxAccess : QCheckBox {
    static auto styleOption() { return &CheckBoxAccess::initStyleOption; }
};
struct RadioButtonAccess : QRadioButton {
    static auto styleOption() { return &RadioButtonAccess::initStyleOption; }
};
struct LineEditAccess : QLineEdit {
    static auto styleOption() { return &LineEditAccess::initStyleOption; }
};
struct GroupBoxAccess : QGroupBox {
    static auto styleOption() { return &GroupBoxAccess::initStyleOption; }
};

QString withoutMnemonic(QString text) {
    text.replace(QLatin1String("&&"), QChar(0x1));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(0x1), QLatin1Char('&'));
    return text;
}

struct Clip {
    QString where;
    QString cls;
    QString name;
    QString text;
    int need = 0;
    int have = 0;
    QString what; // "width" or "height"

    QString describe() const {
        return QStringLiteral("%1: %2 \"%3\" text \"%4\" needs %5 px of %6, has %7")
            .arg(where, cls, name, text)
            .arg(need)
            .arg(what)
            .arg(have);
    }
};

class ClipFinder {
public:
    QList<Clip> clips;
    int checked = 0;

    // Walks every visible widget of root (a window, a page, a dialog).
    void check(QWidget* root, const QString& where) {
        settle();
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* w : std::as_const(widgets)) {
            if (!w->isVisible() || w->width() <= 0)
                continue;
            if (auto* header = qobject_cast<QHeaderView*>(w))
                checkHeader(header, where);
            else if (auto* tabs = qobject_cast<QTabBar*>(w))
                checkTabBar(tabs, where);
            else if (auto* box = qobject_cast<QGroupBox*>(w))
                checkGroupBox(box, where);
            else if (auto* button = qobject_cast<QAbstractButton*>(w))
                checkButton(button, where);
            else if (auto* label = qobject_cast<QLabel*>(w))
                checkLabel(label, where);
            else if (auto* edit = qobject_cast<QLineEdit*>(w))
                checkLineEdit(edit, where);
        }
    }

    // Every tab of every tab widget on root is shown in turn and checked.
    void checkWithTabs(QWidget* root, const QString& where) {
        check(root, where);
        for (QTabWidget* tabs : root->findChildren<QTabWidget*>()) {
            if (!tabs->isVisible())
                continue;
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                if (i == current)
                    continue;
                tabs->setCurrentIndex(i);
                check(tabs->widget(i), where + QStringLiteral(" / tab ") + tabs->tabText(i));
            }
            tabs->setCurrentIndex(current);
        }
    }

    static void settle() {
        for (int i = 0; i < 3; ++i) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            QCoreApplication::processEvents();
        }
    }

private:
    void add(QWidget* w, const QString& where, const QString& text, int need, int have,
             const QString& what = QStringLiteral("width")) {
        ++checked;
        if (need <= have)
            return;
        clips.append({where, QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                      text, need, have, what});
    }

    void checkLabel(QLabel* label, const QString& where) {
        const QString text = label->text();
        if (text.trimmed().isEmpty() || !label->pixmap().isNull())
            return;
        // Elides in the middle by design; the full path is in its tooltip.
        if (qobject_cast<fd::widgets::PathLabel*>(label))
            return;
        if (label->wordWrap()) {
            // Wrapping by design: the text may use every line it needs, but must not be cut at
            // the bottom.
            add(label, where, text, label->heightForWidth(label->width()), label->height(),
                QStringLiteral("height"));
            return;
        }
        add(label, where, text, label->sizeHint().width(), label->width());
        // Hangul glyphs are taller than Latin ones: a height fixed for Latin text cuts them.
        add(label, where, text, label->sizeHint().height(), label->height(),
            QStringLiteral("height"));
    }

    // A field's text scrolls sideways by design, but a field squeezed in height cuts the text
    // (QLineEdit clips its painting to the contents rectangle less the text margins).
    void checkLineEdit(QLineEdit* edit, const QString& where) {
        const QString text = edit->text().isEmpty() ? edit->placeholderText() : edit->text();
        if (text.isEmpty() || !edit->frameGeometry().isValid())
            return;
        QStyleOptionFrame opt;
        (edit->*LineEditAccess::styleOption())(&opt);
        const QRect contents = edit->style()
                                   ->subElementRect(QStyle::SE_LineEditContents, &opt, edit)
                                   .marginsRemoved(edit->textMargins());
        add(edit, where, text, edit->fontMetrics().height(), contents.height(),
            QStringLiteral("height"));
    }

    void checkButton(QAbstractButton* button, const QString& where) {
        const QString text = withoutMnemonic(button->text());
        if (text.trimmed().isEmpty())
            return;
        const QFontMetrics fm(button->font());
        const int textWidth = fm.horizontalAdvance(text);
        if (auto* push = qobject_cast<QPushButton*>(button)) {
            QStyleOptionButton opt;
            (push->*PushButtonAccess::styleOption())(&opt);
            const QRect contents =
                push->style()->subElementRect(QStyle::SE_PushButtonContents, &opt, push);
            int need = textWidth;
            if (!opt.icon.isNull())
                need += opt.iconSize.width() + 4; // QCommonStyle's gap between icon and text
            if (opt.features & QStyleOptionButton::HasMenu)
                need += push->style()->pixelMetric(QStyle::PM_MenuButtonIndicator, &opt, push);
            add(push, where, text, need, contents.width());
            add(push, where, text, fm.height(), contents.height(), QStringLiteral("height"));
        } else if (auto* check = qobject_cast<QCheckBox*>(button)) {
            QStyleOptionButton opt;
            (check->*CheckBoxAccess::styleOption())(&opt);
            const QRect contents =
                check->style()->subElementRect(QStyle::SE_CheckBoxContents, &opt, check);
            add(check, where, text, textWidth, contents.width());
        } else if (auto* radio = qobject_cast<QRadioButton*>(button)) {
            QStyleOptionButton opt;
            (radio->*RadioButtonAccess::styleOption())(&opt);
            const QRect contents =
                radio->style()->subElementRect(QStyle::SE_RadioButtonContents, &opt, radio);
            add(radio, where, text, textWidth, contents.width());
        } else if (auto* tool = qobject_cast<QToolButton*>(button)) {
            if (tool->toolButtonStyle() == Qt::ToolButtonIconOnly)
                return;
            add(tool, where, text, tool->sizeHint().width(), tool->width());
        } else {
            add(button, where, text, button->sizeHint().width(), button->width());
        }
    }

    void checkHeader(QHeaderView* header, const QString& where) {
        if (header->orientation() != Qt::Horizontal || !header->model())
            return;
        const auto sizeFromContents = HeaderAccess::sectionHint();
        const QStyleOptionHeader probe;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, &probe, header);
        for (int logical = 0; logical < header->count(); ++logical) {
            if (header->isSectionHidden(logical) || header->sectionSize(logical) <= 0)
                continue;
            const QString text =
                header->model()->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
            if (text.trimmed().isEmpty())
                continue;
            const QSize size = (header->*sizeFromContents)(logical);
            int need = size.width();
            // QHeaderView reserves room for the sort arrow in every section; only the sorted one
            // draws it, so the others' text needs that much less.
            if (header->isSortIndicatorShown() && header->sortIndicatorSection() != logical)
                need -= size.height() + margin;
            add(header, where, text, need, header->sectionSize(logical));
        }
    }

    void checkTabBar(QTabBar* bar, const QString& where) {
        const auto tabSizeHint = TabBarAccess::tabHint();
        for (int i = 0; i < bar->count(); ++i) {
            if (!bar->isTabVisible(i) || bar->tabText(i).isEmpty())
                continue;
            add(bar, where, bar->tabText(i), (bar->*tabSizeHint)(i).width(),
                bar->tabRect(i).width());
        }
    }

    void checkGroupBox(QGroupBox* box, const QString& where) {
        if (box->title().isEmpty())
            return;
        QStyleOptionGroupBox opt;
        (box->*GroupBoxAccess::styleOption())(&opt);
        const QRect label =
            box->style()->subControlRect(QStyle::CC_GroupBox, &opt, QStyle::SC_GroupBoxLabel, box);
        // The title starts at label.left(); the frame keeps the same margin on the right.
        add(box, where, withoutMnemonic(box->title()), label.right() + 1 + label.left(),
            box->width());
    }
};

// Dialogs opened meanwhile (top-level, visible), newest last.
QList<QDialog*> openDialogs() {
    QList<QDialog*> out;
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* d = qobject_cast<QDialog*>(w); d && d->isVisible())
            out << d;
    return out;
}

} // namespace

class TestKoreanLayout final : public QObject {
    Q_OBJECT

private:
    fd::test::KubeTestServer m_kube;
    fd::test::VcsimServer m_vcsim;
    fd::test::PromTestServer m_prom;
    QTemporaryDir m_files;
    qreal m_scale = 1.0;

    QString config() const { return m_files.filePath(QStringLiteral("config")); }

private Q_SLOTS:
    void initTestCase() {
        fd::test::applyTestTheme();
        bool ok = false;
        const qreal scale = qEnvironmentVariable("QT_SCALE_FACTOR").toDouble(&ok);
        m_scale = ok ? scale : 1.0;
        QVERIFY2(m_kube.start(), qPrintable(m_kube.errorString()));
        fd::test::VcsimServer::Options vcsim;
        vcsim.vms = 6;
        QVERIFY2(m_vcsim.start(vcsim), qPrintable(m_vcsim.errorString()));
        QVERIFY2(m_prom.start(), qPrintable(m_prom.errorString()));
        const QString admin = m_kube.token(QStringLiteral("admin"));
        QVERIFY(fd::test::writeKubeconfig(
            config(),
            {{QStringLiteral("seoul-dc1-gpu"), m_kube.url(QStringLiteral("seoul-dc1-gpu")),
              m_kube.caPem(), admin},
             {QStringLiteral("hq-idc-train"), m_kube.url(QStringLiteral("hq-idc-train")),
              m_kube.caPem(), admin}},
            QStringLiteral("seoul-dc1-gpu")));
    }

    // The finder itself: each kind of text it measures, squeezed on purpose, is reported, and
    // the same widgets with room are not.
    void finderReportsSqueezedText() {
        QWidget window;
        window.resize(600, 400);
        auto* label = new QLabel(QStringLiteral("클러스터 가져오기"), &window);
        auto* button = new QPushButton(QStringLiteral("선택 항목 테스트"), &window);
        auto* check = new QCheckBox(QStringLiteral("데이터 센터별 그룹"), &window);
        auto* box = new QGroupBox(QStringLiteral("스케일 아웃 대상 클러스터"), &window);
        auto* wrapped = new QLabel(
            QStringLiteral("비밀 정보 볼트의 암호 문구를 정하십시오. ").repeated(4), &window);
        wrapped->setWordWrap(true);
        auto* edit = new QLineEdit(QStringLiteral("https://vcenter.example/sdk"), &window);
        auto* tabs = new QTabBar(&window);
        tabs->addTab(QStringLiteral("배치 전략 및 리소스 프로필"));
        tabs->setElideMode(Qt::ElideRight);
        tabs->setUsesScrollButtons(false);
        QStandardItemModel model(0, 2);
        model.setHorizontalHeaderLabels(
            {QStringLiteral("GPU 사용 / 할당 가능"), QStringLiteral("마지막 확인")});
        auto* table = new QTableView(&window);
        table->setModel(&model);
        table->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->setGeometry(0, 200, 400, 150);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const auto squeeze = [&](int width) {
            label->setGeometry(0, 0, width, 24);
            button->setGeometry(0, 30, width, 30);
            check->setGeometry(0, 64, width, 24);
            box->setGeometry(0, 90, width, 40);
            wrapped->setGeometry(0, 134, width, 20);
            tabs->setGeometry(0, 160, width, 30);
            edit->setGeometry(420, 0, 160, width < 100 ? 10 : 30);
            table->horizontalHeader()->resizeSection(0, width / 2);
        };
        squeeze(40);
        ClipFinder squeezed;
        squeezed.check(&window, QStringLiteral("squeezed"));
        QSet<QString> kinds;
        for (const Clip& c : std::as_const(squeezed.clips))
            kinds << c.cls + QLatin1Char('/') + c.what;
        const QSet<QString> expected{
            QStringLiteral("QLabel/width"),      QStringLiteral("QLabel/height"),
            QStringLiteral("QPushButton/width"), QStringLiteral("QCheckBox/width"),
            QStringLiteral("QGroupBox/width"),   QStringLiteral("QTabBar/width"),
            QStringLiteral("QHeaderView/width"), QStringLiteral("QLineEdit/height")};
        QCOMPARE(kinds, expected);

        wrapped->setText(QStringLiteral("짧은 안내"));
        squeeze(560);
        ClipFinder roomy;
        roomy.check(&window, QStringLiteral("roomy"));
        QStringList report;
        for (const Clip& c : std::as_const(roomy.clips))
            report << c.describe();
        QVERIFY2(roomy.clips.isEmpty(), qPrintable(report.join(QLatin1Char('\n'))));
    }

    void cleanupTestCase() {
        m_prom.stop();
        m_vcsim.stop();
    }

    void nothingClippedInKorean() {
        QElapsedTimer clock;
        clock.start();
        fd::test::GuiFixture f;
        QVERIFY(f.openStore());
        QVERIFY(f.openSecrets(fd::secrets::Backend::Vault));
        fd::net::HttpClient http;
        auto registry = fd::registry::ClusterRegistry::create(*f.store, *f.secrets, http);
        registry->setRefreshInterval(0);
        registry->setReconcileInterval(0);
        fd::policy::PolicyService policies(*f.store);
        QVERIFY(policies.loadNow().ok());
        // As main() wires them: vCenter connections, and the deployments with their runtimes.
        fd::vsphere::VcenterService vcenter(*f.store, *f.secrets, http);
        std::optional<bool> vcenterLoaded;
        vcenter.reload(&vcenter, [&vcenterLoaded](fd::Status st) { vcenterLoaded = st.ok(); });
        fd::deploy::DeployService deployments(*f.store, *registry);
        std::optional<bool> deploymentsLoaded;
        deployments.load(&deployments,
                         [&deploymentsLoaded](fd::Status st) { deploymentsLoaded = st.ok(); });
        QTRY_VERIFY(vcenterLoaded.has_value() && deploymentsLoaded.has_value());
        QVERIFY(*vcenterLoaded && *deploymentsLoaded);
        deployments.setCatalog(fd::deploy::Catalog::loadDefault(f.dir.path()));
        QVERIFY(!deployments.catalog().runtimes().isEmpty());
        deployments.setPolicies(&policies);
        f.services.vcenter = &vcenter;
        f.services.deployments = &deployments;
        f.services.clusters = registry.get();
        f.services.http = &http;
        f.services.policies = &policies;
        f.language->setChoice(LanguageManager::Choice::Korean);
        QCOMPARE(f.language->effectiveLanguage(), QStringLiteral("ko"));

        MainWindow w(f.services);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // 200 % must really be 200 %: the run registered with QT_SCALE_FACTOR=2 measures at that
        // device pixel ratio, not at 1.0.
        QCOMPARE(w.devicePixelRatioF(), m_scale);
        // A 3840x2160 screen (CTest passes the offscreen platform its configuration): 1920x1080
        // logical at 200 %, where the console must fit.
        QCOMPARE(w.screen()->geometry().size(), QSize(3840, 2160) / m_scale);
        // Hangul must come from a real font, or every width below would be a box's width.
        const QString sample = w.navigation()->item(0)->text();
        QVERIFY(QFontMetrics(w.navigation()->font()).inFont(sample.at(0)));

        ClipFinder finder;
        const QString shots = fd::test::screenshotDir(QStringLiteral("ko-layout"));
        const QString scale = QString::number(m_scale);

        // Every page as a new user first sees it.
        for (const QString& id : w.pageIds()) {
            w.showPage(id);
            QTRY_VERIFY(w.currentPage() && w.currentPage()->pageId() == id);
            finder.checkWithTabs(&w, QStringLiteral("empty ") + id);
        }

        // The import dialog, and the vault passphrase prompt it raises on first use.
        w.showPage(fd::widgets::ClustersPage::id());
        auto* clusters = qobject_cast<fd::widgets::ClustersPage*>(w.currentPage());
        QVERIFY(clusters);
        fd::widgets::ImportDialog* import =
            clusters->openImportDialog({QUrl::fromLocalFile(config())});
        QVERIFY(QTest::qWaitForWindowExposed(import));
        QTRY_VERIFY(f.vault->pendingDialog());
        fd::widgets::VaultUnlockDialog* prompt = f.vault->pendingDialog();
        QVERIFY(QTest::qWaitForWindowExposed(prompt));
        finder.check(prompt, QStringLiteral("vault prompt (create)"));
        fd::test::saveScreenshot(prompt, shots + QStringLiteral("/vault-create-%1.png").arg(scale));
        const QString passphrase = QStringLiteral("correct horse battery");
        QTest::keyClicks(prompt->passphraseEdit(), passphrase);
        QTest::keyClicks(prompt->confirmEdit(), QStringLiteral("correct horse"));
        QTest::keyClick(prompt->confirmEdit(), Qt::Key_Return);
        finder.check(prompt, QStringLiteral("vault prompt (mismatch)"));
        prompt->confirmEdit()->selectAll();
        QTest::keyClicks(prompt->confirmEdit(), passphrase);
        QTest::keyClick(prompt->confirmEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(f.vault->pendingDialog() == nullptr, 30000);

        auto* contexts = import->contextsModel();
        QTRY_COMPARE(contexts->rowCount(), 2);
        for (int row = 0; row < contexts->rowCount(); ++row)
            contexts->setData(contexts->index(row, 0), Qt::Checked, Qt::CheckStateRole);
        finder.check(import, QStringLiteral("import dialog"));
        QSignalSpy tested(import, &fd::widgets::ImportDialog::testsFinished);
        import->testConnections();
        QVERIFY(tested.wait(30000));
        finder.check(import, QStringLiteral("import dialog (tested)"));
        fd::test::saveScreenshot(import, shots + QStringLiteral("/import-%1.png").arg(scale));
        QSignalSpy imported(import, &fd::widgets::ImportDialog::imported);
        import->save();
        QVERIFY(imported.wait(30000));
        import->close();

        // The cluster list with both clusters, and a cluster's detail and removal dialogs.
        QTRY_VERIFY(clusters->listPanel());
        fd::widgets::ClusterListPanel* list = clusters->listPanel();
        QTRY_VERIFY(list->isLoaded());
        const auto seoul = registry->clusterByName(QStringLiteral("seoul-dc1-gpu"));
        QVERIFY(seoul);
        list->selectCluster(seoul->id);
        QDialog* detail = clusters->openDetail(seoul->id);
        QVERIFY(QTest::qWaitForWindowExposed(detail));
        finder.checkWithTabs(detail, QStringLiteral("cluster detail"));
        detail->close();
        QDialog* remove = clusters->openRemove(seoul->id);
        QVERIFY(QTest::qWaitForWindowExposed(remove));
        finder.check(remove, QStringLiteral("remove cluster"));
        remove->close();

        // The policies with the default set, and the editor of each kind.
        w.showPage(fd::widgets::PoliciesPage::id());
        auto* policiesPage = qobject_cast<fd::widgets::PoliciesPage*>(w.currentPage());
        QVERIFY(policiesPage);
        policiesPage->createDefaultSet();
        QTRY_VERIFY(!policies.policies().strategies.isEmpty());
        for (auto kind : {fd::policy::PolicyKind::Placement, fd::policy::PolicyKind::Resource,
                          fd::policy::PolicyKind::Failover}) {
            policiesPage->openEditor(kind);
            QTRY_VERIFY(!openDialogs().isEmpty());
            QDialog* editor = openDialogs().constLast();
            QVERIFY(QTest::qWaitForWindowExposed(editor));
            finder.checkWithTabs(editor, QStringLiteral("policy editor %1").arg(int(kind)));
            editor->reject();
            QTRY_VERIFY(openDialogs().isEmpty());
        }

        for (const QString& what : {QStringLiteral("yaml"), QStringLiteral("history"),
                                    QStringLiteral("placement"), QStringLiteral("delete")}) {
            const QString name = policies.policies().strategies.first().name;
            if (what == QLatin1String("yaml"))
                policiesPage->showYaml(fd::policy::PolicyKind::Placement, name);
            else if (what == QLatin1String("history"))
                policiesPage->showHistory(fd::policy::PolicyKind::Placement, name);
            else if (what == QLatin1String("placement"))
                policiesPage->showPlacement(name);
            else
                policiesPage->confirmDelete(fd::policy::PolicyKind::Placement, name);
            QTRY_VERIFY(!openDialogs().isEmpty());
            QDialog* dialog = openDialogs().constLast();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            finder.checkWithTabs(dialog, QStringLiteral("policy ") + what);
            dialog->reject();
            QTRY_VERIFY(openDialogs().isEmpty());
        }
        // The sync dialog, with its report: the second cluster as a Karmada control plane (the
        // test API server serves Karmada's policy kinds), checked, then synced.
        {
            const auto hq = registry->clusterByName(QStringLiteral("hq-idc-train"));
            QVERIFY(hq);
            std::optional<fd::Status> marked;
            registry->setControlPlane(hq->id, true, &w,
                                      [&marked](fd::Status st) { marked = std::move(st); });
            QTRY_VERIFY(marked.has_value());
            QVERIFY2(marked->ok(), qPrintable(marked->error().message));
            for (QPushButton* button : {policiesPage->checkButton(), policiesPage->syncButton()}) {
                QTRY_VERIFY(button->isEnabled());
                QTest::mouseClick(button, Qt::LeftButton);
                QTRY_VERIFY(!policiesPage->findChildren<fd::widgets::SyncDialog*>().isEmpty());
                auto* sync = policiesPage->findChildren<fd::widgets::SyncDialog*>().constLast();
                QSignalSpy finished(sync, &fd::widgets::SyncDialog::finished);
                QVERIFY(QTest::qWaitForWindowExposed(sync));
                QVERIFY(finished.wait(60000));
                finder.checkWithTabs(sync, QStringLiteral("policy sync"));
                fd::test::saveScreenshot(sync,
                                         shots + QStringLiteral("/policy-sync-%1.png").arg(scale));
                sync->close();
                QTRY_VERIFY(policiesPage->findChildren<fd::widgets::SyncDialog*>().isEmpty());
            }
        }

        // The cluster dialogs that need no server beyond the test API server.
        w.showPage(fd::widgets::ClustersPage::id());
        QDialog* join = clusters->openJoin(seoul->id);
        QVERIFY(QTest::qWaitForWindowExposed(join));
        finder.check(join, QStringLiteral("join Karmada"));
        join->reject();
        QDialog* unjoin = clusters->openUnjoin(seoul->id);
        QVERIFY(QTest::qWaitForWindowExposed(unjoin));
        finder.check(unjoin, QStringLiteral("unjoin Karmada"));
        unjoin->reject();
        {
            fd::widgets::AddDataCenterDialog site(registry.get(), &w);
            site.show();
            QVERIFY(QTest::qWaitForWindowExposed(&site));
            finder.check(&site, QStringLiteral("add data center"));
        }
        {
            fd::widgets::VaultUnlockDialog unlock(*f.secrets,
                                                  fd::widgets::VaultUnlockDialog::Mode::Unlock, &w);
            unlock.show();
            QVERIFY(QTest::qWaitForWindowExposed(&unlock));
            finder.check(&unlock, QStringLiteral("vault prompt (unlock)"));
        }

        // The deployment wizard and the dialog that adds a vCenter.
        w.showPage(QStringLiteral("deployments"));
        auto* deploymentsPage = qobject_cast<fd::widgets::DeploymentsPage*>(w.currentPage());
        QVERIFY(deploymentsPage);
        fd::widgets::DeployWizard* wizard = deploymentsPage->openWizard();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        finder.checkWithTabs(wizard, QStringLiteral("deploy wizard"));
        fd::test::saveScreenshot(wizard,
                                 shots + QStringLiteral("/deploy-wizard-%1.png").arg(scale));
        // Deployed as the wizard proposes (to the test API server), so the deployment's detail
        // and delete dialogs can be walked too.
        QSignalSpy deployed(wizard, &fd::widgets::DeployWizard::deployed);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->deployButton()->isEnabled(), 30000);
        QTest::mouseClick(wizard->deployButton(), Qt::LeftButton);
        QVERIFY(deployed.wait(30000));
        const QString deployment = deployed.first().first().toString();
        QTRY_VERIFY(openDialogs().isEmpty());
        {
            fd::widgets::DeploymentDetailDialog* deploymentDetail =
                deploymentsPage->openDetail(deployment);
            QVERIFY(deploymentDetail);
            QVERIFY(QTest::qWaitForWindowExposed(deploymentDetail));
            QTRY_VERIFY_WITH_TIMEOUT(!deploymentDetail->endpointsText()->toPlainText().isEmpty(),
                                     30000);
            finder.checkWithTabs(deploymentDetail, QStringLiteral("deployment detail"));
            fd::test::saveScreenshot(
                deploymentDetail, shots + QStringLiteral("/deployment-detail-%1.png").arg(scale));
            deploymentDetail->close();
            fd::widgets::DeleteDeploymentDialog* del = deploymentsPage->openDelete(deployment);
            QVERIFY(del);
            QVERIFY(QTest::qWaitForWindowExposed(del));
            finder.check(del, QStringLiteral("delete deployment"));
            del->reject();
            QTRY_VERIFY(openDialogs().isEmpty());
        }
        // A vCenter (the simulator) added through its dialog, so the vCenter page shows an
        // inventory: its tables, tabs and actions.
        w.showPage(QStringLiteral("vcenter"));
        auto* vcenterPage = qobject_cast<fd::widgets::VCenterPage*>(w.currentPage());
        QVERIFY(vcenterPage);
        auto* emptyVcenter = vcenterPage->findChild<fd::widgets::EmptyState*>();
        QVERIFY(emptyVcenter && emptyVcenter->isVisible());
        QTest::mouseClick(emptyVcenter->actionButton(), Qt::LeftButton);
        QTRY_VERIFY(vcenterPage->findChild<fd::widgets::AddVcenterDialog*>());
        auto* add = vcenterPage->findChild<fd::widgets::AddVcenterDialog*>();
        QPointer<fd::widgets::AddVcenterDialog> addGuard(add);
        QVERIFY(QTest::qWaitForWindowExposed(add));
        finder.check(add, QStringLiteral("add vCenter"));
        QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("vcenterName")),
                         QStringLiteral("lab"));
        QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("vcenterUrl")), m_vcsim.url());
        QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("vcenterUser")),
                         m_vcsim.userName());
        QTest::keyClicks(add->findChild<QLineEdit*>(QStringLiteral("vcenterPassword")),
                         QString::fromUtf8(m_vcsim.password()));
        QTest::mouseClick(add->findChild<QPushButton*>(QStringLiteral("vcenterTest")),
                          Qt::LeftButton);
        auto* trust = add->findChild<QCheckBox*>(QStringLiteral("vcenterTrust"));
        QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), 30000);
        finder.check(add, QStringLiteral("add vCenter (untrusted certificate)"));
        fd::test::saveScreenshot(
            add, shots + QStringLiteral("/vcenter-add-untrusted-%1.png").arg(scale));
        QTest::mouseClick(trust, Qt::LeftButton);
        QTest::mouseClick(add->findChild<QPushButton*>(QStringLiteral("vcenterTest")),
                          Qt::LeftButton);
        auto* result = add->findChild<QLabel*>(QStringLiteral("vcenterTestResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(QLatin1String("API")), 30000);
        finder.check(add, QStringLiteral("add vCenter (tested)"));
        add->accept();
        QTRY_VERIFY(!addGuard);
        QTRY_VERIFY_WITH_TIMEOUT(vcenterPage->vmModel()->rowCount() > 0, 60000);
        // The dialogs the vCenter page opens: a template's notes and clone, a new scale group.
        {
            auto* tabs = vcenterPage->findChild<QTabWidget*>(QStringLiteral("vcenterTabs"));
            auto* templates = vcenterPage->findChild<QTableView*>(QStringLiteral("templateTable"));
            QVERIFY(tabs && templates);
            tabs->setCurrentIndex(1);
            QTRY_VERIFY(templates->model()->rowCount() > 0);
            templates->selectRow(0);
            const QList<std::pair<QString, QString>> openers = {
                {QStringLiteral("templateNotes"), QStringLiteral("template notes")},
                {QStringLiteral("templateClone"), QStringLiteral("clone from template")},
                {QStringLiteral("scaleNewGroup"), QStringLiteral("new scale group")}};
            for (const auto& [button, what] : openers) {
                if (button == QLatin1String("scaleNewGroup"))
                    tabs->setCurrentIndex(4);
                auto* open = vcenterPage->findChild<QPushButton*>(button);
                QVERIFY(open);
                QTRY_VERIFY(open->isEnabled());
                QTest::mouseClick(open, Qt::LeftButton);
                QTRY_VERIFY(!openDialogs().isEmpty());
                QDialog* dialog = openDialogs().constLast();
                QVERIFY(QTest::qWaitForWindowExposed(dialog));
                finder.checkWithTabs(dialog, what);
                dialog->reject();
                QTRY_VERIFY(openDialogs().isEmpty());
            }
            tabs->setCurrentIndex(0);
        }

        // A Prometheus (the test server's day of DCGM history) so the GPU metrics page shows the
        // fleet, its charts and health events.
        fd::metrics::MetricsEndpoint prometheus;
        prometheus.name = QStringLiteral("lab");
        fd::store::StoredEndpoint stored;
        stored.endpoint.url = m_prom.prometheusUrl();
        prometheus.endpoint = stored;
        QVERIFY(f.store->writeSync(
            [&](sqlite3* db) { return fd::metrics::insertMetricsEndpoint(db, prometheus); }));
        w.showPage(QStringLiteral("gpu-metrics"));
        auto* gpuPage = qobject_cast<fd::widgets::GpuMetricsPage*>(w.currentPage());
        QVERIFY(gpuPage);
        gpuPage->reloadEndpoints();
        QTRY_VERIFY(gpuPage->endpointBox()->count() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(gpuPage->dashboard()->fleetModel()->rowCount() > 0, 60000);

        // Every page again, now with content.
        for (const QString& id : w.pageIds()) {
            w.showPage(id);
            QTRY_VERIFY(w.currentPage() && w.currentPage()->pageId() == id);
            finder.checkWithTabs(&w, id);
            fd::test::saveScreenshot(&w, shots + QStringLiteral("/%1-%2.png").arg(id, scale));
        }

        // The smallest window the layouts allow: minimum sizes must keep every text whole.
        w.resize(w.minimumSizeHint());
        for (const QString& id : w.pageIds()) {
            w.showPage(id);
            QTRY_VERIFY(w.currentPage() && w.currentPage()->pageId() == id);
            finder.checkWithTabs(&w, QStringLiteral("smallest window ") + id);
            fd::test::saveScreenshot(&w,
                                     shots + QStringLiteral("/smallest-%1-%2.png").arg(id, scale));
        }
        qInfo() << "smallest window" << w.size();
        // With every page built, the console fits 1920x1080 at 200 %: 960x540 logical pixels,
        // less a 32 px panel (GNOME's top bar) — and so any 1366x768 screen too.
        QVERIFY2(w.minimumSizeHint().height() <= 508 && w.minimumSizeHint().width() <= 960,
                 qPrintable(QStringLiteral("the window cannot be made smaller than %1x%2")
                                .arg(w.minimumSizeHint().width())
                                .arg(w.minimumSizeHint().height())));
        w.resize(1280, 800);

        fd::widgets::AboutDialog about(&w);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        finder.check(&about, QStringLiteral("about"));
        about.close();

        qInfo("checked %d texts at scale %s in %lld ms; %lld clipped", finder.checked,
              qPrintable(scale), clock.elapsed(), qlonglong(finder.clips.size()));
        QStringList report;
        for (const Clip& c : std::as_const(finder.clips))
            report << c.describe();
        QVERIFY2(finder.checked > 100, "too few texts were checked: the walk is broken");
        QVERIFY2(
            finder.clips.isEmpty(),
            qPrintable(QStringLiteral("%1 clipped at scale %2:\n").arg(report.size()).arg(scale) +
                       report.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestKoreanLayout)
#include "tst_korean_layout.moc"
