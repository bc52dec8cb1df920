#pragma once

#include "common/page.h"

namespace fd::widgets {

class EmptyState;

// Virtual machines, templates, hosts and datastores from VMware vCenter.
class VCenterPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VCenterPage)

public:
    explicit VCenterPage(const AppServices& services, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("vcenter"); }
    QString title() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/vcenter.svg"); }
    EmptyState* emptyState() const { return m_empty; }

protected:
    void retranslate() override;

private:
    EmptyState* m_empty;
};

} // namespace fd::widgets
