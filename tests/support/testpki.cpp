#include "testpki.h"

#include <QFile>
#include <QProcess>

namespace fd::test {

QByteArray TestPki::read(const QString& file) const {
    QFile f(path(file));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool TestPki::openssl(const QStringList& args, QString* error) const {
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("openssl ") + args.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                 QString::fromLocal8Bit(p.readAllStandardError());
        return false;
    }
    return true;
}

static QStringList ecKey(const QString& keyFile) {
    return {QStringLiteral("-newkey"),
            QStringLiteral("ec"),
            QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"),
            QStringLiteral("-nodes"),
            QStringLiteral("-keyout"),
            keyFile};
}

bool TestPki::issue(const QString& name, const QString& issuer, const QString& san, QString* error,
                    bool ca) const {
    const QString ext = name + QStringLiteral(".ext");
    QFile f(path(ext));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray text;
    if (ca)
        text = "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n";
    else if (san.isEmpty())
        text = "basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n";
    else
        text = "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\nsubjectAltName=" +
               san.toUtf8() + '\n';
    f.write(text);
    f.close();
    return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} +
                       ecKey(name + QStringLiteral(".key")) +
                       QStringList{QStringLiteral("-subj"), QStringLiteral("/CN=") + name,
                                   QStringLiteral("-out"), name + QStringLiteral(".csr")},
                   error) &&
           openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    name + QStringLiteral(".csr"), QStringLiteral("-CA"),
                    issuer + QStringLiteral(".pem"), QStringLiteral("-CAkey"),
                    issuer + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-sha256"),
                    QStringLiteral("-extfile"), ext, QStringLiteral("-out"),
                    name + QStringLiteral(".pem")},
                   error);
}

bool TestPki::generate(QString* error) {
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    auto makeCa = [&](const QString& name) {
        return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} +
                           ecKey(name + QStringLiteral(".key")) +
                           QStringList{QStringLiteral("-subj"),
                                       QStringLiteral("/CN=Fleetdeck test ") + name,
                                       QStringLiteral("-days"), QStringLiteral("2"),
                                       QStringLiteral("-out"), name + QStringLiteral(".pem")},
                       error);
    };
    const QString local = QStringLiteral("DNS:localhost,IP:127.0.0.1");
    if (!makeCa(QStringLiteral("ca")) || !makeCa(QStringLiteral("clientca")) ||
        !issue(QStringLiteral("server"), QStringLiteral("ca"), local, error) ||
        !issue(QStringLiteral("wrongname"), QStringLiteral("ca"),
               QStringLiteral("DNS:wrong.fleetdeck.test"), error) ||
        !issue(QStringLiteral("client"), QStringLiteral("clientca"), {}, error) ||
        !issue(QStringLiteral("client-foreign"), QStringLiteral("ca"), {}, error))
        return false;
    // Self-signed leaf for the unknown-CA case without any chain.
    QFile ss(path(QStringLiteral("selfsigned.ext")));
    if (!ss.open(QIODevice::WriteOnly))
        return false;
    ss.write("[req]\ndistinguished_name=dn\n[dn]\n[ext]\nbasicConstraints=CA:FALSE\n"
             "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    ss.close();
    if (!openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} +
                     ecKey(QStringLiteral("selfsigned.key")) +
                     QStringList{QStringLiteral("-subj"), QStringLiteral("/CN=selfsigned"),
                                 QStringLiteral("-config"), QStringLiteral("selfsigned.ext"),
                                 QStringLiteral("-extensions"), QStringLiteral("ext"),
                                 QStringLiteral("-days"), QStringLiteral("2"),
                                 QStringLiteral("-out"), QStringLiteral("selfsigned.pem")},
                 error))
        return false;
    // An expired client certificate needs explicit dates, which only `openssl ca` offers.
    QFile cnf(path(QStringLiteral("ca.cnf")));
    if (!cnf.open(QIODevice::WriteOnly))
        return false;
    cnf.write("[ca]\ndefault_ca=test\n[test]\ndatabase=index.txt\nnew_certs_dir=.\n"
              "serial=serial.txt\ndefault_md=sha256\npolicy=any\nunique_subject=no\n"
              "[any]\ncommonName=supplied\n[ext]\nbasicConstraints=CA:FALSE\n"
              "extendedKeyUsage=clientAuth\n");
    cnf.close();
    QFile(path(QStringLiteral("index.txt"))).open(QIODevice::WriteOnly);
    QFile serial(path(QStringLiteral("serial.txt")));
    if (!serial.open(QIODevice::WriteOnly))
        return false;
    serial.write("1000\n");
    serial.close();
    return openssl(QStringList{QStringLiteral("req"), QStringLiteral("-new")} +
                       ecKey(QStringLiteral("client-expired.key")) +
                       QStringList{QStringLiteral("-subj"), QStringLiteral("/CN=client-expired"),
                                   QStringLiteral("-out"), QStringLiteral("client-expired.csr")},
                   error) &&
           openssl({QStringLiteral("ca"), QStringLiteral("-batch"), QStringLiteral("-config"),
                    QStringLiteral("ca.cnf"), QStringLiteral("-extensions"), QStringLiteral("ext"),
                    QStringLiteral("-cert"), QStringLiteral("clientca.pem"),
                    QStringLiteral("-keyfile"), QStringLiteral("clientca.key"),
                    QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"),
                    QStringLiteral("-enddate"), QStringLiteral("20200102000000Z"),
                    QStringLiteral("-notext"), QStringLiteral("-in"),
                    QStringLiteral("client-expired.csr"), QStringLiteral("-out"),
                    QStringLiteral("client-expired.pem")},
                   error);
}

