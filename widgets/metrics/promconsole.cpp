#include "metrics/promconsole.h"

#include "metrics/downsample.h"
#include "metrics/gpuchart.h"
#include "metrics/promclient.h"
#include "metrics/promresultmodel.h"
#include "metrics/querystep.h"

#include "common/handoff.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace fd::widgets {

namespace {

// The chart's lines, downsampled: built on the thread pool from the decoded answer.
struct ChartData {
    fd::metrics::MetricSeries series;
    fd::metrics::TimeWindow window;
};

ChartData chartData(const fd::metrics::QueryResult& result, const fd::metrics::TimeWindow& window,
                    int widthPx) {
    ChartData out;
    out.window = window;
    const qsizetype n = std::min<qsizetype>(result.matrix.size(), PromConsole::kMaxChartSeries);
    for (qsizetype i = 0; i < n; ++i) {
        const fd::metrics::Series& s = result.matrix.at(i);
        fd::metrics::GpuSeries line;
        line.name = s.labels.toString();
        if (line.name.isEmpty())
            line.name = QStringLiteral("{}");
        line.points =
            fd::metrics::downsampleForWidth(s.points, window.stepMs, window.startMs, window.endMs,
                                            widthPx, fd::metrics::DownsampleMethod::Lttb);
        out.series.series << line;
    }
    return out;
}

} // namespace

PromConsole::PromConsole(QWidget* parent)
    : QWidget(parent)
    , m_expr(new QPlainTextEdit(this))
    , m_mode(new QComboBox(this))
    , m_run(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_note(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new PromResultModel(this))
    , m_chart(new GpuChart(QString(), QString(), this)) {
    setObjectName(QStringLiteral("promConsole"));
    m_expr->setObjectName(QStringLiteral("promqlExpression"));
    m_status->setObjectName(QStringLiteral("promqlStatus"));
    m_expr->setTabChangesFocus(true);
    m_expr->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_expr->setFont(QFont(QStringLiteral("monospace")));
    const int line = m_expr->fontMetrics().lineSpacing();
    m_expr->setFixedHeight(line * 3 + 12);
    m_expr->installEventFilter(this);
    m_mode->addItem(QString(), Instant);
    m_mode->addItem(QString(), Range);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_note->hide();

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(PromResultModel::RawRole);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_chart->hide();

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_mode);
    bar->addWidget(m_run);
    bar->addWidget(m_status, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_expr);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(split, 1);

    connect(m_run, &QPushButton::clicked, this, &PromConsole::run);
    retranslate();
}

void PromConsole::setClient(fd::metrics::PromClient* client) {
    m_client = client;
    ++m_generation; // an answer from the previous endpoint is dropped
    m_running = false;
    m_model->clear();
    m_chart->clear();
    m_chart->hide();
    m_note->hide();
    m_status->clear();
    m_status->setProperty("error", false);
}

void PromConsole::setRangeMs(qint64 rangeMs, const QString& rangeName) {
    m_rangeMs = rangeMs;
    m_rangeName = rangeName;
    retranslate();
}

void PromConsole::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PromConsole::retranslate() {
    m_expr->setPlaceholderText(
        tr("PromQL, e.g. avg by (Hostname) (DCGM_FI_DEV_GPU_UTIL) — Ctrl+Enter runs it"));
    m_mode->setItemText(Instant, tr("Instant (now)"));
    m_mode->setItemText(Range,
                        m_rangeName.isEmpty() ? tr("Range") : tr("Range: %1").arg(m_rangeName));
    m_expr->setToolTip(tr("Ctrl+Enter runs the query; Up on the first line and Down on the last "
                          "recall the queries run before."));
    m_run->setText(tr("Run"));
    m_run->setToolTip(tr("Run the query (Ctrl+Enter)"));
}

