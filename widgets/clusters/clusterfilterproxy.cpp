#include "clusterfilterproxy.h"

#include "clusterlistmodel.h"

#include <QDateTime>

namespace fd::widgets {

ClusterFilterProxy::ClusterFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ClusterListModel::RawDataRole);
    setDynamicSortFilter(true);
}

void ClusterFilterProxy::setSearchText(const QString& text) {
    const QStringList words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words == m_words)
        return;
#if QT_VERSION >= QT_VERSION_CHECK(6, 9, 0)
    beginFilterChange();
#endif
    m_words = words;
    invalidateFilter();
}

bool ClusterFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (m_words.isEmpty())
        return true;
    const QString haystack = sourceModel()
                                 ->index(sourceRow, 0, sourceParent)
                                 .data(ClusterListModel::SearchTextRole)
                                 .toString();
    for (const QString& word : m_words)
        if (!haystack.contains(word))
            return false;
    return true;
}

bool ClusterFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const QVariant a = left.data(ClusterListModel::RawDataRole);
    const QVariant b = right.data(ClusterListModel::RawDataRole);
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        const int c = QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
    } else if (a.typeId() == QMetaType::QDateTime) {
        const QDateTime x = a.toDateTime();
        const QDateTime y = b.toDateTime();
        if (x != y)
            return !x.isValid() || (y.isValid() && x < y);
    } else {
        const qlonglong x = a.toLongLong();
        const qlonglong y = b.toLongLong();
        if (x != y)
            return x < y;
    }
    // Ties by name so the order is stable across refreshes.
    const QModelIndex ln = left.sibling(left.row(), ClusterListModel::Name);
    const QModelIndex rn = right.sibling(right.row(), ClusterListModel::Name);
    return QString::compare(ln.data(ClusterListModel::RawDataRole).toString(),
                            rn.data(ClusterListModel::RawDataRole).toString(),
                            Qt::CaseInsensitive) < 0;
}

} // namespace fd::widgets
