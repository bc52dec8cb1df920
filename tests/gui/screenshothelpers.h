#pragma once

// What the two screenshot tests share: one row per language, the output folder in the build
// tree, and a grab taken once layouts have settled.

#include "common/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QPixmap>
#include <QTest>
#include <QWidget>

namespace fd::test {

// The data rows of a render() test: "en" and "ko" with their LanguageManager choice.
inline void addLanguageRows() {
    using fd::widgets::LanguageManager;
    QTest::addColumn<QString>("lang");
    QTest::addColumn<int>("choice");
    QTest::newRow("en") << QStringLiteral("en") << int(LanguageManager::Choice::English);
    QTest::newRow("ko") << QStringLiteral("ko") << int(LanguageManager::Choice::Korean);
}

// <build dir>/screenshots/<lang>, created.
inline QString screenshotDir(const QString& lang) {
    const QString dir =
        QStringLiteral(FLEETDECK_BINARY_DIR) + QStringLiteral("/screenshots/") + lang;
    QDir().mkpath(dir);
    return dir;
}

// Saves widget as a PNG at path. A widget built or retranslated just now lays itself out in
// posted events (word-wrapped labels settle their height only once their width is known), so
// those run first, as they would before the first paint on screen.
inline void saveScreenshot(QWidget* widget, const QString& path) {
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QCoreApplication::processEvents();
    }
    QTest::qWait(50);
    const QPixmap pixmap = widget->grab();
    QVERIFY2(!pixmap.isNull(), qPrintable(path));
    QVERIFY2(pixmap.save(path), qPrintable(path));
}

} // namespace fd::test
