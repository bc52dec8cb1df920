#pragma once

#include "metrics/attribution.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace fd::widgets {

class EmptyState;
class NamespaceUsageModel;
class PodUsageModel;

// Per-namespace and per-pod attribution over the dashboard's range: the namespaces that hold
// GPUs (top consumers first, by busy GPU-equivalents) and the pods of the selected namespace (or
// of all). With nothing to attribute it says why — most often dcgm-exporter not running in
// Kubernetes mode, so no series names a pod.
class AttributionView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttributionView)

public:
    explicit AttributionView(QWidget* parent = nullptr);

    // What GpuMetrics::usage() answered for the range.
    void setUsage(const QList<fd::metrics::PodUsage>& pods);
    // Whether the fleet reports any GPU at all (changes what the empty state says).
    void setGpusReported(bool reported);
    void clear();

    // The namespace whose pods are listed; empty for all.
    QString selectedNamespace() const { return m_namespace; }
    void showNamespace(const QString& namespaceName);

    // For tests, screenshots and export.
    NamespaceUsageModel* namespaceModel() const { return m_nsModel; }
    PodUsageModel* podModel() const { return m_podModel; }
    QTableView* namespaceTable() const { return m_nsTable; }
    QTableView* podTable() const { return m_podTable; }
    QPushButton* allNamespacesButton() const { return m_all; }
    EmptyState* emptyState() const { return m_empty; }
    QLabel* summaryLabel() const { return m_summary; }
    bool isEmptyShown() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateTexts();

    NamespaceUsageModel* m_nsModel;
    PodUsageModel* m_podModel;
    QSortFilterProxyModel* m_podProxy;
    QTableView* m_nsTable;
    QTableView* m_podTable;
    QLabel* m_summary;
    QLabel* m_podTitle;
    QPushButton* m_all;
    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QString m_namespace;
    bool m_loaded = false;
    bool m_gpusReported = false;
};

} // namespace fd::widgets
