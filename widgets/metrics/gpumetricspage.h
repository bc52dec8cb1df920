#pragma once

#include "common/emptystatepage.h"

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;

namespace fd::metrics {
class MetricsEndpoints;
class AlertmanagerClient;
class PromClient;
} // namespace fd::metrics

namespace fd::widgets {

class AddPrometheusDialog;
class GpuDashboard;

// GPU utilisation and health from Prometheus endpoints scraping dcgm-exporter. Opens on the
// fleet view of the first endpoint; with none, the empty state offers to add one (the same
// dialog is on the page's toolbar).
class GpuMetricsPage final : public EmptyStatePage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GpuMetricsPage)

public:
    explicit GpuMetricsPage(const AppServices& services, QWidget* parent = nullptr);
    ~GpuMetricsPage() override;

    // Known without constructing the page, so the navigation can list pages that are only
    // built when first opened.
    static QString id() { return QStringLiteral("gpu-metrics"); }
    static QString displayTitle();
    static QString icon() { return QStringLiteral(":/icons/gpu.svg"); }

    QString pageId() const override { return id(); }
    QString title() const override { return displayTitle(); }
    QString iconPath() const override { return icon(); }

    GpuDashboard* dashboard() const { return m_dashboard; }
    QComboBox* endpointBox() const { return m_endpoint; }
    // Re-reads the endpoints off the UI thread (after `metrics add` in another process, or in
    // tests); the list changes when the read is in.
    void reloadEndpoints();
    bool isReading() const { return m_reading; }
    QPushButton* addButton() const { return m_add; }
    // Opens the add dialog (window-modal, not blocking); returns it for tests.
    AddPrometheusDialog* openAddDialog();
    QPushButton* editButton() const { return m_edit; }
    // Opens the same dialog on the chosen endpoint, to change it; null when none is chosen.
    AddPrometheusDialog* openEditDialog();

protected:
    void retranslate() override;

private:
    void selectEndpoint(int index);
    void showEndpoints();
    void updateNote();

    std::unique_ptr<fd::metrics::MetricsEndpoints> m_endpoints;
    fd::metrics::PromClient* m_client = nullptr;
    fd::metrics::AlertmanagerClient* m_amClient = nullptr; // the endpoint's, when it has one
    bool m_reading = false;
    QWidget* m_content;
    QComboBox* m_endpoint;
    QLabel* m_endpointLabel;
    QPushButton* m_add;
    QPushButton* m_edit;
    QString m_selectAfterAdd; // the endpoint just added, chosen once the list has it
    GpuDashboard* m_dashboard;
};

} // namespace fd::widgets
