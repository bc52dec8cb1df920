// The C++ fixture for the test Kubernetes API server: start/stop, credentials, kubeconfigs that a
// real kubectl accepts, knobs and scale.
#include "kubetestserver.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using fd::test::KubeTestServer;

class TestKubeTestServer final : public QObject {
    Q_OBJECT

private:
    KubeTestServer m_kube;
    QTemporaryDir m_tmp;

    QString m_kubectl;
    QString m_noKubectl; // why there is none (a test that needs it fails with this)

    struct Run {
        int exitCode;
        QString out;
        QString err;
    };
    Run runKubectl(const QString& kubeconfig, const QStringList& args) const {
        QProcess p;
        p.start(m_kubectl, QStringList{QStringLiteral("--kubeconfig"), kubeconfig} + args);
        if (!p.waitForFinished(60000))
            return {-1, {}, QStringLiteral("timed out")};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(m_kube.start(), qPrintable(m_kube.errorString()));
        QVERIFY(m_kube.isRunning());
        m_kubectl = fd::test::findKubectl(&m_noKubectl);
    }

    void cleanupTestCase() {
        m_kube.stop();
        QVERIFY(!m_kube.isRunning());
    }

    void credentialsArePresent() {
        QVERIFY(m_kube.url().startsWith(QStringLiteral("https://127.0.0.1:")));
        QCOMPARE(m_kube.url(QStringLiteral("c1")), m_kube.url() + QStringLiteral("/clusters/c1"));
        QVERIFY(m_kube.caPem().startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(m_kube.clientCertPem().startsWith("-----BEGIN CERTIFICATE-----"));
        QVERIFY(m_kube.clientKeyPem(QStringLiteral("viewer")).contains("PRIVATE KEY"));
        QVERIFY(!m_kube.token(QStringLiteral("admin")).isEmpty());
        QVERIFY(m_kube.token(QStringLiteral("admin")) != m_kube.token(QStringLiteral("viewer")));
        QVERIFY(!m_kube.basicPassword().isEmpty());
        // Private keys of the run are owner-only.
        const QString key = m_kube.workDir() + QStringLiteral("/client-cert-admin.key");
        QCOMPARE(QFile::permissions(key) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void kubectlAcceptsEveryAuthKind_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("user");
        QTest::newRow("token") << int(KubeTestServer::AuthKind::Token) << QStringLiteral("admin");
        QTest::newRow("clientCert")
            << int(KubeTestServer::AuthKind::ClientCert) << QStringLiteral("admin");
        QTest::newRow("basic") << int(KubeTestServer::AuthKind::Basic)
                               << QStringLiteral("basic-user");
    }

    void kubectlAcceptsEveryAuthKind() {
        QVERIFY2(!m_kubectl.isEmpty(), qPrintable(m_noKubectl));
        QFETCH(int, kind);
        QFETCH(QString, user);
        const QString path = m_tmp.filePath(QStringLiteral("kc-%1").arg(kind));
        QVERIFY(m_kube.writeKubeconfig(path, user, KubeTestServer::AuthKind(kind),
                                       QStringLiteral("vc-%1").arg(kind)));
        const Run r = runKubectl(path, {QStringLiteral("get"), QStringLiteral("nodes"),
                                        QStringLiteral("-o"), QStringLiteral("name")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("node/gpu-h100-0")), qPrintable(r.out));
    }

    void viewerIsForbiddenToCreate() {
        QVERIFY2(!m_kubectl.isEmpty(), qPrintable(m_noKubectl));
        const QString path = m_tmp.filePath(QStringLiteral("kc-viewer"));
        QVERIFY(m_kube.writeKubeconfig(path, QStringLiteral("viewer"),
                                       KubeTestServer::AuthKind::ClientCert));
        const Run r = runKubectl(
            path, {QStringLiteral("create"), QStringLiteral("namespace"), QStringLiteral("nope")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("namespaces is forbidden: User \"viewer\" cannot "
                                               "create resource \"namespaces\"")),
                 qPrintable(r.err));
    }

    void knobsInjectFailures() {
        QVERIFY2(!m_kubectl.isEmpty(), qPrintable(m_noKubectl));
        const QString vc = QStringLiteral("knobbed");
        const QString path = m_tmp.filePath(QStringLiteral("kc-knobs"));
        QVERIFY(m_kube.writeKubeconfig(path, QStringLiteral("admin"),
                                       KubeTestServer::AuthKind::Token, vc));
        QJsonObject rule{{QStringLiteral("path"), QStringLiteral("^/api/v1/namespaces$")},
                         {QStringLiteral("status"), 500},
                         {QStringLiteral("count"), 1}};
        QVERIFY2(m_kube.setKnobs({{QStringLiteral("fail"), QJsonArray{rule}}}, vc),
                 qPrintable(m_kube.errorString()));
        Run r = runKubectl(path, {QStringLiteral("get"), QStringLiteral("namespaces")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("Error from server (InternalError): Internal error "
                                               "occurred: injected failure")),
                 qPrintable(r.err));
        r = runKubectl(path, {QStringLiteral("get"), QStringLiteral("namespaces")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err)); // count 1: only the first request failed
    }

    void scaleChangesNodeCount() {
        QVERIFY2(m_kube.scale(250, 10, QStringLiteral("scaled")), qPrintable(m_kube.errorString()));
        const QJsonObject stats =
            m_kube.fixture(QStringLiteral("scale"), {}, QStringLiteral("scaled"));
        QCOMPARE(stats.value(QStringLiteral("nodes")).toInt(), 250 + 6); // + the seeded nodes
    }
};

QTEST_GUILESS_MAIN(TestKubeTestServer)
#include "tst_kubetestserver.moc"
