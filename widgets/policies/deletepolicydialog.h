#pragma once

#include "policy/policyservice.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace fd::widgets {

class FieldMessage;

// Deleting a policy: blocked (only Close) while deployments use the strategy or profile, or
// strategies link the profile or failover policy — listing who; for the default strategy a
// stronger warning that must be acknowledged; otherwise a plain confirmation. The version history
// is kept either way.
class DeletePolicyDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeletePolicyDialog)

public:
    DeletePolicyDialog(fd::policy::PolicyService& service, fd::policy::PolicyKind kind,
                       const QString& name, QWidget* parent = nullptr);

    fd::policy::DeleteVerdict verdict() const { return m_check.verdict; }
    QListWidget* usageList() const { return m_usage; }
    QPushButton* deleteButton() const { return m_delete; }
    QPushButton* closeButton() const { return m_close; }
    QCheckBox* acknowledgeCheck() const { return m_acknowledge; }
    QLabel* messageLabel() const { return m_text; }

Q_SIGNALS:
    void deleted(fd::policy::PolicyKind kind, const QString& name);

private:
    void remove();

    fd::policy::PolicyService& m_service;
    fd::policy::PolicyKind m_kind;
    QString m_name;
    fd::policy::DeleteCheck m_check;
    QLabel* m_text;
    QListWidget* m_usage;
    QCheckBox* m_acknowledge = nullptr;
    FieldMessage* m_error;
    QPushButton* m_delete;
    QPushButton* m_close;
};

} // namespace fd::widgets
