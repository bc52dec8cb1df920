#pragma once

#include "common/emptystatepage.h"

namespace fd::widgets {

// Virtual machines, templates, hosts and datastores from VMware vCenter.
class VCenterPage final : public EmptyStatePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VCenterPage)

public:
    explicit VCenterPage(const AppServices& services, QWidget* parent = nullptr);

    // Known without constructing the page, so the navigation can list pages that are only
    // built when first opened.
    static QString id() { return QStringLiteral("vcenter"); }
    static QString displayTitle();
    static QString icon() { return QStringLiteral(":/icons/vcenter.svg"); }

    QString pageId() const override { return id(); }
    QString title() const override { return displayTitle(); }
    QString iconPath() const override { return icon(); }

protected:
    void retranslate() override;
};

} // namespace fd::widgets
