#include "confirmation.h"

#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace fd::widgets {

QMessageBox* askToConfirm(QWidget* parent, const QString& title, const QString& text,
                          const QString& confirmText, std::function<void()> onConfirm,
                          bool warning) {
    auto* box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Question, title, text,
                                QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("policyConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton* confirm = box->addButton(confirmText, QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box->setDefaultButton(cancel);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [confirm, onConfirm = std::move(onConfirm)](QAbstractButton* clicked) {
                         if (clicked == confirm && onConfirm)
                             onConfirm();
                     });
    box->open();
    return box;
}

} // namespace fd::widgets
