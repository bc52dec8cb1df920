#include "language.h"

#include "common/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcLanguage, "fd.widgets.language")

namespace fd::widgets {

namespace {
const QString SettingsKey = QStringLiteral("ui/language");
} // namespace

LanguageManager::LanguageManager(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings) {}

LanguageManager::~LanguageManager() {
    removeTranslators();
}

QString LanguageManager::choiceKey(Choice choice) {
    switch (choice) {
    case Choice::English:
        return QStringLiteral("en");
    case Choice::Korean:
        return QStringLiteral("ko");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

LanguageManager::Choice LanguageManager::choiceFromKey(const QString& key) {
    if (key == QLatin1String("en"))
        return Choice::English;
    if (key == QLatin1String("ko"))
        return Choice::Korean;
    return Choice::System;
}

QString LanguageManager::effectiveLanguage() const {
    if (m_choice != Choice::System)
        return choiceKey(m_choice);
    return fd::systemLanguage();
}

void LanguageManager::applyStored() {
    m_choice =
        m_settings ? choiceFromKey(m_settings->value(SettingsKey).toString()) : Choice::System;
    apply();
}

void LanguageManager::setChoice(Choice choice) {
    if (choice == m_choice)
        return;
    m_choice = choice;
    if (m_settings)
        m_settings->setValue(SettingsKey, choiceKey(choice));
    apply();
    Q_EMIT choiceChanged(choice);
}

void LanguageManager::removeTranslators() {
    for (QTranslator** t : {&m_appTranslator, &m_qtTranslator}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}

void LanguageManager::apply() {
    removeTranslators();
    const QString lang = effectiveLanguage();
    // Dates and numbers follow the language: the system's own formats when they are in that
    // language, otherwise the language's usual ones ("2026. 11. 23. 오후 1:27" in Korean).
    const QLocale system = QLocale::system();
    const QLocale::Language wanted =
        lang == QLatin1String("ko") ? QLocale::Korean : QLocale::English;
    QLocale::setDefault(system.language() == wanted ? system
                        : wanted == QLocale::Korean
                            ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                            : QLocale(QLocale::English, QLocale::UnitedStates));
    // English loads a translator too: fleetdeck_en holds the plural forms of the %n messages.
    m_appTranslator = fd::appTranslator(lang).release();
    if (m_appTranslator)
        QCoreApplication::installTranslator(m_appTranslator);
    else
        qCWarning(lcLanguage) << "no embedded translation for" << lang;
    if (lang == QLatin1String("en")) {
        // Qt's own strings are English already. Installing a translator sent LanguageChange;
        // without one, send it anyway so a first apply and a switch behave the same.
        if (!m_appTranslator) {
            QEvent change(QEvent::LanguageChange);
            QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
        }
        return;
    }
    // Qt's own strings (standard buttons, file dialogs) come from qt6-translations-l10n when it
    // is installed; without it those few strings stay English.
    m_qtTranslator = new QTranslator;
    if (m_qtTranslator->load(QStringLiteral("qtbase_") + lang,
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(m_qtTranslator);
    } else {
        delete m_qtTranslator;
        m_qtTranslator = nullptr;
    }
}

} // namespace fd::widgets
