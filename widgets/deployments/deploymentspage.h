#pragma once

#include "common/emptystatepage.h"

namespace fd::widgets {

// Model deployments (Ollama, vLLM, TGI, llama.cpp) placed onto GPU clusters.
class DeploymentsPage final : public EmptyStatePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentsPage)

public:
    explicit DeploymentsPage(const AppServices& services, QWidget* parent = nullptr);

    // Known without constructing the page, so the navigation can list pages that are only
    // built when first opened.
    static QString id() { return QStringLiteral("deployments"); }
    static QString displayTitle();
    static QString icon() { return QStringLiteral(":/icons/deployments.svg"); }

    QString pageId() const override { return id(); }
    QString title() const override { return displayTitle(); }
    QString iconPath() const override { return icon(); }

protected:
    void retranslate() override;
};

} // namespace fd::widgets
