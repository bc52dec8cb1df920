#include "rulesmodel.h"

namespace fd::widgets {

using fd::policy::PlacementRule;
using fd::policy::RuleField;
using fd::policy::RuleOperator;

RulesModel::RulesModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void RulesModel::setRules(const QList<PlacementRule>& rules) {
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

int RulesModel::addRule() {
    const int row = int(m_rules.size());
    beginInsertRows({}, row, row);
    m_rules.append(PlacementRule{RuleField::ModelSize, RuleOperator::AtLeast, {}});
    endInsertRows();
    Q_EMIT rulesEdited();
    return row;
}

void RulesModel::removeRule(int row) {
    if (row < 0 || row >= m_rules.size())
        return;
    beginRemoveRows({}, row, row);
    m_rules.removeAt(row);
    endRemoveRows();
    Q_EMIT rulesEdited();
}

int RulesModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RulesModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString RulesModel::fieldText(RuleField field) {
    switch (field) {
    case RuleField::ModelSize:
        return tr("Model size");
    case RuleField::GpuType:
        return tr("GPU type");
    case RuleField::Runtime:
        return tr("Runtime");
    }
    return {};
}

QString RulesModel::operatorText(RuleOperator op) {
    switch (op) {
    case RuleOperator::Equals:
        return tr("equals");
    case RuleOperator::NotEquals:
        return tr("does not equal");
    case RuleOperator::LessThan:
        return tr("less than");
    case RuleOperator::AtMost:
        return tr("at most");
    case RuleOperator::GreaterThan:
        return tr("greater than");
    case RuleOperator::AtLeast:
        return tr("at least");
    case RuleOperator::In:
        return tr("is one of");
    case RuleOperator::NotIn:
        return tr("is none of");
    case RuleOperator::Contains:
        return tr("contains");
    }
    return {};
}

QList<RuleOperator> RulesModel::operatorsFor(RuleField field) {
    if (field == RuleField::ModelSize)
        return {RuleOperator::AtLeast,  RuleOperator::GreaterThan, RuleOperator::AtMost,
                RuleOperator::LessThan, RuleOperator::Equals,      RuleOperator::NotEquals,
                RuleOperator::In,       RuleOperator::NotIn};
    return {RuleOperator::Equals, RuleOperator::NotEquals, RuleOperator::In, RuleOperator::NotIn,
            RuleOperator::Contains};
}

QString RulesModel::valuesText(const QStringList& values) {
    return values.join(QStringLiteral(", "));
}

QStringList RulesModel::valuesFrom(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(u','))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

QVariant RulesModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rules.size())
        return {};
    const PlacementRule& rule = m_rules[index.row()];
    if (role == RuleRole)
        return QVariant::fromValue(rule);
    switch (index.column()) {
    case FieldColumn:
        if (role == Qt::DisplayRole)
            return fieldText(rule.field);
        if (role == Qt::ToolTipRole)
            return rule.field == RuleField::ModelSize
                       ? tr("Billions of parameters, e.g. 70 for a 70B model")
                       : QVariant();
        if (role == Qt::EditRole)
            return int(rule.field);
        break;
    case OperatorColumn:
        if (role == Qt::DisplayRole)
            return operatorText(rule.op);
        if (role == Qt::EditRole)
            return int(rule.op);
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return valuesText(rule.values);
        if (role == Qt::ToolTipRole)
            return rule.op == RuleOperator::In || rule.op == RuleOperator::NotIn
                       ? tr("Several values, separated by commas")
                       : QVariant();
        break;
    default:
        break;
    }
    return {};
}

bool RulesModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rules.size())
        return false;
    PlacementRule& rule = m_rules[index.row()];
    const PlacementRule before = rule;
    switch (index.column()) {
    case FieldColumn:
        rule.field = static_cast<RuleField>(value.toInt());
        if (!operatorsFor(rule.field).contains(rule.op))
            rule.op = operatorsFor(rule.field).first();
        break;
    case OperatorColumn:
        rule.op = static_cast<RuleOperator>(value.toInt());
        break;
    case ValueColumn:
        rule.values = valuesFrom(value.toString());
        break;
    default:
        return false;
    }
    if (rule == before)
        return true;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT rulesEdited();
    return true;
}

Qt::ItemFlags RulesModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant RulesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return tr("Condition");
    case OperatorColumn:
        return tr("Operator");
    case ValueColumn:
        return tr("Value");
    default:
        return {};
    }
}

} // namespace fd::widgets
