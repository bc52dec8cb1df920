#pragma once

#include <QStyledItemDelegate>

namespace fd::widgets {

// Editors of the rules table: a combo box for the condition and the operator (only operators
// that apply to the row's condition), a line edit for the value. They are kept open (persistent)
// and commit every change at once, so validation follows the user's typing.
class RuleDelegate final : public QStyledItemDelegate {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RuleDelegate)

public:
    explicit RuleDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
};

} // namespace fd::widgets
