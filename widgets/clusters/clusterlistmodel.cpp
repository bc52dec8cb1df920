#include "clusterlistmodel.h"

#include "clusterformat.h"
#include "registry/clustercatalog.h"
#include "zonecombo.h"

#include <QColor>
#include <QFont>
#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QSet>

#include <algorithm>

namespace fd::widgets {

using fd::registry::ClusterId;
using fd::registry::ClusterRecord;
using fd::registry::ClusterStatus;

ClusterListModel::ClusterListModel(fd::registry::ClusterCatalog* catalog, QObject* parent)
    : QAbstractTableModel(parent)
    , m_registry(catalog) {
    if (m_registry) {
        connect(m_registry, &fd::registry::ClusterCatalog::clustersChanged, this,
                &ClusterListModel::syncRecords);
        connect(m_registry, &fd::registry::ClusterCatalog::healthChanged, this,
                &ClusterListModel::onHealthChanged);
        connect(m_registry, &fd::registry::ClusterCatalog::dataCentersChanged, this,
                &ClusterListModel::syncRecords);
    }
    syncRecords();
}

int ClusterListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClusterListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

const ClusterRecord* ClusterListModel::recordAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int ClusterListModel::rowOf(ClusterId id) const {
    return m_rowById.value(id, -1);
}

void ClusterListModel::reindex() {
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows[i].id, i);
}

void ClusterListModel::syncRecords() {
    if (!m_registry)
        return;
    const QList<ClusterRecord> fresh = m_registry->clusters();
    QHash<ClusterId, const ClusterRecord*> byId;
    for (const ClusterRecord& r : fresh)
        byId.insert(r.id, &r);

    // Removals, from the bottom so earlier row numbers stay valid.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (byId.contains(m_rows[row].id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    reindex();

    // Updates in place, then appends (the proxy sorts; row order here does not matter).
    for (int row = 0; row < m_rows.size(); ++row)
        m_rows[row] = *byId.value(m_rows[row].id);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    QList<ClusterRecord> added;
    for (const ClusterRecord& r : fresh)
        if (!m_rowById.contains(r.id))
            added << r;
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows << added;
        reindex();
        endInsertRows();
    }
}

void ClusterListModel::onHealthChanged(const QList<qint64>& ids) {
    if (!m_registry)
        return;
    QList<int> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        if (auto record = m_registry->cluster(id)) {
            m_rows[row].health = record->health;
            rows << row;
        }
    }
    // One dataChanged per contiguous run of rows: a refresh of every cluster is one signal.
    std::sort(rows.begin(), rows.end());
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows[j + 1] <= rows[j] + 1)
            ++j;
        Q_EMIT dataChanged(index(rows[i], Status), index(rows[j], LastCheck));
        i = j + 1;
    }
}

QString ClusterListModel::statusText(ClusterStatus status) {
    switch (status) {
    case ClusterStatus::Ready:
        return tr("Ready");
    case ClusterStatus::NotReady:
        return tr("Not ready");
    case ClusterStatus::Unreachable:
        return tr("Unreachable");
    case ClusterStatus::Unknown:
        break;
    }
    return tr("Unknown");
}

QString ClusterListModel::lockedText() {
    return tr("Locked");
}

bool ClusterListModel::locked(const ClusterRecord& record) const {
    return m_registry && m_registry->needsUnlock(record.id);
}

QColor ClusterListModel::statusColor(ClusterStatus status) {
    switch (status) {
    case ClusterStatus::Ready:
        return QColor(0x1e, 0x8e, 0x3e);
    case ClusterStatus::NotReady:
        return QColor(0xc2, 0x7c, 0x0e);
    case ClusterStatus::Unreachable:
        return QColor(0xc6, 0x28, 0x28);
    case ClusterStatus::Unknown:
        break;
    }
    return QColor(0x7a, 0x85, 0x94);
}

namespace {

QIcon statusDot(ClusterStatus status) {
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(status));
    if (it != cache.end())
        return *it;
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(ClusterListModel::statusColor(status));
    painter.drawEllipse(1, 1, 10, 10);
    painter.end();
    return *cache.insert(int(status), QIcon(pixmap));
}

} // namespace

