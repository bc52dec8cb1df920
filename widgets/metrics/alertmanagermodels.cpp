#include "metrics/alertmanagermodels.h"

#include <QColor>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace fd::widgets {

namespace {

QString quoted(const QString& value) {
    QString v = value;
    // One matcher per line: a newline inside a value is written \n, as Alertmanager does.
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""))
        .replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QLatin1Char('"') + v + QLatin1Char('"');
}

QString unquoted(QString v) {
    if (v.size() >= 2 && v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"'))) {
        v = v.mid(1, v.size() - 2);
        QString out;
        for (qsizetype i = 0; i < v.size(); ++i) {
            if (v.at(i) == QLatin1Char('\\') && i + 1 < v.size()) {
                ++i;
                out += v.at(i) == QLatin1Char('n') ? QLatin1Char('\n') : v.at(i);
                continue;
            }
            out += v.at(i);
        }
        return out;
    }
    return v;
}

QString dateTime(const QDateTime& t) {
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString otherLabels(const fd::metrics::Labels& labels) {
    QStringList parts;
    for (const auto& [name, value] : labels.items())
        if (name != QLatin1String("alertname") && name != QLatin1String("severity"))
            parts << name + QLatin1Char('=') + value;
    return parts.join(QStringLiteral(", "));
}

QString shortId(const QString& id) {
    return id.left(8);
}

int silenceRank(const QString& state) {
    return state == QLatin1String("active") ? 0 : state == QLatin1String("pending") ? 1 : 2;
}

} // namespace

QString matcherText(const fd::metrics::Matcher& m) {
    const QString op = m.isEqual ? (m.isRegex ? QStringLiteral("=~") : QStringLiteral("="))
                                 : (m.isRegex ? QStringLiteral("!~") : QStringLiteral("!="));
    return m.name + op + quoted(m.value);
}

std::optional<QList<fd::metrics::Matcher>> parseMatchers(const QString& text, QString* error) {
    static const QRegularExpression line(
        QStringLiteral(R"(^\s*([A-Za-z_][A-Za-z0-9_]*)\s*(=~|!~|!=|=)\s*(.*?)\s*$)"));
    QList<fd::metrics::Matcher> out;
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        if (raw.trimmed().isEmpty())
            continue;
        const auto m = line.match(raw);
        if (!m.hasMatch()) {
            *error = AmAlertModel::tr("“%1” is not a matcher; write one per line as "
                                      "name=\"value\" (or =~, !=, !~).")
                         .arg(raw.trimmed());
            return std::nullopt;
        }
        fd::metrics::Matcher matcher;
        matcher.name = m.captured(1);
        const QString op = m.captured(2);
        matcher.isRegex = op.endsWith(QLatin1Char('~'));
        matcher.isEqual = !op.startsWith(QLatin1Char('!'));
        matcher.value = unquoted(m.captured(3));
        out << matcher;
    }
    if (out.isEmpty()) {
        *error = AmAlertModel::tr("A silence needs at least one matcher, such as "
                                  "alertname=\"GpuTooHot\".");
        return std::nullopt;
    }
    return out;
}

QList<fd::metrics::Matcher> matchersFor(const fd::metrics::Labels& labels) {
    // alertname first: the line a user keeps when widening the silence. The rest in the order a
    // reader looks for them, ignoring case (Prometheus sorts by bytes, which puts UUID and the
    // DCGM_FI_… labels before alertname, gpu and pod).
    QList<fd::metrics::Matcher> out;
    for (const auto& [name, value] : labels.items())
        out << fd::metrics::Matcher{name, value, false, true};
    std::stable_sort(out.begin(), out.end(),
                     [](const fd::metrics::Matcher& a, const fd::metrics::Matcher& b) {
                         const bool aFirst = a.name == QLatin1String("alertname");
                         const bool bFirst = b.name == QLatin1String("alertname");
                         if (aFirst != bFirst)
                             return aFirst;
                         const int c = a.name.compare(b.name, Qt::CaseInsensitive);
                         return c != 0 ? c < 0 : a.name < b.name;
                     });
    return out;
}

// ---- AmAlertModel ------------------------------------------------------------------------------

AmAlertModel::AmAlertModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void AmAlertModel::setAlerts(QList<fd::metrics::AmAlert> alerts) {
    std::stable_sort(alerts.begin(), alerts.end(),
                     [](const fd::metrics::AmAlert& a, const fd::metrics::AmAlert& b) {
                         const bool sa = a.state == QLatin1String("suppressed");
                         const bool sb = b.state == QLatin1String("suppressed");
                         if (sa != sb)
                             return !sa;
                         return a.startsAt < b.startsAt;
                     });
    beginResetModel();
    m_alerts = std::move(alerts);
    endResetModel();
}

int AmAlertModel::activeCount() const {
    return int(std::count_if(m_alerts.begin(), m_alerts.end(),
                             [](const auto& a) { return a.state == QLatin1String("active"); }));
}

int AmAlertModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AmAlertModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AmAlertModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const fd::metrics::AmAlert& a = m_alerts.at(index.row());
    const bool text = role == Qt::DisplayRole || role == RawRole;
    switch (index.column()) {
    case State:
        if (role == Qt::DisplayRole)
            return a.state == QLatin1String("active")        ? tr("Active")
                   : a.state == QLatin1String("suppressed")  ? tr("Suppressed")
                   : a.state == QLatin1String("unprocessed") ? tr("Unprocessed")
                                                             : a.state;
        if (role == RawRole)
            return a.state;
        if (role == Qt::ForegroundRole && a.state == QLatin1String("active"))
            return QColor(0xc5, 0x22, 0x1f);
        if (role == Qt::ForegroundRole && a.state == QLatin1String("suppressed"))
            return QColor(0x6b, 0x6b, 0x6b);
        return {};
    case Alert:
        return text ? a.labels.value(u"alertname") : QVariant();
    case Severity:
        return text ? a.labels.value(u"severity") : QVariant();
    case Since:
        if (role == Qt::DisplayRole)
            return dateTime(a.startsAt);
        if (role == RawRole)
            return a.startsAt.isValid() ? double(a.startsAt.toMSecsSinceEpoch()) : 0.0;
        return {};
    case SuppressedBy: {
        if (role == RawRole)
            return QStringList(a.silencedBy + a.inhibitedBy).join(QLatin1Char(','));
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        const bool full = role == Qt::ToolTipRole;
        QStringList parts;
        if (!a.silencedBy.isEmpty()) {
            QStringList ids;
            for (const QString& id : a.silencedBy)
                ids << (full ? id : shortId(id));
            parts << tr("silenced by %1").arg(ids.join(QStringLiteral(", ")));
        }
        if (!a.inhibitedBy.isEmpty()) {
            QStringList ids;
            for (const QString& id : a.inhibitedBy)
                ids << (full ? id : shortId(id));
            parts << tr("inhibited by %1").arg(ids.join(QStringLiteral(", ")));
        }
        return parts.join(QStringLiteral("; "));
    }
    case Summary:
        if (text || role == Qt::ToolTipRole) {
            const QString summary = a.annotations.value(u"summary");
            return summary.isEmpty() ? a.annotations.value(u"description") : summary;
        }
        return {};
    case Labels:
        return text || role == Qt::ToolTipRole ? otherLabels(a.labels) : QVariant();
    default:
        return {};
    }
}

QVariant AmAlertModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("State");
    case Alert:
        return tr("Alert");
    case Severity:
        return tr("Severity");
    case Since:
        return tr("Since");
    case SuppressedBy:
        return tr("Suppressed by");
    case Summary:
        return tr("Summary");
    case Labels:
        return tr("Labels");
    default:
        return {};
    }
}

// ---- SilenceModel ------------------------------------------------------------------------------

SilenceModel::SilenceModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void SilenceModel::setSilences(QList<fd::metrics::Silence> silences) {
    std::stable_sort(silences.begin(), silences.end(),
                     [](const fd::metrics::Silence& a, const fd::metrics::Silence& b) {
                         const int ra = silenceRank(a.state);
                         const int rb = silenceRank(b.state);
                         if (ra != rb)
                             return ra < rb;
                         // Expired: the most recently ended first; others: the soonest end.
                         return ra == 2 ? a.endsAt > b.endsAt : a.endsAt < b.endsAt;
                     });
    beginResetModel();
    m_silences = std::move(silences);
    endResetModel();
}

int SilenceModel::activeCount() const {
    return int(std::count_if(m_silences.begin(), m_silences.end(),
                             [](const auto& s) { return s.state == QLatin1String("active"); }));
}

int SilenceModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_silences.size());
}

int SilenceModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SilenceModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_silences.size())
        return {};
    const fd::metrics::Silence& s = m_silences.at(index.row());
    const bool text = role == Qt::DisplayRole || role == RawRole;
    switch (index.column()) {
    case State:
        if (role == Qt::DisplayRole)
            return s.state == QLatin1String("active")    ? tr("Active")
                   : s.state == QLatin1String("pending") ? tr("Pending")
                   : s.state == QLatin1String("expired") ? tr("Expired")
                                                         : s.state;
        if (role == RawRole) // sorts active, pending, expired
            return silenceRank(s.state);
        if (role == Qt::ForegroundRole && s.state == QLatin1String("expired"))
            return QColor(0x6b, 0x6b, 0x6b);
        return {};
    case Matchers: {
        if (!text && role != Qt::ToolTipRole)
            return {};
        QStringList parts;
        for (const fd::metrics::Matcher& m : s.matchers)
            parts << matcherText(m);
        return parts.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    case CreatedBy:
        return text ? s.createdBy : QVariant();
    case Comment:
        return text || role == Qt::ToolTipRole ? s.comment : QVariant();
    case Ends:
        if (role == Qt::DisplayRole)
            return dateTime(s.endsAt);
        if (role == RawRole)
            return s.endsAt.isValid() ? double(s.endsAt.toMSecsSinceEpoch()) : 0.0;
        return {};
    case Id:
        if (role == Qt::DisplayRole)
            return shortId(s.id);
        if (role == RawRole || role == Qt::ToolTipRole)
            return s.id;
        return {};
    default:
        return {};
    }
}

QVariant SilenceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("State");
    case Matchers:
        return tr("Matchers");
    case CreatedBy:
        return tr("Created by");
    case Comment:
        return tr("Comment");
    case Ends:
        return tr("Ends");
    case Id:
        return tr("ID");
    default:
        return {};
    }
}

} // namespace fd::widgets
