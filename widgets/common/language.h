#pragma once

#include <QObject>
#include <QString>

class QSettings;
class QTranslator;

namespace fd::widgets {

// Which translation the UI uses. "system" follows QLocale::system(); the choice is persisted
// in settings.ini under ui/language and applied immediately: installing or removing the
// translators makes Qt send QEvent::LanguageChange to every widget, and each page re-applies
// its texts.
class LanguageManager final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    enum class Choice { System, English, Korean };

    explicit LanguageManager(QSettings* settings, QObject* parent = nullptr);
    ~LanguageManager() override;

    Choice choice() const { return m_choice; }
    // The language actually shown ("en" or "ko") after resolving System.
    QString effectiveLanguage() const;
    // Applies the stored choice; called once at start-up.
    void applyStored();
    void setChoice(Choice choice);

    static QString choiceKey(Choice choice);
    static Choice choiceFromKey(const QString& key);

Q_SIGNALS:
    void choiceChanged(fd::widgets::LanguageManager::Choice choice);

private:
    void apply();
    void removeTranslators();

    QSettings* m_settings;
    Choice m_choice = Choice::System;
    QTranslator* m_appTranslator = nullptr;
    QTranslator* m_qtTranslator = nullptr;
};

} // namespace fd::widgets
