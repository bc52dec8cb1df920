// The cluster list page's model, proxy and grouping, driven like a user (typing in the search
// box, clicking headers, ticking "Group by data center") over a registry whose health updates
// the test controls — 2,000 clusters updated at once must arrive as dataChanged ranges, never
// a reset.
#include "clusters/clusterfilterproxy.h"
#include "clusters/clustergroupmodel.h"
#include "clusters/clusterlistmodel.h"
#include "clusters/clusterlistpanel.h"
#include "common/language.h"
#include "fakeclustercatalog.h"
#include "shell/theme.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using fd::registry::ClusterRecord;
using fd::registry::ClusterStatus;
using fd::registry::DataCenter;
using fd::widgets::ClusterListModel;

namespace {

ClusterRecord record(const QString& name, const DataCenter& dc, ClusterStatus status, int nodes) {
    ClusterRecord r;
    r.name = name;
    r.datacenter = dc;
    r.connection.endpoint.url = QStringLiteral("https://%1.example:6443").arg(name);
    r.health.status = status;
    r.health.nodesTotal = nodes;
    r.health.nodesReady = nodes;
    r.health.version = QStringLiteral("v1.30.2");
    r.health.lastCheck = QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
    return r;
}

const DataCenter Hq{QStringLiteral("hq-idc"), QStringLiteral("HQ IDC")};
const DataCenter Seoul{QStringLiteral("seoul-dc1"), QStringLiteral("Seoul DC1")};

QStringList visibleNames(QTreeView* view) {
    QStringList names;
    auto* model = view->model();
    std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex idx = model->index(row, ClusterListModel::Name, parent);
            if (model->hasChildren(model->index(row, 0, parent)))
                walk(model->index(row, 0, parent));
            else if (idx.data(ClusterListModel::IdRole).toLongLong() != 0)
                names << idx.data(ClusterListModel::RawDataRole).toString();
        }
    };
    walk({});
    return names;
}

} // namespace

