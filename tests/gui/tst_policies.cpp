// The Policies page and its editors driven as a user would, over the real store and
// PolicyService: the empty states and "Create the default set"; cards per kind; editing a profile
// to MIG + NVLink and seeing the conflict inline (and the overcommit warning and BE note);
// changing the detection time and watching the timeline move; turning failover off with its
// confirmation; a new strategy with rules typed into the table; deleting (blocked for a strategy
// that deployments use, a stronger warning for the default, a plain confirmation otherwise);
// changing the default strategy with its confirmation; the sync badge and external objects; the
// YAML preview and the version history.
#include "guifixture.h"

#include "common/emptystate.h"
#include "common/toggleswitch.h"
#include "policies/deletepolicydialog.h"
#include "policies/failovereditor.h"
#include "policies/failovertimelinewidget.h"
#include "policies/fieldmessage.h"
#include "policies/policiespage.h"
#include "policies/policycard.h"
#include "policies/policyhistorydialog.h"
#include "policies/policyhistorymodel.h"
#include "policies/policytab.h"
#include "policies/policyyamldialog.h"
#include "policies/profileeditor.h"
#include "policies/rulesmodel.h"
#include "policies/strategyeditor.h"
#include "policies/syncbadge.h"
#include "policy/policyservice.h"
#include "shell/mainwindow.h"
#include "store/sqlite.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace fd::policy;
using namespace fd::widgets;

namespace {

struct Env {
    fd::test::GuiFixture f;
    std::unique_ptr<PolicyService> service;
    std::unique_ptr<PoliciesPage> page;

    Env() {
        if (!f.openStore())
            qFatal("store");
        service = std::make_unique<PolicyService>(*f.store);
        service->setAuthor(QStringLiteral("gui-test"));
        if (!service->loadNow().ok())
            qFatal("load");
        f.services.policies = service.get();
    }
    ~Env() { page.reset(); }

    PoliciesPage& open() {
        page = std::make_unique<PoliciesPage>(f.services);
        page->resize(1280, 860);
        page->show();
        if (!QTest::qWaitForWindowExposed(page.get()))
            qFatal("not exposed");
        return *page;
    }
};

template <typename T> T* waitForChild(QObject* parent, const QString& name = {}) {
    T* found = nullptr;
    for (int i = 0; i < 500 && !found; ++i) {
        for (T* c : parent->findChildren<T*>(name))
            if (c->isVisible())
                found = c;
        if (!found)
            QTest::qWait(10);
    }
    return found;
}

PolicyCard* card(PoliciesPage& page, PolicyKind kind, const QString& name) {
    for (QWidget* w : page.tab(kind)->cards())
        if (auto* c = qobject_cast<PolicyCard*>(w); c && c->policyName() == name)
            return c;
    return nullptr;
}

void click(QWidget* w) {
    QVERIFY2(w, "no widget to click");
    QVERIFY2(w->isEnabled(), qPrintable(w->objectName()));
    QTest::mouseClick(w, Qt::LeftButton, {}, w->rect().center());
}

void confirm(QWidget* parent, const char* button = "confirmButton") {
    auto* box = waitForChild<QMessageBox>(parent, QStringLiteral("policyConfirmation"));
    QVERIFY(box);
    click(box->findChild<QPushButton*>(QString::fromLatin1(button)));
}

void typeInto(QAbstractSpinBox* spin, const QString& text) {
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, text);
}

QString messageText(QWidget* editor, const QString& path) {
    auto* m = editor->findChild<FieldMessage*>(QStringLiteral("message:") + path);
    return m ? m->text() : QStringLiteral("<no message widget for %1>").arg(path);
}

Severity worst(QWidget* editor, const QString& path) {
    auto* m = editor->findChild<FieldMessage*>(QStringLiteral("message:") + path);
    Severity s = Severity::Info;
    for (const Finding& f : m->findings())
        if (int(f.severity) < int(s))
            s = f.severity;
    return s;
}

} // namespace

