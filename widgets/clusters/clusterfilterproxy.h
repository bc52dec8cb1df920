#pragma once

#include <QSortFilterProxyModel>

namespace fd::widgets {

// Search and sort over ClusterListModel: the search matches name, data center, server, version,
// status and GPU models (every word must match somewhere); sorting uses the raw-data role so
// "10 nodes" sorts after "9 nodes" and times sort as times.
class ClusterFilterProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterFilterProxy)

public:
    explicit ClusterFilterProxy(QObject* parent = nullptr);

    void setSearchText(const QString& text);
    QString searchText() const { return m_words.join(QLatin1Char(' ')); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QStringList m_words;
};

} // namespace fd::widgets
