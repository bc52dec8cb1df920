#include "metrics/promresultmodel.h"

#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace fd::widgets {

PromResultModel::PromResultModel(QObject* parent)
    : QAbstractTableModel(parent) {}

QString PromResultModel::displayValue(double v, const QLocale& locale, int digits) {
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    const double magnitude = std::abs(v);
    if (magnitude < 1e15 && v == std::trunc(v))
        return locale.toString(qint64(v));
    if (magnitude < 1e-4 || magnitude >= 1e15)
        return locale.toString(v, 'g', digits);
    // Fixed notation with `digits` significant digits, then without the zeros that rounding
    // left at the end (0.300000 -> 0.3).
    const int integerDigits = int(std::floor(std::log10(magnitude))) + 1;
    const int decimals = std::clamp(digits - integerDigits, 0, 10);
    QString text = locale.toString(v, 'f', decimals);
    const QString point = locale.decimalPoint();
    if (decimals > 0 && text.contains(point)) {
        while (text.endsWith(locale.zeroDigit()))
            text.chop(locale.zeroDigit().size());
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

void PromResultModel::clear() {
    beginResetModel();
    m_labels.clear();
    m_rows.clear();
    m_range = false;
    m_truncatedFrom = 0;
    endResetModel();
}

void PromResultModel::setResult(const fd::metrics::QueryResult& result) {
    beginResetModel();
    m_rows.clear();
    m_labels.clear();
    m_truncatedFrom = 0;
    m_range = result.type == fd::metrics::ResultType::Matrix;
    switch (result.type) {
    case fd::metrics::ResultType::Vector:
        for (const fd::metrics::Sample& s : result.vector) {
            if (m_rows.size() == kMaxRows)
                break;
            m_rows << Row{s.labels, s.point.value, {}, -1};
        }
        if (result.vector.size() > kMaxRows)
            m_truncatedFrom = int(result.vector.size());
        break;
    case fd::metrics::ResultType::Matrix:
        for (const fd::metrics::Series& s : result.matrix) {
            if (m_rows.size() == kMaxRows)
                break;
            double last = std::numeric_limits<double>::quiet_NaN();
            for (auto it = s.points.rbegin(); it != s.points.rend(); ++it)
                if (std::isfinite(it->value)) {
                    last = it->value;
                    break;
                }
            m_rows << Row{s.labels, last, {}, qsizetype(s.points.size())};
        }
        if (result.matrix.size() > kMaxRows)
            m_truncatedFrom = int(result.matrix.size());
        break;
    case fd::metrics::ResultType::Scalar:
        m_rows << Row{{}, result.scalar.value, {}, -1};
        break;
    case fd::metrics::ResultType::String:
        m_rows << Row{{}, 0, result.string, -1};
        break;
    }
    QSet<QString> names;
    for (const Row& r : std::as_const(m_rows))
        for (const auto& [name, value] : r.labels.items())
            names.insert(name);
    const bool hasName = names.remove(QStringLiteral("__name__"));
    m_labels = QStringList(names.begin(), names.end());
    std::sort(m_labels.begin(), m_labels.end());
    if (hasName)
        m_labels.prepend(QStringLiteral("__name__"));
    endResetModel();
}

int PromResultModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PromResultModel::columnCount(const QModelIndex& parent) const {
    // Nothing to show (no query yet, a failed one, an empty answer): no header either.
    if (parent.isValid() || m_rows.isEmpty())
        return 0;
    return int(m_labels.size()) + (m_range ? 2 : 1);
}

QVariant PromResultModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    const int c = index.column();
    const int labelCount = int(m_labels.size());
    if (c < labelCount) {
        if (role == Qt::DisplayRole || role == RawRole)
            return r.labels.value(m_labels.at(c));
        return {};
    }
    if (c == labelCount) { // the value
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (!r.text.isEmpty())
            return role == Qt::DisplayRole || role == RawRole ? QVariant(r.text) : QVariant();
        if (role == RawRole)
            return r.value;
        if (role == Qt::DisplayRole)
            return displayValue(r.value);
        if (role == Qt::ToolTipRole) // the exact value Prometheus sent
            return std::isfinite(r.value)
                       ? QString::number(r.value, 'g', QLocale::FloatingPointShortest)
                       : displayValue(r.value);
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == RawRole)
        return double(r.samples);
    if (role == Qt::DisplayRole)
        return QLocale().toString(r.samples);
    return {};
}

QVariant PromResultModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const int labelCount = int(m_labels.size());
    if (section < labelCount)
        return m_labels.at(section) == QLatin1String("__name__") ? tr("Metric")
                                                                 : m_labels.at(section);
    if (section == labelCount)
        return m_range ? tr("Last value") : tr("Value");
    return tr("Samples");
}

} // namespace fd::widgets
