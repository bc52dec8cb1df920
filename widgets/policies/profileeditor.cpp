#include "profileeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace fd::widgets {

using namespace fd::policy;

namespace {

QSpinBox* spin(const char* name, int min, int max, const QString& suffix = {}) {
    auto* s = new QSpinBox;
    s->setObjectName(QString::fromLatin1(name));
    s->setRange(min, max);
    s->setSuffix(suffix);
    s->setKeyboardTracking(true);
    return s;
}

QDoubleSpinBox* cpuSpin(const char* name) {
    auto* s = new QDoubleSpinBox;
    s->setObjectName(QString::fromLatin1(name));
    s->setDecimals(1);
    s->setRange(Limits::kMinCpuMillis / 1000.0, Limits::kMaxCpuMillis / 1000.0);
    s->setSingleStep(1);
    return s;
}

int millis(const QDoubleSpinBox* s) {
    return int(std::lround(s->value() * 1000));
}

// The MIG profiles of the GPUs data centers run (A100 40/80 GB, H100 80 GB, A30); others can be
// typed.
const char* const kMigProfiles[] = {"1g.5gb",  "1g.10gb", "1g.20gb", "2g.10gb",
                                    "2g.20gb", "3g.20gb", "3g.40gb", "4g.20gb",
                                    "4g.40gb", "7g.40gb", "7g.80gb"};

} // namespace

