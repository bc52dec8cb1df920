#pragma once

#include "common/page.h"
#include "store/store.h"

#include <QThreadPool>
#include <QTimer>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace fd::widgets {

class AuditFilterModel;
class AuditModel;
class EmptyState;

// The audit log: every mutating action (time, action, target, result) from the local store,
// filterable by text and time and exportable as CSV. Reads and the export run on the page's
// own thread pool; results are applied on the UI thread. New entries (Store::auditAppended)
// trigger a debounced reload.
class AuditPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPage)

public:
    enum TimePreset { LastHour, Last24Hours, Last7Days, Last30Days, AllTime, CustomRange };

    explicit AuditPage(const AppServices& services, QWidget* parent = nullptr);
    ~AuditPage() override;

    static QString id() { return QStringLiteral("audit"); }
    static QString displayTitle();
    static QString icon() { return QStringLiteral(":/icons/audit.svg"); }

    QString pageId() const override { return id(); }
    QString title() const override { return displayTitle(); }
    QString iconPath() const override { return icon(); }

    EmptyState* emptyState() const { return m_empty; }
    AuditModel* model() const { return m_model; }
    AuditFilterModel* filterModel() const { return m_filter; }

    // How many entries one load reads; older ones are reachable through the CLI export.
    static constexpr int LoadLimit = 20000;

public Q_SLOTS:
    void reload();
    void exportCsv();

Q_SIGNALS:
    void loaded();
    void exported(const QString& path, int count);

protected:
    void retranslate() override;

private:
    struct LoadResult {
        bool ok = false;
        QList<fd::store::AuditEntry> entries;
        QString error;
    };
    struct ExportResult {
        bool ok = false;
        QString path;
        int count = 0;
        QString error;
    };

    void applyLoad(const LoadResult& result);
    void applyTimePreset();
    void updateCount();
    void writeCsv(const QString& path);
    void applyExport(const ExportResult& result);

    QStackedWidget* m_stack;
    EmptyState* m_empty;
    QWidget* m_logView;
    QLineEdit* m_search;
    QComboBox* m_timePreset;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QLabel* m_rangeDash;
    QPushButton* m_export;
    QTableView* m_table;
    QLabel* m_count;
    AuditModel* m_model;
    AuditFilterModel* m_filter;
    QTimer m_refreshDebounce;
    bool m_reloadPending = false;
    bool m_loading = false;
    QThreadPool m_pool; // declared last: destroyed (and waited for) first
};

} // namespace fd::widgets
