#pragma once

#include "common/page.h"

namespace fd::widgets {

class EmptyState;

// Model deployments (Ollama, vLLM, TGI, llama.cpp) placed onto GPU clusters.
class DeploymentsPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeploymentsPage)

public:
    explicit DeploymentsPage(const AppServices& services, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("deployments"); }
    QString title() const override;
    QString iconPath() const override { return QStringLiteral(":/icons/deployments.svg"); }
    EmptyState* emptyState() const { return m_empty; }

protected:
    void retranslate() override;

private:
    EmptyState* m_empty;
};

} // namespace fd::widgets
