#include "registry/importsession.h"

#include "common/handoff.h"
#include "kube/kubeconfig.h"
#include "registry/registrytext.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace fd::registry {

bool certificateExpired(const QByteArray& pem) {
    if (pem.isEmpty())
        return false;
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    if (!bio)
        return false;
    X509* cert = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!cert)
        return false;
    // X509_cmp_current_time: -1 when notAfter is in the past.
    const bool expired = X509_cmp_current_time(X509_get0_notAfter(cert)) < 0;
    X509_free(cert);
    return expired;
}

ContextWarnings classifyWarnings(const fd::kube::KubeContext& context,
                                 const QByteArray& clientCertPem) {
    ContextWarnings flags;
    if (context.insecureSkipTlsVerify)
        flags |= ContextWarning::InsecureTls;
    const auto& c = context.credential;
    const QStringList files{context.ca.source == fd::kube::CaSource::File ? context.ca.filePath
                                                                          : QString(),
                            c.clientCert.data.isEmpty() ? c.clientCert.filePath : QString(),
                            c.clientKey.data.isEmpty() ? c.clientKey.filePath : QString(),
                            c.kind == fd::kube::AuthKind::TokenFile ? c.tokenFile : QString()};
    for (const QString& file : files)
        if (!file.isEmpty() && !QFileInfo::exists(file))
            flags |= ContextWarning::MissingFile;
    if (c.kind == fd::kube::AuthKind::Exec && c.exec) {
        const QString command = c.exec->command;
        const bool found = command.contains(QLatin1Char('/'))
                               ? QFileInfo(command).isExecutable()
                               : !QStandardPaths::findExecutable(command).isEmpty();
        if (!command.isEmpty() && !found)
            flags |= ContextWarning::ExecMissing;
    }
    if (certificateExpired(clientCertPem))
        flags |= ContextWarning::ExpiredCert;
    if (!flags && !context.warnings.isEmpty())
        flags |= ContextWarning::Other;
    return flags;
}

struct ImportSession::Loaded {
    QString error;
    QList<ImportEntry> entries;
    QStringList fileWarnings;
};

namespace {

// Worker side: kubeconfig → entries (the files it references are read here too).
ImportSession::Loaded toEntries(const fd::Result<fd::kube::Kubeconfig>& config) {
    ImportSession::Loaded out;
    if (!config) {
        out.error = config.error().message;
        return out;
    }
    const QString current = config->currentContext.value_or(QString());
    out.fileWarnings = config->warnings;
    for (const fd::kube::KubeContext& context : config->contexts) {
        auto candidate = candidateFromContext(context);
        if (!candidate) {
            out.fileWarnings << QStringLiteral("%1: %2").arg(context.name,
                                                             candidate.error().message);
            continue;
        }
        ImportEntry entry;
        entry.contextName = context.name;
        entry.candidate = std::move(*candidate);
        entry.warningKinds = classifyWarnings(context, entry.candidate.credentials.clientCertPem);
        entry.checked = context.name == current;
        out.entries << entry;
    }
    // One context and none current: it is what the user means.
    if (out.entries.size() == 1)
        out.entries.first().checked = true;
    return out;
}

} // namespace

ImportSession::ImportSession(ClusterRegistry* registry, QObject* parent)
    : QObject(parent)
    , m_registry(registry) {}

ImportSession::~ImportSession() {
    cancelTests();
}

// ---- Loading ---------------------------------------------------------------------------------

void ImportSession::startLoad(std::function<Loaded()> work) {
    cancelTests();
    m_loading = true;
    const quint64 generation = ++m_loadGeneration;
    // Kubeconfig parsing and the files it references are read off the UI thread.
    fd::runOnPool<std::shared_ptr<Loaded>>(
        this, [work = std::move(work)] { return std::make_shared<Loaded>(work()); },
        [this, generation](std::shared_ptr<Loaded> loaded) {
            if (generation == m_loadGeneration) // else a newer load superseded this one
                applyLoaded(std::move(*loaded));
        });
}

void ImportSession::loadFiles(const QStringList& paths) {
    if (paths.isEmpty())
        return;
    startLoad([paths] {
        return toEntries(paths.size() == 1 ? fd::kube::readKubeconfigFile(paths.first())
                                           : fd::kube::readKubeconfigFiles(paths));
    });
}

void ImportSession::loadBytes(const QByteArray& text) {
    startLoad([text] { return toEntries(fd::kube::readKubeconfigBytes(text)); });
}

