#include "deploy/image.h"

#include <QRegularExpression>

namespace fd::deploy {

namespace {

const QRegularExpression& componentPattern() {
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$"));
    return re;
}

const QRegularExpression& hostPattern() {
    // host or IPv4 with an optional port; names made of DNS labels.
    static const QRegularExpression re(
        QStringLiteral("^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)(?:\\.[A-Za-z0-9](?:[A-Za-z0-"
                       "9-]*[A-Za-z0-9])?)*(?::[0-9]{1,5})?$"));
    return re;
}

QString stripScheme(QString mirror) {
    for (const char* scheme : {"https://", "http://"})
        if (mirror.startsWith(QLatin1String(scheme)))
            return mirror.mid(int(qstrlen(scheme)));
    return mirror;
}

} // namespace

QString ImageReference::toString() const {
    QString out = registry.isEmpty() ? path : registry + QLatin1Char('/') + path;
    if (!tag.isEmpty())
        out += QLatin1Char(':') + tag;
    if (!digest.isEmpty())
        out += QLatin1Char('@') + digest;
    return out;
}

QString ImageReference::mirrorPath() const {
    const bool dockerHub = registry.isEmpty() || registry == QLatin1String("docker.io") ||
                           registry == QLatin1String("index.docker.io");
    return dockerHub && !path.contains(QLatin1Char('/')) ? QStringLiteral("library/") + path : path;
}

std::optional<ImageReference> parseImageReference(const QString& text) {
    if (text.isEmpty() || text.size() > 512)
        return std::nullopt;
    ImageReference ref;
    QString rest = text;
    if (const qsizetype at = rest.indexOf(QLatin1Char('@')); at >= 0) {
        ref.digest = rest.mid(at + 1);
        rest = rest.left(at);
        static const QRegularExpression digest(QStringLiteral(
            "^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$"));
        if (!digest.match(ref.digest).hasMatch())
            return std::nullopt;
    }
    // A ":" after the last "/" starts the tag; one before it belongs to a registry port.
    const qsizetype slash = rest.lastIndexOf(QLatin1Char('/'));
    if (const qsizetype colon = rest.lastIndexOf(QLatin1Char(':')); colon > slash) {
        ref.tag = rest.mid(colon + 1);
        rest = rest.left(colon);
        static const QRegularExpression tag(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
        if (!tag.match(ref.tag).hasMatch())
            return std::nullopt;
    }
    QStringList parts = rest.split(QLatin1Char('/'));
    if (parts.size() > 1) {
        const QString& first = parts.front();
        if (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) ||
            first == QLatin1String("localhost")) {
            if (!hostPattern().match(first).hasMatch())
                return std::nullopt;
            ref.registry = first;
            parts.removeFirst();
        }
    }
    for (const QString& part : std::as_const(parts))
        if (!componentPattern().match(part).hasMatch())
            return std::nullopt;
    ref.path = parts.join(QLatin1Char('/'));
    if (ref.path.isEmpty())
        return std::nullopt;
    return ref;
}

bool isValidMirror(const QString& mirror) {
    const QString m = stripScheme(mirror.trimmed());
    if (m.isEmpty() || m.size() > 255)
        return false;
    QStringList parts = m.split(QLatin1Char('/'));
    if (parts.back().isEmpty()) // a trailing slash
        parts.removeLast();
    if (parts.isEmpty() || !hostPattern().match(parts.front()).hasMatch())
        return false;
    for (qsizetype i = 1; i < parts.size(); ++i)
        if (!componentPattern().match(parts[i]).hasMatch())
            return false;
    return true;
}

QString rewriteImage(const QString& image, const QString& mirror) {
    if (mirror.trimmed().isEmpty())
        return image;
    const auto ref = parseImageReference(image);
    if (!ref)
        return image;
    QString base = stripScheme(mirror.trimmed());
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    ImageReference out = *ref;
    out.registry = base;
    out.path = ref->mirrorPath();
    return out.toString();
}

} // namespace fd::deploy