bool PromConsole::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_expr && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            (key->modifiers() & Qt::ControlModifier)) {
            run();
            return true;
        }
        // History, as in a shell: Up on the first line, Down on the last (so a multi-line
        // query is still edited with the arrows).
        const bool plain = !(key->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier |
                                                 Qt::AltModifier | Qt::MetaModifier));
        const QTextCursor cursor = m_expr->textCursor();
        if (plain && key->key() == Qt::Key_Up && cursor.blockNumber() == 0 && m_historyIndex > 0) {
            if (m_historyIndex == m_history.size())
                m_draft = m_expr->toPlainText();
            recall(m_historyIndex - 1);
            return true;
        }
        if (plain && key->key() == Qt::Key_Down &&
            cursor.blockNumber() == m_expr->document()->blockCount() - 1 &&
            m_historyIndex < m_history.size()) {
            recall(m_historyIndex + 1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PromConsole::recall(int index) {
    m_historyIndex = index;
    m_expr->setPlainText(index < m_history.size() ? m_history.at(index) : m_draft);
    m_expr->moveCursor(QTextCursor::End);
}

void PromConsole::remember(const QString& expr) {
    if (m_history.isEmpty() || m_history.last() != expr)
        m_history << expr;
    while (m_history.size() > kMaxHistory)
        m_history.removeFirst();
    m_historyIndex = int(m_history.size());
    m_draft.clear();
}

void PromConsole::fail(const QString& message, const QString& detail) {
    m_running = false;
    // No table or chart of an earlier query under an error about this one.
    m_model->clear();
    m_chart->clear();
    m_chart->hide();
    m_note->hide();
    m_status->setText(message);
    m_status->setToolTip(detail);
    m_status->setProperty("error", true);
    Q_EMIT finished(false);
}

void PromConsole::run() {
    const QString expr = m_expr->toPlainText().trimmed();
    const quint64 generation = ++m_generation;
    if (!m_client) {
        fail(tr("No Prometheus endpoint is selected; add or pick one first."), {});
        return;
    }
    if (expr.isEmpty()) {
        fail(tr("Type a PromQL expression first."), {});
        return;
    }
    remember(expr);
    m_running = true;
    m_status->setProperty("error", false);
    m_status->setToolTip({});
    m_status->setText(tr("Running…"));
    if (m_mode->currentData().toInt() == Instant) {
        m_client->query(fd::metrics::InstantQuery(expr), this,
                        [this, generation](fd::metrics::PromResult<fd::metrics::QueryResult> r) {
                            if (generation != m_generation)
                                return;
                            if (!r.ok()) {
                                fail(r.error().message, r.error().detail);
                                return;
                            }
                            m_chart->clear();
                            m_chart->hide();
                            showResult(*r);
                        });
        return;
    }
    // The step the dashboard's charts would use for this width, never over 11,000 points.
    const int width = std::max(300, m_chart->isVisible() ? m_chart->width() : this->width());
    const qint64 step =
        std::max(fd::metrics::stepForWidth(m_rangeMs, width), fd::metrics::minimumStep(m_rangeMs));
    const fd::metrics::TimeWindow window =
        fd::metrics::alignedWindow(QDateTime::currentMSecsSinceEpoch(), m_rangeMs, step);
    m_client->queryRange(
        fd::metrics::RangeQuery(expr, window.startMs, window.endMs, window.stepMs), this,
        [this, generation, window, width](fd::metrics::PromResult<fd::metrics::QueryResult> r) {
            if (generation != m_generation)
                return;
            if (!r.ok()) {
                fail(r.error().message, r.error().detail);
                return;
            }
            auto result = std::make_shared<const fd::metrics::QueryResult>(std::move(*r));
            fd::runOnPool<std::shared_ptr<ChartData>>(
                this,
                [result, window, width] {
                    return std::make_shared<ChartData>(chartData(*result, window, width));
                },
                [this, generation, result](std::shared_ptr<ChartData> data) {
                    if (generation != m_generation)
                        return;
                    m_chart->setVisible(!data->series.series.isEmpty());
                    m_chart->setSeries(data->series, data->window);
                    showResult(*result);
                });
        });
}

void PromConsole::showResult(const fd::metrics::QueryResult& result) {
    m_running = false;
    m_model->setResult(result);
    m_table->resizeColumnsToContents();
    const qsizetype series = result.type == fd::metrics::ResultType::Matrix   ? result.matrix.size()
                             : result.type == fd::metrics::ResultType::Vector ? result.vector.size()
                                                                              : 1;
    QStringList notes;
    if (m_model->truncatedFrom() > 0)
        notes << tr("The table shows the first %1 of %2 series; narrow the query to see the rest.")
                     .arg(QLocale().toString(PromResultModel::kMaxRows),
                          QLocale().toString(m_model->truncatedFrom()));
    if (result.type == fd::metrics::ResultType::Matrix && series > kMaxChartSeries)
        notes << tr("The chart draws the first %1 series.").arg(kMaxChartSeries);
    for (const QString& w : result.warnings)
        notes << tr("Prometheus warns: %1").arg(w);
    if (result.invalidValues > 0)
        notes << tr("%n value(s) were not numbers and are shown as gaps.", nullptr,
                    result.invalidValues);
    m_note->setText(notes.join(QLatin1Char(' ')));
    m_note->setVisible(!notes.isEmpty());
    m_status->setText(result.type == fd::metrics::ResultType::Matrix
                          ? tr("%n series over the range.", nullptr, int(series))
                          : tr("%n result(s).", nullptr, int(series)));
    Q_EMIT finished(true);
}

} // namespace fd::widgets
