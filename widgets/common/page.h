#pragma once

#include "appservices.h"

#include <QWidget>

namespace fd::widgets {

// Base of every page in the main window's navigation. A page knows its navigation title and
// icon and re-applies its texts when the language changes, so a language switch in Settings
// takes effect without a restart.
class Page : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    Page(const AppServices& services, QWidget* parent);

    // A stable id used for persisting the selected page and naming screenshots.
    virtual QString pageId() const = 0;
    virtual QString title() const = 0;
    virtual QString iconPath() const = 0;

Q_SIGNALS:
    void titleChanged();

protected:
    // Sets every user-visible text; called once by the subclass constructor and again on
    // QEvent::LanguageChange.
    virtual void retranslate() = 0;
    void changeEvent(QEvent* event) override;

    const AppServices& services() const { return m_services; }

private:
    AppServices m_services;
};

} // namespace fd::widgets
