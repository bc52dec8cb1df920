#include "metrics/alertsview.h"

#include "metrics/alertmanagerclient.h"
#include "metrics/alertmanagermodels.h"
#include "metrics/metricstable.h"
#include "metrics/promalertmodel.h"
#include "metrics/silencedialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace fd::widgets {

namespace {

QTableView* makeTable(QAbstractItemModel* model, int rawRole, QWidget* parent) {
    QTableView* view = makeMetricsTable(model, new QSortFilterProxyModel(parent), rawRole, parent);
    // The models' own order first (what needs attention first); a header click sorts.
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    return view;
}

QLabel* makeNote(QWidget* parent) {
    auto* note = new QLabel(parent);
    note->setAlignment(Qt::AlignCenter);
    note->setWordWrap(true);
    note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    note->setContentsMargins(12, 12, 12, 12);
    return note;
}

QLabel* makeTitle(QWidget* parent) {
    auto* title = new QLabel(parent);
    QFont f = title->font();
    f.setBold(true);
    title->setFont(f);
    return title;
}

// A section: its title (and buttons) over a stack of the table and the note that replaces it.
QWidget* makeSection(QLabel* title, QList<QPushButton*> buttons, QStackedWidget* stack,
                     QWidget* parent) {
    auto* section = new QWidget(parent);
    auto* head = new QHBoxLayout;
    head->addWidget(title, 1);
    for (QPushButton* b : buttons)
        head->addWidget(b);
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(head);
    layout->addWidget(stack, 1);
    return section;
}

} // namespace

AlertsView::AlertsView(PromAlertModel* prometheusAlerts, QWidget* parent)
    : QWidget(parent)
    , m_promModel(prometheusAlerts)
    , m_amModel(new AmAlertModel(this))
    , m_silenceModel(new SilenceModel(this))
    , m_promTitle(makeTitle(this))
    , m_amTitle(makeTitle(this))
    , m_silenceTitle(makeTitle(this))
    , m_promStack(new QStackedWidget(this))
    , m_amStack(new QStackedWidget(this))
    , m_silenceStack(new QStackedWidget(this))
    , m_promTable(makeTable(prometheusAlerts, PromAlertModel::RawRole, this))
    , m_amTable(makeTable(m_amModel, AmAlertModel::RawRole, this))
    , m_silenceTable(makeTable(m_silenceModel, SilenceModel::RawRole, this))
    , m_promNote(makeNote(this))
    , m_amNote(makeNote(this))
    , m_silenceNote(makeNote(this))
    , m_amSection(nullptr)
    , m_silenceSection(nullptr)
    , m_status(new QLabel(this))
    , m_silence(new QPushButton(this))
    , m_expire(new QPushButton(this)) {
    setObjectName(QStringLiteral("gpuAlertsView"));
    m_promTable->setObjectName(QStringLiteral("gpuAlerts"));
    m_amTable->setObjectName(QStringLiteral("gpuAmAlerts"));
    m_silenceTable->setObjectName(QStringLiteral("gpuSilences"));
    m_promNote->setObjectName(QStringLiteral("gpuAlertsNote"));
    m_amNote->setObjectName(QStringLiteral("gpuAmAlertsNote"));
    m_silenceNote->setObjectName(QStringLiteral("gpuSilencesNote"));
    m_silence->setObjectName(QStringLiteral("gpuSilenceAlert"));
    m_expire->setObjectName(QStringLiteral("gpuExpireSilence"));
    m_status->setObjectName(QStringLiteral("gpuAlertsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    for (int c = PromAlertModel::State; c < PromAlertModel::Summary; ++c)
        m_promTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_promTable->horizontalHeader()->resizeSection(PromAlertModel::Summary, 380);
    for (int c = AmAlertModel::State; c < AmAlertModel::Summary; ++c)
        m_amTable->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_amTable->horizontalHeader()->resizeSection(AmAlertModel::Summary, 320);
    for (int c = SilenceModel::State; c < SilenceModel::Id; ++c)
        if (c != SilenceModel::Matchers)
            m_silenceTable->horizontalHeader()->setSectionResizeMode(c,
                                                                     QHeaderView::ResizeToContents);
    m_silenceTable->horizontalHeader()->resizeSection(SilenceModel::Matchers, 420);

    m_promStack->addWidget(m_promTable);
    m_promStack->addWidget(m_promNote);
    m_amStack->addWidget(m_amTable);
    m_amStack->addWidget(m_amNote);
    m_silenceStack->addWidget(m_silenceTable);
    m_silenceStack->addWidget(m_silenceNote);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(makeSection(m_promTitle, {}, m_promStack, splitter));
    m_amSection = makeSection(m_amTitle, {m_silence}, m_amStack, splitter);
    splitter->addWidget(m_amSection);
    m_silenceSection = makeSection(m_silenceTitle, {m_expire}, m_silenceStack, splitter);
    splitter->addWidget(m_silenceSection);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_promModel, &QAbstractItemModel::modelReset, this, [this] { updateStates(); });
    connect(m_silence, &QPushButton::clicked, this, &AlertsView::silenceSelected);
    connect(m_expire, &QPushButton::clicked, this, &AlertsView::expireSelected);
    connect(m_amTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateButtons(); });
    connect(m_silenceTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateButtons(); });
    connect(m_amTable, &QTableView::doubleClicked, this, &AlertsView::silenceSelected);
    retranslate();
}

