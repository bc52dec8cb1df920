#include "policy/clusterlabels.h"

#include <QRegularExpression>

namespace fd::policy {

namespace {

bool isAlnum(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

bool isLabelName(const QString& s) {
    static const QRegularExpression re(
        QStringLiteral(R"(^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$)"));
    return re.match(s).hasMatch();
}

bool isDnsSubdomain(const QString& s) {
    static const QRegularExpression re(
        QStringLiteral(R"(^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$)"));
    return s.size() <= 253 && re.match(s).hasMatch();
}

} // namespace

QString toString(Zone zone) {
    switch (zone) {
    case Zone::A:
        return QStringLiteral("A");
    case Zone::B:
        return QStringLiteral("B");
    case Zone::None:
        break;
    }
    return {};
}

Zone zoneFromString(const QString& text) {
    if (text.compare(u"A", Qt::CaseInsensitive) == 0)
        return Zone::A;
    if (text.compare(u"B", Qt::CaseInsensitive) == 0)
        return Zone::B;
    return Zone::None;
}

QString sanitizeLabelValue(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text.toLower()) {
        if (isAlnum(c) || c == u'.' || c == u'_')
            out += c;
        else if (!out.endsWith(u'-'))
            out += u'-';
    }
    const auto trim = [](QString& s) {
        while (!s.isEmpty() && !isAlnum(s.front()))
            s.remove(0, 1);
        while (!s.isEmpty() && !isAlnum(s.back()))
            s.chop(1);
    };
    trim(out);
    if (out.size() > 63) {
        out.truncate(63);
        trim(out);
    }
    return out;
}

QString gpuModelLabel(const QString& model) {
    const QString v = sanitizeLabelValue(model);
    return v.isEmpty() ? QString() : kGpuLabelPrefix + v;
}

QMap<QString, QString> karmadaClusterLabels(const ClusterFacts& cluster) {
    QMap<QString, QString> labels = cluster.labels;
    // Zone and data center are fields of the cluster, never free-form labels.
    labels.remove(kZoneLabel);
    labels.remove(kDataCenterLabel);
    if (cluster.zone != Zone::None)
        labels.insert(kZoneLabel, toString(cluster.zone));
    const QString dc = sanitizeLabelValue(cluster.dataCenter);
    if (!dc.isEmpty())
        labels.insert(kDataCenterLabel, dc);
    for (const QString& model : cluster.gpuModels) {
        const QString key = gpuModelLabel(model);
        if (!key.isEmpty())
            labels.insert(key, QStringLiteral("true"));
    }
    return labels;
}

bool isValidLabelKey(const QString& key) {
    const qsizetype slash = key.indexOf(u'/');
    if (slash < 0)
        return isLabelName(key);
    if (key.indexOf(u'/', slash + 1) >= 0)
        return false;
    return slash > 0 && isDnsSubdomain(key.left(slash)) && isLabelName(key.mid(slash + 1));
}

bool isValidLabelValue(const QString& value) {
    return value.isEmpty() || isLabelName(value);
}

bool isDns1123Label(const QString& name) {
    static const QRegularExpression re(QStringLiteral(R"(^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$)"));
    return re.match(name).hasMatch();
}

} // namespace fd::policy
