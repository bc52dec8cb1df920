// The vault passphrase prompt as a user meets it: creating the vault asks twice and explains a
// mismatch, a wrong passphrase shows a message and lets the user retry without losing any
// secret, cancelling leaves the vault locked and says so, the dialog stays responsive while the
// key is derived (on the secrets thread), the window shows "checking" while the backend is being
// chosen, and Settings shows the store's status and locks the vault on request, telling every
// service through lockedChanged. Everything runs over a real store and vault in a temporary
// directory, driven with keystrokes and clicks.
#include "guifixture.h"
#include "secretstesthelpers.h"

#include "settings/settingspage.h"
#include "shell/mainwindow.h"
#include "vault/vaultgate.h"
#include "vault/vaultunlockdialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimer>
#include <QtTest>

#include <memory>
#include <optional>

using fd::secrets::Backend;
using fd::secrets::SecretRef;
using fd::widgets::MainWindow;
using fd::widgets::VaultGate;
using fd::widgets::VaultUnlockDialog;

namespace {

const QString Right = QStringLiteral("correct horse battery");
const SecretRef TokenRef{QStringLiteral("cluster"), QStringLiteral("7"), QStringLiteral("token")};
const SecretRef KeyRef{QStringLiteral("cluster"), QStringLiteral("7"),
                       QStringLiteral("client-key")};
const QByteArray Token = QByteArrayLiteral("eyJhbGciOiJSUzI1NiJ9.fleetdeck-test-token");
const QByteArray Key = QByteArrayLiteral("-----BEGIN EC PRIVATE KEY-----\nMHcCAQEE\n");

QString vaultStatus(MainWindow& w) {
    auto* label = w.statusBar()->findChild<QLabel*>(QStringLiteral("statusVault"));
    return label ? label->text() : QString();
}

// Types into whatever has keyboard focus, as a user would, then presses a key.
void typeAndPress(const QString& text, Qt::Key key) {
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus);
    QTest::keyClicks(focus, text);
    QTest::keyClick(QApplication::focusWidget(), key);
}

} // namespace

class TestVault final : public QObject {
    Q_OBJECT

private:
    static VaultUnlockDialog* waitForDialog(VaultGate& gate) {
        if (!QTest::qWaitFor([&] { return gate.pendingDialog() != nullptr; }))
            return nullptr;
        VaultUnlockDialog* dialog = gate.pendingDialog();
        if (!QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        dialog->activateWindow();
        if (!QTest::qWaitFor([&] { return dialog->passphraseEdit()->hasFocus(); }))
            return nullptr;
        return dialog;
    }

    static void clickButton(QWidget* root, const char* name) {
        auto* button = root->findChild<QPushButton*>(QString::fromLatin1(name));
        QVERIFY(button);
        QTRY_VERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
    }

    // A vault with two secrets in it, locked again, as after a restart.
    static bool prepareLockedVault(fd::test::GuiFixture& f) {
        const bool stored = f.secrets->unlock(Right.toUtf8()).ok() &&
                            f.secrets->store(TokenRef, Token).ok() &&
                            f.secrets->store(KeyRef, Key).ok();
        f.secrets->lock();
        return stored && f.resetGate();
    }

    enum class Start { Fresh, LockedWithSecrets };

    // The main window over a new store and secret store with `backend` (for LockedWithSecrets,
    // a vault holding two secrets, locked as after a restart), shown; nullptr if any step fails.
    static std::unique_ptr<MainWindow> openWindow(fd::test::GuiFixture& f, Backend backend,
                                                  Start start = Start::Fresh) {
        if (!f.openStore() || !f.openSecrets(backend))
            return nullptr;
        if (start == Start::LockedWithSecrets && !prepareLockedVault(f))
            return nullptr;
        auto w = std::make_unique<MainWindow>(f.services);
        w->show();
        return QTest::qWaitForWindowExposed(w.get()) ? std::move(w) : nullptr;
    }

private Q_SLOTS:
    void initTestCase() { fd::test::applyTestTheme(); }

    void createAsksTwiceAndExplainsMismatch() {
        fd::test::GuiFixture f;
        const auto window = openWindow(f, Backend::Vault);
        QVERIFY(window);
        MainWindow& w = *window;
        QCOMPARE(f.vault->state(), VaultGate::State::NotCreated);
        QCOMPARE(vaultStatus(w), QStringLiteral("Vault: not created yet"));

        w.showPage(fd::widgets::SettingsPage::id());
        auto* backend = w.findChild<QLabel*>(QStringLiteral("secretBackendLabel"));
        QVERIFY(backend);
        QTRY_VERIFY(backend->isVisible());
        QCOMPARE(backend->text(), QStringLiteral("Passphrase vault (AES-256-GCM)"));
        clickButton(&w, "unlockVaultButton");

        VaultUnlockDialog* dialog = waitForDialog(*f.vault);
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), VaultUnlockDialog::Mode::Create);
        QVERIFY(dialog->confirmEdit()->isVisible());
        QCOMPARE(dialog->passphraseEdit()->echoMode(), QLineEdit::Password);

