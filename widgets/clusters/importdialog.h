#pragma once

#include "importentry.h"

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
// ticked contexts in parallel (cancellable) and Save. Files are read and parsed on a worker
// thread; every registry call uses this dialog as its context object, so replies that arrive
// after the dialog is gone are dropped, and closing it cancels the tests still running.
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
    bool isLoading() const { return m_loading; }
    int runningTests() const;

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

public:
    struct Loaded; // the worker's result of reading a kubeconfig

private:
    void startLoad(std::function<Loaded()> work, const QString& sourceLabel);
    void applyLoaded(Loaded loaded);
    void chooseFile();
    void onCurrentRowChanged(int row);
    void storeForm();
    QStringList reservedNames(int exceptRow) const;
    void testEntry(int row);
    void onTestDone(fd::registry::TestId id, const fd::registry::ConnectionReport& report);
    void trustCa();
    void saveWithSecrets();
    void doSave();
    void updateButtons();
    void retranslate();
    int rowOfTest(fd::registry::TestId id) const;

    QPointer<fd::registry::ClusterRegistry> m_registry;
    QPointer<VaultGate> m_vault;
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
    int m_testsStarted = 0;
    int m_testsDone = 0;
    bool m_loading = false;
    bool m_saving = false;
    quint64 m_loadGeneration = 0;
};

} // namespace fd::widgets
