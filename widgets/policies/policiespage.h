#pragma once

#include "common/emptystatepage.h"

namespace fd::widgets {

// Placement strategies, resource profiles and failover policies. The policy editor arrives in a
// later release; until then the page explains what it will hold.
class PoliciesPage final : public EmptyStatePage {
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

protected:
    void retranslate() override;
};

} // namespace fd::widgets
