#pragma once

#include "policy/policyservice.h"

#include <QDialog>

class QPlainTextEdit;
class QTabWidget;

namespace fd::widgets {

class FieldMessage;

// A policy's YAML: the Karmada objects sync applies (rendered for the control plane's schema
// when it is known, else for the newest Karmada generation, with what that schema cannot
// express), and Fleetdeck's own policy file (what `policy show` prints and `policy apply`
// reads). Read-only, selectable, with a copy button.
class PolicyYamlDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PolicyYamlDialog)

public:
    PolicyYamlDialog(const fd::policy::PolicyService& service, fd::policy::PolicyKind kind,
                     const QString& name, QWidget* parent = nullptr);

    QPlainTextEdit* karmadaText() const { return m_karmada; }
    QPlainTextEdit* policyText() const { return m_policy; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    QTabWidget* m_tabs;
    QPlainTextEdit* m_karmada;
    QPlainTextEdit* m_policy;
    FieldMessage* m_notes;
};

} // namespace fd::widgets