ProfileEditor::ProfileEditor(PolicyService& service, const ResourceProfile* existing,
                             QWidget* parent)
    : PolicyEditorDialog(service, PolicyKind::Resource, existing == nullptr,
                         existing ? existing->name : QString(),
                         existing ? existing->description : QString(), parent)
    , m_zoneA(new QGroupBox(tr("Zone A — high performance")))
    , m_zoneB(new QGroupBox(tr("Zone B — general purpose")))
    , m_formA(new QFormLayout)
    , m_formB(new QFormLayout)
    , m_aGpus(spin("zoneAGpus", 0, Limits::kMaxGpus))
    , m_aMemory(spin("zoneAMemory", 1, Limits::kMaxMemoryGiB, QStringLiteral(" GiB")))
    , m_aCpu(cpuSpin("zoneACpu"))
    , m_aTopology(new QCheckBox(tr("Topology-aware placement (CPUs, memory and GPUs on one NUMA "
                                   "node)")))
    , m_aNvlink(new QCheckBox(tr("NVLink (nodes with NVLinked GPUs)")))
    , m_aMig(new QCheckBox(tr("MIG: a slice of a GPU instead of whole GPUs")))
    , m_aMigProfile(new QComboBox)
    , m_aMigCount(spin("migCountSpin", 1, Limits::kMaxMigCount))
    , m_bGpus(spin("zoneBGpus", 0, Limits::kMaxGpus))
    , m_bMemory(spin("zoneBMemory", 1, Limits::kMaxMemoryGiB, QStringLiteral(" GiB")))
    , m_bCpu(cpuSpin("zoneBCpu"))
    , m_bQos(new QComboBox)
    , m_bSharing(new QCheckBox(tr("Share GPUs with other workloads")))
    , m_bShare(spin("sharePercentSpin", 1, 100, QStringLiteral(" %")))
    , m_bGang(new QCheckBox(tr("Gang scheduling (all replicas start together or none)")))
    , m_bGangSize(spin("gangSizeSpin", 2, Limits::kMaxGangMembers))
    , m_bOvercommit(new QCheckBox(tr("Overcommit (run on reclaimed, unused resources)"))) {
    setObjectName(QStringLiteral("profileEditor"));
    setWindowTitle(existing ? tr("Resource profile %1").arg(existing->name)
                            : tr("New resource profile"));
    const ResourceProfile p = existing ? *existing : ResourceProfile{};

    m_zoneA->setObjectName(QStringLiteral("zoneABox"));
    m_zoneB->setObjectName(QStringLiteral("zoneBBox"));
    m_zoneA->setCheckable(true);
    m_zoneB->setCheckable(true);
    m_aTopology->setObjectName(QStringLiteral("topologyCheck"));
    m_aNvlink->setObjectName(QStringLiteral("nvlinkCheck"));
    m_aMig->setObjectName(QStringLiteral("migCheck"));
    m_aMigProfile->setObjectName(QStringLiteral("migProfileCombo"));
    m_aMigProfile->setEditable(true);
    for (const char* profile : kMigProfiles)
        m_aMigProfile->addItem(QString::fromLatin1(profile));
    m_bQos->setObjectName(QStringLiteral("qosCombo"));
    m_bQos->addItem(tr("LSE — latency-sensitive, exclusive CPUs"), int(QosClass::LSE));
    m_bQos->addItem(tr("LSR — latency-sensitive, reserved CPUs"), int(QosClass::LSR));
    m_bQos->addItem(tr("LS — latency-sensitive, shared CPUs"), int(QosClass::LS));
    m_bQos->addItem(tr("BE — best effort"), int(QosClass::BE));
    m_bSharing->setObjectName(QStringLiteral("sharingCheck"));
    m_bGang->setObjectName(QStringLiteral("gangCheck"));
    m_bOvercommit->setObjectName(QStringLiteral("overcommitCheck"));
    for (QCheckBox* c : {m_aTopology, m_aNvlink, m_aMig, m_bSharing, m_bGang, m_bOvercommit})
        c->setStyleSheet(QStringLiteral("QCheckBox { font-weight: normal; }"));

    m_zoneA->setChecked(p.zoneA.enabled);
    m_aGpus->setValue(p.zoneA.gpus);
    m_aMemory->setValue(p.zoneA.memoryGiB);
    m_aCpu->setValue(p.zoneA.cpuMillis / 1000.0);
    m_aTopology->setChecked(p.zoneA.topologyAware);
    m_aNvlink->setChecked(p.zoneA.nvlink);
    m_aMig->setChecked(p.zoneA.mig);
    m_aMigProfile->setEditText(p.zoneA.migProfile.isEmpty() ? QStringLiteral("1g.10gb")
                                                            : p.zoneA.migProfile);
    m_aMigCount->setValue(p.zoneA.migCount);
    m_zoneB->setChecked(p.zoneB.enabled);
    m_bGpus->setValue(p.zoneB.gpus);
    m_bMemory->setValue(p.zoneB.memoryGiB);
    m_bCpu->setValue(p.zoneB.cpuMillis / 1000.0);
    m_bQos->setCurrentIndex(m_bQos->findData(int(p.zoneB.qosClass)));
    m_bSharing->setChecked(p.zoneB.gpuSharing);
    m_bShare->setValue(p.zoneB.gpuSharePercent);
    m_bGang->setChecked(p.zoneB.gangScheduling);
    m_bGangSize->setValue(p.zoneB.gangMinMembers);
    m_bOvercommit->setChecked(p.zoneB.overcommit);

    const auto hint = [](const QString& text) {
        auto* l = new QLabel(text);
        l->setObjectName(QStringLiteral("hint"));
        l->setWordWrap(true);
        return l;
    };
    m_formA->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_formA->addRow(hint(tr("Clusters labelled zone A: whole GPUs and Guaranteed resources for "
                            "large models.")));
    m_formA->addRow(tr("GPUs"), m_aGpus);
    router().add(QStringLiteral("zoneA.gpus"),
                 addMessageRow(m_formA, QStringLiteral("zoneA.gpus")));
    m_formA->addRow(tr("Memory"), m_aMemory);
    router().add(QStringLiteral("zoneA.memoryGiB"),
                 addMessageRow(m_formA, QStringLiteral("zoneA.memoryGiB")));
    m_formA->addRow(tr("CPU cores"), m_aCpu);
    router().add(QStringLiteral("zoneA.cpu"), addMessageRow(m_formA, QStringLiteral("zoneA.cpu")));
    m_formA->addRow(m_aTopology);
    m_formA->addRow(m_aNvlink);
    router().add(QStringLiteral("zoneA.nvlink"),
                 addMessageRow(m_formA, QStringLiteral("zoneA.nvlink")));
    m_formA->addRow(m_aMig);
    m_formA->addRow(tr("MIG profile"), m_aMigProfile);
    router().add(QStringLiteral("zoneA.migProfile"),
                 addMessageRow(m_formA, QStringLiteral("zoneA.migProfile")));
    m_formA->addRow(tr("MIG slices"), m_aMigCount);
    router().add(QStringLiteral("zoneA.migCount"),
                 addMessageRow(m_formA, QStringLiteral("zoneA.migCount")));
    router().add(QStringLiteral("zoneA"), addMessageRow(m_formA, QStringLiteral("zoneA")));
    m_zoneA->setLayout(m_formA);

    m_formB->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_formB->addRow(hint(tr("Clusters labelled zone B (Koordinator): QoS classes, shared GPUs "
                            "and colocation.")));
    m_formB->addRow(tr("GPUs"), m_bGpus);
    router().add(QStringLiteral("zoneB.gpus"),
                 addMessageRow(m_formB, QStringLiteral("zoneB.gpus")));
    m_formB->addRow(tr("Memory"), m_bMemory);
    router().add(QStringLiteral("zoneB.memoryGiB"),
                 addMessageRow(m_formB, QStringLiteral("zoneB.memoryGiB")));
    m_formB->addRow(tr("CPU cores"), m_bCpu);
    router().add(QStringLiteral("zoneB.cpu"), addMessageRow(m_formB, QStringLiteral("zoneB.cpu")));
    m_formB->addRow(tr("QoS class"), m_bQos);
    m_formB->addRow(m_bSharing);
    router().add(QStringLiteral("zoneB.gpuSharing"),
                 addMessageRow(m_formB, QStringLiteral("zoneB.gpuSharing")));
    m_formB->addRow(tr("Share of each GPU"), m_bShare);
    router().add(QStringLiteral("zoneB.gpuSharePercent"),
                 addMessageRow(m_formB, QStringLiteral("zoneB.gpuSharePercent")));
    m_formB->addRow(m_bGang);
    m_formB->addRow(tr("Minimum gang size"), m_bGangSize);
    router().add(QStringLiteral("zoneB.gangMinMembers"),
                 addMessageRow(m_formB, QStringLiteral("zoneB.gangMinMembers")));
    m_formB->addRow(m_bOvercommit);
    router().add(QStringLiteral("zoneB.overcommit"),
                 addMessageRow(m_formB, QStringLiteral("zoneB.overcommit")));
    router().add(QStringLiteral("zoneB"), addMessageRow(m_formB, QStringLiteral("zoneB")));
    m_zoneB->setLayout(m_formB);

    auto* zones = new QHBoxLayout;
    zones->setSpacing(16);
    zones->addWidget(m_zoneA, 1, Qt::AlignTop);
    zones->addWidget(m_zoneB, 1, Qt::AlignTop);
    body()->addLayout(zones);
    body()->addStretch(1);
    finishLayout();
    resize(960, 600);

    for (QGroupBox* g : {m_zoneA, m_zoneB})
        connect(g, &QGroupBox::toggled, this, &ProfileEditor::revalidate);
    for (QCheckBox* c : {m_aTopology, m_aNvlink, m_aMig, m_bSharing, m_bGang, m_bOvercommit})
        connect(c, &QCheckBox::toggled, this, [this] {
            updateVisibility();
            revalidate();
        });
    for (QSpinBox* s : {m_aGpus, m_aMemory, m_aMigCount, m_bGpus, m_bMemory, m_bShare, m_bGangSize})
        connect(s, &QSpinBox::valueChanged, this, &ProfileEditor::revalidate);
    for (QDoubleSpinBox* s : {m_aCpu, m_bCpu})
        connect(s, &QDoubleSpinBox::valueChanged, this, &ProfileEditor::revalidate);
    connect(m_aMigProfile, &QComboBox::currentTextChanged, this, &ProfileEditor::revalidate);
    connect(m_bQos, &QComboBox::currentIndexChanged, this, &ProfileEditor::revalidate);
    connect(descriptionEdit(), &QLineEdit::textChanged, this, &ProfileEditor::revalidate);
    updateVisibility();
    revalidate();
}

