#pragma once

// Shared set-up for the GUI tests: a temporary data directory with its own settings.ini, the
// application theme and a LanguageManager, wired into AppServices exactly as main() does.

#include "common/appservices.h"
#include "common/language.h"
#include "shell/theme.h"
#include "store/store.h"

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
};

inline void applyTestTheme() {
    fd::widgets::applyTheme(*qApp);
}

} // namespace fd::test
