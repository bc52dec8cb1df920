#pragma once

#include "policy/policyservice.h"

#include "fieldmessage.h"

#include <QDialog>

class QFormLayout;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace fd::widgets {

// What the three policy editors share: name and description, validation while typing (the core
// validators over the edited copy within the stored set; each message right under its field),
// Save disabled while there is an error, and the save through PolicyService with its failure
// shown in the dialog (which stays open). A saved policy's name is its identity and cannot be
// changed here.
class PolicyEditorDialog : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyEditorDialog)

public:
    bool isNew() const { return m_isNew; }
    fd::policy::PolicyKind kind() const { return m_kind; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* descriptionEdit() const { return m_description; }
    QPushButton* saveButton() const { return m_save; }
    FieldMessage* formMessage() const { return m_formMessage; }
    // Every finding for the edited policy as it is now.
    QList<fd::policy::Finding> findings() const { return m_findings; }

Q_SIGNALS:
    void saved(fd::policy::PolicyKind kind, const QString& name);

protected:
    PolicyEditorDialog(fd::policy::PolicyService& service, fd::policy::PolicyKind kind, bool isNew,
                       const QString& name, const QString& description, QWidget* parent);

    // The subclass builds its fields into body() and then calls finishLayout().
    QFormLayout* headerForm() const { return m_header; }
    QVBoxLayout* body() const { return m_body; }
    void finishLayout();
    FieldMessage* addMessageRow(QFormLayout* form, const QString& path);
    FieldMessageRouter& router() { return m_router; }

    // The findings for the edited copy (validators + the editor's own parse messages).
    virtual QList<fd::policy::Finding> validateCurrent() const = 0;
    // Asks any confirmation, then calls save() with the edited copy.
    virtual void startSave() = 0;
    // Re-runs validation and shows it; connect every field's change to this.
    void revalidate();
    // Called after each revalidate(): what else follows the form (the strategy editor's
    // placement preview).
    virtual void formChanged() {}
    // Sends the policy to the service; on success emits saved() and closes.
    template <typename Policy> void save(const Policy& policy) {
        setBusy(true);
        m_service.save(policy,
                       m_isNew ? fd::policy::SaveMode::Create : fd::policy::SaveMode::Replace, this,
                       [this, name = policy.name](fd::Result<fd::policy::SaveOutcome> r) {
                           finishSave(r.ok() ? fd::Status() : fd::Status(r.error()), name);
                       });
    }
    fd::policy::PolicyService& service() const { return m_service; }
    // A finding the editor makes itself (text it could not parse).
    fd::policy::Finding localError(const QString& path, const QString& message) const;

private:
    void setBusy(bool busy);
    void finishSave(const fd::Status& status, const QString& name);

    fd::policy::PolicyService& m_service;
    fd::policy::PolicyKind m_kind;
    bool m_isNew;
    QLineEdit* m_name;
    QLineEdit* m_description;
    QFormLayout* m_header;
    QVBoxLayout* m_body;
    FieldMessage* m_formMessage;
    QPushButton* m_save;
    QPushButton* m_cancel;
    FieldMessageRouter m_router;
    struct MessageRow {
        QFormLayout* form;
        int row;
        FieldMessage* message;
    };
    QList<MessageRow> m_messageRows;
    QList<fd::policy::Finding> m_findings;
    bool m_busy = false;
};

} // namespace fd::widgets
