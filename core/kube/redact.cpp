#include "kube/redact.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace fd::kube {

namespace {

const QString kRedacted = QStringLiteral("<redacted>");

// A long option standing where a value was expected is the next flag, not the value.
bool isLongOption(const QString& arg) {
    static const QRegularExpression option(QStringLiteral("^--[A-Za-z][A-Za-z0-9_.-]*(=.*)?$"));
    return option.match(arg).hasMatch();
}

double shannonBitsPerChar(const QString& text) {
    QHash<QChar, int> counts;
    for (const QChar c : text)
        ++counts[c];
    double bits = 0;
    const double n = double(text.size());
    for (const int count : std::as_const(counts)) {
        const double p = count / n;
        bits -= p * std::log2(p);
    }
    return bits;
}

// "name=value" where the name is a variable-like word (not a flag, not a URL or path).
bool splitAssignment(const QString& arg, QString* name, QString* value) {
    static const QRegularExpression assignment(QStringLiteral("^([A-Za-z_][A-Za-z0-9_.-]*)=(.*)$"));
    const auto m = assignment.match(arg);
    if (!m.hasMatch())
        return false;
    *name = m.captured(1);
    *value = m.captured(2);
    return true;
}

} // namespace

QString redactedMarker() {
    return kRedacted;
}

bool isSecretName(const QString& rawName) {
    QString name = rawName.toLower();
    while (name.startsWith(QLatin1Char('-')))
        name.remove(0, 1);
    name.replace(QLatin1Char('_'), QLatin1Char('-'));
    static const char* const kSecretWords[] = {
        "secret",     "password", "passwd",      "pwd",        "token",    "api-key",    "apikey",
        "access-key", "key-id",   "private-key", "credential", "auth-key", "session-key"};
    static const char* const kHarmlessSuffixes[] = {
        "-file", "-path", "-dir", "-url", "-endpoint", "-cache", "-cache-dir", "-env", "-name"};
    bool secret = false;
    for (const char* w : kSecretWords)
        secret = secret || name.contains(QLatin1String(w));
    // A bare "key" (--key, KEY=) is a secret too; "--key-file" is not (caught below).
    secret = secret || name == QLatin1String("key");
    if (!secret)
        return false;
    for (const char* s : kHarmlessSuffixes)
        if (name.endsWith(QLatin1String(s)))
            return false;
    return true;
}

bool looksLikeSecretValue(const QString& value) {
    static const QRegularExpression known(
        QStringLiteral("^(?:eyJ[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\." // JWT (header.payload.)
                       "|(?:AKIA|ASIA|AIDA|AROA)[0-9A-Z]{16}$"     // AWS access key id
                       "|[a-z0-9]{6}\\.[a-z0-9]{16}$"              // Kubernetes bootstrap token
                       "|gh[pousr]_[A-Za-z0-9]{20,}"               // GitHub tokens
                       "|github_pat_[A-Za-z0-9_]{20,}"             // GitHub fine-grained token
                       "|glpat-[A-Za-z0-9_-]{16,}"                 // GitLab token
                       "|xox[abprs]-[A-Za-z0-9-]{10,}"             // Slack token
                       "|sha256~[A-Za-z0-9_-]{20,}"                // OpenShift OAuth token
                       ")"));
    if (known.match(value).hasMatch())
        return true;
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{32,}$"));
    if (hex.match(value).hasMatch())
        return true;
    // Any other long run of token characters with upper case, lower case and digits and a high
    // entropy: base64 keys and opaque bearer tokens. Paths, URLs and host-like names do not
    // qualify (a path starts with / . or ~; a URL has "://"; names lack the mixed case).
    static const QRegularExpression tokenChars(QStringLiteral("^[A-Za-z0-9+/=_.~-]{24,}$"));
    if (!tokenChars.match(value).hasMatch() || value.startsWith(QLatin1Char('/')) ||
        value.startsWith(QLatin1Char('.')) || value.startsWith(QLatin1Char('~')))
        return false;
    bool upper = false, lower = false, digit = false;
    for (const QChar c : value) {
        upper = upper || c.isUpper();
        lower = lower || c.isLower();
        digit = digit || c.isDigit();
    }
    return upper && lower && digit && shannonBitsPerChar(value) >= 4.0;
}

QStringList redactArgs(const QStringList& args) {
    QStringList out;
    out.reserve(args.size());
    bool valueOfSecretFlag = false;
    for (const QString& arg : args) {
        if (valueOfSecretFlag) {
            valueOfSecretFlag = false;
            if (!isLongOption(arg)) {
                out << kRedacted;
                continue;
            }
        }
        if (arg.startsWith(QLatin1Char('-')) && arg.size() > 1) {
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            const QString name = eq < 0 ? arg : arg.left(eq);
            if (eq < 0) {
                if (isSecretName(name))
                    valueOfSecretFlag = true;
                out << (looksLikeSecretValue(arg.mid(1)) ? kRedacted : arg);
                continue;
            }
            const QString value = arg.mid(eq + 1);
            out << (isSecretName(name) || looksLikeSecretValue(value)
                        ? name + QLatin1Char('=') + kRedacted
                        : arg);
            continue;
        }
        QString name, value;
        if (splitAssignment(arg, &name, &value) &&
            (isSecretName(name) || looksLikeSecretValue(value))) {
            out << name + QLatin1Char('=') + kRedacted;
            continue;
        }
        out << (looksLikeSecretValue(arg) ? kRedacted : arg);
    }
    return out;
}

} // namespace fd::kube
