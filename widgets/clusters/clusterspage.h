#pragma once

#include "common/page.h"

namespace fd::widgets {

class EmptyState;

// The cluster registry. Until clusters are imported it shows how to start: importing a kubeconfig.
class ClustersPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClustersPage)

public:
    explicit ClustersPage(const AppServices& services, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("clusters"); }
    QString title() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/clusters.svg"); }
    EmptyState* emptyState() const { return m_empty; }

Q_SIGNALS:
    // The cluster registry work connects this to its import dialog.
    void importKubeconfigRequested();

protected:
    void retranslate() override;

private:
    EmptyState* m_empty;
};

} // namespace fd::widgets
