#pragma once

// The table views of the GPU metrics page (fleet, health, attribution, alerts): read-only rows,
// sorted through a proxy by the models' raw-data role, alternating colours, no row header.

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace fd::widgets {

inline QTableView* makeMetricsTable(QAbstractItemModel* model, QSortFilterProxyModel* proxy,
                                    int sortRole, QWidget* parent) {
    proxy->setSourceModel(model);
    proxy->setSortRole(sortRole);
    auto* view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setWordWrap(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace fd::widgets
