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

    // Known without constructing the page, so the navigation can list pages that are only
    // built when first opened.
    static QString id() { return QStringLiteral("clusters"); }
    static QString displayTitle();
    static QString icon() { return QStringLiteral(":/icons/clusters.svg"); }

    QString pageId() const override { return id(); }
    QString title() const override { return displayTitle(); }
    QString iconPath() const override { return icon(); }
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
