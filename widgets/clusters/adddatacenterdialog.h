#pragma once

#include "registry/clusterrecord.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fd::registry {
class ClusterRegistry;
}

namespace fd::widgets {

// "Add data center…": a stable id (lowercase letters, digits, '-') and a label. The id is
// derived from the label while the user has not typed one of their own.
class AddDataCenterDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddDataCenterDialog)

public:
    explicit AddDataCenterDialog(fd::registry::ClusterRegistry* registry,
                                 QWidget* parent = nullptr);

    fd::registry::DataCenter dataCenter() const;
    QLineEdit* idEdit() const { return m_id; }
    QLineEdit* labelEdit() const { return m_label; }
    QLabel* problem() const { return m_problem; }

    void accept() override;

private:
    void validate();

    QPointer<fd::registry::ClusterRegistry> m_registry;
    QLineEdit* m_label;
    QLineEdit* m_id;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    bool m_idEdited = false;
};

} // namespace fd::widgets
