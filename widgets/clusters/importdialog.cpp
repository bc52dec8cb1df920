#include "importdialog.h"

#include "clusterform.h"
#include "importcontextsmodel.h"
#include "vault/vaultgate.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcImport, "fd.widgets.import")

namespace fd::widgets {

using fd::registry::ImportSession;

ImportDialog::ImportDialog(fd::registry::ClusterRegistry* registry, QWidget* parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_session(new ImportSession(registry, this))
    , m_model(new ImportContextsModel(m_session, this))
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
        m_form->setReservedNames(m_session->reservedNames(m_currentRow));
        updateButtons();
    });
    connect(m_session, &ImportSession::loaded, this, &ImportDialog::onLoaded);
    connect(m_session, &ImportSession::entryChanged, this, [this](int row) {
        if (row == m_currentRow)
            m_form->showTest(m_session->entries()[row]);
        updateButtons();
    });
    connect(m_session, &ImportSession::testsFinished, this, &ImportDialog::testsFinished);
    connect(m_session, &ImportSession::identitiesDone, this, [this](const fd::Status& st) {
        if (!st) {
            m_status->setText(
                tr("Not matched with registered clusters: %1").arg(st.error().message));
            return;
        }
        if (m_currentRow >= 0)
            m_form->load(m_session->entries()[m_currentRow],
                         m_session->reservedNames(m_currentRow));
    });
    connect(m_session, &ImportSession::saved, this,
            [this](const QList<qint64>& ids, const QStringList& problems) {
                if (!ids.isEmpty())
                    Q_EMIT imported(ids);
                if (problems.isEmpty()) {
                    accept();
                    return;
                }
                m_status->setText(tr("Not saved: %1").arg(problems.join(QStringLiteral("; "))));
                updateButtons();
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onCurrentRowChanged(current.row()); });
    connect(m_form, &ClusterForm::edited, this, [this] {
        storeForm();
        updateButtons();
    });
    connect(m_form, &ClusterForm::trustCertificateRequested, this, &ImportDialog::trustCertificate);
    connect(m_form, &ClusterForm::retestRequested, this, [this] {
        storeForm();
        if (m_currentRow >= 0)
            m_session->test(m_currentRow);
    });
    m_form->setEnabled(false);
    retranslate();
    updateButtons();
}

ImportDialog::~ImportDialog() = default; // the session cancels its tests

// ---- Loading -------------------------------------------------------------------------------

void ImportDialog::load(const QString& sourceLabel, const std::function<void()>& start) {
    m_sourceLabel = sourceLabel;
    m_source->setText(tr("Reading %1…").arg(sourceLabel));
    start();
}

void ImportDialog::loadFiles(const QStringList& paths) {
    if (paths.isEmpty())
        return;
    const QString label = paths.size() == 1 ? QDir::toNativeSeparators(paths.first())
                                            : tr("%n files", nullptr, int(paths.size()));
    load(label, [this, paths] { m_session->loadFiles(paths); });
}

void ImportDialog::loadText(const QString& text) {
    load(tr("the pasted text"), [this, text] { m_session->loadBytes(text.toUtf8()); });
}

void ImportDialog::loadFromEnvironment() {
    const QString list = qEnvironmentVariable("KUBECONFIG");
    const QString label =
        list.isEmpty()
            ? QDir::toNativeSeparators(QDir::home().filePath(QStringLiteral(".kube/config")))
            : QStringLiteral("$KUBECONFIG");
    load(label, [this, list] { m_session->loadList(list); });
}

bool ImportDialog::loadUrls(const QList<QUrl>& urls) {
    QStringList paths;
    for (const QUrl& url : urls)
        if (url.isLocalFile())
            paths << url.toLocalFile();
    loadFiles(paths);
    return !paths.isEmpty();
}

