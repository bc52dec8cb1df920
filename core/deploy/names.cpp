#include "deploy/names.h"

#include "deploy/deploytext.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace fd::deploy {

namespace {

QString shortHash(const QString& text) {
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex().left(6));
}

bool isLowerAlnum(QChar c) {
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// Cuts `name` to at most `length` characters without leaving a "-" at the end.
QString cut(const QString& name, qsizetype length) {
    QString out = name.left(qMax<qsizetype>(0, length));
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

} // namespace

bool isDns1035Label(const QString& name) {
    static const QRegularExpression re(QStringLiteral("^[a-z]([-a-z0-9]*[a-z0-9])?$"));
    return name.size() <= kMaxDnsLabel && re.match(name).hasMatch();
}

bool isDns1123Label(const QString& name) {
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"));
    return name.size() <= kMaxDnsLabel && re.match(name).hasMatch();
}

bool isDns1123Subdomain(const QString& name) {
    static const QRegularExpression re(
        QStringLiteral("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"));
    return !name.isEmpty() && name.size() <= 253 && re.match(name).hasMatch();
}

QString sanitizeDns1035(const QString& text, int maxLength) {
    maxLength = qBound(16, maxLength, kMaxDnsLabel);
    // Compatibility decomposition turns "é" into "e" + accent and "ｌ" into "l"; what is still
    // not ASCII afterwards has no spelling in a DNS label.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    out.reserve(decomposed.size());
    bool dropped = false;
    for (const QChar c : decomposed) {
        if (isLowerAlnum(c)) {
            out += c;
        } else if (c.unicode() < 128 || !(c.isLetterOrNumber())) {
            // Punctuation, spaces and combining accents separate words.
            if (c.category() != QChar::Mark_NonSpacing && !out.endsWith(QLatin1Char('-')))
                out += QLatin1Char('-');
        } else {
            dropped = true;
            if (!out.endsWith(QLatin1Char('-')))
                out += QLatin1Char('-');
        }
    }
    while (out.startsWith(QLatin1Char('-')))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    if (out.isEmpty() || !out.front().isLetter())
        out = out.isEmpty() ? QStringLiteral("model") : QStringLiteral("model-") + out;
    if (dropped || out.size() > maxLength)
        out = cut(out, maxLength - 7) + QLatin1Char('-') + shortHash(text);
    return out;
}

QString uniqueName(const QString& base, const QSet<QString>& taken, int maxLength) {
    if (!taken.contains(base))
        return base;
    for (int n = 2;; ++n) {
        const QString suffix = QLatin1Char('-') + QString::number(n);
        const QString candidate = cut(base, maxLength - suffix.size()) + suffix;
        if (!taken.contains(candidate))
            return candidate;
    }
}

bool isLabelValue(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral("^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$"));
    return text.size() <= 63 && re.match(text).hasMatch();
}

QString sanitizeLabelValue(const QString& text) {
    QString out;
    for (const QChar c : text) {
        const bool ok = c.unicode() < 128 && (c.isLetterOrNumber() || c == QLatin1Char('-') ||
                                              c == QLatin1Char('_') || c == QLatin1Char('.'));
        out += ok ? c : QLatin1Char('_');
    }
    out = out.left(63);
    const auto edge = [](QChar c) { return c.unicode() < 128 && c.isLetterOrNumber(); };
    while (!out.isEmpty() && !edge(out.front()))
        out.remove(0, 1);
    while (!out.isEmpty() && !edge(out.back()))
        out.chop(1);
    return out;
}

QString checkModelReference(const QString& model) {
    if (model.trimmed().isEmpty())
        return Text::tr("the model name is empty");
    if (model.size() > 512)
        return Text::tr("the model name is longer than 512 characters");
    for (const QChar c : model)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return Text::tr("the model name contains a space or a control character");
    return {};
}

bool isObjectOfDeployment(const QString& kind, const QString& objectName, const QString& name) {
    if (objectName == name)
        return true;
    // k8s.io/apimachinery's rand.SafeEncodeString alphabet (no vowels, no 0, 1, 3): what the
    // pod-template-hash and generated name suffixes are written in.
    const auto safe = [](QStringView part, qsizetype min, qsizetype max) {
        if (part.size() < min || part.size() > max)
            return false;
        for (QChar c : part)
            if (!QLatin1String("bcdfghjklmnpqrstvwxz2456789").contains(c))
                return false;
        return true;
    };
    const QString prefix = name + QLatin1Char('-');
    const QStringView object(objectName);
    if (kind == QLatin1String("Pod")) {
        // A pod is named "<replicaset>-" cut to 58 characters plus 5 generated ones, the
        // ReplicaSet "<deployment>-<hash>": for long names the cut falls inside "<hash>-".
        constexpr qsizetype kGeneratedBase = 58;
        if (object.size() < 6 || !safe(object.last(5), 5, 5))
            return false;
        const QStringView base = object.chopped(5);
        if (base.size() < kGeneratedBase)
            return base.startsWith(prefix) && base.endsWith(QLatin1Char('-')) &&
                   safe(base.sliced(prefix.size()).chopped(1), 1, 10);
        if (base.size() > kGeneratedBase)
            return false;
        if (prefix.size() >= kGeneratedBase)
            return base == QStringView(prefix).first(kGeneratedBase);
        if (!base.startsWith(prefix))
            return false;
        // All of "<hash>-" or its start. A whole hash here is 6+ characters (the decimal form of
        // a 32-bit hash is shorter for 1 in 40,000 pods): "<name>-2-" is then not taken for
        // "<name>-" with the hash "2". Where the cut leaves one character, the two cannot be
        // told apart by name, as in Kubernetes itself.
        QStringView hash = base.sliced(prefix.size());
        if (hash.endsWith(QLatin1Char('-')))
            return safe(hash.chopped(1), 6, 10);
        return safe(hash, 1, 10);
    }
    if (!object.startsWith(prefix) || object.size() == prefix.size())
        return false;
    const QStringView rest = object.sliced(prefix.size());
    if (kind == QLatin1String("PersistentVolumeClaim"))
        return rest == QLatin1String("models");
    if (kind == QLatin1String("ConfigMap"))
        return rest == QLatin1String("startup");
    if (kind == QLatin1String("ReplicaSet"))
        return safe(rest, 1, 10);
    return false;
}

} // namespace fd::deploy
