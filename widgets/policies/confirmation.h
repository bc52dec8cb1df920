#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace fd::widgets {

// Asks before a consequential change (a new default strategy, failover turned off): a
// window-modal message box opened without a nested event loop; `onConfirm` runs only when the
// user chose `confirmText`. The box is deleted when closed. Returns it (tests click its buttons).
QMessageBox* askToConfirm(QWidget* parent, const QString& title, const QString& text,
                          const QString& confirmText, std::function<void()> onConfirm,
                          bool warning = false);

} // namespace fd::widgets
