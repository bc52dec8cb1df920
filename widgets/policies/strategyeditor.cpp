#include "strategyeditor.h"

#include "confirmation.h"
#include "placementpreviewpanel.h"
#include "ruledelegate.h"
#include "rulesmodel.h"

#include "policy/clusterlabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fd::widgets {

using namespace fd::policy;

namespace {

// "a=1, b=2" → pairs; nullopt (with the bad part) when a part has no '='.
std::optional<QList<QPair<QString, QString>>> pairsFrom(const QString& text, QString* bad) {
    QList<QPair<QString, QString>> out;
    for (const QString& raw : text.split(u',')) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf(u'=');
        if (eq <= 0) {
            *bad = part;
            return std::nullopt;
        }
        out.append({part.left(eq).trimmed(), part.mid(eq + 1).trimmed()});
    }
    return out;
}

QString pairsText(const QMap<QString, QString>& map, const QString& skip = {}) {
    QStringList parts;
    for (auto it = map.begin(); it != map.end(); ++it)
        if (it.key() != skip)
            parts << it.key() + u'=' + it.value();
    return parts.join(QStringLiteral(", "));
}

QStringList listFrom(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(u','))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

void selectData(QComboBox* combo, const QVariant& value) {
    const int i = combo->findData(value);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

StrategyEditor::StrategyEditor(PolicyService& service, const PlacementStrategy* existing,
                               QWidget* parent)
    : PolicyEditorDialog(service, PolicyKind::Placement, existing == nullptr,
                         existing ? existing->name : QString(),
                         existing ? existing->description : QString(), parent)
    , m_mode(new QComboBox)
    , m_targetBy(new QComboBox)
    , m_zone(new QComboBox)
    , m_labels(new QLineEdit)
    , m_clusters(new QLineEdit)
    , m_spread(new QComboBox)
    , m_weights(new QLineEdit)
    , m_profile(new QComboBox)
    , m_failover(new QComboBox)
    , m_conflict(new QComboBox)
    , m_keep(new QCheckBox(tr("Keep the deployed resources in the clusters when a deployment is "
                              "deleted")))
    , m_default(new QCheckBox(tr("Default strategy: takes every deployment that no rule matches")))
    , m_rules(new RulesModel(this))
    , m_rulesView(new QTableView)
    , m_addRule(new QPushButton(tr("Add rule")))
    , m_removeRule(new QPushButton(tr("Remove rule")))
    , m_form(new QFormLayout) {
    setObjectName(QStringLiteral("strategyEditor"));
    setWindowTitle(existing ? tr("Placement strategy %1").arg(existing->name)
                            : tr("New placement strategy"));
    const PlacementStrategy s = existing ? *existing : PlacementStrategy{};
    m_wasDefault = existing && existing->isDefault;

    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_mode->addItem(tr("Auto — Karmada spreads replicas over the matching clusters by free "
                       "capacity"),
                    int(PlacementMode::Auto));
    m_mode->addItem(tr("Manual — exactly the clusters you name"), int(PlacementMode::Manual));
    m_targetBy->setObjectName(QStringLiteral("targetByCombo"));
    m_targetBy->addItem(tr("Zone and labels"), int(TargetBy::Labels));
    m_targetBy->addItem(tr("Cluster names"), int(TargetBy::Names));
    m_zone->setObjectName(QStringLiteral("zoneCombo"));
    m_zone->addItem(tr("Any zone"), QString());
    m_zone->addItem(tr("Zone A — high performance"), QStringLiteral("A"));
    m_zone->addItem(tr("Zone B — general purpose"), QStringLiteral("B"));
    m_labels->setObjectName(QStringLiteral("labelsEdit"));
    m_labels->setPlaceholderText(tr("key=value, … (for example team=llm)"));
    m_clusters->setObjectName(QStringLiteral("clustersEdit"));
    m_clusters->setPlaceholderText(tr("cluster names, separated by commas"));
    m_spread->setObjectName(QStringLiteral("spreadCombo"));
    m_spread->addItem(tr("Every cluster runs all replicas"), int(ReplicaSpread::Duplicated));
    m_spread->addItem(tr("Replicas divided by weight"), int(ReplicaSpread::StaticWeights));
    m_weights->setObjectName(QStringLiteral("weightsEdit"));
    m_weights->setPlaceholderText(tr("cluster=weight, … (for example seoul-a=2, seoul-b=1)"));
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->addItem(tr("None"), QString());
    for (const ResourceProfile& p : service.policies().profiles)
        m_profile->addItem(p.name, p.name);
    m_failover->setObjectName(QStringLiteral("failoverCombo"));
    m_failover->addItem(tr("None — replicas stay on a failed cluster"), QString());
    for (const FailoverPolicy& f : service.policies().failoverPolicies)
        m_failover->addItem(f.name, f.name);
    // A reference to a policy that is gone stays visible (and validation says so).
    if (!s.resourceProfile.isEmpty() && m_profile->findData(s.resourceProfile) < 0)
        m_profile->addItem(s.resourceProfile, s.resourceProfile);
    if (!s.failoverPolicy.isEmpty() && m_failover->findData(s.failoverPolicy) < 0)
        m_failover->addItem(s.failoverPolicy, s.failoverPolicy);
    m_conflict->setObjectName(QStringLiteral("conflictCombo"));
    m_conflict->addItem(tr("Abort when a resource of the same name exists"),
                        int(ConflictResolution::Abort));
    m_conflict->addItem(tr("Overwrite it"), int(ConflictResolution::Overwrite));
    m_keep->setObjectName(QStringLiteral("keepCheck"));
    m_default->setObjectName(QStringLiteral("defaultCheck"));

    selectData(m_mode, int(s.mode));
    selectData(m_targetBy, int(s.targetBy));
    selectData(m_zone, s.targetLabels.value(kZoneLabel));
    m_labels->setText(pairsText(s.targetLabels, kZoneLabel));
    m_clusters->setText(s.targetClusters.join(QStringLiteral(", ")));
    selectData(m_spread, int(s.spread));
    QStringList weights;
    for (auto it = s.weights.begin(); it != s.weights.end(); ++it)
        weights << QStringLiteral("%1=%2").arg(it.key()).arg(it.value());
    m_weights->setText(weights.join(QStringLiteral(", ")));
    selectData(m_profile, s.resourceProfile);
    selectData(m_failover, s.failoverPolicy);
    selectData(m_conflict, int(s.conflictResolution));
    m_keep->setChecked(s.keepResourcesOnDeletion);
    m_default->setChecked(s.isDefault);
    m_rules->setRules(s.rules);

    // Placement (left column).
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("Mode"), m_mode);
    m_form->addRow(tr("Choose clusters by"), m_targetBy);
    m_form->addRow(tr("Zone"), m_zone);
    m_form->addRow(tr("Cluster labels"), m_labels);
    m_form->addRow(tr("Clusters"), m_clusters);
    router().add(QStringLiteral("targets"), addMessageRow(m_form, QStringLiteral("targets")));
    m_form->addRow(tr("Replicas"), m_spread);
    m_form->addRow(tr("Weights"), m_weights);
    router().add(QStringLiteral("weights"), addMessageRow(m_form, QStringLiteral("weights")));
    m_form->addRow(tr("Resource profile"), m_profile);
    router().add(QStringLiteral("resourceProfile"),
                 addMessageRow(m_form, QStringLiteral("resourceProfile")));
    m_form->addRow(tr("Failover policy"), m_failover);
    router().add(QStringLiteral("failoverPolicy"),
                 addMessageRow(m_form, QStringLiteral("failoverPolicy")));
    auto* placement = new QGroupBox(tr("Placement"));
    placement->setLayout(m_form);

    // Rules (right column).
    m_rulesView->setObjectName(QStringLiteral("rulesView"));
    m_rulesView->setModel(m_rules);
    m_rulesView->setItemDelegate(new RuleDelegate(m_rulesView));
    m_rulesView->verticalHeader()->hide();
    m_rulesView->verticalHeader()->setDefaultSectionSize(32);
    m_rulesView->horizontalHeader()->setSectionResizeMode(RulesModel::FieldColumn,
                                                          QHeaderView::Stretch);
    m_rulesView->horizontalHeader()->setSectionResizeMode(RulesModel::OperatorColumn,
                                                          QHeaderView::ResizeToContents);
    m_rulesView->horizontalHeader()->setSectionResizeMode(RulesModel::ValueColumn,
                                                          QHeaderView::Stretch);
    m_rulesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rulesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rulesView->setMinimumHeight(150);
    m_addRule->setObjectName(QStringLiteral("addRuleButton"));
    m_removeRule->setObjectName(QStringLiteral("removeRuleButton"));
    auto* rulesHint =
        new QLabel(tr("The deploy form picks this strategy for a new deployment when all of its "
                      "rules match; the default strategy takes the rest."));
    rulesHint->setObjectName(QStringLiteral("hint"));
    rulesHint->setWordWrap(true);
    auto* ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_addRule);
    ruleButtons->addWidget(m_removeRule);
    ruleButtons->addStretch(1);
    auto* rulesMessage = new FieldMessage;
    rulesMessage->setObjectName(QStringLiteral("message:rules"));
    router().add(QStringLiteral("rules"), rulesMessage);
    auto* rulesBox = new QGroupBox(tr("Auto-placement rules"));
    auto* rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->addWidget(rulesHint);
    rulesLayout->addWidget(m_rulesView, 1);
    rulesLayout->addLayout(ruleButtons);
    rulesLayout->addWidget(rulesMessage);

    auto* advanced = new QGroupBox(tr("Advanced"));
    auto* advancedForm = new QFormLayout(advanced);
    advancedForm->addRow(tr("Conflicts"), m_conflict);
    advancedForm->addRow(m_keep);
    advancedForm->addRow(m_default);
    router().add(QStringLiteral("default"), addMessageRow(advancedForm, QStringLiteral("default")));

    // Which registered clusters the strategy selects as it is being edited, and why not.
    auto* previewBox = new QGroupBox(tr("Placement preview"));
    previewBox->setObjectName(QStringLiteral("placementPreviewBox"));
    m_preview = new PlacementPreviewPanel;
    m_preview->view()->setMinimumHeight(110);
    auto* previewLayout = new QVBoxLayout(previewBox);
    previewLayout->addWidget(m_preview);

    // The preview sits under the targets it follows.
    auto* left = new QVBoxLayout;
    left->addWidget(placement);
    left->addWidget(previewBox, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(rulesBox, 1);
    right->addWidget(advanced);
    auto* columns = new QHBoxLayout;
    columns->setSpacing(16);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    body()->addLayout(columns);
    finishLayout();
    resize(980, 700);

    for (QComboBox* c : {m_mode, m_targetBy, m_zone, m_spread, m_profile, m_failover, m_conflict})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            updateVisibility();
            revalidate();
        });
    for (QLineEdit* e : {m_labels, m_clusters, m_weights, descriptionEdit()})
        connect(e, &QLineEdit::textChanged, this, &StrategyEditor::revalidate);
    for (QCheckBox* c : {m_keep, m_default})
        connect(c, &QCheckBox::toggled, this, &StrategyEditor::revalidate);
    connect(m_rules, &RulesModel::rulesEdited, this, &StrategyEditor::revalidate);
    connect(m_rules, &QAbstractItemModel::rowsInserted, this, &StrategyEditor::openEditors);
    connect(m_rules, &QAbstractItemModel::modelReset, this, &StrategyEditor::openEditors);
    connect(m_addRule, &QPushButton::clicked, this, [this] {
        const int row = m_rules->addRule();
        m_rulesView->selectRow(row);
        if (QWidget* value = m_rulesView->indexWidget(m_rules->index(row, RulesModel::ValueColumn)))
            value->setFocus();
    });
    connect(m_removeRule, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_rulesView->selectionModel()->selectedRows();
        int row = rows.isEmpty() ? m_rulesView->currentIndex().row() : rows.first().row();
        if (row < 0 && m_rules->rowCount() > 0)
            row = m_rules->rowCount() - 1;
        m_rules->removeRule(row);
    });
    openEditors();
    updateVisibility();
    revalidate();
}