void ImportSession::loadList(const QString& list) {
    if (!list.isEmpty()) {
        startLoad([list] { return toEntries(fd::kube::readKubeconfigList(list)); });
        return;
    }
    const QString path = QDir::home().filePath(QStringLiteral(".kube/config"));
    startLoad([path] { return toEntries(fd::kube::readKubeconfigFile(path)); });
}

void ImportSession::applyLoaded(Loaded result) {
    m_loading = false;
    m_loadError = result.error;
    m_fileWarnings = result.fileWarnings;
    m_identitiesMatched = false;
    m_testsStarted = m_testsDone = 0;
    m_entries = std::move(result.entries);
    m_defaultNames.clear();
    m_suggestedNames.clear();
    // Names unique against the registry and each other; matchIdentities() refines them.
    QStringList reserved;
    for (ImportEntry& e : m_entries) {
        m_defaultNames << e.candidate.record.name;
        if (m_registry)
            e.candidate.record.name = m_registry->suggestName(e.candidate.record.name, reserved);
        reserved << e.candidate.record.name;
        m_suggestedNames << e.candidate.record.name;
    }
    Q_EMIT loaded();
}

// ---- Entries ---------------------------------------------------------------------------------

void ImportSession::setChecked(int row, bool checked) {
    if (row < 0 || row >= m_entries.size() || m_entries[row].checked == checked)
        return;
    m_entries[row].checked = checked;
    Q_EMIT entryChanged(row);
}

void ImportSession::setCandidate(int row, const ImportCandidate& candidate) {
    if (row < 0 || row >= m_entries.size())
        return;
    m_entries[row].candidate.record = candidate.record;
    m_entries[row].candidate.credentials = candidate.credentials;
    // No entryChanged: the edit comes from the view that shows it.
}

QStringList ImportSession::reservedNames(int exceptRow) const {
    QStringList names;
    for (int row = 0; row < m_entries.size(); ++row)
        if (row != exceptRow && m_entries[row].checked)
            names << m_entries[row].candidate.record.name;
    return names;
}

int ImportSession::checkedCount() const {
    int n = 0;
    for (const ImportEntry& e : m_entries)
        n += e.checked ? 1 : 0;
    return n;
}

// ---- Identities ------------------------------------------------------------------------------

void ImportSession::matchIdentities() {
    if (!m_registry || m_entries.isEmpty()) {
        fd::post(this, [this] { Q_EMIT identitiesDone({}); });
        return;
    }
    QList<ImportCandidate> candidates;
    for (const ImportEntry& e : std::as_const(m_entries))
        candidates << e.candidate;
    const quint64 generation = m_loadGeneration;
    m_registry->matchIdentities(
        candidates, this, [this, generation](fd::Result<QList<std::optional<ClusterId>>> matches) {
            if (generation != m_loadGeneration)
                return;
            if (!matches) {
                Q_EMIT identitiesDone(matches.error());
                return;
            }
            QStringList reserved;
            for (int row = 0; row < m_entries.size() && row < matches->size(); ++row) {
                ImportEntry& e = m_entries[row];
                e.sameAs = (*matches)[row];
                QString& name = e.candidate.record.name;
                const bool userNamed = name != m_suggestedNames.value(row);
                const auto same = e.sameAs ? m_registry->cluster(*e.sameAs) : std::nullopt;
                if (same && !userNamed)
                    name = same->name; // a re-import keeps the registered name
                else if (!userNamed)
                    name = m_registry->suggestName(m_defaultNames.value(row), reserved,
                                                   same ? same->id : 0);
                if (!userNamed && row < m_suggestedNames.size())
                    m_suggestedNames[row] = name;
                reserved << name;
                Q_EMIT entryChanged(row);
            }
            m_identitiesMatched = true;
            Q_EMIT identitiesDone({});
        });
}

// ---- Connection tests ------------------------------------------------------------------------

int ImportSession::runningTests() const {
    int n = 0;
    for (const ImportEntry& e : m_entries)
        n += e.test == ImportEntry::Test::Running ? 1 : 0;
    return n;
}

int ImportSession::rowOfTest(TestId id) const {
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].testId == id && m_entries[row].test == ImportEntry::Test::Running)
            return row;
    return -1;
}

