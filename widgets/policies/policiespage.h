#pragma once

#include "common/page.h"

namespace fd::widgets {

class EmptyState;

// Placement strategies, resource profiles and failover policies. The policy editor arrives in a
// later release; until then the page explains what it will hold.
class PoliciesPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PoliciesPage)

public:
    explicit PoliciesPage(const AppServices& services, QWidget* parent = nullptr);

    // Known without constructing the page, so the navigation can list pages that are only
    // built when first opened.
    static QString id() { return QStringLiteral("policies"); }
    static QString displayTitle();
    static QString icon() { return QStringLiteral(":/icons/policies.svg"); }

    QString pageId() const override { return id(); }
    QString title() const override { return displayTitle(); }
    QString iconPath() const override { return icon(); }
    EmptyState* emptyState() const { return m_empty; }

protected:
    void retranslate() override;

private:
    EmptyState* m_empty;
};

} // namespace fd::widgets
