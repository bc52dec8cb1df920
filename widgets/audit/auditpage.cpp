#include "auditpage.h"

#include "auditfiltermodel.h"
#include "auditmodel.h"
#include "common/emptystate.h"
#include "common/handoff.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcAuditPage, "fd.widgets.audit")

namespace fd::widgets {

namespace {
// Bursts of writes (an import of fifty clusters) become one reload.
constexpr int RefreshDebounceMs = 250;
} // namespace

AuditPage::AuditPage(const AppServices& services, QWidget* parent)
    : Page(services, parent)
    , m_stack(new QStackedWidget(this))
    , m_empty(new EmptyState(icon(), m_stack))
    , m_logView(new QWidget(m_stack))
    , m_search(new QLineEdit(m_logView))
    , m_timePreset(new QComboBox(m_logView))
    , m_from(new QDateTimeEdit(m_logView))
    , m_to(new QDateTimeEdit(m_logView))
    , m_rangeDash(new QLabel(QStringLiteral("–"), m_logView))
    , m_export(new QPushButton(m_logView))
    , m_table(new QTableView(m_logView))
    , m_count(new QLabel(m_logView))
    , m_model(new AuditModel(this))
    , m_filter(new AuditFilterModel(this)) {
    setObjectName(pageId());
    m_pool.setMaxThreadCount(1);
    m_empty->actionButton()->hide();

    m_search->setObjectName(QStringLiteral("auditSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(320);
    m_timePreset->setObjectName(QStringLiteral("auditTimePreset"));
    for (int i = 0; i <= CustomRange; ++i)
        m_timePreset->addItem(QString(), i);
    m_timePreset->setCurrentIndex(AllTime);
    const QDateTime now = QDateTime::currentDateTime();
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->hide();
    }
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_from->setDateTime(now.addDays(-1));
    m_to->setDateTime(now.addSecs(3600));
    m_rangeDash->hide();
    m_export->setObjectName(QStringLiteral("auditExport"));

    m_filter->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AuditModel::Time, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(AuditModel::Time, 170);
    m_table->setColumnWidth(AuditModel::Action, 180);
    m_table->setColumnWidth(AuditModel::Target, 240);
    m_table->setColumnWidth(AuditModel::Result, 110);
    m_count->setObjectName(QStringLiteral("auditCount"));

    auto* toolbar = new QHBoxLayout;
    toolbar->setSpacing(8);
    toolbar->addWidget(m_search);
    toolbar->addWidget(m_timePreset);
    toolbar->addWidget(m_from);
    toolbar->addWidget(m_rangeDash);
    toolbar->addWidget(m_to);
    toolbar->addStretch(1);
    toolbar->addWidget(m_export);
    auto* logLayout = new QVBoxLayout(m_logView);
    logLayout->setContentsMargins(32, 20, 32, 16);
    logLayout->setSpacing(12);
    logLayout->addLayout(toolbar);
    logLayout->addWidget(m_table, 1);
    logLayout->addWidget(m_count);

    m_stack->addWidget(m_logView);
    m_stack->addWidget(m_empty);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_search, &QLineEdit::textChanged, m_filter, &AuditFilterModel::setText);
    connect(m_timePreset, &QComboBox::currentIndexChanged, this, &AuditPage::applyTimePreset);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &AuditPage::applyTimePreset);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &AuditPage::applyTimePreset);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &AuditPage::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &AuditPage::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &AuditPage::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &AuditPage::updateCount);
    connect(m_export, &QPushButton::clicked, this, &AuditPage::exportCsv);

    m_refreshDebounce.setSingleShot(true);
    m_refreshDebounce.setInterval(RefreshDebounceMs);
    connect(&m_refreshDebounce, &QTimer::timeout, this, &AuditPage::reload);
    if (fd::store::Store* store = services.store)
        connect(store, &fd::store::Store::auditAppended, &m_refreshDebounce,
                qOverload<>(&QTimer::start));

    retranslate();
    m_stack->setCurrentWidget(services.store ? m_logView : m_empty);
    reload();
}

AuditPage::~AuditPage() {
    // A read or an export still running uses the store; let it finish before the services go.
    m_pool.waitForDone();
}

QString AuditPage::displayTitle() {
    return tr("Audit log");
}

void AuditPage::reload() {
    fd::store::Store* store = services().store;
    if (!store)
        return;
    if (m_loading) {
        m_reloadPending = true;
        return;
    }
    m_loading = true;
    fd::runOnPool<LoadResult>(
        m_pool, this,
        [store] {
            fd::store::AuditQuery query;
            query.limit = LoadLimit;
            auto result = store->audit(query);
            LoadResult out;
            out.ok = result.ok();
            if (result.ok())
                out.entries = std::move(result).value();
            else
                out.error = result.error().message;
            return out;
        },
        [this](LoadResult result) { applyLoad(result); });
}