QVariant ClusterListModel::displayData(const ClusterRecord& r, int column) const {
    const auto& h = r.health;
    switch (column) {
    case Status:
        return locked(r) ? lockedText() : statusText(h.status);
    case Name:
        return QString(r.name + roleBadge(r));
    case DataCenter:
        return r.datacenter.label.isEmpty() ? r.datacenter.id : r.datacenter.label;
    case Zone:
        return fd::policy::toString(r.zone); // "A", "B" or empty
    case Version:
        return h.version;
    case Nodes:
        return h.nodesTotal > 0 || h.lastCheck.isValid()
                   ? QStringLiteral("%1 / %2").arg(h.nodesReady).arg(h.nodesTotal)
                   : QString();
    case Gpus:
        return gpuSummary(r);
    case LastCheck:
        return h.lastCheck.isValid()
                   ? QLocale().toString(h.lastCheck.toLocalTime(), QLocale::ShortFormat)
                   : tr("Never");
    }
    return {};
}

QVariant ClusterListModel::rawData(const ClusterRecord& r, int column) const {
    const auto& h = r.health;
    switch (column) {
    case Status:
        return int(h.status);
    case Name:
        return r.name;
    case DataCenter:
        return r.datacenter.label.isEmpty() ? r.datacenter.id : r.datacenter.label;
    case Zone:
        return int(r.zone);
    case Version:
        return h.version;
    case Nodes:
        return h.nodesTotal;
    case Gpus:
        return h.gpuAllocatable();
    case LastCheck:
        return h.lastCheck;
    }
    return {};
}

QString ClusterListModel::toolTip(const ClusterRecord& r, int column) const {
    switch (column) {
    case Status:
        if (locked(r))
            return tr("The vault is locked: unlock it to check this cluster. Last known: %1")
                .arg(statusText(r.health.status));
        return r.health.lastError.isEmpty() ? statusText(r.health.status) : r.health.lastError;
    case Name:
        return r.server();
    case Gpus:
        return gpuDetail(r);
    case DataCenter:
        return r.datacenter.id;
    case Zone:
        return ZoneCombo::zoneText(r.zone);
    default:
        return {};
    }
}

QVariant ClusterListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClusterRecord& r = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayData(r, column);
    case RawDataRole:
        return rawData(r, column);
    case IdRole:
        return r.id;
    case DataCenterIdRole:
        return r.datacenter.id;
    case DataCenterLabelRole:
        return r.datacenter.label.isEmpty() ? r.datacenter.id : r.datacenter.label;
    case SearchTextRole:
        return QStringList{r.name,
                           r.datacenter.id,
                           r.datacenter.label,
                           r.server(),
                           r.health.version,
                           statusText(r.health.status),
                           r.gpuModels.join(QLatin1Char(' '))}
            .join(QLatin1Char(' '))
            .toLower();
    case Qt::ToolTipRole:
        return toolTip(r, column);
    case Qt::DecorationRole:
        if (column != Status)
            return {};
        return locked(r) ? QVariant(QIcon(QStringLiteral(":/icons/lock.svg")))
                         : QVariant(statusDot(r.health.status));
    case Qt::ForegroundRole:
        if (column != Status)
            return {};
        return locked(r) ? QVariant(statusColor(ClusterStatus::Unknown))
                         : QVariant(statusColor(r.health.status));
    case Qt::FontRole:
        if (column == Name && r.origin == fd::registry::ClusterOrigin::DiscoveredFromKarmada) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant ClusterListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Status:
        return tr("Status");
    case Name:
        return tr("Name");
    case DataCenter:
        return tr("Data center");
    case Zone:
        return tr("Zone");
    case Version:
        return tr("Version");
    case Nodes:
        return tr("Nodes ready");
    case Gpus:
        return tr("GPUs used / allocatable");
    case LastCheck:
        return tr("Last check");
    }
    return {};
}

} // namespace fd::widgets