AlertsView::~AlertsView() = default;

SilenceDialog* AlertsView::silenceDialog() const {
    return m_dialog;
}

QMessageBox* AlertsView::expireConfirmation() const {
    return m_confirm;
}

void AlertsView::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AlertsView::retranslate() {
    m_promTitle->setText(tr("Prometheus alerts"));
    m_amTitle->setText(tr("Alertmanager alerts"));
    m_silenceTitle->setText(tr("Silences"));
    m_silence->setText(tr("Silence…"));
    m_silence->setToolTip(tr("Silence the selected alert in the Alertmanager"));
    m_expire->setText(tr("Expire"));
    m_expire->setToolTip(tr("End the selected silence now"));
    updateStates();
}

void AlertsView::setPrometheusLoading() {
    m_promLoading = true;
    m_promError.clear();
    updateStates();
}

void AlertsView::setPrometheusDone(const QString& error) {
    m_promLoading = false;
    m_promError = error;
    updateStates();
}

void AlertsView::setAlertmanager(fd::metrics::AlertmanagerClient* client) {
    m_client = client;
    ++m_generation;         // answers for the previous client are dropped
    ++m_endpointGeneration; // and so are created/expired answers (the lists refresh bumps the
                            // other)
    m_amPending = 0;
    m_amLoaded = false;
    m_amError.clear();
    m_status->hide();
    m_amModel->setAlerts({});
    m_silenceModel->setSilences({});
    if (m_dialog)
        m_dialog->reject();
    if (m_confirm)
        m_confirm->reject();
    refreshAlertmanager();
    updateStates();
}

void AlertsView::refreshAlertmanager() {
    if (!m_client)
        return;
    const quint64 generation = ++m_generation;
    m_amPending = 2;
    m_amError.clear();
    m_client->alerts(fd::metrics::AmAlertFilter{}, this,
                     [this, generation](fd::metrics::PromResult<QList<fd::metrics::AmAlert>> r) {
                         if (generation != m_generation)
                             return;
                         if (!r.ok())
                             m_amError = r.error().message;
                         showAlerts(r.ok() ? *r : QList<fd::metrics::AmAlert>{});
                         amSettled();
                     });
    m_client->silences(this,
                       [this, generation](fd::metrics::PromResult<QList<fd::metrics::Silence>> r) {
                           if (generation != m_generation)
                               return;
                           if (!r.ok())
                               m_amError = r.error().message;
                           showSilences(r.ok() ? *r : QList<fd::metrics::Silence>{});
                           amSettled();
                       });
    updateStates();
}