void StrategyEditor::setClusters(const QList<ClusterFacts>& clusters) {
    m_clusterFacts = clusters;
    formChanged();
}

void StrategyEditor::formChanged() {
    if (m_preview)
        m_preview->setPreview(edited(), m_clusterFacts);
}

void StrategyEditor::openEditors() {
    for (int row = 0; row < m_rules->rowCount(); ++row)
        for (int col = 0; col < RulesModel::ColumnCount; ++col) {
            const QModelIndex index = m_rules->index(row, col);
            if (!m_rulesView->isPersistentEditorOpen(index))
                m_rulesView->openPersistentEditor(index);
        }
}

void StrategyEditor::updateVisibility() {
    const bool byLabels = m_targetBy->currentData().toInt() == int(TargetBy::Labels);
    const bool manual = m_mode->currentData().toInt() == int(PlacementMode::Manual);
    const bool weighted = m_spread->currentData().toInt() == int(ReplicaSpread::StaticWeights);
    m_form->setRowVisible(m_zone, byLabels);
    m_form->setRowVisible(m_labels, byLabels);
    m_form->setRowVisible(m_clusters, !byLabels);
    m_form->setRowVisible(m_spread, manual);
    m_form->setRowVisible(m_weights, manual && weighted);
}

PlacementStrategy StrategyEditor::edited() const {
    PlacementStrategy s;
    s.name = nameEdit()->text().trimmed();
    s.description = descriptionEdit()->text().trimmed();
    s.isDefault = m_default->isChecked();
    s.mode = static_cast<PlacementMode>(m_mode->currentData().toInt());
    s.targetBy = static_cast<TargetBy>(m_targetBy->currentData().toInt());
    QString bad;
    if (auto pairs = pairsFrom(m_labels->text(), &bad))
        for (const auto& [k, v] : *pairs)
            s.targetLabels.insert(k, v);
    const QString zone = m_zone->currentData().toString();
    if (!zone.isEmpty())
        s.targetLabels.insert(kZoneLabel, zone);
    s.targetClusters = listFrom(m_clusters->text());
    s.spread = static_cast<ReplicaSpread>(m_spread->currentData().toInt());
    if (auto pairs = pairsFrom(m_weights->text(), &bad))
        for (const auto& [k, v] : *pairs)
            s.weights.insert(k, v.toInt());
    s.conflictResolution = static_cast<ConflictResolution>(m_conflict->currentData().toInt());
    s.keepResourcesOnDeletion = m_keep->isChecked();
    s.resourceProfile = m_profile->currentData().toString();
    s.failoverPolicy = m_failover->currentData().toString();
    s.rules = m_rules->rules();
    return s;
}