        // Too short.
        typeAndPress(QStringLiteral("short"), Qt::Key_Return);
        QVERIFY(dialog->messageLabel()->text().contains(QStringLiteral("too short")));
        QVERIFY(dialog->isVisible());

        // Long enough, but the confirmation differs: the message names the problem, focus
        // goes to the confirmation, and no vault exists yet.
        dialog->passphraseEdit()->clear();
        typeAndPress(Right, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog->confirmEdit());
        typeAndPress(QStringLiteral("correct horse battery staple"), Qt::Key_Return);
        QCOMPARE(dialog->messageLabel()->text(),
                 QStringLiteral("The two passphrases do not match. Type the same passphrase in "
                                "both fields."));
        QCOMPARE(QApplication::focusWidget(), dialog->confirmEdit());
        QVERIFY(!f.secrets->vaultExists());
        QVERIFY(!f.secrets->isUnlocked());

        // Typing again clears the stale message; the matching confirmation creates the vault.
        QTest::keyClicks(dialog->confirmEdit(), Right); // replaces the selected text
        QVERIFY(dialog->messageLabel()->text().isEmpty());
        QTest::keyClick(dialog->confirmEdit(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(f.vault->pendingDialog() == nullptr, 30000);
        QVERIFY(f.secrets->vaultExists());
        QVERIFY(f.secrets->isUnlocked());
        QCOMPARE(f.vault->state(), VaultGate::State::Unlocked);
        QCOMPARE(vaultStatus(w), QStringLiteral("Vault: unlocked"));
        auto* lock = w.findChild<QPushButton*>(QStringLiteral("lockVaultButton"));
        QVERIFY(lock->isEnabled());

        // The passphrase typed is the one that opens it.
        QVERIFY(f.secrets->store(TokenRef, Token).ok());
        f.secrets->lock();
        QCOMPARE(f.secrets->unlock("correct horse battery staple").error().kind,
                 fd::ErrorKind::WrongPassphrase);
        QVERIFY(f.secrets->unlock(Right.toUtf8()).ok());
        QCOMPARE(f.secrets->load(TokenRef).value(), Token);
    }

    void wrongPassphraseRetriesAndKeepsSecrets() {
        fd::test::GuiFixture f;
        const auto window = openWindow(f, Backend::Vault, Start::LockedWithSecrets);
        QVERIFY(window);
        MainWindow& w = *window;
        QCOMPARE(vaultStatus(w), QStringLiteral("Vault: locked"));

        // Two features ask at once: one dialog answers both.
        std::optional<bool> first;
        std::optional<bool> second;
        f.vault->requestUnlocked(&w, &w, [&](bool ok) { first = ok; });
        VaultUnlockDialog* dialog = waitForDialog(*f.vault);
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), VaultUnlockDialog::Mode::Unlock);
        QVERIFY(!dialog->confirmEdit()->isVisible());
        f.vault->requestUnlocked(&w, &w, [&](bool ok) { second = ok; });
        QCOMPARE(f.vault->pendingDialog(), dialog);

        typeAndPress(QStringLiteral("Correct horse battery"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy(), 30000);
        QCOMPARE(dialog->messageLabel()->text(),
                 QStringLiteral("The passphrase does not open this vault; nothing was changed."));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->passphraseEdit()->text().isEmpty());
        QTRY_COMPARE(QApplication::focusWidget(), dialog->passphraseEdit());
        QVERIFY(!f.secrets->isUnlocked());
        QVERIFY(!first.has_value());
        QCOMPARE(vaultStatus(w), QStringLiteral("Vault: locked"));

        // Retry with the right one.
        typeAndPress(Right, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(first.has_value() && second.has_value(), 30000);
        QVERIFY(*first);
        QVERIFY(*second);
        QCOMPARE(vaultStatus(w), QStringLiteral("Vault: unlocked"));
        // Both secrets survived the wrong attempt.
        QCOMPARE(f.secrets->load(TokenRef).value(), Token);
        QCOMPARE(f.secrets->load(KeyRef).value(), Key);

        // Already unlocked: the answer comes without a dialog, but never inside the call.
        std::optional<bool> third;
        f.vault->requestUnlocked(&w, &w, [&](bool ok) { third = ok; });
        QVERIFY(!third.has_value());
        QVERIFY(f.vault->pendingDialog() == nullptr);
        QTRY_VERIFY(third.has_value());
        QVERIFY(*third);
    }

