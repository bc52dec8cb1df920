#pragma once

// Helpers shared by the cluster GUI tests and their screenshots: multi-context kubeconfigs for
// the test API server, and importing one through the real import dialog.

#include "clusters/importdialog.h"

#include <QFileDevice>
#include <QList>
#include <QSaveFile>
#include <QSignalSpy>
#include <QString>

namespace fd::test {

struct KubeContextSpec {
    QString name;
    QString server;
    QByteArray caPem; // empty: no CA in the kubeconfig (the system store is used)
    QString token;
};

// A kubeconfig with several contexts, as a user's ~/.kube/config has them (0600).
inline bool writeKubeconfig(const QString& path, const QList<KubeContextSpec>& contexts,
                            const QString& current) {
    QString clusters, users, ctxs;
    for (const KubeContextSpec& c : contexts) {
        clusters +=
            QStringLiteral("- name: %1\n  cluster:\n    server: %2\n").arg(c.name, c.server);
        if (!c.caPem.isEmpty())
            clusters += QStringLiteral("    certificate-authority-data: %1\n")
                            .arg(QString::fromLatin1(c.caPem.toBase64()));
        users += QStringLiteral("- name: %1-user\n  user:\n    token: %2\n").arg(c.name, c.token);
        ctxs += QStringLiteral("- name: %1\n  context:\n    cluster: %1\n    user: %1-user\n"
                               "    namespace: default\n")
                    .arg(c.name);
    }
    const QString text = QStringLiteral("apiVersion: v1\nkind: Config\nclusters:\n") + clusters +
                         QStringLiteral("users:\n") + users + QStringLiteral("contexts:\n") + ctxs +
                         QStringLiteral("current-context: ") + current + QLatin1Char('\n');
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(text.toUtf8());
    return f.commit();
}

// Imports the ticked (current) context of `file` through the dialog, untested, as a user who
// just saves.
inline QList<qint64> importFile(fd::registry::ClusterRegistry* registry, const QString& file) {
    fd::widgets::ImportDialog dialog(registry);
    QSignalSpy loaded(&dialog, &fd::widgets::ImportDialog::loaded);
    dialog.loadFiles({file});
    if (!loaded.wait())
        return {};
    QSignalSpy imported(&dialog, &fd::widgets::ImportDialog::imported);
    dialog.save();
    if (!imported.wait(10000))
        return {};
    return imported.first().first().value<QList<qint64>>();
}

} // namespace fd::test
