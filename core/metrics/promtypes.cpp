#include "metrics/promtypes.h"

namespace fd::metrics {

Labels::Labels(std::initializer_list<std::pair<QString, QString>> pairs) {
    for (const auto& [name, value] : pairs)
        insert(name, value);
}

void Labels::insert(const QString& name, const QString& value) {
    for (auto& item : m_items) {
        if (item.first == name) {
            item.second = value;
            return;
        }
    }
    m_items.append({name, value});
}

void Labels::remove(QStringView name) {
    m_items.removeIf([name](const auto& item) { return item.first == name; });
}

QString Labels::value(QStringView name) const {
    for (const auto& item : m_items)
        if (item.first == name)
            return item.second;
    return {};
}

bool Labels::contains(QStringView name) const {
    for (const auto& item : m_items)
        if (item.first == name)
            return true;
    return false;
}

QString Labels::toString() const {
    QString out = metricName();
    QStringList parts;
    for (const auto& [name, value] : m_items) {
        if (name == QLatin1String("__name__"))
            continue;
        QString escaped = value;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('"'), QLatin1String("\\\""))
            .replace(QLatin1Char('\n'), QLatin1String("\\n"));
        parts << name + QLatin1String("=\"") + escaped + QLatin1Char('"');
    }
    if (!parts.isEmpty() || out.isEmpty())
        out += QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    return out;
}

bool operator==(const Labels& a, const Labels& b) {
    if (a.size() != b.size())
        return false;
    for (const auto& [name, value] : a.m_items)
        if (!b.contains(name) || b.value(name) != value)
            return false;
    return true;
}

} // namespace fd::metrics
