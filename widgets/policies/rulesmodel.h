#pragma once

#include "policy/policytypes.h"

#include <QAbstractTableModel>
#include <QList>

namespace fd::widgets {

// The auto-placement rules of a strategy being edited: one row per rule (condition, operator,
// value). Field and operator are edited as their enum value (Qt::EditRole), the value as text
// ("70", or "ollama, llamacpp" for "is one of"). Changing the condition resets an operator that
// does not apply to it (less than and greater than compare numbers, contains compares text).
class RulesModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RulesModel)

public:
    enum Column { FieldColumn, OperatorColumn, ValueColumn, ColumnCount };
    enum Role { RuleRole = Qt::UserRole + 1 }; // the whole PlacementRule (raw data)

    explicit RulesModel(QObject* parent = nullptr);

    void setRules(const QList<fd::policy::PlacementRule>& rules);
    QList<fd::policy::PlacementRule> rules() const { return m_rules; }
    // Appends a rule (model size at least 1) and returns its row.
    int addRule();
    void removeRule(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString fieldText(fd::policy::RuleField field);
    static QString operatorText(fd::policy::RuleOperator op);
    // The operators that make sense for a condition.
    static QList<fd::policy::RuleOperator> operatorsFor(fd::policy::RuleField field);
    static QString valuesText(const QStringList& values);
    static QStringList valuesFrom(const QString& text);

Q_SIGNALS:
    void rulesEdited();

private:
    QList<fd::policy::PlacementRule> m_rules;
};

} // namespace fd::widgets
