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

    QString pageId() const override { return QStringLiteral("policies"); }
    QString title() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/policies.svg"); }
    EmptyState* emptyState() const { return m_empty; }

protected:
    void retranslate() override;

private:
    EmptyState* m_empty;
};

} // namespace fd::widgets
