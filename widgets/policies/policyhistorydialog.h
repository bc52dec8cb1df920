#pragma once

#include "policy/policytypes.h"

#include <QDialog>

class QTableView;

namespace fd::policy {
class PolicyService;
}

namespace fd::widgets {

class FieldMessage;
class PolicyHistoryModel;

// The version history of one policy (read on a worker thread; kept after a delete).
class PolicyHistoryDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyHistoryDialog)

public:
    PolicyHistoryDialog(const fd::policy::PolicyService& service, fd::policy::PolicyKind kind,
                        const QString& name, QWidget* parent = nullptr);
    PolicyHistoryModel* model() const { return m_model; }

private:
    PolicyHistoryModel* m_model;
    QTableView* m_view;
    FieldMessage* m_error;
};

} // namespace fd::widgets
