// Renders every page and the About dialog in English and Korean at 1280x800 into
// <build>/screenshots/<lang>/<page>.png, for review and for the user guide. Fails when a page
// cannot be rendered or when Korean text would show as missing-glyph boxes.
#include "guifixture.h"
#include "screenshothelpers.h"

#include "audit/auditmodel.h"
#include "audit/auditpage.h"
#include "common/page.h"
#include "policy/policyservice.h"
#include "shell/aboutdialog.h"
#include "shell/mainwindow.h"
#include "vault/vaultgate.h"
#include "vault/vaultunlockdialog.h"

#include <QDir>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QtTest>

using fd::widgets::LanguageManager;
using fd::widgets::MainWindow;

class TestScreenshots final : public QObject {
    Q_OBJECT

private:
private Q_SLOTS:
    void initTestCase() { fd::test::applyTestTheme(); }

    void render_data() { fd::test::addLanguageRows(); }

    void render() {
        QFETCH(QString, lang);
        QFETCH(int, choice);
        fd::test::GuiFixture f;
        QVERIFY(f.openStore());
        QVERIFY(f.openSecrets(fd::secrets::Backend::Vault));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<fd::store::AuditEntry> entries = {
            {0, now.addSecs(-300), QStringLiteral("cluster.import"),
             QStringLiteral("seoul-dc1-gpu"), QStringLiteral("ok"),
             QStringLiteral("3 nodes, 24 × NVIDIA A100-SXM4-80GB")},
            {0, now.addSecs(-3600 * 5), QStringLiteral("karmada.join"),
             QStringLiteral("seoul-dc1-gpu"), QStringLiteral("failed"),
             QStringLiteral("403 Forbidden: cannot create clusterroles")},
            {0, now.addDays(-2), QStringLiteral("policy.create"), QStringLiteral("gpu-a100-auto"),
             QStringLiteral("ok"), QString()},
            {0, now.addDays(-9), QStringLiteral("cluster.remove"), QStringLiteral("hq-idc-cpu-02"),
             QStringLiteral("ok"), QString()},
        };
        for (const auto& e : entries)
            QVERIFY(f.store->appendAuditSync(e).ok());
        f.language->setChoice(static_cast<LanguageManager::Choice>(choice));
        QCOMPARE(f.language->effectiveLanguage(), lang);
        // As main() does: the policies over the same store (empty: the page's empty state).
        fd::policy::PolicyService policies(*f.store);
        QVERIFY(policies.loadNow().ok());
        f.services.policies = &policies;

        MainWindow w(f.services);
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        if (lang == QLatin1String("ko")) {
            // A font that can draw Hangul must be present, or every label would be tofu.
            const QString sample = w.navigation()->item(0)->text();
            QVERIFY(QFontMetrics(w.navigation()->font()).inFont(sample.at(0)));
        }

        const QString dir = fd::test::screenshotDir(lang);
        for (const QString& id : w.pageIds()) {
            w.showPage(id);
            QTRY_VERIFY(w.currentPage() && w.currentPage()->pageId() == id);
            if (auto* audit = qobject_cast<fd::widgets::AuditPage*>(w.currentPage()))
                QTRY_COMPARE(audit->model()->rowCount(), entries.size());
            fd::test::saveScreenshot(&w, dir + QLatin1Char('/') + id + QStringLiteral(".png"));
        }

        fd::widgets::AboutDialog about(&w);
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        fd::test::saveScreenshot(&about, dir + QStringLiteral("/about.png"));
        about.close();

        // The passphrase prompt on first use, with a mismatch explained, over the window.
        f.vault->requestUnlocked(&w, &w, [](bool) {});
        QTRY_VERIFY(f.vault->pendingDialog());
        fd::widgets::VaultUnlockDialog* dialog = f.vault->pendingDialog();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QTest::keyClicks(dialog->passphraseEdit(), QStringLiteral("correct horse battery"));
        QTest::keyClicks(dialog->confirmEdit(), QStringLiteral("correct horse"));
        QTest::keyClick(dialog->confirmEdit(), Qt::Key_Return);
        QVERIFY(!dialog->messageLabel()->text().isEmpty());
        fd::test::saveScreenshot(dialog, dir + QStringLiteral("/vault-create.png"));
        dialog->reject();
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