// A refresh keeps the selection: the same alert (by fingerprint) or silence (by id).
void AlertsView::showAlerts(QList<fd::metrics::AmAlert> alerts) {
    const int row = selectedRow(m_amTable);
    const QString kept = row >= 0 && row < m_amModel->alerts().size()
                             ? m_amModel->alerts().at(row).fingerprint
                             : QString();
    m_amModel->setAlerts(std::move(alerts));
    for (int i = 0; !kept.isEmpty() && i < m_amModel->alerts().size(); ++i)
        if (m_amModel->alerts().at(i).fingerprint == kept)
            selectSourceRow(m_amTable, i);
}

void AlertsView::showSilences(QList<fd::metrics::Silence> silences) {
    const int row = selectedRow(m_silenceTable);
    const QString kept = row >= 0 && row < m_silenceModel->silences().size()
                             ? m_silenceModel->silences().at(row).id
                             : QString();
    m_silenceModel->setSilences(std::move(silences));
    for (int i = 0; !kept.isEmpty() && i < m_silenceModel->silences().size(); ++i)
        if (m_silenceModel->silences().at(i).id == kept)
            selectSourceRow(m_silenceTable, i);
}

void AlertsView::selectSourceRow(QTableView* table, int row) {
    auto* proxy = static_cast<QSortFilterProxyModel*>(table->model());
    const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(row, 0));
    if (index.isValid())
        table->selectRow(index.row());
}

void AlertsView::amSettled() {
    if (--m_amPending > 0)
        return;
    m_amLoaded = true;
    updateStates();
    Q_EMIT alertmanagerLoaded();
}

int AlertsView::selectedRow(QTableView* table) const {
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    auto* proxy = static_cast<QSortFilterProxyModel*>(table->model());
    return proxy->mapToSource(rows.first()).row();
}

void AlertsView::updateStates() {
    // Prometheus's own alerts.
    if (m_promModel->rowCount() > 0) {
        m_promStack->setCurrentWidget(m_promTable);
    } else {
        m_promNote->setText(!m_promError.isEmpty() ? m_promError
                            : m_promLoading        ? tr("Loading Prometheus's alerts…")
                                                   : tr("No alerts are firing: Prometheus's "
                                                               "alerting rules match nothing now."));
        m_promStack->setCurrentWidget(m_promNote);
    }
    // The Alertmanager's.
    const bool am = !m_client.isNull();
    m_silenceSection->setVisible(am);
    m_silence->setVisible(am);
    if (!am) {
        m_amNote->setText(tr("No Alertmanager configured — add the endpoint with an "
                             "Alertmanager URL (Add endpoint… on this page, or `metrics add "
                             "--alertmanager`) to see its alerts and silences here."));
        m_amStack->setCurrentWidget(m_amNote);
        m_amTitle->setText(tr("Alertmanager alerts"));
        m_silenceTitle->setText(tr("Silences"));
        updateButtons();
        return;
    }
    const bool loading = m_amPending > 0 && !m_amLoaded;
    if (!m_amError.isEmpty()) {
        m_amNote->setText(m_amError);
        m_silenceNote->setText(m_amError);
    } else if (loading) {
        m_amNote->setText(tr("Loading the Alertmanager's alerts…"));
        m_silenceNote->setText(tr("Loading the Alertmanager's silences…"));
    } else {
        m_amNote->setText(tr("No alerts are firing: the Alertmanager holds none."));
        m_silenceNote->setText(tr("No silences: every alert notifies its receivers."));
    }
    const bool showAlerts = m_amError.isEmpty() && m_amModel->rowCount() > 0;
    const bool showSilences = m_amError.isEmpty() && m_silenceModel->rowCount() > 0;
    m_amStack->setCurrentWidget(showAlerts ? static_cast<QWidget*>(m_amTable) : m_amNote);
    m_silenceStack->setCurrentWidget(showSilences ? static_cast<QWidget*>(m_silenceTable)
                                                  : m_silenceNote);
    const int active = m_amModel->activeCount();
    m_amTitle->setText(active > 0 ? tr("Alertmanager alerts (%1 active)").arg(active)
                                  : tr("Alertmanager alerts"));
    const int silences = m_silenceModel->activeCount();
    m_silenceTitle->setText(silences > 0 ? tr("Silences (%1 active)").arg(silences)
                                         : tr("Silences"));
    updateButtons();
}

