#pragma once

#include "registry/clusterregistry.h"

#include <QFlags>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

namespace fd::kube {
struct KubeContext;
}

namespace fd::registry {

// The warnings an import marks, worked out from the context itself (not from the reader's
// translated texts), so a view can show each kind with its own icon.
enum class ContextWarning {
    None = 0,
    InsecureTls = 1, // insecure-skip-tls-verify
    MissingFile = 2, // a referenced CA, certificate, key or token file does not exist
    ExecMissing = 4, // the exec plugin's command is not on PATH
    ExpiredCert = 8, // the client certificate's notAfter has passed
    Other = 16,      // any other reader warning
};
Q_DECLARE_FLAGS(ContextWarnings, ContextWarning)
Q_DECLARE_OPERATORS_FOR_FLAGS(ContextWarnings)

// Runs file-system and PATH lookups: call it off the UI thread.
ContextWarnings classifyWarnings(const fd::kube::KubeContext& context,
                                 const QByteArray& clientCertPem);
// True when the PEM's first certificate has expired (false when it cannot be parsed).
bool certificateExpired(const QByteArray& pem);

// One kubeconfig context on its way into the registry.
struct ImportEntry {
    enum class Test { NotRun, Running, Passed, Failed, Cancelled };

    QString contextName;
    ImportCandidate candidate;
    ContextWarnings warningKinds;
    bool checked = false;
    // The registered cluster with the same server and user (the import updates it), once
    // identities were matched.
    std::optional<ClusterId> sameAs;
    Test test = Test::NotRun;
    TestId testId = 0;
    ConnectionReport report;
    QString saveError; // the registry refused this one on save (e.g. name clash)
};

// Importing kubeconfig contexts, without any widget: read files, pasted text or $KUBECONFIG off
// the UI thread; offer every context (the current one ticked); match them with registered
// clusters (which needs the vault: asked for before, never guessed); suggest unique names; test
// connections in parallel (cancellable); pin a presented certificate; check and save. The import
// dialog drives it and shows its entries; the CLI could too.
class ImportSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSession)

public:
    explicit ImportSession(ClusterRegistry* registry, QObject* parent = nullptr);
    ~ImportSession() override; // cancels running tests

    // ---- Loading (a newer load supersedes one still running) -----------------------------
    void loadFiles(const QStringList& paths);
    void loadBytes(const QByteArray& text);
    // A KUBECONFIG-style list (kubectl's merge rules), or ~/.kube/config when `list` is empty.
    void loadList(const QString& list);
    bool isLoading() const { return m_loading; }
    QString loadError() const { return m_loadError; } // empty after a usable load
    QStringList fileWarnings() const { return m_fileWarnings; }

    // ---- Entries ---------------------------------------------------------------------------
    const QList<ImportEntry>& entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }
    void setChecked(int row, bool checked);
    // The user's edits of a context (name, data center, labels, connection settings, a token).
    void setCandidate(int row, const ImportCandidate& candidate);
    // Names ticked entries other than `exceptRow` already use.
    QStringList reservedNames(int exceptRow) const;
    int checkedCount() const;

    // ---- Identities (needs the vault unlocked) ---------------------------------------------
    // Matches every entry with the registered clusters and, for entries still on their
    // default name, suggests a unique one (a re-import keeps the registered name). Emits
    // identitiesMatched(); with a locked vault the status says so and nothing is guessed.
    void matchIdentities();
    bool identitiesMatched() const { return m_identitiesMatched; }

    // ---- Connection tests ------------------------------------------------------------------
    void test(int row);
    void testChecked();
    void cancelTests();
    int runningTests() const;
    int testsStarted() const { return m_testsStarted; }
    int testsDone() const { return m_testsDone; }
    // Pins the certificate the last test of `row` reported (its SHA-256) and tests again.
    void trustCertificate(int row);

    // ---- Saving ----------------------------------------------------------------------------
    struct SaveCheck {
        int clashRow = -1;       // a ticked entry whose name is taken or empty
        QStringList failedTests; // "name: message" of ticked entries whose test failed
    };
    SaveCheck checkBeforeSave() const;
    // Imports the ticked entries (failed tests saved as Unreachable); emits saved().
    void save();
    bool isSaving() const { return m_saving; }

Q_SIGNALS:
    void loaded();
    void entryChanged(int row);
    void identitiesDone(const fd::Status& status);
    void testsFinished();
    // After save(): the ids created or updated, and one line per entry that was not saved.
    void saved(const QList<qint64>& ids, const QStringList& problems);

public:
    struct Loaded; // what reading a kubeconfig yields (importsession.cpp)

private:
    void startLoad(std::function<Loaded()> work);
    void applyLoaded(Loaded result);
    void onTestDone(TestId id, const ConnectionReport& report);
    int rowOfTest(TestId id) const;

    QPointer<ClusterRegistry> m_registry;
    QList<ImportEntry> m_entries;
    QStringList m_defaultNames;   // each entry's context name
    QStringList m_suggestedNames; // the name this session gave it, to tell a user's rename apart
    QString m_loadError;
    QStringList m_fileWarnings;
    quint64 m_loadGeneration = 0;
    bool m_loading = false;
    bool m_identitiesMatched = false;
    bool m_saving = false;
    int m_testsStarted = 0;
    int m_testsDone = 0;
};

} // namespace fd::registry
