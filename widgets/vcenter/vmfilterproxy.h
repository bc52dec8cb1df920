#pragma once

#include <QSortFilterProxyModel>

namespace fd::widgets {

// Search and filters over VmTableModel: text (name, any IP, host, folder), vCLS agents hidden
// unless asked for, and exact power state / datacenter / cluster / host / folder filters
// (empty: any). Sorted by name, case-insensitively.
class VmFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VmFilterProxy)

public:
    enum class Filter { Power, Datacenter, Cluster, Host, Folder };

    explicit VmFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    void setShowVcls(bool show);
    bool showVcls() const { return m_showVcls; }
    void setFilter(Filter filter, const QString& value); // value as shown in the column

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_search;
    bool m_showVcls = false;
    QHash<int, QString> m_filters; // column → value
};

} // namespace fd::widgets
