#include "ruledelegate.h"

#include "rulesmodel.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSignalBlocker>

namespace fd::widgets {

using fd::policy::PlacementRule;
using fd::policy::RuleField;
using fd::policy::RuleOperator;

RuleDelegate::RuleDelegate(QObject* parent)
    : QStyledItemDelegate(parent) {}

QWidget* RuleDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                    const QModelIndex& index) const {
    auto* self = const_cast<RuleDelegate*>(this);
    switch (index.column()) {
    case RulesModel::FieldColumn: {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("ruleField"));
        for (RuleField f : {RuleField::ModelSize, RuleField::GpuType, RuleField::Runtime})
            combo->addItem(RulesModel::fieldText(f), int(f));
        connect(combo, &QComboBox::currentIndexChanged, self,
                [self, combo] { Q_EMIT self->commitData(combo); });
        return combo;
    }
    case RulesModel::OperatorColumn: {
        auto* combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("ruleOperator"));
        connect(combo, &QComboBox::currentIndexChanged, self,
                [self, combo] { Q_EMIT self->commitData(combo); });
        return combo;
    }
    case RulesModel::ValueColumn: {
        auto* edit = new QLineEdit(parent);
        edit->setObjectName(QStringLiteral("ruleValue"));
        connect(edit, &QLineEdit::textEdited, self,
                [self, edit] { Q_EMIT self->commitData(edit); });
        return edit;
    }
    default:
        return nullptr;
    }
}

void RuleDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const {
    const auto rule = index.data(RulesModel::RuleRole).value<PlacementRule>();
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        const QSignalBlocker block(combo);
        if (index.column() == RulesModel::OperatorColumn) {
            const QList<RuleOperator> ops = RulesModel::operatorsFor(rule.field);
            bool same = combo->count() == ops.size();
            for (int i = 0; same && i < ops.size(); ++i)
                same = combo->itemData(i).toInt() == int(ops[i]);
            if (!same) {
                combo->clear();
                for (RuleOperator op : ops)
                    combo->addItem(RulesModel::operatorText(op), int(op));
            }
        }
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole).toInt()));
        return;
    }
    if (auto* edit = qobject_cast<QLineEdit*>(editor)) {
        // Written back only when it differs, so the cursor stays where the user types.
        const QString text = index.data(Qt::EditRole).toString();
        if (RulesModel::valuesFrom(edit->text()) != RulesModel::valuesFrom(text))
            edit->setText(text);
        edit->setPlaceholderText(rule.field == RuleField::ModelSize
                                     ? tr("e.g. 30 (billions of parameters)")
                                 : rule.field == RuleField::Runtime ? tr("e.g. vllm")
                                                                    : tr("e.g. A100"));
    }
}

void RuleDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                const QModelIndex& index) const {
    if (auto* combo = qobject_cast<QComboBox*>(editor))
        model->setData(index, combo->currentData(), Qt::EditRole);
    else if (auto* edit = qobject_cast<QLineEdit*>(editor))
        model->setData(index, edit->text(), Qt::EditRole);
}

void RuleDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                        const QModelIndex&) const {
    editor->setGeometry(option.rect.adjusted(1, 1, -1, -1));
}

} // namespace fd::widgets
