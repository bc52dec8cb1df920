#pragma once

#include <QString>
#include <QStringList>

namespace fd::kube {

// The one redactor for command lines that may carry credentials (exec credential plugins).
// Everything Fleetdeck shows, stores or prints of such a command line goes through it; the full
// arguments live only in memory and in the vault.
//
// Replaced by "<redacted>":
// - the value of a secret-looking flag: "--client-secret=x", "--client-secret x" and
//   "--password -x" (a value may start with '-'; only a following long option such as
//   "--next" is taken as the next flag), and "NAME=value" where NAME looks secret
//   ("AWS_SECRET_ACCESS_KEY=…");
// - any argument or flag value that looks like a token by itself, wherever it stands: a JWT
//   ("eyJ…"), an AWS access key id (AKIA…/ASIA…), a Kubernetes bootstrap token, a GitHub or
//   Slack token, and any long high-entropy string that is not a path or URL.
QStringList redactArgs(const QStringList& args);

// Whether a flag or variable name names a secret ("--client-secret", "AWS_SECRET_ACCESS_KEY",
// "--token"); names of files, paths, directories and URLs holding one are not secrets.
bool isSecretName(const QString& name);

// Whether one value looks like a credential on its own (see redactArgs()).
bool looksLikeSecretValue(const QString& value);

// What a redacted value is replaced with.
QString redactedMarker();

} // namespace fd::kube