void ProfileEditor::updateVisibility() {
    const bool mig = m_aMig->isChecked();
    m_formA->setRowVisible(m_aGpus, !mig);
    m_formA->setRowVisible(m_aMigProfile, mig);
    m_formA->setRowVisible(m_aMigCount, mig);
    m_formB->setRowVisible(m_bShare, m_bSharing->isChecked());
    m_formB->setRowVisible(m_bGangSize, m_bGang->isChecked());
}

ResourceProfile ProfileEditor::edited() const {
    ResourceProfile p;
    p.name = nameEdit()->text().trimmed();
    p.description = descriptionEdit()->text().trimmed();
    p.zoneA.enabled = m_zoneA->isChecked();
    p.zoneA.gpus = m_aGpus->value();
    p.zoneA.memoryGiB = m_aMemory->value();
    p.zoneA.cpuMillis = millis(m_aCpu);
    p.zoneA.topologyAware = m_aTopology->isChecked();
    p.zoneA.nvlink = m_aNvlink->isChecked();
    p.zoneA.mig = m_aMig->isChecked();
    p.zoneA.migProfile = m_aMigProfile->currentText().trimmed();
    p.zoneA.migCount = m_aMigCount->value();
    p.zoneB.enabled = m_zoneB->isChecked();
    p.zoneB.gpus = m_bGpus->value();
    p.zoneB.memoryGiB = m_bMemory->value();
    p.zoneB.cpuMillis = millis(m_bCpu);
    p.zoneB.qosClass = static_cast<QosClass>(m_bQos->currentData().toInt());
    p.zoneB.gpuSharing = m_bSharing->isChecked();
    p.zoneB.gpuSharePercent = m_bShare->value();
    p.zoneB.gangScheduling = m_bGang->isChecked();
    p.zoneB.gangMinMembers = m_bGangSize->value();
    p.zoneB.overcommit = m_bOvercommit->isChecked();
    return p;
}

QList<Finding> ProfileEditor::validateCurrent() const {
    const ResourceProfile p = edited();
    return validateProfile(p, withPolicy(service().policies(), p, isNew()));
}

} // namespace fd::widgets
