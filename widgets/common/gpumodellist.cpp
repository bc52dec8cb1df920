#include "gpumodellist.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fd::widgets {

namespace {
constexpr int CpuOnlyRole = Qt::UserRole + 1;
} // namespace

QStringList GpuModelList::commonModels() {
    // As the GPU feature discovery label nvidia.com/gpu.product spells them.
    return {QStringLiteral("NVIDIA-H100-80GB-HBM3"),
            QStringLiteral("NVIDIA-H200"),
            QStringLiteral("NVIDIA-A100-SXM4-80GB"),
            QStringLiteral("NVIDIA-A100-SXM4-40GB"),
            QStringLiteral("NVIDIA-A100-PCIE-40GB"),
            QStringLiteral("NVIDIA-L40S"),
            QStringLiteral("NVIDIA-L4"),
            QStringLiteral("NVIDIA-A30"),
            QStringLiteral("NVIDIA-A10"),
            QStringLiteral("Tesla-T4"),
            QStringLiteral("Tesla-V100-SXM2-32GB"),
            QStringLiteral("NVIDIA-RTX-A6000")};
}

GpuModelList::GpuModelList(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget)
    , m_other(new QLineEdit)
    , m_add(new QPushButton) {
    m_list->setObjectName(QStringLiteral("gpuModelList"));
    m_other->setObjectName(QStringLiteral("gpuModelOther"));
    m_list->setMinimumHeight(110);
    auto* cpu = new QListWidgetItem(m_list);
    cpu->setData(CpuOnlyRole, true);
    cpu->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    cpu->setCheckState(Qt::Unchecked);
    for (const QString& model : commonModels())
        addModel(model, false);

    auto* otherRow = new QHBoxLayout;
    otherRow->addWidget(m_other, 1);
    otherRow->addWidget(m_add);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(otherRow);

    connect(m_list, &QListWidget::itemChanged, this, &GpuModelList::onItemChanged);
    connect(m_add, &QPushButton::clicked, this, &GpuModelList::addOther);
    connect(m_other, &QLineEdit::returnPressed, this, &GpuModelList::addOther);
    retranslate();
}

QListWidgetItem* GpuModelList::addModel(const QString& model, bool checked) {
    for (int i = 1; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        if (item->text().compare(model, Qt::CaseInsensitive) == 0) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return item;
        }
    }
    auto* item = new QListWidgetItem(model, m_list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

void GpuModelList::setSelection(const QStringList& models, bool cpuOnly) {
    m_updating = true;
    for (int i = 0; i < m_list->count(); ++i)
        m_list->item(i)->setCheckState(Qt::Unchecked);
    m_list->item(0)->setCheckState(cpuOnly ? Qt::Checked : Qt::Unchecked);
    if (!cpuOnly)
        for (const QString& model : models)
            addModel(model, true);
    m_updating = false;
}

QStringList GpuModelList::models() const {
    QStringList out;
    for (int i = 1; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            out << m_list->item(i)->text();
    return out;
}

bool GpuModelList::cpuOnly() const {
    return m_list->item(0)->checkState() == Qt::Checked;
}

void GpuModelList::onItemChanged(QListWidgetItem* item) {
    if (m_updating)
        return;
    m_updating = true;
    if (item->checkState() == Qt::Checked) {
        // CPU only and GPU models exclude each other.
        if (item->data(CpuOnlyRole).toBool()) {
            for (int i = 1; i < m_list->count(); ++i)
                m_list->item(i)->setCheckState(Qt::Unchecked);
        } else {
            m_list->item(0)->setCheckState(Qt::Unchecked);
        }
    }
    m_updating = false;
    Q_EMIT changed();
}

void GpuModelList::addOther() {
    const QString model = m_other->text().trimmed();
    if (model.isEmpty())
        return;
    m_updating = true;
    m_list->item(0)->setCheckState(Qt::Unchecked);
    m_list->scrollToItem(addModel(model, true));
    m_updating = false;
    m_other->clear();
    Q_EMIT changed();
}

void GpuModelList::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void GpuModelList::retranslate() {
    m_updating = true;
    m_list->item(0)->setText(tr("CPU only (no GPUs)"));
    m_updating = false;
    m_other->setPlaceholderText(tr("Other model, e.g. NVIDIA-B200"));
    m_add->setText(tr("Add"));
}

} // namespace fd::widgets
