#pragma once

#include "metrics/promtypes.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace fd::metrics {
class PromClient;
}

namespace fd::widgets {

class GpuChart;
class PromResultModel;

// A PromQL console on one endpoint: the admin types an expression, picks an instant query (now) or
// a range query over the dashboard's time range, and runs it (Ctrl+Enter or the button). The
// answer shows as a table (labels as columns, the value) and, for a range query, as a chart
// (GpuChart, downsampled on the thread pool to ~2 points per pixel). Prometheus's own error words
// come back in one line. Large answers are capped: the table shows the first 500 series, the
// chart the first 50, and a note says so. Up on the first line of the query field recalls the
// queries run earlier in this session (the last kMaxHistory), Down goes forward again to what was
// being typed.
class PromConsole final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromConsole)

public:
    enum Mode { Instant, Range };
    static constexpr int kMaxChartSeries = 50;
    static constexpr int kMaxHistory = 50;

    explicit PromConsole(QWidget* parent = nullptr);

    // Not owned; null disables running.
    void setClient(fd::metrics::PromClient* client);
    void setRangeMs(qint64 rangeMs, const QString& rangeName);
    void run();

    // For tests and screenshots.
    QPlainTextEdit* editor() const { return m_expr; }
    QComboBox* modeBox() const { return m_mode; }
    QPushButton* runButton() const { return m_run; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* noteLabel() const { return m_note; }
    QTableView* table() const { return m_table; }
    PromResultModel* model() const { return m_model; }
    GpuChart* chart() const { return m_chart; }
    bool isRunning() const { return m_running; }
    // The queries run, oldest first.
    const QStringList& history() const { return m_history; }

Q_SIGNALS:
    // The last run answered (or failed); `ok` false with the message in statusLabel().
    void finished(bool ok);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fail(const QString& message, const QString& detail);
    void showResult(const fd::metrics::QueryResult& result);
    void remember(const QString& expr);
    // Shows history entry `index` (m_history.size(): the draft) in the field.
    void recall(int index);

    QPointer<fd::metrics::PromClient> m_client;
    QPlainTextEdit* m_expr;
    QComboBox* m_mode;
    QPushButton* m_run;
    QLabel* m_status;
    QLabel* m_note;
    QTableView* m_table;
    PromResultModel* m_model;
    GpuChart* m_chart;
    qint64 m_rangeMs = 3600 * 1000;
    QString m_rangeName;
    quint64 m_generation = 0;
    bool m_running = false;
    QStringList m_history;
    int m_historyIndex = 0; // == m_history.size() while on the draft
    QString m_draft;        // what was typed before Up recalled older queries
};

} // namespace fd::widgets