    void cancelLeavesVaultLocked() {
        fd::test::GuiFixture f;
        const auto window = openWindow(f, Backend::Vault, Start::LockedWithSecrets);
        QVERIFY(window);
        MainWindow& w = *window;

        std::optional<bool> answer;
        bool goneCalled = false;
        auto gone = std::make_unique<QObject>();
        f.vault->requestUnlocked(&w, &w, [&](bool ok) { answer = ok; });
        f.vault->requestUnlocked(&w, gone.get(), [&](bool) { goneCalled = true; });
        VaultUnlockDialog* dialog = waitForDialog(*f.vault);
        QVERIFY(dialog);
        gone.reset(); // a requester that went away is not called back
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("half typed"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!*answer);
        QTest::qWait(0);
        QVERIFY(!goneCalled);
        QVERIFY(!f.secrets->isUnlocked());
        QCOMPARE(f.vault->state(), VaultGate::State::Locked);
        QCOMPARE(vaultStatus(w), QStringLiteral("Vault: locked"));
        QCOMPARE(f.secrets->load(TokenRef).error().kind, fd::ErrorKind::Locked);

        w.showPage(fd::widgets::SettingsPage::id());
        auto* state = w.findChild<QLabel*>(QStringLiteral("vaultStateLabel"));
        QTRY_VERIFY(state && state->isVisible());
        QCOMPARE(state->text(), QStringLiteral("Locked"));
        QVERIFY(w.findChild<QPushButton*>(QStringLiteral("unlockVaultButton"))->isEnabled());
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("lockVaultButton"))->isEnabled());
    }

    void closingTheWindowAnswersNo() {
        fd::test::GuiFixture f;
        auto w = openWindow(f, Backend::Vault, Start::LockedWithSecrets);
        QVERIFY(w);
        QObject requester;
        std::optional<bool> answer;
        f.vault->requestUnlocked(w.get(), &requester, [&](bool ok) { answer = ok; });
        QVERIFY(waitForDialog(*f.vault));
        w.reset(); // the dialog goes with its window
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!*answer);
        QVERIFY(f.vault->pendingDialog() == nullptr);
        QCOMPARE(f.vault->state(), VaultGate::State::Locked);
    }

    void settingsLocksVaultNow() {
        fd::test::GuiFixture f;
        const auto window = openWindow(f, Backend::Vault, Start::LockedWithSecrets);
        QVERIFY(window);
        MainWindow& w = *window;
        w.showPage(fd::widgets::SettingsPage::id());

        clickButton(&w, "unlockVaultButton");
        VaultUnlockDialog* dialog = waitForDialog(*f.vault);
        QVERIFY(dialog);
        typeAndPress(Right, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(f.vault->state() == VaultGate::State::Unlocked, 30000);
        auto* state = w.findChild<QLabel*>(QStringLiteral("vaultStateLabel"));
        QCOMPARE(state->text(), QStringLiteral("Unlocked"));
        QCOMPARE(f.secrets->load(KeyRef).value(), Key);

        QSignalSpy lockedChanged(f.secrets.get(), &fd::secrets::SecretStore::lockedChanged);
        clickButton(&w, "lockVaultButton");
        // Services hear it at once, before anything else runs.
        QCOMPARE(lockedChanged.size(), 1);
        QCOMPARE(lockedChanged.at(0).at(0).toBool(), true);
        QVERIFY(!f.secrets->isUnlocked());
        QCOMPARE(f.secrets->load(KeyRef).error().kind, fd::ErrorKind::Locked);
        QCOMPARE(vaultStatus(w), QStringLiteral("Vault: locked"));
        QCOMPARE(state->text(), QStringLiteral("Locked"));
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("lockVaultButton"))->isEnabled());
    }

    void dialogStaysResponsiveWhileTheKeyIsDerived() {
        fd::test::GuiFixture f;
        const auto window = openWindow(f, Backend::Vault, Start::LockedWithSecrets);
        QVERIFY(window);
        MainWindow& w = *window;
        std::optional<bool> answer;
        f.vault->requestUnlocked(&w, &w, [&](bool ok) { answer = ok; });
        VaultUnlockDialog* dialog = waitForDialog(*f.vault);
        QVERIFY(dialog);

        // The secrets thread is held (as by a slow derivation), so the check stays pending
        // for as long as the test wants; the UI thread must keep working all that time.
        auto blocker = std::make_unique<fd::test::SecretsThreadBlocker>();
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        typeAndPress(Right, Qt::Key_Return);
        QVERIFY(dialog->isBusy());
        QCOMPARE(dialog->messageLabel()->text(), QStringLiteral("Checking the passphrase…"));
        ticker.start(5);
        QTest::qWait(400);
        QVERIFY2(ticks >= 20, qPrintable(QStringLiteral("%1 ticks in 400 ms").arg(ticks)));
        // Input is handled at once (Escape reaches the dialog) but cannot abandon the check.
        QTest::keyClick(dialog, Qt::Key_Escape);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->isBusy());
        QVERIFY(!answer.has_value());
        QCOMPARE(f.vault->state(), VaultGate::State::Locked);

        blocker.reset();
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 30000);
        QVERIFY(*answer);
        QCOMPARE(f.vault->state(), VaultGate::State::Unlocked);
        QCOMPARE(f.secrets->load(KeyRef).value(), Key);
    }

    void checkingWhileTheBackendIsChosen() {
        fd::test::GuiFixture f;
        QVERIFY(f.openStore());
        // The backend choice waits on the secrets thread, as behind a keychain that takes
        // seconds to answer; the window must not.
        auto blocker = std::make_unique<fd::test::SecretsThreadBlocker>();
        QVERIFY(f.openSecrets(Backend::Vault, /*chooseInBackground=*/true));
        QCOMPARE(f.vault->state(), VaultGate::State::Checking);
        MainWindow w(f.services);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(f.vault->state(), VaultGate::State::Checking);
        QCOMPARE(vaultStatus(w), QStringLiteral("Secrets: checking…"));
        w.showPage(fd::widgets::SettingsPage::id());
        auto* backend = w.findChild<QLabel*>(QStringLiteral("secretBackendLabel"));
        QTRY_VERIFY(backend && backend->isVisible());
        QCOMPARE(backend->text(), QStringLiteral("Checking…"));

        // A request made now waits for the choice, then asks for the passphrase.
        std::optional<bool> answer;
        f.vault->requestUnlocked(&w, &w, [&](bool ok) { answer = ok; });
        QTest::qWait(50);
        QVERIFY(f.vault->pendingDialog() == nullptr);
        QVERIFY(!answer.has_value());
        blocker.reset();
        VaultUnlockDialog* dialog = waitForDialog(*f.vault);
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), VaultUnlockDialog::Mode::Create);
        QCOMPARE(f.vault->state(), VaultGate::State::NotCreated);
        QCOMPARE(vaultStatus(w), QStringLiteral("Vault: not created yet"));
        QCOMPARE(backend->text(), QStringLiteral("Passphrase vault (AES-256-GCM)"));
        QVERIFY(!answer.has_value());
        QTest::keyClick(dialog, Qt::Key_Escape);
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!*answer);
    }

    void settingsShowsTheStoresStatus() {
        fd::test::GuiFixture f;
        const auto window = openWindow(f, Backend::Vault, Start::LockedWithSecrets);
        QVERIFY(window);
        MainWindow& w = *window;
        w.showPage(fd::widgets::SettingsPage::id());
        auto* count = w.findChild<QLabel*>(QStringLiteral("secretCountLabel"));
        auto* keychain = w.findChild<QLabel*>(QStringLiteral("keychainStateLabel"));
        QVERIFY(count && keychain);
        QTRY_COMPARE(count->text(), QStringLiteral("2 secrets"));
        QCOMPARE(keychain->text(), QStringLiteral("Not available"));
    }

    void keychainNeedsNoPassphrase() {
        fd::test::GuiFixture f;
        const auto window = openWindow(f, Backend::Keychain);
        QVERIFY(window);
        MainWindow& w = *window;
        QCOMPARE(f.vault->state(), VaultGate::State::Keychain);
        QCOMPARE(vaultStatus(w), QStringLiteral("Secrets: OS keychain"));
        std::optional<bool> answer;
        f.vault->requestUnlocked(&w, &w, [&](bool ok) { answer = ok; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(*answer);
        QVERIFY(f.vault->pendingDialog() == nullptr);

        w.showPage(fd::widgets::SettingsPage::id());
        auto* backend = w.findChild<QLabel*>(QStringLiteral("secretBackendLabel"));
        QTRY_VERIFY(backend && backend->isVisible());
        QCOMPARE(backend->text(), QStringLiteral("OS keychain"));
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("lockVaultButton"))->isVisible());
    }

    void noSecretStoreAnswersNo() {
        fd::test::GuiFixture f;
        QVERIFY(f.openStore());
        VaultGate gate(nullptr);
        f.services.vault = &gate;
        MainWindow w(f.services);
        QCOMPARE(vaultStatus(w), QStringLiteral("Secrets: unavailable"));
        std::optional<bool> answer;
        gate.requestUnlocked(&w, &w, [&](bool ok) { answer = ok; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!*answer);
    }
};

QTEST_MAIN(TestVault)
#include "tst_vault.moc"
