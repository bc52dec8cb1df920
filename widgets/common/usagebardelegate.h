#pragma once

#include <QStyledItemDelegate>

namespace fd::widgets {

// Paints a horizontal bar for a 0..1 share (item data RatioRole) with the cell's text on top;
// used for "requested of allocatable" in the cluster overview.
class UsageBarDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageBarDelegate)

public:
    static constexpr int RatioRole = Qt::UserRole + 40;
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace fd::widgets
