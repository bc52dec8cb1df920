#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleFactory>

namespace fd::widgets {

namespace {

// Colours: a calm blue accent on neutral greys; the navigation is a slightly darker column.
const char* const StyleSheet = R"(
QWidget#navigationPanel { background: #eef1f5; border-right: 1px solid #dde2ea; }
QLabel#brand { font-size: 16px; font-weight: 600; color: #1f2d3d; padding: 4px 4px; }
QListWidget#navigation { background: transparent; border: none; outline: 0; }
QListWidget#navigation::item { padding: 8px 10px; margin: 1px 0; border-radius: 6px; color: #2c3a4b; }
QListWidget#navigation::item:hover { background: #e2e8f0; }
QListWidget#navigation::item:selected { background: #d6e4f7; color: #17427a; }
QLabel#pageTitle { font-size: 20px; font-weight: 600; color: #1f2d3d; }
QWidget#pageHeader { border-bottom: 1px solid #e3e7ed; background: #ffffff; }
QLabel#emptyStateTitle { font-size: 18px; font-weight: 600; color: #1f2d3d; }
QLabel#emptyStateDescription { font-size: 13px; color: #5a6777; }
QLabel#emptyStateNote, QLabel#hint { color: #7a8594; font-size: 12px; }
QPushButton { padding: 6px 14px; border-radius: 6px; border: 1px solid #c5ccd6; background: #ffffff; }
QPushButton:hover { background: #f3f6fa; }
QPushButton[primary="true"] { background: #2f5d9a; color: #ffffff; border: 1px solid #2f5d9a;
                              padding: 8px 20px; font-weight: 600; }
QPushButton[primary="true"]:hover { background: #284f84; }
QPushButton[primary="true"]:disabled { background: #b7c3d3; border-color: #b7c3d3; color: #f4f6f9; }
QGroupBox { font-weight: 600; border: 1px solid #dde2ea; border-radius: 8px; margin-top: 14px;
            background: #ffffff; }
QGroupBox::title { subcontrol-origin: margin; left: 12px; padding: 0 4px; color: #1f2d3d; }
QGroupBox QLabel { font-weight: normal; }
QStatusBar { background: #eef1f5; border-top: 1px solid #dde2ea; color: #4a5668; }
QStatusBar QLabel { padding: 0 8px; }
QTableView { border: 1px solid #dde2ea; gridline-color: #edf0f4; selection-background-color: #d6e4f7;
             selection-color: #17427a; alternate-background-color: #f8f9fb; }
QHeaderView::section { background: #f4f6f9; border: none; border-bottom: 1px solid #dde2ea;
                       padding: 6px 8px; font-weight: 600; color: #3a4656; }
QLineEdit { padding: 4px 6px; border: 1px solid #c5ccd6; border-radius: 5px; background: #ffffff; }
QLineEdit:focus { border-color: #2f5d9a; }
QComboBox, QSpinBox, QDateTimeEdit { min-height: 24px; }
QLabel#dialogHeading { font-size: 15px; font-weight: 600; color: #1f2d3d; }
QLabel#vaultMessage { color: #4a5668; }
QLabel#vaultMessage[problem="true"] { color: #b42318; font-weight: 600; }
QFrame[card="true"] { background: #ffffff; border: 1px solid #dde2ea; border-radius: 10px; }
QFrame[card="true"] QLabel { background: transparent; }
QLabel#cardTitle { font-size: 15px; font-weight: 600; color: #1f2d3d; }
QLabel#cardDescription { color: #5a6777; }
QLabel#defaultBadge, QLabel#onBadge, QLabel#offBadge, QLabel#syncBadge {
    border-radius: 9px; padding: 2px 9px; font-size: 11px; font-weight: 600; }
QLabel#defaultBadge { background: #e3edfb; color: #17427a; }
QLabel#onBadge { background: #e3f4ea; color: #1e6b3f; }
QLabel#offBadge { background: #eef1f5; color: #5a6777; }
QLabel#syncBadge { background: #eef1f5; color: #4a5668; }
QLabel#syncBadge[state="synced"] { background: #e3f4ea; color: #1e6b3f; }
QLabel#syncBadge[state="drifted"] { background: #fdf0d9; color: #8a5300; }
QLabel#syncBadge[state="failed"] { background: #fde4e1; color: #a3261a; }
QLabel#syncBadge[state="external"] { background: #ece8fb; color: #4b3a99; }
QFrame#zoneAFacts, QFrame#zoneBFacts { background: #f6f8fb; border: 1px solid #e6eaf0;
                                       border-radius: 6px; }
QFrame#zoneAFacts[zoneOn="false"] QLabel, QFrame#zoneBFacts[zoneOn="false"] QLabel { color: #9aa4b1; }
QLabel#zoneTitle { font-weight: 600; color: #2c3a4b; }
QLabel#fieldMessageText[severity="error"] { color: #b42318; }
QLabel#fieldMessageText[severity="warning"] { color: #8a5300; }
QLabel#fieldMessageText[severity="info"] { color: #1d5fa8; }
QPushButton[flat="true"] { border: none; background: transparent; color: #2f5d9a; padding: 4px 8px; }
QPushButton[flat="true"]:hover { background: #eef3fa; }
QPushButton[danger="true"] { color: #b42318; }
QWidget#cardGrid { background: #fafbfc; }
)";

// Fusion, with a few standard icons drawn from our own SVGs: the line edits' clear button
// (Fusion's fallback is a dated pixmap) and the tool/menu bar extension button.
class FleetdeckStyle final : public QProxyStyle {
public:
    FleetdeckStyle()
        : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option,
                       const QWidget* widget) const override {
        if (icon == SP_LineEditClearButton)
            return QIcon(QStringLiteral(":/icons/clear.svg"));
        // The menu bar asks for this in its constructor; Fusion's PNG would make the first
        // QImageReader scan the image-format plugins during start-up (~4 ms).
        if (icon == SP_ToolBarHorizontalExtensionButton ||
            icon == SP_ToolBarVerticalExtensionButton)
            return QIcon(QStringLiteral(":/icons/extension.svg"));
        return QProxyStyle::standardIcon(icon, option, widget);
    }
};

} // namespace

void applyTheme(QApplication& app) {
    // Icons come from our resources and Fusion's built-in pixmaps, never the desktop's icon
    // theme: the look stays the same everywhere, and the first theme lookup (the menu bar's
    // extension button, a line edit's clear button) no longer parses the system's icon theme
    // indexes during start-up.
    QIcon::setThemeSearchPaths({QStringLiteral(":/icons")});
    app.setStyle(new FleetdeckStyle);
    QPalette palette = app.style()->standardPalette();
    palette.setColor(QPalette::Window, QColor(0xfa, 0xfb, 0xfc));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x5d, 0x9a));
    app.setPalette(palette);
    app.setStyleSheet(QString::fromLatin1(StyleSheet));
}

} // namespace fd::widgets
