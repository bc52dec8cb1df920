#include "storeerrordialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace fd::widgets {

// A free function has no tr(); this gives its strings a context of their own.
class StoreErrorDialog final {
    Q_DECLARE_TR_FUNCTIONS(fd::widgets::StoreErrorDialog)
};

QMessageBox* createStoreErrorBox(const fd::Error& error, const QString& databasePath,
                                 QWidget* parent) {
    const QString path = QDir::toNativeSeparators(databasePath);
    QString what;
    QString next;
    switch (error.kind) {
    case ErrorKind::Corrupt:
        what = StoreErrorDialog::tr("The Fleetdeck database at %1 is damaged.").arg(path);
        next = StoreErrorDialog::tr(
            "Fleetdeck has not changed the file. Restore it from a backup, or move it aside "
            "to start with an empty database, then start Fleetdeck again.");
        break;
    case ErrorKind::Unsupported:
        what = StoreErrorDialog::tr(
                   "The Fleetdeck database at %1 was written by a newer version of Fleetdeck.")
                   .arg(path);
        next = StoreErrorDialog::tr(
            "Fleetdeck has not changed the file. Use that newer version, or start this one "
            "with another data directory (--data-dir).");
        break;
    default:
        what = StoreErrorDialog::tr("The Fleetdeck database at %1 could not be opened.").arg(path);
        next = StoreErrorDialog::tr(
            "Fleetdeck has not changed the file. Check that the folder exists and that you "
            "can write to it, then start Fleetdeck again.");
        break;
    }
    auto* box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("storeErrorBox"));
    box->setIcon(QMessageBox::Critical);
    box->setWindowTitle(StoreErrorDialog::tr("Fleetdeck cannot start"));
    box->setText(what);
    box->setInformativeText(next);
    QString details = error.message;
    if (!error.detail.isEmpty())
        details += QLatin1Char('\n') + error.detail;
    box->setDetailedText(details);
    box->setStandardButtons(QMessageBox::NoButton);
    QAbstractButton* quit = box->addButton(StoreErrorDialog::tr("Quit"), QMessageBox::RejectRole);
    box->setDefaultButton(qobject_cast<QPushButton*>(quit));
    box->setEscapeButton(quit);
    return box;
}

} // namespace fd::widgets
