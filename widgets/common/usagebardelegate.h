#pragma once

#include <QColor>
#include <QStyledItemDelegate>

namespace fd::widgets {

// Paints a horizontal bar for a 0..1 share (item data RatioRole) with the cell's text on top.
// Two ways to read it:
// - Capacity ("how full"): "requested of allocatable" in the cluster overview — the calm accent
//   while there is headroom, amber above 80 %, red when fully requested.
// - Utilization: GPU use, where busy is good and an idle allocation is the waste — one accent
//   whose depth follows use (the same scale as the fleet heat map's cells and legend), and an
//   idle bar (under kIdleBelowPct) outlined in the colour the views use for "idle".
class UsageBarDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageBarDelegate)

public:
    static constexpr int RatioRole = Qt::UserRole + 40;
    static constexpr double kIdleBelowPct = 5.0; // allocationVsUse's idle threshold

    enum class Scheme { Capacity, Utilization };

    explicit UsageBarDelegate(QObject* parent = nullptr); // Capacity
    UsageBarDelegate(Scheme scheme, QObject* parent);

    Scheme scheme() const { return m_scheme; }
    // The bar's fill for a 0..1 share.
    static QColor fillColor(Scheme scheme, double ratio);
    // The GPU views' utilisation scale, 0..100 %: pale when idle, the accent when busy, deeper
    // when saturated (no red: a busy GPU is not an alarm).
    static QColor utilizationColor(double percent);
    // Marks idle (allocated, unused) GPUs in the bars and the heat map.
    static QColor idleMarkColor() { return QColor(0xb2, 0x3b, 0x1e); }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    Scheme m_scheme = Scheme::Capacity;
};

} // namespace fd::widgets