void ImportDialog::onLoaded() {
    m_currentRow = -1;
    if (!m_session->loadError().isEmpty()) {
        m_source->clear();
        m_status->setText(tr("This is not a usable kubeconfig: %1").arg(m_session->loadError()));
        updateButtons();
        Q_EMIT loaded();
        return;
    }
    m_source->setText(tr("Loaded from %1").arg(m_sourceLabel));
    m_status->setText(m_session->fileWarnings().join(QLatin1Char('\n')));
    m_pastePanel->hide();
    int select = 0;
    for (int row = 0; row < m_session->count(); ++row)
        if (m_session->entries()[row].checked) {
            select = row;
            break;
        }
    if (m_session->count() > 0)
        m_view->selectRow(select);
    else
        m_status->setText(tr("The kubeconfig has no contexts."));
    updateButtons();
    Q_EMIT loaded();
    if (m_session->count() > 0)
        matchIdentities();
}

void ImportDialog::matchIdentities() {
    // A registered cluster is recognised by a digest keyed with a secret from the vault: ask for
    // the passphrase first (cancelling keeps the suggested names; Save asks again).
    if (!m_vault) {
        m_session->matchIdentities();
        return;
    }
    m_vault->requestUnlocked(this, this, [this](bool unlocked) {
        if (unlocked)
            m_session->matchIdentities();
    });
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

void ImportDialog::storeForm() {
    if (m_currentRow < 0 || m_currentRow >= m_session->count())
        return;
    ImportEntry entry = m_session->entries()[m_currentRow];
    m_form->store(entry);
    m_session->setCandidate(m_currentRow, entry.candidate);
}

void ImportDialog::onCurrentRowChanged(int row) {
    storeForm();
    m_currentRow = row;
    m_form->setEnabled(row >= 0);
    if (row >= 0)
        m_form->load(m_session->entries()[row], m_session->reservedNames(row));
}

// ---- Connection tests ----------------------------------------------------------------------

void ImportDialog::testConnections() {
    storeForm();
    m_session->testChecked();
    updateButtons();
}

void ImportDialog::cancelTests() {
    m_session->cancelTests();
}

void ImportDialog::trustCertificate() {
    if (m_currentRow < 0)
        return;
    storeForm();
    m_session->trustCertificate(m_currentRow);
    m_form->load(m_session->entries()[m_currentRow], m_session->reservedNames(m_currentRow));
}

// ---- Saving --------------------------------------------------------------------------------

void ImportDialog::save() {
    storeForm();
    const ImportSession::SaveCheck check = m_session->checkBeforeSave();
    if (check.clashRow >= 0) {
        m_view->selectRow(check.clashRow);
        m_status->setText(tr("Choose another display name for \"%1\".")
                              .arg(m_session->entries()[check.clashRow].contextName));
        return;
    }
    if (m_session->checkedCount() == 0)
        return;
    if (check.failedTests.isEmpty()) {
        saveWithSecrets();
        return;
    }
    QStringList failed;
    for (const QString& line : check.failedTests)
        failed << QStringLiteral("• ") + line;
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
    const auto doSave = [this] {
        m_status->setText(tr("Saving…"));
        m_session->save();
        updateButtons();
    };
    if (!m_vault) {
        doSave();
        return;
    }
    m_vault->requestUnlocked(this, this, [this, doSave](bool unlocked) {
        if (unlocked)
            doSave();
        else
            m_status->setText(tr("Not saved: the secret vault is locked."));
    });
}

void ImportDialog::updateButtons() {
    const int checked = m_session->checkedCount();
    const bool saving = m_session->isSaving();
    const int running = runningTests();
    m_test->setEnabled(checked > 0 && !saving);
    m_cancelTests->setEnabled(running > 0);
    m_save->setEnabled(checked > 0 && !saving);
    m_progress->setVisible(running > 0);
    m_progress->setRange(0, qMax(1, m_session->testsStarted()));
    m_progress->setValue(m_session->testsDone());
    if (saving)
        return;
    if (running > 0)
        m_status->setText(tr("Testing %n connection(s)…", nullptr, running));
    else if (m_status->text() == tr("Testing %n connection(s)…", nullptr, 0) ||
             m_session->testsDone() > 0)
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