class TestPolicies final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fd::test::applyTestTheme(); }

    void withoutAStoreThePageSaysSo() {
        fd::test::GuiFixture f;
        PoliciesPage page(f.services);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.stateView()->isVisible());
        QVERIFY(!page.stateView()->actionButton()->isEnabled());
        QVERIFY(page.stateView()->noteLabel()->text().contains(QLatin1String("local store")));
        QVERIFY(!page.tabs()->isVisible());
    }

    void createTheDefaultSetFromAnEmptyTab() {
        Env env;
        PoliciesPage& page = env.open();
        QVERIFY(page.tabs()->isVisible());
        for (PolicyKind kind : {PolicyKind::Placement, PolicyKind::Resource, PolicyKind::Failover})
            QVERIFY(page.tab(kind)->isShowingEmptyState());
        QCOMPARE(page.tabs()->tabText(0), QStringLiteral("Placement strategies (0)"));
        EmptyState* empty = page.tab(PolicyKind::Placement)->emptyState();
        QVERIFY(empty->isVisible());
        QCOMPARE(empty->actionButton()->text(), QStringLiteral("Create the default set"));
        click(empty->actionButton());
        QTRY_COMPARE(page.tab(PolicyKind::Placement)->cards().size(), 3);
        QCOMPARE(page.tab(PolicyKind::Resource)->cards().size(), 3);
        QCOMPARE(page.tab(PolicyKind::Failover)->cards().size(), 1);
        QCOMPARE(page.tabs()->tabText(0), QStringLiteral("Placement strategies (3)"));
        QTRY_VERIFY(page.notice()->text().contains(QLatin1String("Created 7 policies")));

        // A strategy card: mode, targets, default profile, usage; the default has its badge.
        PolicyCard* general = card(page, PolicyKind::Placement, QStringLiteral("general"));
        QVERIFY(general->findChild<QLabel*>(QStringLiteral("defaultBadge")));
        QVERIFY(!general->findChild<QPushButton*>(QStringLiteral("makeDefaultButton")));
        QVERIFY(general->findChild<QLabel*>(QStringLiteral("targetsFact"))
                    ->text()
                    .contains(QLatin1String("Zone B clusters")));
        QVERIFY(general->findChild<QLabel*>(QStringLiteral("profileFact"))
                    ->text()
                    .contains(QLatin1String("standard")));
        QVERIFY(general->findChild<QLabel*>(QStringLiteral("usageFact"))
                    ->text()
                    .contains(QLatin1String("No deployments")));
        QCOMPARE(general->syncBadge()->text(), QStringLiteral("Not synced"));
        PolicyCard* large = card(page, PolicyKind::Placement, QStringLiteral("large-models"));
        QVERIFY(large->findChild<QLabel*>(QStringLiteral("rulesFact"))
                    ->text()
                    .contains(QLatin1String("Model size at least 30B")));

        // A profile card: zone A and zone B side by side.
        page.tabs()->setCurrentIndex(1);
        PolicyCard* shared = card(page, PolicyKind::Resource, QStringLiteral("shared-gpu"));
        QTRY_VERIFY(shared->isVisible());
        auto* a = shared->findChild<QFrame*>(QStringLiteral("zoneAFacts"));
        auto* b = shared->findChild<QFrame*>(QStringLiteral("zoneBFacts"));
        QVERIFY(a && b);
        QCOMPARE(a->mapTo(shared, QPoint()).y(), b->mapTo(shared, QPoint()).y());
        QVERIFY(a->mapTo(shared, QPoint()).x() + a->width() <= b->mapTo(shared, QPoint()).x());
        QVERIFY(a->accessibleName().contains(QLatin1String("MIG 1g.10gb")));
        QVERIFY(b->accessibleName().contains(QLatin1String("QoS BE")));

        // A failover card: the compact timeline.
        page.tabs()->setCurrentIndex(2);
        auto* failover = qobject_cast<FailoverCard*>(
            card(page, PolicyKind::Failover, QStringLiteral("standard")));
        QTRY_VERIFY(failover->timeline()->isVisible());
        QVERIFY(failover->timeline()->variant() == FailoverTimelineWidget::Variant::Compact);
        QVERIFY(failover->timeline()->accessibleDescription().contains(QLatin1String("5 min")));
    }

    void profileToMigAndNvlinkShowsTheConflictInline() {
        Env env;
        PoliciesPage& page = env.open();
        page.createDefaultSet();
        QTRY_COMPARE(page.tab(PolicyKind::Resource)->cards().size(), 3);
        page.tabs()->setCurrentIndex(1);
        PolicyCard* standard = card(page, PolicyKind::Resource, QStringLiteral("standard"));
        QTRY_VERIFY(standard->isVisible());
        click(standard->editButton());
        auto* editor = waitForChild<ProfileEditor>(&page);
        QVERIFY(editor);
        QVERIFY(editor->nameEdit()->isReadOnly()); // the name is the identity
        // MIG-only fields appear only with MIG.
        QVERIFY(!editor->migProfileCombo()->isVisible());
        QVERIFY(!editor->migCountSpin()->isVisible());
        QVERIFY(editor->zoneAGpus()->isVisible());
        click(editor->migCheck());
        QTRY_VERIFY(editor->migProfileCombo()->isVisible());
        QVERIFY(editor->migCountSpin()->isVisible());
        QVERIFY(!editor->zoneAGpus()->isVisible());
        QVERIFY(editor->saveButton()->isEnabled());
        // NVLink with MIG: an error right under NVLink, and Save is off.
        click(editor->nvlinkCheck());
        QTRY_VERIFY(messageText(editor, QStringLiteral("zoneA.nvlink"))
                        .contains(QLatin1String("MIG and NVLink conflict")));
        QCOMPARE(int(worst(editor, QStringLiteral("zoneA.nvlink"))), int(Severity::Error));
        QVERIFY(
            editor->findChild<FieldMessage*>(QStringLiteral("message:zoneA.nvlink"))->isVisible());
        QVERIFY(!editor->saveButton()->isEnabled());
        click(editor->nvlinkCheck());
        QTRY_VERIFY(messageText(editor, QStringLiteral("zoneA.nvlink")).isEmpty());
        QVERIFY(editor->saveButton()->isEnabled());
        // A MIG profile typed wrong.
        editor->migProfileCombo()->lineEdit()->selectAll();
        QTest::keyClicks(editor->migProfileCombo()->lineEdit(), QStringLiteral("10gb"));
        QTRY_VERIFY(messageText(editor, QStringLiteral("zoneA.migProfile"))
                        .contains(QLatin1String("is not a MIG profile")));
        editor->migProfileCombo()->lineEdit()->selectAll();
        QTest::keyClicks(editor->migProfileCombo()->lineEdit(), QStringLiteral("2g.20gb"));
        QTRY_VERIFY(messageText(editor, QStringLiteral("zoneA.migProfile")).isEmpty());
        // Zone B: overcommit with LSR is a warning, with BE a note; neither blocks Save.
        click(editor->overcommitCheck());
        editor->qosCombo()->setFocus();
        while (editor->qosCombo()->currentData().toInt() != int(QosClass::LSR))
            QTest::keyClick(editor->qosCombo(), Qt::Key_Up);
        QTRY_VERIFY(messageText(editor, QStringLiteral("zoneB.overcommit"))
                        .contains(QLatin1String("QoS class LSR")));
        QCOMPARE(int(worst(editor, QStringLiteral("zoneB.overcommit"))), int(Severity::Warning));
        QVERIFY(editor->saveButton()->isEnabled());
        while (editor->qosCombo()->currentData().toInt() != int(QosClass::BE))
            QTest::keyClick(editor->qosCombo(), Qt::Key_Down);
        QTRY_VERIFY(messageText(editor, QStringLiteral("zoneB.overcommit"))
                        .contains(QLatin1String("that is what BE is for")));
        QCOMPARE(int(worst(editor, QStringLiteral("zoneB.overcommit"))), int(Severity::Info));
        // Gang size shows with gang scheduling only.
        QVERIFY(!editor->gangSizeSpin()->isVisible());
        click(editor->gangCheck());
        QTRY_VERIFY(editor->gangSizeSpin()->isVisible());

        QPointer<ProfileEditor> guard(editor);
        click(editor->saveButton());
        QTRY_VERIFY(!guard);
        const ResourceProfile* saved = env.service->policies().profile(QStringLiteral("standard"));
        QVERIFY(saved->zoneA.mig);
        QCOMPARE(saved->zoneA.migProfile, QStringLiteral("2g.20gb"));
        QCOMPARE(int(saved->zoneB.qosClass), int(QosClass::BE));
        QVERIFY(saved->zoneB.gangScheduling);
        QTRY_VERIFY(card(page, PolicyKind::Resource, QStringLiteral("standard")) &&
                    card(page, PolicyKind::Resource, QStringLiteral("standard"))
                        ->findChild<QFrame*>(QStringLiteral("zoneAFacts"))
                        ->accessibleName()
                        .contains(QLatin1String("MIG 2g.20gb")));
        QVERIFY(page.notice()->text().contains(QLatin1String("Saved \"standard\"")));
    }

    void detectionTimeMovesTheTimeline() {
        Env env;
        PoliciesPage& page = env.open();
        page.createDefaultSet();
        QTRY_COMPARE(page.tab(PolicyKind::Failover)->cards().size(), 1);
        page.tabs()->setCurrentIndex(2);
        PolicyCard* standard = card(page, PolicyKind::Failover, QStringLiteral("standard"));
        QTRY_VERIFY(standard->isVisible());
        click(standard->editButton());
        auto* editor = waitForChild<FailoverEditor>(&page);
        QVERIFY(editor);
        FailoverTimelineWidget* timeline = editor->timeline();
        QVERIFY(timeline->variant() == FailoverTimelineWidget::Variant::Full);
        QTRY_VERIFY(timeline->isVisible());
        const QRectF detection = timeline->barRect(QStringLiteral("detection"));
        const QRectF eviction = timeline->barRect(QStringLiteral("eviction"));

        typeInto(editor->tolerationSpin(), QStringLiteral("60"));
        QCOMPARE(editor->tolerationSpin()->value(), 60);
        // Live: no Save needed for the timeline to follow.
        QVERIFY(timeline->barRect(QStringLiteral("detection")).width() < detection.width() / 3);
        QVERIFY(timeline->barRect(QStringLiteral("eviction")).left() < eviction.left());
        QVERIFY(std::abs(timeline->barRect(QStringLiteral("eviction")).left() -
                         timeline->xForSeconds(60)) <= 1.0);
        QVERIFY(timeline->accessibleDescription().contains(QLatin1String("from 0 s to 1 min")));

        // A longer grace period stretches the axis; Directly hides the grace period field.
        QVERIFY(editor->graceSpin()->isVisible());
        editor->purgeCombo()->setFocus();
        while (editor->purgeCombo()->currentData().toInt() != int(PurgeMode::Directly))
            QTest::keyClick(editor->purgeCombo(), Qt::Key_Up);
        QTRY_VERIFY(!editor->graceSpin()->isVisible());
        QVERIFY(timeline->barRect(QStringLiteral("gracePeriod")).isNull());
        // Purge modes offered are the newest generation's (no control plane schema yet).
        QCOMPARE(editor->purgeCombo()->count(), 3);
        QVERIFY(editor->schemaNote()->text().contains(QLatin1String("v1.19")));

        QPointer<FailoverEditor> guard(editor);
        click(editor->saveButton());
        QTRY_VERIFY(!guard);
        QCOMPARE(
            env.service->policies().failoverPolicy(QStringLiteral("standard"))->tolerationSeconds,
            60);
        auto* updated = qobject_cast<FailoverCard*>(
            card(page, PolicyKind::Failover, QStringLiteral("standard")));
        QTRY_VERIFY(updated && updated->timeline()->accessibleDescription().contains(
                                   QLatin1String("from 0 s to 1 min")));
    }

    void turningFailoverOffAsksFirst() {
        Env env;
        PoliciesPage& page = env.open();
        page.createDefaultSet();
        QTRY_COMPARE(page.tab(PolicyKind::Failover)->cards().size(), 1);
        page.openEditor(PolicyKind::Failover, QStringLiteral("standard"));
        auto* editor = waitForChild<FailoverEditor>(&page);
        QVERIFY(editor);
        QVERIFY(editor->enableSwitch()->isChecked());
        click(editor->enableSwitch());
        QVERIFY(!editor->enableSwitch()->isChecked());
        QVERIFY(!editor->tolerationSpin()->isEnabled());
        QVERIFY(
            editor->timeline()->accessibleDescription().contains(QLatin1String("Failover is off")));
        // Cancel keeps it on.
        click(editor->saveButton());
        confirm(editor, "cancelButton");
        QTest::qWait(50);
        QVERIFY(env.service->policies().failoverPolicy(QStringLiteral("standard"))->enabled);
        QVERIFY(editor->isVisible());
        // Confirm turns it off; the box names the strategies that use it.
        click(editor->saveButton());
        auto* box = waitForChild<QMessageBox>(editor, QStringLiteral("policyConfirmation"));
        QVERIFY(box->text().contains(QLatin1String("general, large-models, small-models")));
        click(box->findChild<QPushButton*>(QStringLiteral("confirmButton")));
        QTRY_VERIFY(!env.service->policies().failoverPolicy(QStringLiteral("standard"))->enabled);
        QTRY_VERIFY(card(page, PolicyKind::Failover, QStringLiteral("standard")) &&
                    card(page, PolicyKind::Failover, QStringLiteral("standard"))
                        ->findChild<QLabel*>(QStringLiteral("offBadge")));
    }

    void newStrategyWithRulesTypedIntoTheTable() {
        Env env;
        PoliciesPage& page = env.open();
        page.createDefaultSet();
        QTRY_COMPARE(page.tab(PolicyKind::Placement)->cards().size(), 3);
        click(page.tab(PolicyKind::Placement)->newButton());
        auto* editor = waitForChild<StrategyEditor>(&page);
        QVERIFY(editor);
        QAbstractItemModelTester tester(editor->rulesModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Name rules while typing.
        QTRY_VERIFY(
            messageText(editor, QStringLiteral("name")).contains(QLatin1String("Enter a name")));
        QVERIFY(!editor->saveButton()->isEnabled());
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("General"));
        QTRY_VERIFY(
            messageText(editor, QStringLiteral("name")).contains(QLatin1String("lowercase")));
        editor->nameEdit()->clear();
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("general"));
        QTRY_VERIFY(messageText(editor, QStringLiteral("name")).contains(QLatin1String("already")));
        editor->nameEdit()->clear();
        QTest::keyClicks(editor->nameEdit(), QStringLiteral("a100-vllm"));
        QTRY_VERIFY(messageText(editor, QStringLiteral("name")).isEmpty());
        // Zone A through the zone list, a label typed, a bad label caught.
        editor->zoneCombo()->setFocus();
        QTest::keyClick(editor->zoneCombo(), Qt::Key_Down);
        QCOMPARE(editor->zoneCombo()->currentData().toString(), QStringLiteral("A"));
        QTest::keyClicks(editor->labelsEdit(), QStringLiteral("team"));
        QTRY_VERIFY(
            messageText(editor, QStringLiteral("targets")).contains(QLatin1String("key=value")));
        QTest::keyClicks(editor->labelsEdit(), QStringLiteral("=llm"));
        QTRY_VERIFY(messageText(editor, QStringLiteral("targets")).isEmpty());

        // Two rules: model size at least 13, GPU type contains A100; then one removed.
        click(editor->addRuleButton());
        QCOMPARE(editor->rulesModel()->rowCount(), 1);
        QTRY_VERIFY(
            messageText(editor, QStringLiteral("rules")).contains(QLatin1String("Enter a value")));
        auto* value0 = qobject_cast<QLineEdit*>(editor->rulesView()->indexWidget(
            editor->rulesModel()->index(0, RulesModel::ValueColumn)));
        QVERIFY(value0);
        QTest::keyClicks(value0, QStringLiteral("13"));
        QTRY_VERIFY(messageText(editor, QStringLiteral("rules")).isEmpty());
        click(editor->addRuleButton());
        click(editor->addRuleButton());
        QCOMPARE(editor->rulesModel()->rowCount(), 3);
        auto* field1 = qobject_cast<QComboBox*>(editor->rulesView()->indexWidget(
            editor->rulesModel()->index(1, RulesModel::FieldColumn)));
        QVERIFY(field1);
        field1->setFocus();
        QTest::keyClick(field1, Qt::Key_Down); // GPU type
        QCOMPARE(int(editor->rulesModel()->rules()[1].field), int(RuleField::GpuType));
        // The operator list follows the condition: "at least" is gone, "contains" is there.
        auto* op1 = qobject_cast<QComboBox*>(editor->rulesView()->indexWidget(
            editor->rulesModel()->index(1, RulesModel::OperatorColumn)));
        QVERIFY(op1->findData(int(RuleOperator::AtLeast)) < 0);
        op1->setFocus();
        while (op1->currentData().toInt() != int(RuleOperator::Contains))
            QTest::keyClick(op1, Qt::Key_Down);
        auto* value1 = qobject_cast<QLineEdit*>(editor->rulesView()->indexWidget(
            editor->rulesModel()->index(1, RulesModel::ValueColumn)));
        QTest::keyClicks(value1, QStringLiteral("A100"));
        // Remove the third (empty) rule by selecting it.
        editor->rulesView()->selectRow(2);
        click(editor->removeRuleButton());
        QCOMPARE(editor->rulesModel()->rowCount(), 2);
        QTRY_VERIFY(messageText(editor, QStringLiteral("rules")).isEmpty());
        QVERIFY(editor->saveButton()->isEnabled());

        QPointer<StrategyEditor> guard(editor);
        click(editor->saveButton());
        QTRY_VERIFY(!guard);
        const PlacementStrategy* s = env.service->policies().strategy(QStringLiteral("a100-vllm"));
        QVERIFY(s);
        QCOMPARE(s->targetLabels.value(QStringLiteral("fleetdeck.io/zone")), QStringLiteral("A"));
        QCOMPARE(s->targetLabels.value(QStringLiteral("team")), QStringLiteral("llm"));
        QCOMPARE(s->rules.size(), 2);
        QCOMPARE(
            s->rules[0],
            (PlacementRule{RuleField::ModelSize, RuleOperator::AtLeast, {QStringLiteral("13")}}));
        QCOMPARE(
            s->rules[1],
            (PlacementRule{RuleField::GpuType, RuleOperator::Contains, {QStringLiteral("A100")}}));
        QVERIFY(!s->isDefault);
        QTRY_VERIFY(card(page, PolicyKind::Placement, QStringLiteral("a100-vllm")));
        QVERIFY(card(page, PolicyKind::Placement, QStringLiteral("a100-vllm"))
                    ->findChild<QLabel*>(QStringLiteral("rulesFact"))
                    ->text()
                    .contains(QLatin1String("GPU type contains A100")));
    }

    void deletingFollowsTheRules() {
        Env env;
        env.service->setDeploymentsUsing([](PolicyKind kind, const QString& name) {
            if (kind == PolicyKind::Placement && name == u"large-models")
                return QStringList{QStringLiteral("llama3-70b"), QStringLiteral("qwen2-72b")};
            return QStringList();
        });
        PoliciesPage& page = env.open();
        page.createDefaultSet();
        QTRY_COMPARE(page.tab(PolicyKind::Placement)->cards().size(), 3);
        // The card says who uses it.
        QTRY_VERIFY(card(page, PolicyKind::Placement, QStringLiteral("large-models"))
                        ->findChild<QLabel*>(QStringLiteral("usageFact"))
                        ->text()
                        .contains(QLatin1String("2 deployments: llama3-70b, qwen2-72b")));

        // Blocked: listed, no Delete button.
        click(card(page, PolicyKind::Placement, QStringLiteral("large-models"))->deleteButton());
        auto* blocked = waitForChild<DeletePolicyDialog>(&page);
        QVERIFY(blocked);
        QCOMPARE(int(blocked->verdict()), int(DeleteVerdict::Blocked));
        QCOMPARE(blocked->usageList()->count(), 2);
        QCOMPARE(blocked->usageList()->item(0)->text(), QStringLiteral("Deployment llama3-70b"));
        QVERIFY(!blocked->deleteButton()->isVisible());
        QCOMPARE(blocked->closeButton()->text(), QStringLiteral("Close"));
        QPointer<DeletePolicyDialog> guard(blocked);
        click(blocked->closeButton());
        QTRY_VERIFY(!guard);
        QVERIFY(env.service->policies().strategy(QStringLiteral("large-models")));

        // A profile linked by a strategy: blocked the same way.
        page.confirmDelete(PolicyKind::Resource, QStringLiteral("high-performance"));
        auto* linked = waitForChild<DeletePolicyDialog>(&page);
        QCOMPARE(int(linked->verdict()), int(DeleteVerdict::Blocked));
        QCOMPARE(linked->usageList()->item(0)->text(),
                 QStringLiteral("Placement strategy large-models"));
        guard = linked;
        click(linked->closeButton());
        QTRY_VERIFY(!guard);

        // The default strategy: a stronger warning that has to be acknowledged.
        click(card(page, PolicyKind::Placement, QStringLiteral("general"))->deleteButton());
        auto* def = waitForChild<DeletePolicyDialog>(&page);
        QCOMPARE(int(def->verdict()), int(DeleteVerdict::AllowedButDefault));
        QVERIFY(def->messageLabel()->text().contains(QLatin1String("default strategy")));
        QVERIFY(!def->deleteButton()->isEnabled());
        click(def->acknowledgeCheck());
        guard = def;
        click(def->deleteButton());
        QTRY_VERIFY(!guard);
        QTRY_VERIFY(!card(page, PolicyKind::Placement, QStringLiteral("general")));
        QVERIFY(!env.service->policies().defaultStrategy());

        // Otherwise a plain confirmation.
        click(card(page, PolicyKind::Placement, QStringLiteral("small-models"))->deleteButton());
        auto* plain = waitForChild<DeletePolicyDialog>(&page);
        QCOMPARE(int(plain->verdict()), int(DeleteVerdict::Allowed));
        QVERIFY(plain->deleteButton()->isEnabled());
        guard = plain;
        click(plain->deleteButton());
        QTRY_VERIFY(!guard);
        QTRY_COMPARE(page.tab(PolicyKind::Placement)->cards().size(), 1);
        QVERIFY(page.notice()->text().contains(QLatin1String("Deleted \"small-models\"")));
    }

    void changingTheDefaultAsksFirst() {
        Env env;
        PoliciesPage& page = env.open();
        page.createDefaultSet();
        QTRY_COMPARE(page.tab(PolicyKind::Placement)->cards().size(), 3);
        auto* large = qobject_cast<StrategyCard*>(
            card(page, PolicyKind::Placement, QStringLiteral("large-models")));
        QVERIFY(large->makeDefaultButton());
        // Cancel changes nothing.
        click(large->makeDefaultButton());
        auto* box = waitForChild<QMessageBox>(&page, QStringLiteral("policyConfirmation"));
        QVERIFY(box->text().contains(QLatin1String("instead of \"general\"")));
        click(box->findChild<QPushButton*>(QStringLiteral("cancelButton")));
        QTest::qWait(50);
        QCOMPARE(env.service->policies().defaultStrategy()->name, QStringLiteral("general"));
        // Confirm makes it the only default.
        click(large->makeDefaultButton());
        confirm(&page);
        QTRY_COMPARE(env.service->policies().defaultStrategy()->name,
                     QStringLiteral("large-models"));
        QTRY_VERIFY(card(page, PolicyKind::Placement, QStringLiteral("large-models")) &&
                    card(page, PolicyKind::Placement, QStringLiteral("large-models"))
                        ->findChild<QLabel*>(QStringLiteral("defaultBadge")));
        QVERIFY(!card(page, PolicyKind::Placement, QStringLiteral("general"))
                     ->findChild<QLabel*>(QStringLiteral("defaultBadge")));

        // From the editor: ticking "default" on small-models asks too.
        page.openEditor(PolicyKind::Placement, QStringLiteral("small-models"));
        auto* editor = waitForChild<StrategyEditor>(&page);
        click(editor->defaultCheck());
        QPointer<StrategyEditor> guard(editor);
        click(editor->saveButton());
        auto* editorBox = waitForChild<QMessageBox>(editor, QStringLiteral("policyConfirmation"));
        QVERIFY(editorBox->text().contains(QLatin1String("instead of \"large-models\"")));
        click(editorBox->findChild<QPushButton*>(QStringLiteral("confirmButton")));
        QTRY_VERIFY(!guard);
        QTRY_COMPARE(env.service->policies().defaultStrategy()->name,
                     QStringLiteral("small-models"));
        int defaults = 0;
        for (const auto& s : env.service->policies().strategies)
            defaults += s.isDefault;
        QCOMPARE(defaults, 1);
    }

    void syncBadgesAndExternalObjects() {
        Env env;
        PoliciesPage& page = env.open();
        page.createDefaultSet();
        QTRY_COMPARE(page.tab(PolicyKind::Placement)->cards().size(), 3);
        QVERIFY(env.f.store
                    ->writeSync([](sqlite3* db) {
                        return fd::store::exec(
                            db, "INSERT INTO clusters (name, created_at, updated_at) "
                                "VALUES ('karmada-hq', 1, 1)");
                    })
                    .ok());
        repository::SyncRecord failed;
        failed.kind = PolicyKind::Placement;
        failed.name = QStringLiteral("general");
        failed.controlPlaneId = 1;
        failed.state = repository::SyncState::Failed;
        failed.lastError = QStringLiteral("admission webhook denied the request");
        repository::SyncRecord drifted = failed;
        drifted.kind = PolicyKind::Resource;
        drifted.name = QStringLiteral("standard");
        drifted.state = repository::SyncState::Drifted;
        drifted.driftedFields = {QStringLiteral("spec.overrideRules")};
        repository::SyncRecord ext = failed;
        ext.name = QStringLiteral("nginx-propagation");
        ext.state = repository::SyncState::External;
        ext.objectKind = QStringLiteral("ClusterPropagationPolicy");
        ext.lastError.clear();
        for (const auto& r : {failed, drifted, ext})
            env.service->saveSyncRecord(r, &page, [](fd::Status st) { QVERIFY(st.ok()); });
        QTRY_COMPARE(env.service->externalObjects().size(), 1);
        QTRY_COMPARE(
            card(page, PolicyKind::Placement, QStringLiteral("general"))->syncBadge()->text(),
            QStringLiteral("Sync failed"));
        SyncBadge* badge =
            card(page, PolicyKind::Placement, QStringLiteral("general"))->syncBadge();
        QVERIFY(badge->toolTip().contains(QLatin1String("karmada-hq")));
        QVERIFY(badge->toolTip().contains(QLatin1String("admission webhook denied")));
        SyncBadge* profileBadge =
            card(page, PolicyKind::Resource, QStringLiteral("standard"))->syncBadge();
        QCOMPARE(profileBadge->text(), QStringLiteral("Drifted"));
        QVERIFY(profileBadge->toolTip().contains(QLatin1String("spec.overrideRules")));
        QCOMPARE(
            card(page, PolicyKind::Placement, QStringLiteral("large-models"))->syncBadge()->text(),
            QStringLiteral("Not synced"));
        // The external object is listed with the strategies.
        QCOMPARE(page.tab(PolicyKind::Placement)->cards().size(), 4);
        QVERIFY(page.tab(PolicyKind::Placement)->findChild<ExternalCard*>());
        QCOMPARE(page.tab(PolicyKind::Placement)
                     ->findChild<ExternalCard*>()
                     ->findChild<SyncBadge*>()
                     ->text(),
                 QStringLiteral("External"));
    }

    void yamlPreviewAndHistory() {
        Env env;
        PoliciesPage& page = env.open();
        page.createDefaultSet();
        QTRY_COMPARE(page.tab(PolicyKind::Placement)->cards().size(), 3);
        click(card(page, PolicyKind::Placement, QStringLiteral("general"))->yamlButton());
        auto* yaml = waitForChild<PolicyYamlDialog>(&page);
        QVERIFY(yaml);
        const QString karmada = yaml->karmadaText()->toPlainText();
        QVERIFY(karmada.contains(QLatin1String("kind: ClusterPropagationPolicy")));
        QVERIFY(karmada.contains(QLatin1String("name: fleetdeck-general")));
        QVERIFY(karmada.contains(QLatin1String("purgeMode: Gracefully")));
        QVERIFY(yaml->policyText()->toPlainText().contains(QLatin1String("- name: general")));
        yaml->close();
        // A failover policy shows the strategies it is written into.
        page.showYaml(PolicyKind::Failover, QStringLiteral("standard"));
        auto* fyaml = waitForChild<PolicyYamlDialog>(&page);
        QVERIFY(
            fyaml->karmadaText()->toPlainText().contains(QLatin1String("fleetdeck-small-models")));
        fyaml->close();

        // Edit once, then the history has two versions with who and what.
        FailoverPolicy f = *env.service->policies().failoverPolicy(QStringLiteral("standard"));
        f.gracePeriodSeconds = 1200;
        bool saved = false;
        env.service->save(f, SaveMode::Replace, &page,
                          [&](fd::Result<SaveOutcome> r) { saved = r.ok(); });
        QTRY_VERIFY(saved);
        page.tabs()->setCurrentIndex(2);
        QTRY_VERIFY(card(page, PolicyKind::Failover, QStringLiteral("standard")));
        click(card(page, PolicyKind::Failover, QStringLiteral("standard"))->historyButton());
        auto* history = waitForChild<PolicyHistoryDialog>(&page);
        QVERIFY(history);
        QAbstractItemModelTester tester(history->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(history->model()->rowCount(), 2);
        const auto cell = [&](int row, int col) {
            return history->model()->index(row, col).data().toString();
        };
        QCOMPARE(cell(0, PolicyHistoryModel::VersionColumn), QStringLiteral("2"));
        QCOMPARE(cell(0, PolicyHistoryModel::AuthorColumn), QStringLiteral("gui-test"));
        QCOMPARE(cell(0, PolicyHistoryModel::ActionColumn), QStringLiteral("Changed"));
        QCOMPARE(cell(0, PolicyHistoryModel::ChangesColumn), QStringLiteral("gracePeriodSeconds"));
        QVERIFY(history->model()
                    ->index(0, PolicyHistoryModel::ChangesColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("600 → 1200")));
        QCOMPARE(cell(1, PolicyHistoryModel::ActionColumn), QStringLiteral("Created"));
        history->close();
    }

    void mainWindowOpensThePage() {
        Env env;
        MainWindow w(env.f.services);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showPage(QStringLiteral("policies"));
        auto* page = qobject_cast<PoliciesPage*>(w.currentPage());
        QVERIFY(page);
        QVERIFY(page->tabs()->isVisible());
        QVERIFY(page->tab(PolicyKind::Placement)->emptyState()->actionButton()->isEnabled());
    }
};

QTEST_MAIN(TestPolicies)
#include "tst_policies.moc"
