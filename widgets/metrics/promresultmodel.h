#pragma once

#include "metrics/promtypes.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QStringList>

namespace fd::widgets {

// The answer to a PromQL console query as a table: one row per series (or the scalar / string),
// one column per label name (the metric name first), then the value — for a range query the last
// finite value and the number of samples. At most kMaxRows rows; truncatedFrom() says how many
// series there were when more. Values are shown in the locale with about six significant digits
// (0.30000000000000004 reads 0.3, 1500000000 reads 1,500,000,000); the raw double stays in
// RawRole (sorting, CSV export) and the tooltip.
class PromResultModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromResultModel)

public:
    static constexpr int kMaxRows = 500;
    static constexpr int RawRole = Qt::UserRole + 1; // numbers as double, text as QString

    explicit PromResultModel(QObject* parent = nullptr);

    // A sample value for display: whole numbers with group separators, others with about
    // `digits` significant digits and no trailing zeros, tiny ones in exponent form; NaN, +Inf
    // and -Inf as Prometheus writes them.
    static QString displayValue(double value, const QLocale& locale = QLocale(), int digits = 6);

    void setResult(const fd::metrics::QueryResult& result);
    void clear();

    // The number of series in the answer when it was over kMaxRows, else 0.
    int truncatedFrom() const { return m_truncatedFrom; }
    QStringList labelColumns() const { return m_labels; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row {
        fd::metrics::Labels labels;
        double value = 0;
        QString text;           // a string result
        qsizetype samples = -1; // range queries only
    };

    QStringList m_labels; // label names, __name__ first
    QList<Row> m_rows;
    bool m_range = false;
    int m_truncatedFrom = 0;
};

} // namespace fd::widgets
