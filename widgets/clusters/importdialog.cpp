#include "importdialog.h"

#include "clusterform.h"
#include "importcontextsmodel.h"
#include "kube/kubeconfig.h"
#include "vault/vaultgate.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QUrl>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcImport, "fd.widgets.import")

namespace fd::widgets {

using fd::registry::ConnectionCategory;
using fd::registry::ConnectionReport;
using fd::registry::TestId;

struct ImportDialog::Loaded {
    QString error;
    QList<ImportEntry> entries;
    QString currentContext;
    QStringList fileWarnings;
};

namespace {

// Worker side: kubeconfig → entries (files referenced by the kubeconfig are read here too).
ImportDialog::Loaded toEntries(const fd::Result<fd::kube::Kubeconfig>& config);

} // namespace

ImportDialog::ImportDialog(fd::registry::ClusterRegistry* registry, QWidget* parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_model(new ImportContextsModel(this))
    , m_intro(new QLabel)
    , m_chooseFile(new QPushButton)
    , m_paste(new QPushButton)
    , m_environment(new QPushButton)
    , m_source(new QLabel)
    , m_pastePanel(new QWidget)
    , m_pasteEdit(new QPlainTextEdit)
    , m_readPasted(new QPushButton)
    , m_view(new QTableView)
    , m_form(new ClusterForm(registry))
    , m_progress(new QProgressBar)
    , m_status(new QLabel)
    , m_test(new QPushButton)
    , m_cancelTests(new QPushButton)
    , m_save(new QPushButton)
    , m_close(new QPushButton) {
    setObjectName(QStringLiteral("importDialog"));
    setAcceptDrops(true);
    resize(1180, 760);
    m_chooseFile->setObjectName(QStringLiteral("chooseFile"));
    m_paste->setObjectName(QStringLiteral("paste"));
    m_environment->setObjectName(QStringLiteral("loadEnvironment"));
    m_source->setObjectName(QStringLiteral("hint"));
    m_source->setWordWrap(true);
    m_pasteEdit->setObjectName(QStringLiteral("pasteEdit"));
    m_readPasted->setObjectName(QStringLiteral("readPasted"));
    m_test->setObjectName(QStringLiteral("testConnections"));
    m_cancelTests->setObjectName(QStringLiteral("cancelTests"));
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setProperty("primary", true);
    m_close->setObjectName(QStringLiteral("close"));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("testProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->hide();

    auto* sources = new QHBoxLayout;
    sources->addWidget(m_intro);
    sources->addWidget(m_chooseFile);
    sources->addWidget(m_paste);
    sources->addWidget(m_environment);
    sources->addStretch(1);

    auto* pasteLayout = new QVBoxLayout(m_pastePanel);
    pasteLayout->setContentsMargins(0, 0, 0, 0);
    m_pasteEdit->setMaximumHeight(140);
    pasteLayout->addWidget(m_pasteEdit);
    pasteLayout->addWidget(m_readPasted, 0, Qt::AlignRight);
    m_pastePanel->hide();

    m_view->setObjectName(QStringLiteral("contextsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(ImportContextsModel::Context, 130);
    m_view->setColumnWidth(ImportContextsModel::Test, 160);
    m_view->setColumnWidth(ImportContextsModel::Warnings, 80);
    m_view->setColumnWidth(ImportContextsModel::Server, 190);
    m_view->setColumnWidth(ImportContextsModel::Auth, 110);
    m_view->setColumnWidth(ImportContextsModel::Namespace, 90);
    // What matters while deciding comes first: the test outcome and the warnings.
    QHeaderView* header = m_view->horizontalHeader();
    header->moveSection(header->visualIndex(ImportContextsModel::Test), 1);
    header->moveSection(header->visualIndex(ImportContextsModel::Warnings), 2);

    auto* formScroll = new QScrollArea;
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setMinimumWidth(420);
    auto* splitter = new QSplitter;
    splitter->addWidget(m_view);
    splitter->addWidget(formScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({600, 540});

    auto* footer = new QHBoxLayout;
    footer->addWidget(m_test);
    footer->addWidget(m_cancelTests);
    footer->addWidget(m_progress);
    footer->addWidget(m_status, 1);
    footer->addWidget(m_close);
    footer->addWidget(m_save);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(10);
    layout->addLayout(sources);
    layout->addWidget(m_source);
    layout->addWidget(m_pastePanel);
    layout->addWidget(splitter, 1);
    layout->addLayout(footer);

    connect(m_chooseFile, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_paste, &QPushButton::clicked, this, [this] {
        m_pastePanel->setVisible(!m_pastePanel->isVisible());
        if (m_pastePanel->isVisible())
            m_pasteEdit->setFocus();
    });
    connect(m_readPasted, &QPushButton::clicked, this,
            [this] { loadText(m_pasteEdit->toPlainText()); });
    connect(m_environment, &QPushButton::clicked, this, &ImportDialog::loadFromEnvironment);
    connect(m_test, &QPushButton::clicked, this, &ImportDialog::testConnections);
    connect(m_cancelTests, &QPushButton::clicked, this, &ImportDialog::cancelTests);
    connect(m_save, &QPushButton::clicked, this, &ImportDialog::save);
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_model, &ImportContextsModel::checkedChanged, this, [this] {
        storeForm();
        m_form->setReservedNames(reservedNames(m_currentRow));
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentRowChanged(current.row()); });
    connect(m_form, &ClusterForm::edited, this, [this] {
        storeForm();
        updateButtons();
    });
    connect(m_form, &ClusterForm::trustCaRequested, this, &ImportDialog::trustCa);
    connect(m_form, &ClusterForm::retestRequested, this, [this] {
        storeForm();
        if (m_currentRow >= 0)
            testEntry(m_currentRow);
    });
    m_form->setEnabled(false);
    retranslate();
    updateButtons();
}

ImportDialog::~ImportDialog() {
    cancelTests();
}

// ---- Loading -------------------------------------------------------------------------------

namespace {

ImportDialog::Loaded toEntries(const fd::Result<fd::kube::Kubeconfig>& config) {
    ImportDialog::Loaded out;
    if (!config) {
        out.error = config.error().message;
        return out;
    }
    out.currentContext = config->currentContext.value_or(QString());
    out.fileWarnings = config->warnings;
    for (const fd::kube::KubeContext& context : config->contexts) {
        auto candidate = fd::registry::candidateFromContext(context);
        if (!candidate) {
            out.fileWarnings << QStringLiteral("%1: %2").arg(context.name,
                                                             candidate.error().message);
            continue;
        }
        ImportEntry entry;
        entry.contextName = context.name;
        entry.candidate = std::move(*candidate);
        entry.warningKinds = classifyWarnings(context, entry.candidate.credentials.clientCertPem);
        entry.checked = context.name == out.currentContext;
        out.entries << entry;
    }
    return out;
}

} // namespace

void ImportDialog::startLoad(std::function<Loaded()> work, const QString& sourceLabel) {
    cancelTests();
    m_loading = true;
    const quint64 generation = ++m_loadGeneration;
    m_source->setText(tr("Reading %1…").arg(sourceLabel));
    auto promise = std::make_shared<QPromise<Loaded>>();
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this,
            [this, watcher, generation, sourceLabel] {
                watcher->deleteLater();
                if (generation != m_loadGeneration || watcher->future().resultCount() == 0)
                    return; // a newer load superseded this one
                Loaded result = watcher->future().result();
                m_source->setText(result.error.isEmpty() ? tr("Loaded from %1").arg(sourceLabel)
                                                         : QString());
                applyLoaded(std::move(result));
            });
    watcher->setFuture(promise->future());
    // Kubeconfig parsing and the files it references are read off the UI thread.
    QThreadPool::globalInstance()->start([promise, work = std::move(work)] {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
}

void ImportDialog::loadFiles(const QStringList& paths) {
    if (paths.isEmpty())
        return;
    const QString label = paths.size() == 1 ? QDir::toNativeSeparators(paths.first())
                                            : tr("%n files", nullptr, int(paths.size()));
    startLoad(
        [paths] {
            return toEntries(paths.size() == 1 ? fd::kube::readKubeconfigFile(paths.first())
                                               : fd::kube::readKubeconfigFiles(paths));
        },
        label);
}

void ImportDialog::loadText(const QString& text) {
    const QByteArray bytes = text.toUtf8();
    startLoad([bytes] { return toEntries(fd::kube::readKubeconfigBytes(bytes)); },
              tr("the pasted text"));
}

void ImportDialog::loadFromEnvironment() {
    const QString list = qEnvironmentVariable("KUBECONFIG");
    if (!list.isEmpty()) {
        startLoad([list] { return toEntries(fd::kube::readKubeconfigList(list)); },
                  QStringLiteral("$KUBECONFIG"));
        return;
    }
    const QString path = QDir::home().filePath(QStringLiteral(".kube/config"));
    startLoad([path] { return toEntries(fd::kube::readKubeconfigFile(path)); },
              QDir::toNativeSeparators(path));
}

bool ImportDialog::loadUrls(const QList<QUrl>& urls) {
    QStringList paths;
    for (const QUrl& url : urls)
        if (url.isLocalFile())
            paths << url.toLocalFile();
    loadFiles(paths);
    return !paths.isEmpty();
}

void ImportDialog::applyLoaded(Loaded data) {
    m_loading = false;
    if (!data.error.isEmpty()) {
        m_status->setText(tr("This is not a usable kubeconfig: %1").arg(data.error));
        Q_EMIT loaded();
        return;
    }
    // Default names are the context names, made unique against the registry and each other.
    QStringList reserved;
    for (ImportEntry& e : data.entries) {
        auto& name = e.candidate.record.name;
        const auto same = m_registry ? m_registry->findSameIdentity(e.candidate) : std::nullopt;
        if (same && same->name.compare(name, Qt::CaseInsensitive) == 0) {
            // Re-import of a registered cluster keeps its name.
        } else if (m_registry) {
            name = m_registry->suggestName(name, reserved, same ? same->id : 0);
        }
        reserved << name;
    }
    if (!data.entries.isEmpty() && std::none_of(data.entries.cbegin(), data.entries.cend(),
                                                [](const ImportEntry& e) { return e.checked; }))
        data.entries.first().checked = data.entries.size() == 1;
    m_currentRow = -1;
    m_model->setEntries(std::move(data.entries));
    m_status->setText(data.fileWarnings.join(QLatin1Char('\n')));
    m_pastePanel->hide();
    int select = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->entries()[row].checked) {
            select = row;
            break;
        }
    if (m_model->rowCount() > 0)
        m_view->selectRow(select);
    else
        m_status->setText(tr("The kubeconfig has no contexts."));
    updateButtons();
    Q_EMIT loaded();
}

void ImportDialog::chooseFile() {
    // No name filter: kubeconfigs are named `config`, `stg.config`, `kubeconfig.yaml`, ...
    auto* dialog = new QFileDialog(this, tr("Choose a kubeconfig"),
                                   QDir::home().filePath(QStringLiteral(".kube")));
    dialog->setObjectName(QStringLiteral("chooseKubeconfigDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilter(tr("All files (*)"));
    connect(dialog, &QFileDialog::filesSelected, this, &ImportDialog::loadFiles);
    dialog->open();
}

void ImportDialog::dragEnterEvent(QDragEnterEvent* event) {
    const QMimeData* mime = event->mimeData();
    bool usable = mime->hasText();
    for (const QUrl& url : mime->urls())
        usable = usable || url.isLocalFile();
    if (usable)
        event->acceptProposedAction();
}

void ImportDialog::dropEvent(QDropEvent* event) {
    const QMimeData* mime = event->mimeData();
    if (loadUrls(mime->urls()) || (mime->hasText() && (loadText(mime->text()), true)))
        event->acceptProposedAction();
}

// ---- Editing -------------------------------------------------------------------------------

QStringList ImportDialog::reservedNames(int exceptRow) const {
    QStringList names;
    const auto& entries = m_model->entries();
    for (int row = 0; row < entries.size(); ++row)
        if (row != exceptRow && entries[row].checked)
            names << entries[row].candidate.record.name;
    return names;
}

void ImportDialog::storeForm() {
    if (m_currentRow < 0 || m_currentRow >= m_model->rowCount())
        return;
    m_form->store(m_model->entries()[m_currentRow]);
    m_model->entryChanged(m_currentRow);
}

void ImportDialog::onCurrentRowChanged(int row) {
    storeForm();
    m_currentRow = row;
    m_form->setEnabled(row >= 0);
    if (row >= 0)
        m_form->load(m_model->entries()[row], reservedNames(row));
}

// ---- Connection tests ----------------------------------------------------------------------

int ImportDialog::runningTests() const {
    int n = 0;
    for (const ImportEntry& e : m_model->entries())
        n += e.test == ImportEntry::Test::Running ? 1 : 0;
    return n;
}

int ImportDialog::rowOfTest(TestId id) const {
    const auto& entries = m_model->entries();
    for (int row = 0; row < entries.size(); ++row)
        if (entries[row].testId == id && entries[row].test == ImportEntry::Test::Running)
            return row;
    return -1;
}

void ImportDialog::testConnections() {
    storeForm();
    if (runningTests() == 0) {
        m_testsStarted = 0;
        m_testsDone = 0;
    }
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->entries()[row].checked &&
            m_model->entries()[row].test != ImportEntry::Test::Running)
            testEntry(row);
}

void ImportDialog::testEntry(int row) {
    if (!m_registry)
        return;
    ImportEntry& entry = m_model->entries()[row];
    if (entry.test == ImportEntry::Test::Running)
        m_registry->cancelTest(entry.testId);
    entry.test = ImportEntry::Test::Running;
    entry.report = {};
    ++m_testsStarted;
    // `this` is the context: a reply arriving after the dialog closed is dropped.
    auto id = std::make_shared<TestId>(0);
    entry.testId = m_registry->testConnection(
        entry.candidate, this,
        [this, id](const ConnectionReport& report) { onTestDone(*id, report); });
    *id = entry.testId;
    m_model->entryChanged(row);
    if (row == m_currentRow)
        m_form->showTest(entry);
    updateButtons();
}

void ImportDialog::onTestDone(TestId id, const ConnectionReport& report) {
    const int row = rowOfTest(id);
    if (row < 0)
        return; // superseded by a newer test of the same context
    ImportEntry& entry = m_model->entries()[row];
    entry.report = report;
    entry.test = report.ok                                          ? ImportEntry::Test::Passed
                 : report.category == ConnectionCategory::Cancelled ? ImportEntry::Test::Cancelled
                                                                    : ImportEntry::Test::Failed;
    ++m_testsDone;
    m_model->entryChanged(row);
    if (row == m_currentRow)
        m_form->showTest(entry);
    updateButtons();
    if (runningTests() == 0)
        Q_EMIT testsFinished();
}

void ImportDialog::cancelTests() {
    if (!m_registry)
        return;
    for (const ImportEntry& e : m_model->entries())
        if (e.test == ImportEntry::Test::Running)
            m_registry->cancelTest(e.testId);
}

void ImportDialog::trustCa() {
    if (m_currentRow < 0)
        return;
    storeForm();
    ImportEntry& entry = m_model->entries()[m_currentRow];
    // Pin exactly the certificate the server presented, then test again with it.
    entry.candidate.record.caPem = entry.report.presentedCaPem;
    entry.candidate.record.insecure = false;
    m_form->load(entry, reservedNames(m_currentRow));
    testEntry(m_currentRow);
}

// ---- Saving --------------------------------------------------------------------------------

void ImportDialog::save() {
    storeForm();
    const auto& entries = m_model->entries();
    QStringList failed;
    QStringList seen;
    for (int row = 0; row < entries.size(); ++row) {
        const ImportEntry& e = entries[row];
        if (!e.checked)
            continue;
        const QString name = e.candidate.record.name;
        const auto same = m_registry ? m_registry->findSameIdentity(e.candidate) : std::nullopt;
        const bool clash = name.isEmpty() || seen.contains(name, Qt::CaseInsensitive) ||
                           (m_registry && m_registry->isNameTaken(name, same ? same->id : 0));
        if (clash) {
            m_view->selectRow(row);
            m_status->setText(tr("Choose another display name for \"%1\".").arg(e.contextName));
            return;
        }
        seen << name;
        if (e.test == ImportEntry::Test::Failed)
            failed << QStringLiteral("• %1: %2").arg(name, e.report.message);
    }
    if (seen.isEmpty())
        return;
    if (failed.isEmpty()) {
        saveWithSecrets();
        return;
    }
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Save clusters that failed the test?"),
                                tr("The connection test failed for:\n%1\n\nThey can be saved "
                                   "anyway and are shown as Unreachable until a test succeeds.")
                                    .arg(failed.join(QLatin1Char('\n'))),
                                QMessageBox::NoButton, this);
    m_confirm->setObjectName(QStringLiteral("confirmUnreachable"));
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    auto* saveAnyway = m_confirm->addButton(tr("Save as Unreachable"), QMessageBox::AcceptRole);
    saveAnyway->setObjectName(QStringLiteral("saveAnyway"));
    m_confirm->addButton(QMessageBox::Cancel);
    connect(m_confirm, &QMessageBox::buttonClicked, this,
            [this, saveAnyway](QAbstractButton* button) {
                if (button == saveAnyway)
                    saveWithSecrets();
            });
    m_confirm->open();
}

void ImportDialog::saveWithSecrets() {
    if (!m_vault) {
        doSave();
        return;
    }
    m_vault->requestUnlocked(this, this, [this](bool unlocked) {
        if (unlocked)
            doSave();
        else
            m_status->setText(tr("Not saved: the secret vault is locked."));
    });
}

void ImportDialog::doSave() {
    if (!m_registry || m_saving)
        return;
    QList<fd::registry::ImportCandidate> candidates;
    QList<int> rows;
    auto& entries = m_model->entries();
    for (int row = 0; row < entries.size(); ++row) {
        ImportEntry& e = entries[row];
        if (!e.checked)
            continue;
        e.candidate.saveAsUnreachable = e.test == ImportEntry::Test::Failed;
        e.candidate.failedTestSentence = e.candidate.saveAsUnreachable ? e.report.sentence() : "";
        candidates << e.candidate;
        rows << row;
    }
    m_saving = true;
    m_status->setText(tr("Saving…"));
    updateButtons();
    m_registry->importClusters(
        candidates, this, [this, rows](const QList<fd::registry::ImportOutcome>& outcomes) {
            m_saving = false;
            QList<qint64> ids;
            QStringList problems;
            using Action = fd::registry::ImportOutcome::Action;
            for (int i = 0; i < outcomes.size() && i < rows.size(); ++i) {
                ImportEntry& e = m_model->entries()[rows[i]];
                if (outcomes[i].action == Action::Failed) {
                    e.saveError = outcomes[i].error.message;
                    problems << QStringLiteral("%1: %2").arg(e.contextName, e.saveError);
                } else {
                    ids << outcomes[i].id;
                    e.checked = false; // saved; a second Save must not repeat it
                    e.saveError.clear();
                }
                m_model->entryChanged(rows[i]);
            }
            if (!ids.isEmpty())
                Q_EMIT imported(ids);
            if (problems.isEmpty()) {
                accept();
                return;
            }
            m_status->setText(tr("Not saved: %1").arg(problems.join(QStringLiteral("; "))));
            updateButtons();
        });
}

void ImportDialog::updateButtons() {
    int checked = 0;
    for (const ImportEntry& e : m_model->entries())
        checked += e.checked ? 1 : 0;
    const int running = runningTests();
    m_test->setEnabled(checked > 0 && !m_saving);
    m_cancelTests->setEnabled(running > 0);
    m_save->setEnabled(checked > 0 && !m_saving);
    m_progress->setVisible(running > 0);
    m_progress->setRange(0, qMax(1, m_testsStarted));
    m_progress->setValue(m_testsDone);
    if (running > 0)
        m_status->setText(tr("Testing %n connection(s)…", nullptr, running));
    else if (m_status->text() == tr("Testing %n connection(s)…", nullptr, 0) || m_testsDone > 0)
        m_status->setText(checked > 0 ? tr("%n cluster(s) ticked for import.", nullptr, checked)
                                      : QString());
}

void ImportDialog::done(int result) {
    cancelTests();
    QDialog::done(result);
}

void ImportDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ImportDialog::retranslate() {
    setWindowTitle(tr("Import kubeconfig"));
    m_intro->setText(tr("Drop a kubeconfig here, or:"));
    m_chooseFile->setText(tr("Choose file…"));
    m_paste->setText(tr("Paste"));
    m_environment->setText(tr("Load from $KUBECONFIG / ~/.kube/config"));
    m_pasteEdit->setPlaceholderText(tr("Paste the kubeconfig YAML here"));
    m_readPasted->setText(tr("Read pasted text"));
    m_test->setText(tr("Test connection"));
    m_cancelTests->setText(tr("Cancel tests"));
    m_save->setText(tr("Save"));
    m_close->setText(tr("Close"));
    if (m_source->text().isEmpty())
        m_source->setText(tr("Nothing loaded yet. Every context of the file is listed; the "
                             "current context is ticked."));
}

void ImportDialog::setVaultGate(VaultGate* gate) {
    m_vault = gate;
}

} // namespace fd::widgets