bool TestPki::generateChain(QString* error) {
    const QString local = QStringLiteral("DNS:localhost,IP:127.0.0.1");
    const bool made =
        openssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} +
                    ecKey(QStringLiteral("chain-root.key")) +
                    QStringList{QStringLiteral("-subj"), QStringLiteral("/CN=Fleetdeck test root"),
                                QStringLiteral("-days"), QStringLiteral("2"),
                                QStringLiteral("-out"), QStringLiteral("chain-root.pem")},
                error) &&
        issue(QStringLiteral("chain-intermediate"), QStringLiteral("chain-root"), {}, error,
              true) &&
        issue(QStringLiteral("chain-leaf"), QStringLiteral("chain-intermediate"), local, error) &&
        issue(QStringLiteral("chain-leaf2"), QStringLiteral("chain-intermediate"), local, error) &&
        issue(QStringLiteral("chain-wrongname"), QStringLiteral("chain-intermediate"),
              QStringLiteral("DNS:wrong.fleetdeck.test"), error);
    if (!made)
        return false;
    const QByteArray intermediate = cert(QStringLiteral("chain-intermediate"));
    for (const QString& leaf : {QStringLiteral("chain-leaf"), QStringLiteral("chain-leaf2"),
                                QStringLiteral("chain-wrongname")}) {
        QFile f(path(leaf + QStringLiteral("-chain.pem")));
        if (!f.open(QIODevice::WriteOnly) || f.write(cert(leaf) + intermediate) < 0) {
            *error = QStringLiteral("cannot write ") + f.fileName();
            return false;
        }
    }
    return true;
}

QString TestPki::sha256Fingerprint(const QString& name) const {
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("x509"), QStringLiteral("-in"), path(name + QStringLiteral(".pem")),
             QStringLiteral("-noout"), QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    p.waitForFinished(10000);
    const QString out = QString::fromLatin1(p.readAllStandardOutput()).trimmed();
    const qsizetype eq = out.indexOf(QLatin1Char('='));
    return eq < 0 ? QString() : out.mid(eq + 1);
}

} // namespace fd::test