void AlertsView::updateButtons() {
    const bool am = !m_client.isNull();
    m_silence->setEnabled(am && selectedRow(m_amTable) >= 0);
    const int row = selectedRow(m_silenceTable);
    m_expire->setEnabled(am && row >= 0 && row < m_silenceModel->silences().size() &&
                         m_silenceModel->silences().at(row).state != QLatin1String("expired"));
}

void AlertsView::silenceSelected() {
    const int row = selectedRow(m_amTable);
    if (!m_client || row < 0 || row >= m_amModel->alerts().size())
        return;
    if (m_dialog)
        m_dialog->reject();
    auto* dialog = new SilenceDialog(m_amModel->alerts().at(row).labels, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    connect(dialog, &SilenceDialog::submitted, this, [this, dialog](fd::metrics::Silence s) {
        if (!m_client)
            return;
        dialog->setBusy(true);
        QPointer<SilenceDialog> guard(dialog);
        const quint64 endpoint = m_endpointGeneration;
        m_client->createSilence(
            s, this, [this, guard, endpoint](fd::metrics::PromResult<QString> r) {
                if (endpoint != m_endpointGeneration)
                    return; // another endpoint is shown now (its dialog was closed with it)
                if (!r.ok()) {
                    if (guard) {
                        guard->setBusy(false);
                        guard->setError(r.error().message);
                    }
                    Q_EMIT silenceCreated({}, r.error().message);
                    return;
                }
                if (guard)
                    guard->accept();
                m_status->setText(tr("Silence %1 created.").arg(r->left(8)));
                m_status->setStyleSheet(QString());
                m_status->show();
                refreshAlertmanager();
                Q_EMIT silenceCreated(*r, {});
            });
    });
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
}

void AlertsView::expireSelected() {
    const int row = selectedRow(m_silenceTable);
    if (!m_client || row < 0 || row >= m_silenceModel->silences().size())
        return;
    const fd::metrics::Silence silence = m_silenceModel->silences().at(row);
    QStringList matchers;
    for (const fd::metrics::Matcher& m : silence.matchers)
        matchers << matcherText(m);
    if (m_confirm)
        m_confirm->reject();
    auto* box =
        new QMessageBox(QMessageBox::Question, tr("Expire silence"),
                        tr("Expire the silence %1 (%2) now? The alerts it matches notify again.")
                            .arg(silence.id.left(8), matchers.join(QStringLiteral(", "))),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("expireSilenceConfirm"));
    box->button(QMessageBox::Yes)->setText(tr("Expire"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    m_confirm = box;
    const QString id = silence.id;
    connect(box, &QMessageBox::buttonClicked, this, [this, box, id](QAbstractButton* button) {
        if (box->standardButton(button) != QMessageBox::Yes || !m_client)
            return;
        m_expire->setEnabled(false);
        const quint64 endpoint = m_endpointGeneration;
        m_client->expireSilence(id, this, [this, id, endpoint](fd::metrics::PromResult<bool> r) {
            if (endpoint != m_endpointGeneration)
                return;
            if (!r.ok()) {
                m_status->setText(r.error().message);
                m_status->setStyleSheet(QStringLiteral("color: #b23b1e;"));
                m_status->show();
                updateButtons();
                Q_EMIT silenceExpired(id, r.error().message);
                return;
            }
            m_status->setText(tr("Silence %1 expired.").arg(id.left(8)));
            m_status->setStyleSheet(QString());
            m_status->show();
            refreshAlertmanager();
            Q_EMIT silenceExpired(id, {});
        });
    });
    box->open();
}

} // namespace fd::widgets
