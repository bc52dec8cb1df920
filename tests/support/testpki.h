#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace fd::test {

// A throw-away PKI made with the openssl command line in a temporary directory, fresh per run:
//   ca / server (localhost, 127.0.0.1) / wrongname (wrong.fleetdeck.test only) /
//   selfsigned (localhost, 127.0.0.1) / clientca / client (signed by clientca) /
//   client-expired (clientca, validity in 2020) / client-foreign (signed by ca, not clientca).
// Every name has <name>.pem and <name>.key.
class TestPki final {
public:
    TestPki() = default;
    bool generate(QString* error);
    // A chain in the same directory (after generate()): chain-root → chain-intermediate (CA) →
    //   chain-leaf (localhost, 127.0.0.1) / chain-leaf2 (same names, another key) /
    //   chain-wrongname (wrong.fleetdeck.test only);
    // <leaf>-chain.pem holds the leaf and the intermediate, as a server sends them.
    bool generateChain(QString* error);

    QString path(const QString& file) const { return m_dir.filePath(file); }
    QByteArray read(const QString& file) const;
    QByteArray cert(const QString& name) const { return read(name + QStringLiteral(".pem")); }
    QByteArray key(const QString& name) const { return read(name + QStringLiteral(".key")); }
    // `openssl x509 -fingerprint -sha256` of <name>.pem, as "AB:CD:…".
    QString sha256Fingerprint(const QString& name) const;

private:
    bool openssl(const QStringList& args, QString* error) const;
    bool issue(const QString& name, const QString& issuer, const QString& subjectAltName,
               QString* error, bool ca = false) const;

    QTemporaryDir m_dir;
};

} // namespace fd::test
