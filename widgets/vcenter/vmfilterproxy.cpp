#include "vcenter/vmfilterproxy.h"

#include "vcenter/vmtablemodel.h"

namespace fd::widgets {

VmFilterProxy::VmFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent) {
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
    sort(VmTableModel::NameColumn, Qt::AscendingOrder);
}

void VmFilterProxy::setSearchText(const QString& text) {
    m_search = text.trimmed();
    invalidateFilter();
}

void VmFilterProxy::setShowVcls(bool show) {
    m_showVcls = show;
    invalidateFilter();
}

void VmFilterProxy::setFilter(Filter filter, const QString& value) {
    int column = VmTableModel::PowerColumn;
    switch (filter) {
    case Filter::Power:
        column = VmTableModel::PowerColumn;
        break;
    case Filter::Datacenter:
        column = VmTableModel::DatacenterColumn;
        break;
    case Filter::Cluster:
        column = VmTableModel::ClusterColumn;
        break;
    case Filter::Host:
        column = VmTableModel::HostColumn;
        break;
    case Filter::Folder:
        column = VmTableModel::FolderColumn;
        break;
    }
    if (value.isEmpty())
        m_filters.remove(column);
    else
        m_filters.insert(column, value);
    invalidateFilter();
}

bool VmFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& parent) const {
    const QAbstractItemModel* m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, parent);
    if (!m_showVcls && first.data(VmTableModel::VclsRole).toBool())
        return false;
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it)
        if (m->index(sourceRow, it.key(), parent).data().toString() != it.value())
            return false;
    if (m_search.isEmpty())
        return true;
    const auto has = [this](const QString& s) { return s.contains(m_search, Qt::CaseInsensitive); };
    if (has(first.data().toString()))
        return true;
    for (const QString& ip : first.data(VmTableModel::IpsRole).toStringList())
        if (has(ip))
            return true;
    return has(m->index(sourceRow, VmTableModel::HostColumn, parent).data().toString()) ||
           has(m->index(sourceRow, VmTableModel::FolderColumn, parent).data().toString()) ||
           has(m->index(sourceRow, VmTableModel::GuestColumn, parent).data().toString());
}

} // namespace fd::widgets