void AuditPage::applyLoad(const LoadResult& result) {
    m_loading = false;
    if (!result.ok) {
        qCWarning(lcAuditPage) << "reading the audit log failed:" << result.error;
        m_count->setText(tr("Could not read the audit log: %1").arg(result.error));
    } else {
        m_model->setEntries(result.entries);
        m_stack->setCurrentWidget(result.entries.isEmpty() ? m_empty : m_logView);
        updateCount();
    }
    Q_EMIT loaded();
    if (m_reloadPending) {
        m_reloadPending = false;
        reload();
    }
}

void AuditPage::applyTimePreset() {
    const auto preset = static_cast<TimePreset>(m_timePreset->currentData().toInt());
    const bool custom = preset == CustomRange;
    m_from->setVisible(custom);
    m_to->setVisible(custom);
    m_rangeDash->setVisible(custom);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (preset) {
    case LastHour:
        m_filter->setTimeRange(now.addSecs(-3600), {});
        break;
    case Last24Hours:
        m_filter->setTimeRange(now.addDays(-1), {});
        break;
    case Last7Days:
        m_filter->setTimeRange(now.addDays(-7), {});
        break;
    case Last30Days:
        m_filter->setTimeRange(now.addDays(-30), {});
        break;
    case AllTime:
        m_filter->setTimeRange({}, {});
        break;
    case CustomRange:
        m_filter->setTimeRange(m_from->dateTime().toUTC(), m_to->dateTime().toUTC());
        break;
    }
}

void AuditPage::updateCount() {
    const int shown = m_filter->rowCount();
    const int total = m_model->rowCount();
    m_count->setText(shown == total ? tr("%n entries", nullptr, total)
                                    : tr("%1 of %n entries", nullptr, total).arg(shown));
    m_export->setEnabled(shown > 0);
}

void AuditPage::exportCsv() {
    auto* dialog = new QFileDialog(this, tr("Export audit log"));
    dialog->setObjectName(QStringLiteral("auditExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilter(tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setDirectory(QDir::homePath());
    dialog->selectFile(
        QStringLiteral("fleetdeck-audit-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    connect(dialog, &QFileDialog::fileSelected, this, &AuditPage::writeCsv);
    dialog->open();
}

void AuditPage::writeCsv(const QString& path) {
    // Export what the user sees: the filtered rows in the current sort order.
    QList<fd::store::AuditEntry> rows;
    rows.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row)
        rows.append(m_model->entry(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    m_export->setEnabled(false);
    fd::runOnPool<ExportResult>(
        m_pool, this,
        [path, rows = std::move(rows)] {
            ExportResult out;
            out.path = path;
            out.count = int(rows.size());
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(fd::store::auditToCsv(rows)) < 0 ||
                !file.commit()) {
                out.error = file.errorString();
                return out;
            }
            out.ok = true;
            return out;
        },
        [this](ExportResult result) { applyExport(result); });
}

void AuditPage::applyExport(const ExportResult& result) {
    updateCount();
    if (!result.ok) {
        QMessageBox::warning(this, tr("Export failed"),
                             tr("The audit log could not be written to %1 (%2). Choose another "
                                "folder or file name and export again.")
                                 .arg(QDir::toNativeSeparators(result.path), result.error));
        return;
    }
    m_count->setText(tr("Exported %n entries to %1", nullptr, result.count)
                         .arg(QDir::toNativeSeparators(result.path)));
    Q_EMIT exported(result.path, result.count);
}

void AuditPage::retranslate() {
    m_empty->setTitle(tr("No audit entries yet"));
    m_empty->setDescription(services().store
                                ? tr("Every change Fleetdeck makes — importing a cluster, applying "
                                     "a policy, deploying a model — is recorded here with its "
                                     "time, target and result.")
                                : tr("The local store is not open, so there is no audit log to "
                                     "show."));
    m_search->setPlaceholderText(tr("Filter by action, target, result or detail"));
    m_timePreset->setItemText(LastHour, tr("Last hour"));
    m_timePreset->setItemText(Last24Hours, tr("Last 24 hours"));
    m_timePreset->setItemText(Last7Days, tr("Last 7 days"));
    m_timePreset->setItemText(Last30Days, tr("Last 30 days"));
    m_timePreset->setItemText(AllTime, tr("All time"));
    m_timePreset->setItemText(CustomRange, tr("Custom range…"));
    m_from->setToolTip(tr("From"));
    m_to->setToolTip(tr("To"));
    m_export->setText(tr("Export CSV…"));
    Q_EMIT m_model->headerDataChanged(Qt::Horizontal, 0, AuditModel::ColumnCount - 1);
    updateCount();
}

} // namespace fd::widgets