void ImportSession::test(int row) {
    if (!m_registry || row < 0 || row >= m_entries.size())
        return;
    if (runningTests() == 0) {
        m_testsStarted = 0;
        m_testsDone = 0;
    }
    ImportEntry& entry = m_entries[row];
    if (entry.test == ImportEntry::Test::Running)
        m_registry->cancelTest(entry.testId);
    entry.test = ImportEntry::Test::Running;
    entry.report = {};
    ++m_testsStarted;
    auto id = std::make_shared<TestId>(0);
    entry.testId = m_registry->testConnection(
        entry.candidate, this,
        [this, id](const ConnectionReport& report) { onTestDone(*id, report); });
    *id = entry.testId;
    Q_EMIT entryChanged(row);
}

void ImportSession::testChecked() {
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries[row].checked && m_entries[row].test != ImportEntry::Test::Running)
            test(row);
}

void ImportSession::onTestDone(TestId id, const ConnectionReport& report) {
    const int row = rowOfTest(id);
    if (row < 0)
        return; // superseded by a newer test of the same context
    ImportEntry& entry = m_entries[row];
    entry.report = report;
    entry.test = report.ok                                          ? ImportEntry::Test::Passed
                 : report.category == ConnectionCategory::Cancelled ? ImportEntry::Test::Cancelled
                                                                    : ImportEntry::Test::Failed;
    ++m_testsDone;
    Q_EMIT entryChanged(row);
    if (runningTests() == 0)
        Q_EMIT testsFinished();
}

void ImportSession::cancelTests() {
    if (!m_registry)
        return;
    for (const ImportEntry& e : std::as_const(m_entries))
        if (e.test == ImportEntry::Test::Running)
            m_registry->cancelTest(e.testId);
}

void ImportSession::trustCertificate(int row) {
    if (row < 0 || row >= m_entries.size())
        return;
    ImportEntry& entry = m_entries[row];
    if (entry.report.certSha256.isEmpty())
        return;
    // Trust exactly the certificate the server presented, then test again with it.
    fd::net::TlsPolicy& tls = entry.candidate.record.connection.endpoint.tls;
    tls.pinnedSha256 = entry.report.certSha256;
    tls.insecure = false;
    test(row);
}

// ---- Saving ----------------------------------------------------------------------------------

ImportSession::SaveCheck ImportSession::checkBeforeSave() const {
    SaveCheck check;
    QStringList seen;
    for (int row = 0; row < m_entries.size(); ++row) {
        const ImportEntry& e = m_entries[row];
        if (!e.checked)
            continue;
        const QString name = e.candidate.record.name.trimmed();
        const bool clash = name.isEmpty() || seen.contains(name, Qt::CaseInsensitive) ||
                           (m_registry && m_registry->isNameTaken(name, e.sameAs.value_or(0)));
        if (clash) {
            check.clashRow = row;
            return check;
        }
        seen << name;
        if (e.test == ImportEntry::Test::Failed)
            check.failedTests << QStringLiteral("%1: %2").arg(name, e.report.message);
    }
    return check;
}

void ImportSession::save() {
    if (!m_registry || m_saving)
        return;
    QList<ImportCandidate> candidates;
    QList<int> rows;
    for (int row = 0; row < m_entries.size(); ++row) {
        ImportEntry& e = m_entries[row];
        if (!e.checked)
            continue;
        e.candidate.saveAsUnreachable = e.test == ImportEntry::Test::Failed;
        e.candidate.failedTestSentence =
            e.candidate.saveAsUnreachable ? e.report.sentence() : QString();
        candidates << e.candidate;
        rows << row;
    }
    if (candidates.isEmpty())
        return;
    m_saving = true;
    const quint64 generation = m_loadGeneration;
    m_registry->importClusters(
        candidates, this, [this, rows, generation](const QList<ImportOutcome>& outcomes) {
            m_saving = false;
            QList<qint64> ids;
            QStringList problems;
            for (int i = 0; i < outcomes.size() && i < rows.size(); ++i) {
                if (generation != m_loadGeneration)
                    break;
                ImportEntry& e = m_entries[rows[i]];
                if (outcomes[i].action == ImportOutcome::Action::Failed) {
                    e.saveError = outcomes[i].error.message;
                    problems << QStringLiteral("%1: %2").arg(e.contextName, e.saveError);
                } else {
                    ids << outcomes[i].id;
                    e.checked = false; // saved; a second Save must not repeat it
                    e.saveError.clear();
                    e.sameAs = outcomes[i].id;
                }
                Q_EMIT entryChanged(rows[i]);
            }
            Q_EMIT saved(ids, problems);
        });
}

} // namespace fd::registry
