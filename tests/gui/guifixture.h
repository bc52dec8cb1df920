#pragma once

// Shared set-up for the GUI tests: a temporary data directory with its own settings.ini, the
// application theme and a LanguageManager, wired into AppServices exactly as main() does.

#include "common/appservices.h"
#include "common/language.h"
#include "secrets/secretstore.h"
#include "shell/theme.h"
#include "store/store.h"
#include "vault/vaultgate.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace fd::test {

struct GuiFixture {
    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<fd::widgets::LanguageManager> language;
    std::unique_ptr<fd::store::Store> store;
    std::unique_ptr<fd::secrets::SecretStore> secrets;
    std::unique_ptr<fd::widgets::VaultGate> vault;
    fd::widgets::AppServices services;

    GuiFixture() { reopen(); }

    // Drops and re-reads settings.ini, as a restart of the application would.
    void reopen() {
        language.reset();
        settings.reset();
        settings = std::make_unique<QSettings>(dir.filePath(QStringLiteral("settings.ini")),
                                               QSettings::IniFormat);
        language = std::make_unique<fd::widgets::LanguageManager>(settings.get());
        language->applyStored();
        services.dataDir = dir.path();
        services.settings = settings.get();
        services.language = language.get();
    }

    // Opens the real SQLite store in the temporary data directory; false (with a test failure
    // message from the caller) if that fails.
    bool openStore() {
        auto opened = fd::store::Store::open(dir.path());
        if (!opened)
            return false;
        store = std::move(opened).value();
        services.store = store.get();
        return true;
    }

    // Opens the real SecretStore over the store with the given backend and a VaultGate over
    // it, as main() does; call after openStore().
    // With chooseInBackground (as main() opens it) the backend is settled on the secrets thread
    // and the gate starts in State::Checking.
    bool openSecrets(fd::secrets::Backend backend, bool chooseInBackground = false) {
        vault.reset();
        secrets.reset();
        fd::secrets::SecretStore::Options options;
        options.forcedBackend = backend;
        options.chooseInBackground = chooseInBackground;
        auto opened = fd::secrets::SecretStore::open(*store, options);
        if (!opened)
            return false;
        secrets = std::move(opened).value();
        return resetGate();
    }

    // A fresh gate, as after a restart of the UI with the same SecretStore.
    bool resetGate() {
        vault = std::make_unique<fd::widgets::VaultGate>(secrets.get());
        services.secrets = secrets.get();
        services.vault = vault.get();
        return true;
    }

    ~GuiFixture() {
        // The gate and secrets use the store; drop them first.
        vault.reset();
        secrets.reset();
    }
};

inline void applyTestTheme() {
    fd::widgets::applyTheme(*qApp);
}

} // namespace fd::test
