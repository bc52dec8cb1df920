// `fleetdeck-cli vault status|check`: which secret backend is in use and whether a passphrase
// opens the vault.
#include "commandregistry.h"
#include "storeaccess.h"

#include "secrets/secretstore.h"
#include "secrets/vaultcrypto.h"
#include "store/store.h"

#include <QJsonObject>

namespace fd::cli {
namespace {

QString usageText() {
    return CliText::tr(
        "Usage: fleetdeck-cli vault status [--json]\n"
        "       fleetdeck-cli vault check [--json]\n\n"
        "status  shows where new secrets go (OS keychain or the passphrase vault), whether the\n"
        "        keychain answers, whether the vault exists and whether it is unlocked (a\n"
        "        passphrase given by $FLEETDECK_PASSPHRASE or --passphrase-stdin is tried; status\n"
        "        never prompts).\n"
        "check   unlocks the vault with the passphrase ($FLEETDECK_PASSPHRASE, "
        "--passphrase-stdin,\n"
        "        or a prompt when stdin is a terminal); creates the vault if there is none yet.\n"
        "        Exit status 0 when the passphrase opens it, 1 when not.\n"
        "Set FLEETDECK_SECRET_BACKEND=vault|keychain to force a backend.");
}

int status(Context& ctx, fd::secrets::SecretStore& secrets) {
    QString passphraseState = QStringLiteral("not given");
    if (secrets.vaultExists()) {
        if (auto passphrase = readPassphrase(ctx, /*mayPrompt=*/false)) {
            const fd::Status st = secrets.unlock(*passphrase);
            fd::secrets::crypto::wipe(*passphrase);
            passphraseState =
                st ? QStringLiteral("accepted")
                   : (st.error().kind == fd::ErrorKind::WrongPassphrase ? QStringLiteral("wrong")
                                                                        : st.error().message);
        }
    }
    auto s = secrets.status();
    if (!s) {
        ctx.err << "fleetdeck-cli: " << s.error().message << '\n';
        return ExitFailure;
    }
    const QString backend = fd::secrets::backendName(s->backend);
    const QString vaultState = !s->vaultCreated ? QStringLiteral("not created")
                               : s->unlocked && passphraseState == QLatin1String("accepted")
                                   ? QStringLiteral("unlocked")
                                   : QStringLiteral("locked");
    if (ctx.global.json) {
        QJsonObject o{{QStringLiteral("backend"), backend},
                      {QStringLiteral("backendChosenBy"), s->backendReason},
                      {QStringLiteral("keychainAvailable"), s->keychainAvailable},
                      {QStringLiteral("vaultCreated"), s->vaultCreated},
                      {QStringLiteral("vault"), vaultState},
                      {QStringLiteral("passphrase"), passphraseState},
                      {QStringLiteral("secrets"), s->secretCount}};
        if (s->vaultCreated) {
            o.insert(QStringLiteral("vaultCreatedAt"),
                     s->vaultCreatedAt.toString(Qt::ISODateWithMs));
            o.insert(QStringLiteral("kdf"),
                     QJsonObject{{QStringLiteral("name"), QStringLiteral("scrypt")},
                                 {QStringLiteral("N"), qint64(s->kdfN)},
                                 {QStringLiteral("r"), qint64(s->kdfR)},
                                 {QStringLiteral("p"), qint64(s->kdfP)}});
        }
        ctx.printJson(o);
        return ExitOk;
    }
    // The text form says the states in the user's language; the JSON above keeps the English
    // values scripts match on.
    const QString vaultText = !s->vaultCreated                          ? CliText::tr("not created")
                              : vaultState == QLatin1String("unlocked") ? CliText::tr("unlocked")
                                                                        : CliText::tr("locked");
    ctx.out
        << CliText::tr("Backend for new secrets: %1 (chosen by %2)").arg(backend, s->backendReason)
        << '\n'
        << CliText::tr("OS keychain:             %1")
               .arg(s->keychainAvailable ? CliText::tr("available") : CliText::tr("not available"))
        << '\n'
        << CliText::tr("Vault:                   %1").arg(vaultText);
    if (s->vaultCreated)
        ctx.out << CliText::tr(", created %1, scrypt N=%2 r=%3 p=%4")
                       .arg(s->vaultCreatedAt.toString(Qt::ISODate), QString::number(s->kdfN),
                            QString::number(s->kdfR), QString::number(s->kdfP));
    ctx.out << '\n';
    if (passphraseState == QLatin1String("wrong"))
        ctx.out
            << CliText::tr("Passphrase:              %1").arg(fd::secrets::wrongPassphraseMessage())
            << '\n';
    ctx.out << CliText::tr("Stored secrets:          %1").arg(s->secretCount) << '\n';
    ctx.out.flush();
    return ExitOk;
}

int check(Context& ctx, fd::secrets::SecretStore& secrets) {
    const bool existed = secrets.vaultExists();
    if (!unlockSecrets(ctx, secrets))
        return ExitFailure;
    const QString message = existed ? CliText::tr("The passphrase opens the vault.")
                                    : CliText::tr("Created the vault; this passphrase opens it.");
    if (ctx.global.json)
        ctx.printJson(QJsonObject{{QStringLiteral("ok"), true},
                                  {QStringLiteral("created"), !existed},
                                  {QStringLiteral("message"), message}});
    else
        ctx.out << message << '\n';
    ctx.out.flush();
    return ExitOk;
}

int run(Context& ctx, const QStringList& args) {
    auto parsed = parseArgs(ctx, args, {}, usageText());
    if (!parsed)
        return ExitUsage;
    const QString sub = parsed->positional.size() == 1 ? parsed->positional.first() : QString();
    if (sub != QLatin1String("status") && sub != QLatin1String("check")) {
        ctx.err << "fleetdeck-cli: " << CliText::tr("vault: expected status or check") << "\n\n"
                << usageText() << '\n';
        return ExitUsage;
    }
    auto store = openStore(ctx);
    if (!store)
        return ExitFailure;
    auto secrets = openSecrets(ctx, *store);
    if (!secrets)
        return ExitFailure;
    return sub == QLatin1String("status") ? status(ctx, *secrets) : check(ctx, *secrets);
}

static CommandRegistration reg{
    {QStringLiteral("vault"),
     QT_TRANSLATE_NOOP("fd::cli", "Show the secret backend or check the passphrase"), usageText,
     run}};

} // namespace
} // namespace fd::cli