class TestClusterList final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fd::widgets::applyTheme(*qApp); }

    void healthUpdatesAreDataChangedRanges() {
        fd::test::FakeClusterCatalog registry;
        QList<qint64> ids;
        for (int i = 0; i < 2000; ++i)
            ids << registry.add(record(QStringLiteral("c%1").arg(i, 4, 10, QLatin1Char('0')),
                                       i % 2 ? Hq : Seoul, ClusterStatus::Unknown, 0));
        ClusterListModel model(&registry);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2000);

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        fd::registry::HealthSnapshot ready;
        ready.status = ClusterStatus::Ready;
        ready.nodesReady = 3;
        ready.nodesTotal = 4;
        ready.gpus = {{QStringLiteral("NVIDIA-A100-SXM4-80GB"), 8, 8, 3}};
        ready.lastCheck = QDateTime::currentDateTimeUtc();
        registry.setHealth(ids, ready);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1); // all rows contiguous: one range
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 1999);

        // Every other row: 1,000 separate ranges, still no reset.
        QList<qint64> odd;
        for (int i = 1; i < ids.size(); i += 2)
            odd << ids[i];
        changed.clear();
        registry.setHealth(odd, ready);
        QCOMPARE(changed.count(), 1000);
        QCOMPARE(reset.count(), 0);

        const QModelIndex status = model.index(0, ClusterListModel::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("Ready"));
        QCOMPARE(model.index(0, ClusterListModel::Nodes).data().toString(),
                 QStringLiteral("3 / 4"));
        QCOMPARE(model.index(0, ClusterListModel::Gpus).data().toString(),
                 QStringLiteral("3 / 8 A100-SXM4-80GB"));
        QVERIFY(status.data(Qt::DecorationRole).isValid()); // the coloured dot
        QCOMPARE(status.data(Qt::ForegroundRole).value<QColor>(),
                 ClusterListModel::statusColor(ClusterStatus::Ready));

        // Added and removed records are row inserts and removals.
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        registry.addAndNotify(record(QStringLiteral("new"), Hq, ClusterStatus::Unknown, 0));
        registry.removeAndNotify(ids.first());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model.rowCount(), 2000);
        QCOMPARE(reset.count(), 0);
    }

    void searchSortAndGroupLikeAUser() {
        // English as the application runs it: with the plural-forms translator installed.
        fd::widgets::LanguageManager language(nullptr);
        language.setChoice(fd::widgets::LanguageManager::Choice::English);
        fd::test::FakeClusterCatalog registry;
        registry.add(record(QStringLiteral("gpu-a"), Hq, ClusterStatus::Ready, 12));
        registry.add(record(QStringLiteral("gpu-b"), Seoul, ClusterStatus::Unreachable, 9));
        registry.add(record(QStringLiteral("cpu-batch"), Seoul, ClusterStatus::NotReady, 100));
        fd::widgets::ClusterListPanel panel(&registry, nullptr);
        QAbstractItemModelTester proxyTester(
            panel.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(1100, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy counted(&panel, &fd::widgets::ClusterListPanel::countChanged);
        panel.reload();
        QVERIFY(counted.wait());
        QCOMPARE(panel.states()->currentWidget(), panel.view());
        QTreeView* view = panel.view();
        QCOMPARE(visibleNames(view),
                 (QStringList{QStringLiteral("cpu-batch"), QStringLiteral("gpu-a"),
                              QStringLiteral("gpu-b")}));

        // Search by typing.
        QTest::keyClicks(panel.searchBox(), QStringLiteral("gpu seoul"));
        QCOMPARE(visibleNames(view), QStringList{QStringLiteral("gpu-b")});
        // The clear button (the theme's own icon, ":/icons/clear.svg") empties the search.
        auto* clear = panel.searchBox()->findChild<QToolButton*>();
        QVERIFY(clear);
        QTRY_VERIFY(clear->isVisible());
        QCOMPARE(clear->icon().pixmap(16, 16).toImage(),
                 QIcon(QStringLiteral(":/icons/clear.svg")).pixmap(16, 16).toImage());
        QVERIFY(!clear->icon().pixmap(16, 16).isNull());
        QTest::mouseClick(clear, Qt::LeftButton, {}, clear->rect().center());
        QCOMPARE(panel.searchBox()->text(), QString());
        QCOMPARE(visibleNames(view).size(), 3);

        // Sort by clicking the Nodes header: 9 < 12 < 100 (numeric, not text), then descending.
        QHeaderView* header = view->header();
        const auto clickHeader = [&](int column) {
            const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(x, header->height() / 2));
        };
        clickHeader(ClusterListModel::Nodes);
        const QStringList ascending{QStringLiteral("gpu-b"), QStringLiteral("gpu-a"),
                                    QStringLiteral("cpu-batch")};
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QVERIFY(visibleNames(view) == ascending || visibleNames(view) == descending);
        const QStringList first = visibleNames(view);
        clickHeader(ClusterListModel::Nodes);
        QCOMPARE(visibleNames(view), first == ascending ? descending : ascending);

        // Group by data center: group rows with their clusters under them.
        QTest::mouseClick(panel.groupToggle(), Qt::LeftButton, {},
                          QPoint(8, panel.groupToggle()->height() / 2));
        QVERIFY(panel.groupToggle()->isChecked());
        auto* groups = view->model();
        QAbstractItemModelTester groupTester(
            groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(groups->rowCount(), 2);
        QCOMPARE(groups->index(0, 0).data().toString(), QStringLiteral("HQ IDC — 1 cluster"));
        QCOMPARE(groups->index(1, 0).data().toString(), QStringLiteral("Seoul DC1 — 2 clusters"));
        QCOMPARE(groups->rowCount(groups->index(1, 0)), 2);
        QVERIFY(view->isFirstColumnSpanned(0, {}));

        // Health updates while grouped reach the child rows.
        const qint64 gpuA = registry.clusterByName(QStringLiteral("gpu-a"))->id;
        fd::registry::HealthSnapshot down;
        down.status = ClusterStatus::Unreachable;
        QSignalSpy groupChanged(groups, &QAbstractItemModel::dataChanged);
        QSignalSpy groupReset(groups, &QAbstractItemModel::modelReset);
        registry.setHealth({gpuA}, down);
        QVERIFY(groupChanged.count() >= 1);
        QCOMPARE(groups->index(0, 0, groups->index(0, 0)).data().toString(),
                 QStringLiteral("Unreachable"));

        // Selecting a row enables the row actions; the double-click opens the detail.
        panel.selectCluster(gpuA);
        QCOMPARE(panel.selectedIds(), QList<qint64>{gpuA});
        QVERIFY(panel.removeButton()->isEnabled());
        QVERIFY(panel.joinButton()->isEnabled());
        QCOMPARE(panel.joinButton()->text(), QStringLiteral("Join to Karmada…"));
        QSignalSpy detail(&panel, &fd::widgets::ClusterListPanel::detailRequested);
        const QRect rect = view->visualRect(view->currentIndex());
        // What a real double click delivers: press, release, press + double-click, release.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(detail.count(), 1);
        QTest::keyClick(view, Qt::Key_Return); // Enter opens it too
        QCOMPARE(detail.count(), 2);
        QCOMPARE(detail.first().first().toLongLong(), gpuA);

        // Back to the flat list keeps the selection.
        panel.groupToggle()->click();
        QCOMPARE(panel.selectedIds(), QList<qint64>{gpuA});
    }

    // A cluster whose credentials wait for the locked vault says "Locked", not its stale status.
    void lockedClustersSayLocked() {
        fd::test::FakeClusterCatalog catalog;
        const ClusterRecord r = record(QStringLiteral("gpu-a"), Hq, ClusterStatus::Ready, 3);
        const auto id = catalog.add(r);
        fd::widgets::ClusterListModel model(&catalog);
        QAbstractItemModelTester tester(&model);
        const QModelIndex status =
            model.index(model.rowOf(id), fd::widgets::ClusterListModel::Status);
        QCOMPARE(status.data().toString(), QStringLiteral("Ready"));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        catalog.setLocked({id});
        QVERIFY(!changed.isEmpty());
        QCOMPARE(status.data().toString(), QStringLiteral("Locked"));
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("vault")));
        catalog.setLocked({});
        catalog.setHealth({id}, r.health);
        QCOMPARE(status.data().toString(), QStringLiteral("Ready"));
    }
};

QTEST_MAIN(TestClusterList)
#include "tst_clusterlist.moc"
