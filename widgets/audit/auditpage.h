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

    // Known without constructing the page, so the navigation can list pages that are only
    // built when first opened.
    static QString id() { return QStringLiteral("audit"); }
    static QString displayTitle();
    static QString icon() { return QStringLiteral(":/icons/audit.svg"); }

    QString pageId() const override { return id(); }
    QString title() const override { return displayTitle(); }
    QString iconPath() const override { return icon(); }
    EmptyState* emptyState() const { return m_empty; }

protected:
    void retranslate() override;

private:
    QStackedWidget* m_stack;
    EmptyState* m_empty;
};

} // namespace fd::widgets
