#pragma once

#include "registry/clusterregistry.h"
#include "registry/importsession.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

class QLabel;

class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QUrl;
class QWidget;

namespace fd::widgets {

class ClusterForm;
class ImportContextsModel;
class VaultGate;

// Import kubeconfig: the contexts of a dropped, chosen, pasted or $KUBECONFIG file with
// checkboxes (current context ticked), a form per selected context, connection tests of all
// ticked contexts in parallel (cancellable) and Save. The logic is the core's ImportSession
// (reading off the UI thread, identities, names, tests, saving); this dialog shows it and asks
// for the vault's passphrase before identities are matched and before saving.
class ImportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDialog)

public:
    explicit ImportDialog(fd::registry::ClusterRegistry* registry, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Asked before Save (credentials go to the vault, which may need its passphrase).
    void setVaultGate(VaultGate* gate);

    void loadFiles(const QStringList& paths);
    void loadText(const QString& text);
    // $KUBECONFIG (merged by kubectl's rules) when set, else ~/.kube/config.
    void loadFromEnvironment();
    // Local files among the URLs are loaded; returns false when there is none.
    bool loadUrls(const QList<QUrl>& urls);

    // Loading runs on a worker; true until its result has been applied.
    bool isLoading() const { return m_session->isLoading(); }
    int runningTests() const { return m_session->runningTests(); }

    fd::registry::ImportSession* session() const { return m_session; }
    ImportContextsModel* contextsModel() const { return m_model; }
    QTableView* contextsView() const { return m_view; }
    ClusterForm* form() const { return m_form; }
    QPushButton* chooseFileButton() const { return m_chooseFile; }
    QPushButton* pasteButton() const { return m_paste; }
    QPushButton* environmentButton() const { return m_environment; }
    QPlainTextEdit* pasteEdit() const { return m_pasteEdit; }
    QPushButton* readPastedButton() const { return m_readPasted; }
    QPushButton* testButton() const { return m_test; }
    QPushButton* cancelTestsButton() const { return m_cancelTests; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* statusLabel() const { return m_status; }
    QProgressBar* progressBar() const { return m_progress; }
    QMessageBox* confirmation() const { return m_confirm; }

Q_SIGNALS:
    void loaded();
    // Emitted after Save with the ids that were created or updated.
    void imported(const QList<qint64>& ids);
    void testsFinished();

public Q_SLOTS:
    void testConnections();
    void cancelTests();
    void save();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;
    void done(int result) override;

private:
    void load(const QString& sourceLabel, const std::function<void()>& start);
    void onLoaded();
    void matchIdentities();
    void chooseFile();
    void onCurrentRowChanged(int row);
    void storeForm();
    void trustCertificate();
    void saveWithSecrets();
    void updateButtons();
    void retranslate();

    QPointer<fd::registry::ClusterRegistry> m_registry;
    QPointer<VaultGate> m_vault;
    fd::registry::ImportSession* m_session;
    ImportContextsModel* m_model;
    QLabel* m_intro;
    QPushButton* m_chooseFile;
    QPushButton* m_paste;
    QPushButton* m_environment;
    QLabel* m_source;
    QWidget* m_pastePanel;
    QPlainTextEdit* m_pasteEdit;
    QPushButton* m_readPasted;
    QTableView* m_view;
    ClusterForm* m_form;
    QProgressBar* m_progress;
    QLabel* m_status;
    QPushButton* m_test;
    QPushButton* m_cancelTests;
    QPushButton* m_save;
    QPushButton* m_close;
    QPointer<QMessageBox> m_confirm;
    int m_currentRow = -1;
    QString m_sourceLabel;
};

} // namespace fd::widgets