QList<Finding> StrategyEditor::validateCurrent() const {
    const PlacementStrategy s = edited();
    QList<Finding> out;
    QString bad;
    const bool byLabels = s.targetBy == TargetBy::Labels;
    const bool weighted =
        s.mode == PlacementMode::Manual && s.spread == ReplicaSpread::StaticWeights;
    if (byLabels && !pairsFrom(m_labels->text(), &bad))
        out << localError(QStringLiteral("targets.labels"),
                          tr("Write labels as key=value, separated by commas (\"%1\" has no "
                             "'=').")
                              .arg(bad));
    if (weighted) {
        if (auto pairs = pairsFrom(m_weights->text(), &bad)) {
            for (const auto& [k, v] : *pairs) {
                bool ok = false;
                v.toInt(&ok);
                if (!ok)
                    out << localError(QStringLiteral("weights"),
                                      tr("The weight of \"%1\" must be a whole number.").arg(k));
            }
        } else {
            out << localError(QStringLiteral("weights"),
                              tr("Write weights as cluster=weight, separated by commas (\"%1\" "
                                 "has no '=').")
                                  .arg(bad));
        }
    }
    out += validateStrategy(s, withPolicy(service().policies(), s, isNew()));
    return out;
}

void StrategyEditor::startSave() {
    const PlacementStrategy s = edited();
    if (s.isDefault == m_wasDefault) {
        save(s);
        return;
    }
    const PlacementStrategy* current = service().policies().defaultStrategy();
    QString text;
    if (s.isDefault && current && current->name.compare(s.name, Qt::CaseInsensitive) != 0)
        text = tr("Make \"%1\" the default strategy? Deployments that no rule matches will be "
                  "placed by \"%1\" instead of \"%2\".")
                   .arg(s.name, current->name);
    else if (s.isDefault)
        text = tr("Make \"%1\" the default strategy? Deployments that no rule matches will be "
                  "placed by it.")
                   .arg(s.name);
    else
        text = tr("\"%1\" will no longer be the default strategy. Deployments that no rule "
                  "matches will have no strategy until you choose another default.")
                   .arg(s.name);
    askToConfirm(this, tr("Change the default strategy"), text,
                 s.isDefault ? tr("Make default") : tr("Remove default flag"),
                 [this, s] { save(s); });
}

} // namespace fd::widgets
