#pragma once

#include "common/page.h"

class QStackedWidget;

namespace fd::widgets {

class EmptyState;

// The audit log: every mutating action (time, action, target, result) from the local store,
// searchable and exportable.
class AuditPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    explicit AuditPage(const AppServices& services, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("audit"); }
    QString title() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/audit.svg"); }
    EmptyState* emptyState() const { return m_empty; }

protected:
    void retranslate() override;

private:
    QStackedWidget* m_stack;
    EmptyState* m_empty;
};

} // namespace fd::widgets
